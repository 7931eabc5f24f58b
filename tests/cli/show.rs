//! `settings show` and the per-section `show` commands, in every output form.

use crate::support::sandbox::SandboxProcess;
use crate::support::tmux::Tmux;
use crate::support::{Home, bin};
use std::time::Duration;

const SECTIONS: [&str; 6] = [
    "api",
    "two_factor",
    "did",
    "balance",
    "subscriptions",
    "spending_reports",
];

#[test]
fn settings_show_json_has_every_section_and_a_masked_token() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["settings", "show", "-o", "json"])
        .ok();
    let json = out.json();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, SECTIONS);
    assert_eq!(json["api"]["api_url"], server.url.as_str());
    let last4 = &server.token[server.token.len() - 4..];
    assert_eq!(json["api"]["token"], format!("••••{last4}"));
    assert!(!out.stdout.contains(&server.token));
    for (section, event) in [
        ("did", "spam"),
        ("balance", "low_limit"),
        ("balance", "top_up"),
        ("subscriptions", "expiring"),
        ("subscriptions", "billing"),
    ] {
        for channel in ["email", "portal"] {
            assert!(
                json[section][event][channel].is_boolean(),
                "{section}.{event}.{channel}: {json}"
            );
        }
    }
    let amount = json["balance"]["low_limit"]["amount"]
        .as_str()
        .expect("amount is a string");
    assert!(
        amount.contains('.') && amount.parse::<f64>().is_ok(),
        "{amount}"
    );
    assert!(json["balance"]["low_limit"]["currency"].is_string());
    for period in ["daily", "weekly", "monthly"] {
        assert!(json["spending_reports"][period].is_boolean());
    }
    assert!(json["two_factor"]["email"].is_boolean() && json["two_factor"]["totp"].is_boolean());
}

#[test]
fn settings_show_matches_what_the_server_holds() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let settings = home
        .teliqon_at(&server.url, &server.token)
        .args(["settings", "show", "-o", "json"])
        .ok()
        .json();
    let notifications = server.get("/api/v1/settings/notifications").data();
    assert_eq!(settings["did"]["spam"], notifications["did"]["spam"]);
    assert_eq!(settings["subscriptions"], notifications["subscriptions"]);
    assert_eq!(
        settings["balance"]["top_up"],
        notifications["balance"]["top_up"]
    );
    let limit = server.get("/api/v1/settings/balance/low-limit").data();
    assert_eq!(settings["balance"]["low_limit"]["amount"], limit["amount"]);
    let reports = server.get("/api/v1/settings/spending-reports").data();
    assert_eq!(settings["spending_reports"], reports);
}

#[test]
fn each_section_shows_alone_with_the_same_keys() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let all = home
        .teliqon_at(&server.url, &server.token)
        .args(["settings", "show", "-o", "json"])
        .ok()
        .json();
    for (command, key) in [
        ("api", "api"),
        ("2fa", "two_factor"),
        ("did", "did"),
        ("balance", "balance"),
        ("subscriptions", "subscriptions"),
        ("reports", "spending_reports"),
    ] {
        let one = home
            .teliqon_at(&server.url, &server.token)
            .args([command, "show", "-o", "json"])
            .ok()
            .json();
        assert_eq!(
            one, all[key],
            "`{command} show` differs from settings show .{key}"
        );
    }
}

#[test]
fn piped_output_is_stable_key_value_lines() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["settings", "show"])
        .ok();
    assert!(!out.stdout.contains('\x1b'), "no escape codes on a pipe");
    let keys: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert!(keys.contains(&"did.spam.email"), "{}", out.stdout);
    assert!(keys.contains(&"balance.low_limit.amount"), "{}", out.stdout);
    assert!(keys.contains(&"spending_reports.monthly"), "{}", out.stdout);
    for line in out.stdout.lines() {
        let value = line
            .split_once('\t')
            .map(|(_, v)| v)
            .unwrap_or_else(|| panic!("no tab: {line:?}"));
        if line.contains(".email\t") || line.contains(".portal\t") {
            assert!(value == "on" || value == "off", "{line}");
        }
    }
}

