//! `<section> set` through the real binary against a sandbox process; state
//! read back with `settings show -o json` (and the server's own answer).

use crate::support::cmd::Home;
use crate::support::env::{Env, with};
use crate::support::sandbox::SandboxProcess;
use serde_json::Value;

fn on_off(value: bool) -> &'static str {
    if value { "on" } else { "off" }
}

#[test]
fn each_event_and_channel_toggles_and_only_that_changes() {
    let env = Env::new();
    let cases = [
        ("did", "spam", "/did/spam"),
        ("balance", "low-limit", "/balance/low_limit"),
        ("balance", "top-up", "/balance/top_up"),
        ("subscriptions", "expiring", "/subscriptions/expiring"),
        ("subscriptions", "billing", "/subscriptions/billing"),
    ];
    for (section, event, pointer) in cases {
        for channel in ["email", "portal"] {
            let before = env.settings();
            let key = format!("{pointer}/{channel}");
            let current = before.pointer(&key).unwrap().as_bool().unwrap();
            let flag = format!("--{channel}");
            let shown = env
                .ok(&[section, "set", event, &flag, on_off(!current), "-o", "json"])
                .json();
            // The section as it now stands, read back from the server.
            let section_key = &pointer[pointer[1..].find('/').unwrap() + 1..];
            assert_eq!(
                shown.pointer(&format!("{section_key}/{channel}")),
                Some(&Value::Bool(!current)),
                "{section} set {event} {flag}: {shown}"
            );
            assert_eq!(
                env.settings(),
                with(before, &key, Value::Bool(!current)),
                "{section} set {event} {flag} changed something else"
            );
        }
    }
}

#[test]
fn reports_frequencies_toggle_one_at_a_time() {
    let env = Env::new();
    for frequency in ["daily", "weekly", "monthly"] {
        let before = env.settings();
        let key = format!("/spending_reports/{frequency}");
        let current = before.pointer(&key).unwrap().as_bool().unwrap();
        let flag = format!("--{frequency}");
        // Synonyms of on/off are accepted.
        let value = if current { "no" } else { "yes" };
        let shown = env
            .ok(&["reports", "set", &flag, value, "-o", "json"])
            .json();
        assert_eq!(shown[frequency], Value::Bool(!current));
        assert_eq!(env.settings(), with(before, &key, Value::Bool(!current)));
    }
    let help = env.ok(&["reports", "set", "--help"]).stdout;
    assert!(help.contains("email only"), "{help}");
}

#[test]
fn both_channels_and_the_amount_in_one_command() {
    let env = Env::new();
    let before = env.settings();
    let out = env.ok(&[
        "balance",
        "set",
        "low-limit",
        "--email",
        "off",
        "--portal",
        "0",
        "--amount",
        "50.00",
    ]);
    assert!(
        out.stdout.contains("balance.low_limit.amount\t50.00"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains("balance.low_limit.amount: 20.00 → 50.00"),
        "{}",
        out.stderr
    );
    let mut expected = with(before, "/balance/low_limit/email", Value::Bool(false));
    expected = with(expected, "/balance/low_limit/portal", Value::Bool(false));
    expected = with(expected, "/balance/low_limit/amount", "50.00".into());
    assert_eq!(env.settings(), expected);
}

#[test]
fn setting_the_current_value_is_unchanged_and_exit_0() {
    let env = Env::new();
    let before = env.settings();
    assert_eq!(before["did"]["spam"]["email"], true);
    let out = env.ok(&["did", "set", "spam", "--email", "on"]);
    assert!(
        out.stderr.contains("did.spam.email: on (unchanged)"),
        "{}",
        out.stderr
    );
    assert!(out.stdout.contains("did.spam.email\ton"), "{}", out.stdout);
    let out = env.ok(&["balance", "set", "low-limit", "--amount", "20"]);
    assert!(out.stderr.contains("unchanged"), "{}", out.stderr);
    assert_eq!(env.settings(), before);
}

#[test]
fn dry_run_prints_before_and_after_and_changes_nothing() {
    let env = Env::new();
    let before = env.settings();
    let out = env.ok(&[
        "did",
        "set",
        "spam",
        "--email",
        "off",
        "--portal",
        "on",
        "--dry-run",
    ]);
    assert_eq!(
        out.stdout,
        "did.spam.email: on → off\ndid.spam.portal: on (unchanged)\n"
    );
    assert!(out.stderr.contains("nothing was changed"), "{}", out.stderr);
    let json = env
        .ok(&[
            "balance",
            "set",
            "low-limit",
            "--amount",
            "75.5",
            "--dry-run",
            "-o",
            "json",
        ])
        .json();
    assert_eq!(json["changes"][0]["key"], "balance.low_limit.amount");
    assert_eq!(json["changes"][0]["before"], "20.00");
    assert_eq!(json["changes"][0]["after"], "75.50");
    env.ok(&["reports", "set", "--daily", "on", "--dry-run"]);
    assert_eq!(env.settings(), before);
}

#[test]
fn quiet_prints_nothing_after_the_change() {
    let env = Env::new();
    let out = env.ok(&["-q", "subscriptions", "set", "billing", "--portal", "on"]);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr, "");
    assert_eq!(env.settings()["subscriptions"]["billing"]["portal"], true);
}

