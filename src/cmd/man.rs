//! `teliqon man`: manual pages generated from the command tree, with the
//! EXIT STATUS, ENVIRONMENT and FILES sections.

use crate::error::{Error, Exit};
use crate::io::Io;
use clap::{Args, CommandFactory};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};
use std::path::{Path, PathBuf};

/// The date printed in every page (bump on release; fixed so pages are reproducible).
pub const MAN_DATE: &str = "2026-12-04";

/// Long help of the command, with examples.
pub const LONG_ABOUT: &str = "Print the teliqon(1) manual page, or write one page per command into a \
directory.\n\nExamples:\n  teliqon man | man -l -\n  teliqon man --out-dir ~/.local/share/man/man1";

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write every page (teliqon.1, teliqon-auth.1, teliqon-auth-login.1, …) into this directory
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

pub fn run(io: &Io, args: ManArgs) -> Result<(), Error> {
    match args.out_dir {
        Some(dir) => write_all(&dir),
        None => {
            let command = root();
            io.out(&String::from_utf8_lossy(&render(&command, true)))
        }
    }
}

fn root() -> clap::Command {
    let mut command = crate::cli::Cli::command().disable_help_subcommand(true);
    command.build();
    command
}

/// Every page: the root and each visible subcommand, as (file name, roff).
pub fn pages() -> Vec<(String, Vec<u8>)> {
    fn walk(command: &clap::Command, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
        for sub in command.get_subcommands().filter(|s| !s.is_hide_set()) {
            let name = format!("{prefix}-{}", sub.get_name());
            let page = sub
                .clone()
                .name(name.clone())
                .display_name(name.clone())
                .bin_name(name.replace('-', " "));
            out.push((format!("{name}.1"), render(&page, false)));
            walk(sub, &name, out);
        }
    }
    let command = root();
    let mut out = vec![("teliqon.1".to_owned(), render(&command, true))];
    walk(&command, "teliqon", &mut out);
    out
}

/// Writes every page into `dir` (used to refresh `man/`).
pub fn write_all(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::failure(format!("cannot create {}: {e}", dir.display())))?;
    for (name, page) in pages() {
        let path = dir.join(name);
        std::fs::write(&path, page)
            .map_err(|e| Error::failure(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(())
}

fn render(command: &clap::Command, root: bool) -> Vec<u8> {
    let man = Man::new(command.clone())
        .date(MAN_DATE)
        .source(format!("teliqon {}", env!("CARGO_PKG_VERSION")))
        .manual("teliqon manual");
    let mut out = Vec::new();
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    if command.get_arguments().any(|a| !a.is_hide_set()) {
        let _ = man.render_options_section(&mut out);
    }
    if command.get_subcommands().any(|s| !s.is_hide_set()) {
        let _ = man.render_subcommands_section(&mut out);
    }
    let mut roff = Roff::default();
    exit_status(&mut roff);
    if root {
        environment(&mut roff);
        files(&mut roff);
    }
    roff.control("SH", ["SEE ALSO"]);
    roff.text([roman(if root {
        "teliqon-<command>(1) for each command; docs/openapi.yaml for the API contract."
    } else {
        "teliqon(1)"
    })]);
    let _ = roff.to_writer(&mut out);
    if root {
        let _ = man.render_version_section(&mut out);
    }
    lint_clean(out)
}

/// clap_mangen separates a flag's possible values with `.br`, an empty line and
/// `.br`; mandoc flags that. One `.br` renders the same.
fn lint_clean(page: Vec<u8>) -> Vec<u8> {
    String::from_utf8_lossy(&page)
        .replace("\n.br\n\n.br\n", "\n.br\n")
        .into_bytes()
}

fn exit_status(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for exit in Exit::ALL {
        roff.control("TP", []);
        roff.text([bold(exit.code().to_string())]);
        roff.text([roman(exit.meaning())]);
    }
}

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "TELIQON_TOKEN",
        "Access token; overrides the stored one, and the keyring is then not touched.",
    ),
    ("TELIQON_API_URL", "API base URL; overrides the profile's."),
    ("TELIQON_PROFILE", "Profile name (default: default)."),
    (
        "TELIQON_CONFIG_DIR",
        "Directory of config.toml and --insecure-storage token files.",
    ),
    (
        "TELIQON_CA_BUNDLE",
        "Extra trusted CA certificates (PEM), like --ca-file.",
    ),
    (
        "TELIQON_SANDBOX_STATE",
        "State file of the embedded sandbox.",
    ),
    (
        "TELIQON_SANDBOX_BILLINGS",
        "Number of billing rows the sandbox generates.",
    ),
    ("HTTPS_PROXY, NO_PROXY", "Proxy settings, honoured."),
    ("NO_COLOR", "Disables colour. CLICOLOR_FORCE=1 forces it."),
    (
        "XDG_CONFIG_HOME, XDG_DATA_HOME",
        "Base directories of the config and the sandbox state on Linux.",
    ),
];

fn environment(roff: &mut Roff) {
    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in ENVIRONMENT {
        roff.control("TP", []);
        roff.text([bold(*name)]);
        roff.text([roman(*meaning)]);
    }
}

fn files(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    for (path, meaning) in [
        (
            "$XDG_CONFIG_HOME/teliqon/config.toml",
            "Profiles, API URLs and preferences; never a token (or $TELIQON_CONFIG_DIR/config.toml).",
        ),
        (
            "$XDG_CONFIG_HOME/teliqon/tokens/PROFILE",
            "The token of a profile signed in with --insecure-storage (mode 0600).",
        ),
        (
            "$XDG_DATA_HOME/teliqon/sandbox.json",
            "State of the embedded sandbox (or $TELIQON_SANDBOX_STATE); delete it to reset the sandbox.",
        ),
    ] {
        roff.control("TP", []);
        roff.text([bold(path)]);
        roff.text([roman(meaning)]);
    }
}
