//! Generated completions and man pages: committed copies are fresh, lint clean, and really complete.

use crate::support::{Home, bin};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read_dir(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let entry = entry.unwrap();
            (
                entry.file_name().to_string_lossy().into_owned(),
                std::fs::read(entry.path()).unwrap(),
            )
        })
        .collect()
}

fn assert_fresh(kind: &str) {
    let home = Home::new();
    let out = home.path().join(kind);
    let args: [&std::ffi::OsStr; 3] = [kind.as_ref(), "--out-dir".as_ref(), out.as_os_str()];
    home.teliqon().args(args).ok();
    let generated = read_dir(&out);
    let committed = read_dir(&repo().join(kind));
    let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&generated),
        "{kind}/ is stale: run .ci/regen-docs"
    );
    for (name, bytes) in &generated {
        assert!(
            committed[name] == *bytes,
            "{kind}/{name} is stale: run .ci/regen-docs"
        );
    }
}

#[test]
fn committed_completions_are_fresh() {
    assert_fresh("completions");
}

#[test]
fn committed_man_pages_are_fresh() {
    assert_fresh("man");
}

#[test]
fn man_pages_pass_mandoc_lint_and_carry_the_required_sections() {
    let pages = read_dir(&repo().join("man"));
    assert!(pages.len() > 10, "one page per command");
    for name in pages.keys() {
        let output = Command::new("mandoc")
            .args(["-T", "lint", "-W", "warning"])
            .arg(repo().join("man").join(name))
            .output()
            .expect("mandoc (Debian package mandoc)");
        let report = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && report.trim().is_empty(),
            "{name}: {report}"
        );
    }
    let main = String::from_utf8_lossy(&pages["teliqon.1"]).into_owned();
    for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
        assert!(
            main.contains(&format!(".SH \"{section}\""))
                || main.contains(&format!(".SH {section}")),
            "{section}"
        );
    }
    for variable in [
        "TELIQON_TOKEN",
        "TELIQON_API_URL",
        "TELIQON_PROFILE",
        "TELIQON_CONFIG_DIR",
        "NO_COLOR",
    ] {
        assert!(main.contains(variable), "{variable} in ENVIRONMENT");
    }
    let status = &main[main.find(".SH \"EXIT STATUS\"").expect("EXIT STATUS")..];
    for exit in teliqon::error::Exit::ALL {
        let entry = format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            exit.code(),
            exit.meaning().replace('-', "\\-")
        );
        assert!(status.contains(&entry), "EXIT STATUS lacks {entry:?}");
    }
    for (name, page) in &pages {
        let text = String::from_utf8_lossy(page);
        let title = text
            .lines()
            .find(|l| l.starts_with(".TH "))
            .unwrap_or_default();
        assert!(
            title.contains(teliqon::cmd::man::MAN_DATE),
            "{name} is not dated: {title}"
        );
    }
}

#[test]
fn completion_scripts_parse_in_their_shells() {
    let dir = repo().join("completions");
    for (shell, flag, file) in [
        ("bash", "-n", "teliqon.bash"),
        ("zsh", "-n", "_teliqon"),
        ("fish", "-n", "teliqon.fish"),
    ] {
        let output = Command::new(shell)
            .arg(flag)
            .arg(dir.join(file))
            .output()
            .expect(shell);
        assert!(
            output.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

/// Completes `line` in bash with bash-completion and the committed script.
fn bash_complete(home: &Home, words: &[&str]) -> Vec<String> {
    let script = repo().join("completions/teliqon.bash");
    let bin_dir = Path::new(bin()).parent().unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source /usr/share/bash-completion/bash_completion; source '{}'; \
         COMP_WORDS=({}); COMP_CWORD={}; COMP_LINE='{}'; COMP_POINT=${{#COMP_LINE}}; \
         _teliqon_with_profiles teliqon '{}' '{}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
        words.join(" "),
        words[words.len() - 1],
        words[words.len() - 2],
    );
    let output = Command::new("bash")
        .arg("-c")
        .arg(program)
        .envs(home.env())
        .env(
            "PATH",
            format!(
                "{}:{}",
                bin_dir.display(),
                std::env::var("PATH").unwrap_or_default()
            ),
        )
        .output()
        .expect("bash");
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(str::to_owned)
        .collect()
}

#[test]
fn bash_really_completes_commands_events_and_profiles() {
    let home = Home::new();
    assert_eq!(bash_complete(&home, &["teliqon", "bal"]), ["balance"]);
    let events = bash_complete(&home, &["teliqon", "balance", "set", ""]);
    for event in ["low-limit", "top-up"] {
        assert!(events.iter().any(|e| e == event), "{event} in {events:?}");
    }
    let formats = bash_complete(&home, &["teliqon", "settings", "show", "-o", ""]);
    assert!(formats.iter().any(|f| f == "json"), "{formats:?}");

    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        "[profiles.work]\napi_url = \"https://a.example\"\n[profiles.staging]\napi_url = \"https://b.example\"\n",
    )
    .unwrap();
    let profiles = bash_complete(&home, &["teliqon", "--profile", ""]);
    assert_eq!(profiles, ["staging", "work"]);
}

#[test]
fn no_arguments_print_an_overview_in_the_order_of_the_settings_page() {
    let home = Home::new();
    let out = home.teliqon().ok();
    let position = |name: &str| {
        out.stdout
            .find(&format!("\n  {name} "))
            .unwrap_or_else(|| panic!("{name} missing from the overview:\n{}", out.stdout))
    };
    let order: Vec<usize> = ["api", "2fa", "did", "balance", "subscriptions", "reports"]
        .iter()
        .map(|name| position(name))
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "page order: {}",
        out.stdout
    );
    assert!(
        out.stdout.contains("--sandbox settings show"),
        "{}",
        out.stdout
    );
}