#[test]
fn bad_values_are_usage_errors_before_any_request() {
    let home = Home::new();
    // Nothing listens on port 1: any request would end in exit 6, not 2.
    let run = |args: &[&str]| {
        home.teliqon_at("http://127.0.0.1:1", "tq_unused")
            .args(args)
            .fails(2)
    };
    for amount in ["1e3", "-5", "12.345", "abc", "1000000.01", ""] {
        let out = run(&["balance", "set", "low-limit", "--amount", amount]);
        assert!(
            out.stderr
                .starts_with(&format!("error: invalid value '{amount}' for '--amount")),
            "{amount}: {}",
            out.stderr
        );
    }
    let out = run(&["did", "set", "spam", "--email", "maybe"]);
    assert!(out.stderr.contains("'maybe'"), "{}", out.stderr);
    assert!(
        out.stderr.contains("on, off, true, false, yes, no, 1, 0"),
        "{}",
        out.stderr
    );
    let out = run(&["reports", "set", "--weekly", "2"]);
    assert!(out.stderr.contains("possible values"), "{}", out.stderr);
    let out = run(&["balance", "set", "overdraft", "--email", "on"]);
    assert!(
        out.stderr.contains("possible values: low-limit, top-up"),
        "{}",
        out.stderr
    );
    let out = run(&["subscriptions", "set", "renewal", "--email", "on"]);
    assert!(out.stderr.contains("expiring, billing"), "{}", out.stderr);
    let out = run(&["did", "set", "spam"]);
    out.assert_clean_error();
    assert!(out.stderr.contains("--email, --portal"), "{}", out.stderr);
    let out = run(&["balance", "set", "low-limit"]);
    assert!(
        out.stderr.contains("--email, --portal, --amount"),
        "{}",
        out.stderr
    );
    let out = run(&["reports", "set"]);
    assert!(
        out.stderr.contains("--daily, --weekly, --monthly"),
        "{}",
        out.stderr
    );
    let out = run(&["balance", "set", "top-up", "--amount", "5"]);
    out.assert_clean_error();
    assert!(out.stderr.contains("only to low-limit"), "{}", out.stderr);
}

#[test]
fn a_server_failure_says_nothing_changed_with_its_exit_code() {
    let env = Env::with_faults(&[
        "--fault",
        "kind=status:500,method=PATCH,path=/api/v1/settings/notifications",
        "--fault",
        "kind=status:422,method=PUT,path=/api/v1/settings/balance/low-limit",
    ]);
    let before = env.settings();
    let out = env.fails(6, &["did", "set", "spam", "--email", "off"]);
    out.assert_clean_error();
    assert!(out.stderr.contains("HTTP 500"), "{}", out.stderr);
    assert!(out.stderr.contains("nothing was changed"), "{}", out.stderr);
    let out = env.fails(5, &["balance", "set", "low-limit", "--amount", "30"]);
    out.assert_clean_error();
    assert!(out.stderr.contains("nothing was changed"), "{}", out.stderr);
    assert_eq!(env.settings(), before);
}

#[test]
fn two_concurrent_sets_on_different_events_both_land() {
    let env = Env::new();
    for round in 0..3 {
        let value = on_off(round % 2 == 0);
        std::thread::scope(|scope| {
            let a = scope.spawn(|| env.run(&["did", "set", "spam", "--email", value]));
            let b = scope.spawn(|| env.run(&["subscriptions", "set", "billing", "--email", value]));
            let c = scope.spawn(|| env.run(&["balance", "set", "top-up", "--email", value]));
            for out in [a.join().unwrap(), b.join().unwrap(), c.join().unwrap()] {
                assert_eq!(out.code, 0, "{out:#?}");
            }
        });
        let now = env.settings();
        let expected = Value::Bool(round % 2 == 0);
        assert_eq!(now["did"]["spam"]["email"], expected, "round {round}");
        assert_eq!(
            now["subscriptions"]["billing"]["email"], expected,
            "round {round}"
        );
        assert_eq!(now["balance"]["top_up"]["email"], expected, "round {round}");
    }
}

#[test]
fn an_outage_of_another_section_does_not_block_a_change() {
    let server = SandboxProcess::start_with(
        &[
            "--fault",
            "kind=status:503,path=/api/v1/settings/two-factor,times=0",
        ],
        &[],
    );
    let home = Home::new();
    home.teliqon_at(&server.url, &server.token)
        .args(["did", "set", "spam", "--email", "off", "--max-retries", "0"])
        .ok();
    assert_eq!(
        server.get("/api/v1/settings/notifications").data()["did"]["spam"]["email"],
        false
    );
}
