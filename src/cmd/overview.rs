//! `teliqon` with no arguments: a short overview grouped like the Settings page.

use crate::error::Error;
use clap::CommandFactory;
use std::io::Write;

/// Commands in the order of the portal's Settings page, then the rest.
const GROUPS: &[(&str, &[&str])] = &[
    (
        "Settings page, section by section",
        &["api", "2fa", "did", "balance", "subscriptions", "reports"],
    ),
    ("The whole page at once", &["settings"]),
    ("Account and data", &["auth", "billings"]),
    ("Tools", &["sandbox", "completions", "man"]),
];

pub fn print() -> Result<(), Error> {
    let command = crate::cli::Cli::command();
    let mut text = format!(
        "teliqon {} — the Teliqon portal's Settings page on the command line\n",
        env!("CARGO_PKG_VERSION")
    );
    let mut listed = Vec::new();
    for (title, names) in GROUPS {
        let subs: Vec<&clap::Command> = names
            .iter()
            .filter_map(|name| command.find_subcommand(name))
            .collect();
        if subs.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{title}:\n"));
        for sub in subs {
            text.push_str(&line(sub));
            listed.push(sub.get_name().to_owned());
        }
    }
    let rest: Vec<&clap::Command> = command
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && !listed.iter().any(|n| n == s.get_name()))
        .collect();
    if !rest.is_empty() {
        text.push_str("\nMore:\n");
        for sub in rest {
            text.push_str(&line(sub));
        }
    }
    text.push_str(
        "\nTry it with no account:  teliqon --sandbox settings show\n\
         Sign in:                 teliqon auth login\n\
         Every flag:              teliqon --help, teliqon <command> --help\n",
    );
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    Ok(())
}

fn line(sub: &clap::Command) -> String {
    let verbs: Vec<&str> = sub
        .get_subcommands()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name())
        .collect();
    let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
    if verbs.is_empty() {
        format!("  {:<14} {about}\n", sub.get_name())
    } else {
        format!("  {:<14} {about} [{}]\n", sub.get_name(), verbs.join(", "))
    }
}
