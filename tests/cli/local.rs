//! What runs without an account or a network: `--sandbox` end to end, and the
//! commands that must not touch config, keyring or network at all.

use crate::support::Home;
use std::os::unix::net::UnixListener;
use std::time::Duration;

#[test]
fn sandbox_flag_persists_state_and_takes_the_row_count_from_the_environment() {
    let home = Home::new();
    let run = |args: &[&str]| {
        home.teliqon()
            .env("TELIQON_SANDBOX_BILLINGS", "50")
            .args(["--sandbox"])
            .args(args)
            .ok()
    };
    let before = run(&["did", "show", "-o", "json"]).json();
    let flipped = !before["spam"]["email"].as_bool().unwrap();
    run(&[
        "did",
        "set",
        "spam",
        "--email",
        if flipped { "true" } else { "false" },
        "-q",
    ]);
    // A second in-process sandbox reads the same state file (TELIQON_SANDBOX_STATE).
    let after = run(&["did", "show", "-o", "json"]).json();
    assert_eq!(after["spam"]["email"], flipped);
    assert!(home.path().join("sandbox.json").exists());

    // 50 rows: 40 voice, 10 additional, all within the last 90 days.
    let today = jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::now())
        .date();
    let from = today
        .checked_sub(jiff::Span::new().days(95))
        .unwrap()
        .to_string();
    let to = today.to_string();
    for (kind, rows) in [("voice", 40), ("additional", 10)] {
        let list = run(&[
            "billings",
            "list",
            "--kind",
            kind,
            "--all",
            "--from",
            &from,
            "--to",
            &to,
            "--time-zone",
            "UTC",
            "-o",
            "json",
        ])
        .json();
        assert_eq!(list.as_array().unwrap().len(), rows, "{kind}");
    }
}

#[test]
fn help_version_and_completions_touch_no_config_keyring_or_network() {
    let home = Home::new();
    // A corrupt config and a keyring bus that never answers: anything that
    // touched them would fail or hang.
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(home.config_dir().join("config.toml"), "[profiles.x\n").unwrap();
    let bus = home.path().join("silent-bus.sock");
    let _listener = UnixListener::bind(&bus).unwrap();
    for args in [
        vec!["--version"],
        vec!["--help"],
        vec!["did", "set", "--help"],
        vec!["completions", "bash"],
        vec!["man"],
        vec![],
    ] {
        let started = std::time::Instant::now();
        home.teliqon()
            .env(
                "DBUS_SESSION_BUS_ADDRESS",
                format!("unix:path={}", bus.display()),
            )
            .env("TELIQON_API_URL", "https://127.0.0.1:9")
            .args(&args)
            .timeout(Duration::from_secs(20))
            .ok();
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "{args:?} took {:?}",
            started.elapsed()
        );
    }
    // The same environment does break a command that needs the config.
    home.teliqon()
        .args(["did", "show"])
        .fails(1)
        .assert_clean_error();
}
