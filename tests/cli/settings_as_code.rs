//! `settings export | plan | apply` through the real binary against a sandbox
//! process; state read back with `settings show -o json`.

use crate::support::cmd::bin;
use crate::support::env::{Env, with};
use crate::support::tmux::Tmux;
use serde_json::Value;
use std::time::Duration;

#[test]
fn export_apply_plan_round_trip_without_secrets() {
    let env = Env::new();
    let before = env.settings();
    let toml = env.ok(&["settings", "export"]).stdout;
    assert!(!toml.contains(&env.sandbox.token), "{toml}");
    assert!(
        !toml.contains(&env.sandbox.token[env.sandbox.token.len() - 4..]),
        "{toml}"
    );
    assert!(!toml.contains("****"), "{toml}");
    assert!(
        toml.contains("TOTP secret"),
        "comment on what is not managed: {toml}"
    );
    let file = env.write("teliqon.toml", &toml);
    let out = env.ok(&["settings", "apply", "-f", &file]);
    assert!(out.stderr.contains("No changes"), "{}", out.stderr);
    let out = env.ok(&["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    assert_eq!(out.stdout, "");
    // JSON export is accepted unchanged too, from a file and from stdin.
    let json = env.ok(&["settings", "export", "-o", "json"]).stdout;
    assert!(!json.contains(&env.sandbox.token));
    let file = env.write("teliqon.json", &json);
    env.ok(&["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    let out = env.run_stdin(
        &["settings", "plan", "-f", "-", "--detailed-exitcode"],
        &toml,
    );
    assert_eq!(out.code, 0, "{out:#?}");
    let out = env.run_stdin(
        &["settings", "plan", "-f", "-", "--detailed-exitcode"],
        &json,
    );
    assert_eq!(out.code, 0, "{out:#?}");
    assert_eq!(env.settings(), before);
}

#[test]
fn apply_changes_only_what_the_file_changes_and_is_idempotent() {
    let env = Env::new();
    let before = env.settings();
    let toml = env
        .ok(&["settings", "export"])
        .stdout
        .replace("amount = \"20.00\"", "amount = \"35.50\"")
        .replace("[did.spam]\nemail = true", "[did.spam]\nemail = false")
        .replace("daily = false", "daily = true")
        .replace("[two_factor]\nemail = true", "[two_factor]\nemail = false");
    let file = env.write("teliqon.toml", &toml);

    let plan = env.fails(3, &["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    assert_eq!(
        plan.stdout,
        "two_factor.email: on → off\n\
         did.spam.email: on → off\n\
         balance.low_limit.amount: 20.00 → 35.50\n\
         spending_reports.daily: off → on\n"
    );
    let json = env
        .fails(
            3,
            &[
                "settings",
                "plan",
                "-f",
                &file,
                "--detailed-exitcode",
                "-o",
                "json",
            ],
        )
        .json();
    assert_eq!(json["in_sync"], false);
    assert_eq!(json["changes"].as_array().unwrap().len(), 4);
    assert_eq!(json["changes"][2]["after"], "35.50");
    // Without --detailed-exitcode a difference is still exit 0.
    env.ok(&["settings", "plan", "-f", &file]);

    let out = env.ok(&["settings", "apply", "-f", &file, "--yes"]);
    assert!(
        out.stderr.contains("Applied 4 setting(s)"),
        "{}",
        out.stderr
    );
    let mut expected = with(before, "/two_factor/email", Value::Bool(false));
    expected = with(expected, "/did/spam/email", Value::Bool(false));
    expected = with(expected, "/balance/low_limit/amount", "35.50".into());
    expected = with(expected, "/spending_reports/daily", Value::Bool(true));
    assert_eq!(env.settings(), expected);

    // Idempotent: a second run changes nothing.
    let out = env.ok(&["settings", "apply", "-f", &file, "--yes"]);
    assert!(out.stderr.contains("No changes"), "{}", out.stderr);
    env.ok(&["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    assert_eq!(env.settings(), expected);

    // A partial file manages only its keys.
    let file = env.write("partial.toml", "[subscriptions.billing]\nportal = true\n");
    env.ok(&["settings", "apply", "-f", &file, "-y"]);
    assert_eq!(
        env.settings(),
        with(expected, "/subscriptions/billing/portal", Value::Bool(true))
    );
}

#[test]
fn a_failure_midway_reports_applied_and_not_applied_and_a_rerun_converges() {
    let env = Env::with_faults(&[
        "--fault",
        "kind=status:500,method=PATCH,path=/api/v1/settings/spending-reports,times=1",
    ]);
    let before = env.settings();
    let file = env.write(
        "teliqon.toml",
        "[two_factor]\nemail = false\n\n[did.spam]\nportal = false\n\n\
         [spending_reports]\ndaily = true\nmonthly = false\n",
    );
    let out = env.fails(6, &["settings", "apply", "-f", &file, "--yes"]);
    let stderr = &out.stderr;
    assert!(
        stderr.contains("applied:     did.spam.portal: on → off"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not applied: spending_reports.daily: off → on"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not applied: spending_reports.monthly: on → off"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not applied: two_factor.email: on → off"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: the API failed (HTTP 500)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("1 setting applied, 3 settings not applied"),
        "{stderr}"
    );
    assert!(stderr.contains("run `teliqon settings apply"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    assert_eq!(
        env.settings(),
        with(before.clone(), "/did/spam/portal", Value::Bool(false))
    );

    // The fault fired once: a re-run applies only what still differs.
    let out = env.ok(&["settings", "apply", "-f", &file, "--yes"]);
    assert!(!out.stderr.contains("did.spam.portal"), "{}", out.stderr);
    assert!(
        out.stderr.contains("Applied 3 setting(s)"),
        "{}",
        out.stderr
    );
    env.ok(&["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    let mut expected = with(before, "/did/spam/portal", Value::Bool(false));
    expected = with(expected, "/two_factor/email", Value::Bool(false));
    expected = with(expected, "/spending_reports/daily", Value::Bool(true));
    expected = with(expected, "/spending_reports/monthly", Value::Bool(false));
    assert_eq!(env.settings(), expected);
}

#[test]
fn bad_files_name_file_line_and_column_and_list_valid_keys() {
    let env = Env::new();
    let before = env.settings();
    let cases = [
        (
            "unknown.toml",
            "[did.spam]\nemail = true\nsms = true\n",
            ":3:1: unknown field `sms`",
        ),
        (
            "section.toml",
            "\n[api]\ntoken = \"x\"\n",
            ":2:2: unknown field `api`",
        ),
        (
            "type.toml",
            "[balance.top_up]\nportal = \"on\"\n",
            ":2:10: invalid type: string \"on\", expected a boolean",
        ),
        (
            "amount.toml",
            "[balance.low_limit]\namount = \"12.345\"\n",
            ":2:10: invalid amount \"12.345\": at most 2 decimals",
        ),
        (
            "negative.toml",
            "[balance.low_limit]\namount = \"-5\"\n",
            ":2:10: invalid amount \"-5\": the amount must not be negative",
        ),
        (
            "float.toml",
            "[balance.low_limit]\namount = 50.0\n",
            ":2:10: write the amount as a string",
        ),
        ("syntax.toml", "[spending_reports]\ndaily = tru\n", ":2:9:"),
        (
            "array.toml",
            "spending_reports = [true, false, false]\n",
            ":1:20: invalid type: sequence, expected a table",
        ),
        (
            "array-of-tables.toml",
            "[[did]]\nspam = {email = false}\n",
            ":1:1: invalid type: sequence, expected a table",
        ),
        (
            "nested-array.toml",
            "did = [{email = false}]\n",
            ":1:7: invalid type: sequence, expected a table",
        ),
        (
            "bad.json",
            "{\n  \"did\": {\"spam\": {\"emial\": true}}\n}\n",
            ":2:",
        ),
    ];
    for (name, text, expected) in cases {
        let file = env.write(name, text);
        for verb in ["plan", "apply"] {
            let mut args = vec!["settings", verb, "-f", file.as_str()];
            if verb == "plan" {
                args.push("--detailed-exitcode");
            }
            let out = env.fails(2, &args);
            out.assert_clean_error();
            assert!(
                out.stderr.starts_with(&format!("error: {file}{expected}")),
                "{name}: {}",
                out.stderr
            );
            assert!(
                out.stderr.contains(
                    "hint: valid keys: two_factor.email, two_factor.totp, did.spam.email"
                ),
                "{name}: {}",
                out.stderr
            );
        }
    }
    let out = env.run_stdin(&["settings", "plan", "-f", "-"], "[did]\nspam = 1\n");
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.starts_with("error: <stdin>:2:8: invalid type"),
        "{}",
        out.stderr
    );
    // No environment expansion: "$X" is text (and here, not the account's currency).
    let out = env.run_stdin(
        &["settings", "plan", "-f", "-"],
        "[balance.low_limit]\ncurrency = \"$CUR\"\n",
    );
    assert_eq!(out.code, 2, "{out:#?}");
    assert!(out.stderr.contains("\"$CUR\""), "{}", out.stderr);
    let out = env.fails(2, &["settings", "plan", "-f", "/nonexistent/teliqon.toml"]);
    out.assert_clean_error();
    assert_eq!(env.settings(), before);
}

#[test]
fn no_prompt_without_a_terminal_and_nothing_changes() {
    let env = Env::new();
    let before = env.settings();
    let file = env.write("t.toml", "[did.spam]\nemail = false\n");
    let out = env.fails(2, &["settings", "apply", "-f", &file]);
    assert!(
        out.stderr
            .contains("input is not a terminal; nothing was changed"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("hint: pass --yes"), "{}", out.stderr);
    assert_eq!(env.settings(), before);
}

#[test]
fn totp_is_only_checked_and_apply_says_what_to_run() {
    let env = Env::new();
    let file = env.write(
        "t.toml",
        "[two_factor]\ntotp = true\n\n[did.spam]\nemail = false\n",
    );
    let out = env.fails(3, &["settings", "plan", "-f", &file, "--detailed-exitcode"]);
    assert!(
        out.stdout.contains(
            "two_factor.totp: off → on  (not changed by apply: run `teliqon 2fa totp enable`)"
        ),
        "{}",
        out.stdout
    );
    let out = env.fails(1, &["settings", "apply", "-f", &file, "--yes"]);
    assert!(
        out.stderr.contains("teliqon 2fa totp enable"),
        "{}",
        out.stderr
    );
    // The rest was applied.
    assert_eq!(env.settings()["did"]["spam"]["email"], false);
    assert_eq!(env.settings()["two_factor"]["totp"], false);
}

/// Runs `settings apply` in a tmux pseudo-terminal and answers the prompt.
fn apply_in_tmux(env: &Env, file: &str, answer: &str) -> (String, i32) {
    let mut vars = env.home.env();
    vars.push(("TELIQON_API_URL".into(), env.sandbox.url.clone()));
    vars.push(("TELIQON_TOKEN".into(), env.sandbox.token.clone()));
    vars.push(("TERM".into(), "xterm".into()));
    let pairs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let term = Tmux::start(
        env.home.path(),
        &pairs,
        &format!("{} settings apply -f {file}", bin()),
    );
    term.wait_for("Apply 1 change(s)", Duration::from_secs(30));
    term.send_text(answer);
    term.send_key("Enter");
    let code = term.wait_exit(Duration::from_secs(30));
    (term.screen(false), code)
}

#[test]
fn interactive_apply_asks_and_respects_the_answer() {
    let env = Env::new();
    let file = env.write("t.toml", "[did.spam]\nemail = false\n");
    let (screen, code) = apply_in_tmux(&env, &file, "n");
    assert_eq!(code, 130, "{screen}");
    assert!(screen.contains("did.spam.email: on → off"), "{screen}");
    assert!(screen.contains("nothing was changed"), "{screen}");
    assert_eq!(env.settings()["did"]["spam"]["email"], true);

    let (screen, code) = apply_in_tmux(&env, &file, "y");
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("Applied 1 setting(s)"), "{screen}");
    assert_eq!(env.settings()["did"]["spam"]["email"], false);
}

#[test]
fn ctrl_c_during_apply_stops_between_requests_and_reports_exactly() {
    // The low-limit PUT is answered 503 "retry in 3 s" once: Ctrl-C lands while
    // the client waits, the PUT then succeeds, and nothing after it is sent.
    let env = Env::with_faults(&[
        "--fault",
        "kind=status:503,method=PUT,path=/api/v1/settings/balance/low-limit,retry-after=3",
    ]);
    let before = env.settings();
    let daily = before["spending_reports"]["daily"].as_bool().unwrap();
    let spam = before["did"]["spam"]["email"].as_bool().unwrap();
    let file = env.write(
        "t.toml",
        &format!(
            "[did.spam]\nemail = {}\n[balance.low_limit]\namount = \"77.00\"\n[spending_reports]\ndaily = {}\n",
            !spam, !daily
        ),
    );
    let mut vars = env.home.env();
    vars.push(("TELIQON_API_URL".into(), env.sandbox.url.clone()));
    vars.push(("TELIQON_TOKEN".into(), env.sandbox.token.clone()));
    let pairs: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let term = Tmux::start(
        env.home.path(),
        &pairs,
        &format!("{} -v settings apply --yes -f {file}", bin()),
    );
    term.wait_for("HTTP 503", Duration::from_secs(30));
    term.send_key("C-c");
    assert_eq!(
        term.wait_exit(Duration::from_secs(30)),
        130,
        "{}",
        term.screen(false)
    );
    let screen = term.screen(false);
    assert!(screen.contains("applied:     did.spam.email"), "{screen}");
    assert!(
        screen.contains("applied:     balance.low_limit.amount"),
        "{screen}"
    );
    assert!(
        screen.contains("not applied: spending_reports.daily"),
        "{screen}"
    );
    let after = env.settings();
    assert_eq!(after["did"]["spam"]["email"], !spam);
    assert_eq!(after["balance"]["low_limit"]["amount"], "77.00");
    assert_eq!(
        after["spending_reports"]["daily"], daily,
        "the request after Ctrl-C was not sent"
    );
}