#[test]
fn on_a_terminal_it_draws_tables_with_colour_unless_no_color() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let mut env = home.env();
    env.push(("TELIQON_API_URL".into(), server.url.clone()));
    env.push(("TELIQON_TOKEN".into(), server.token.clone()));
    env.push(("TERM".into(), "xterm-256color".into()));
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let term = Tmux::start(home.path(), &pairs, &format!("{} settings show", bin()));
    assert_eq!(term.wait_exit(Duration::from_secs(20)), 0);
    let screen = term.screen(true);
    for title in [
        "API settings",
        "Two-factor authentication",
        "DID numbers",
        "Balance",
        "Subscriptions",
        "Spending reports",
    ] {
        assert!(screen.contains(title), "missing {title}:\n{screen}");
    }
    assert!(screen.contains("DID number goes to spam"), "{screen}");
    assert!(
        screen.contains('│') || screen.contains('┆'),
        "a table border:\n{screen}"
    );
    assert!(screen.contains("\x1b["), "colour on a terminal");
    assert!(
        !screen.contains(&server.token),
        "the token leaked:\n{screen}"
    );
    assert_tables_aligned(&term.screen(false));
    drop(term);

    let mut pairs = pairs.clone();
    pairs.push(("NO_COLOR", "1"));
    let term = Tmux::start(home.path(), &pairs, &format!("{} settings show", bin()));
    assert_eq!(term.wait_exit(Duration::from_secs(20)), 0);
    let screen = term.screen(true);
    assert!(screen.contains("DID number goes to spam"), "{screen}");
    assert!(
        !screen.contains("\x1b[3"),
        "no colour with NO_COLOR:\n{screen:?}"
    );
}

#[test]
fn api_commands_print_raw_values_only_when_asked() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let run = |args: &[&str]| {
        home.teliqon_at(&server.url, &server.token)
            .args(args)
            .ok()
            .stdout
    };
    assert_eq!(run(&["api", "url"]).trim(), server.url);
    assert_eq!(run(&["api", "token"]).trim(), server.token);
    assert!(!run(&["api", "show"]).contains(&server.token));
    assert!(run(&["api", "show", "--reveal"]).contains(&server.token));
    let copy = home
        .teliqon_at(&server.url, &server.token)
        .args(["api", "copy", "token"])
        .run();
    // No terminal here: a clear failure, and the token never on stdout/stderr.
    assert_ne!(copy.code, 0);
    copy.assert_clean_error();
    assert!(!copy.stdout.contains(&server.token) && !copy.stderr.contains(&server.token));
}

#[test]
fn api_copy_puts_the_value_on_the_terminal_clipboard() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let mut env = home.env();
    env.push(("TELIQON_API_URL".into(), server.url.clone()));
    env.push(("TELIQON_TOKEN".into(), server.token.clone()));
    let pairs: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    for (what, expected, label) in [
        ("url", &server.url, "API URL"),
        ("token", &server.token, "access token"),
    ] {
        let term = Tmux::start(home.path(), &pairs, &format!("{} api copy {what}", bin()));
        assert_eq!(term.wait_exit(Duration::from_secs(20)), 0);
        let screen = term.screen(false);
        assert!(screen.contains(&format!("Copied the {label}")), "{screen}");
        assert!(
            !screen.contains(&server.token),
            "the token is copied, not shown:\n{screen}"
        );
        assert_eq!(
            term.buffer().as_deref(),
            Some(expected.as_str()),
            "OSC 52 payload"
        );
    }
}

/// Every line of a drawn table has the same width (colour must not shift columns).
fn assert_tables_aligned(screen: &str) {
    let mut width = None;
    for line in screen.lines().map(str::trim_end) {
        let starts_table = line.starts_with('┌');
        let in_table =
            starts_table || line.starts_with('│') || line.starts_with('╞') || line.starts_with('└');
        if !in_table {
            width = None;
            continue;
        }
        let count = line.chars().count();
        match width {
            Some(w) if !starts_table => {
                assert_eq!(count, w, "misaligned row {line:?} in:\n{screen}")
            }
            _ => width = Some(count),
        }
    }
}

#[test]
fn settings_show_fetches_its_sections_concurrently() {
    // Every GET answers one second late: one after another that would be 5 s.
    let server =
        SandboxProcess::start_with(&["--fault", "kind=delay:1000,method=GET,times=0"], &[]);
    let home = Home::new();
    let started = std::time::Instant::now();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-vv", "settings", "show", "-o", "json"])
        .ok();
    let requests = out.stderr.matches("→ GET").count();
    assert_eq!(requests, 5, "{}", out.stderr);
    assert!(
        started.elapsed() < Duration::from_millis(3500),
        "five 1 s requests took {:?}: not concurrent",
        started.elapsed()
    );
}

#[test]
fn a_set_is_one_write_request() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args([
            "-vv", "did", "set", "spam", "--email", "off", "--portal", "off",
        ])
        .ok();
    let writes = out.stderr.matches("→ PATCH").count() + out.stderr.matches("→ PUT").count();
    assert_eq!(writes, 1, "{}", out.stderr);
}
