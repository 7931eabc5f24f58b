//! Exit codes and network faults: every failure is one clear line with the documented code.

use crate::support::Home;
use crate::support::sandbox::SandboxProcess;
use std::time::Duration;

fn with_fault(spec: &str) -> SandboxProcess {
    SandboxProcess::start_with(&["--fault", spec], &[])
}

#[test]
fn usage_errors_exit_2() {
    let home = Home::new();
    home.teliqon()
        .args(["settings", "show", "--bogus"])
        .fails(2);
    home.teliqon().args(["did", "frobnicate"]).fails(2);
    let out = home
        .teliqon_at("http://127.0.0.1:9", "tq_0123456789abcdef")
        .args(["settings", "show", "-o", "csv"])
        .fails(2);
    out.assert_clean_error();
    assert!(out.stderr.contains("table, json"), "{}", out.stderr);
    let out = home
        .teliqon()
        .args(["--profile", "../etc", "did", "show"])
        .fails(2);
    out.assert_clean_error();
}

#[test]
fn a_wrong_token_exits_4_with_a_hint() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, "tq_wrong_wrong_wrong")
        .args(["settings", "show"])
        .fails(4);
    out.assert_clean_error();
    assert!(out.stderr.contains("HTTP 401"), "{}", out.stderr);
    assert!(out.stderr.contains("auth login"), "{}", out.stderr);
}

#[test]
fn not_signed_in_exits_4() {
    let home = Home::new();
    let out = home.teliqon().args(["settings", "show"]).fails(4);
    out.assert_clean_error();
    assert!(out.stderr.contains("not signed in"), "{}", out.stderr);
}

#[test]
fn connection_refused_exits_6_after_retries() {
    let home = Home::new();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let out = home
        .teliqon_at(&format!("http://127.0.0.1:{port}"), "tq_0123456789abcdef")
        .args(["did", "show", "--max-retries", "2"])
        .fails(6);
    out.assert_clean_error();
    assert!(
        out.stderr.contains("could not reach the API"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("after 3 tries"), "{}", out.stderr);
}

#[test]
fn server_faults_map_to_their_exit_codes() {
    let home = Home::new();
    for (spec, code, needle) in [
        ("kind=status:500,times=0", 6, "HTTP 500"),
        ("kind=status:502,times=0", 6, "HTTP 502"),
        ("kind=status:503,times=0", 6, "after 2 tries"),
        ("kind=status:429,times=0,retry-after=1", 6, "HTTP 429"),
        ("kind=status:403,times=0", 4, "HTTP 403"),
        ("kind=status:404,times=0", 5, "HTTP 404"),
        ("kind=html,times=0", 6, "expected JSON, got text/html"),
        ("kind=truncated,times=0", 6, "not the expected JSON"),
        (
            "kind=envelope-false,times=0",
            6,
            "the API failed (HTTP 200)",
        ),
        ("kind=huge,times=0", 6, "larger than 8 MiB"),
        ("kind=reset,times=0", 6, "connection broke"),
    ] {
        let server = with_fault(spec);
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["did", "show", "--max-retries", "1"])
            .timeout(Duration::from_secs(40))
            .run();
        assert_eq!(out.code, code, "{spec}: {out:#?}");
        out.assert_clean_error();
        assert!(out.stderr.contains(needle), "{spec}: {}", out.stderr);
    }
}

#[test]
fn a_server_that_never_answers_gives_up_at_the_timeout() {
    let server = with_fault("kind=hang,times=0");
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["did", "show", "--timeout", "2"])
        .timeout(Duration::from_secs(30))
        .fails(6);
    out.assert_clean_error();
    assert!(
        out.stderr.contains("no answer within 2 s"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_transient_503_is_retried_and_succeeds() {
    let server = with_fault("kind=status:503,nth=1,times=2,retry-after=1");
    let home = Home::new();
    let started = std::time::Instant::now();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-v", "reports", "show", "-o", "json"])
        .ok();
    // Two answers asked for one second each: the client waited (a lower bound,
    // not a speed measurement).
    assert!(
        started.elapsed() >= Duration::from_millis(1900),
        "Retry-After: 1 was not honoured ({:?})",
        started.elapsed()
    );
    assert!(out.json()["daily"].is_boolean());
    assert!(
        out.stderr.contains("HTTP 503"),
        "the retry is logged with -v: {}",
        out.stderr
    );
}

#[test]
fn plain_http_to_a_remote_host_is_refused() {
    let home = Home::new();
    let out = home
        .teliqon_at("http://api.teliqon.example", "tq_0123456789abcdef")
        .args(["settings", "show"])
        .fails(2);
    out.assert_clean_error();
    assert!(
        out.stderr.contains("--allow-insecure-http"),
        "{}",
        out.stderr
    );
}

#[test]
fn verbose_logging_redacts_the_token() {
    let server = SandboxProcess::start();
    let home = Home::new();
    // Cmd::run asserts the token is absent from stdout and stderr.
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-vv", "settings", "show"])
        .ok();
    assert!(
        out.stderr.contains("X-Access-Token: <redacted>"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_closed_pipe_ends_quietly() {
    // Far more output than a pipe buffers (64 KiB), so the writes really fail:
    // every format, and a table as well as streamed JSON and CSV.
    let server = SandboxProcess::start_with(&["--billings", "20000"], &[]);
    let home = Home::new();
    for args in [
        "billings list --kind voice --all -o json",
        "billings list --kind voice --all -o csv",
        "billings list --kind voice --all",
    ] {
        let mut command = std::process::Command::new("bash");
        command
            .arg("-c")
            .arg(format!(
                "'{}' {args} | head -c 100 >/dev/null; echo \"status=${{PIPESTATUS[0]}}\"",
                crate::support::bin()
            ))
            .envs(home.env())
            .env("TELIQON_API_URL", &server.url)
            .env("TELIQON_TOKEN", &server.token);
        let output = command.output().unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stdout.contains("status=0"), "{args}: {stdout} {stderr}");
        assert!(
            !stderr.contains("panicked") && !stderr.contains("error"),
            "{args}: {stderr}"
        );
        assert!(!stdout.contains(&server.token) && !stderr.contains(&server.token));
    }
}

#[test]
fn a_closed_stderr_never_turns_a_done_change_into_a_crash() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let mut child = std::process::Command::new(crate::support::bin())
        .args(["did", "set", "spam", "--email", "off"])
        .envs(home.env())
        .env("TELIQON_API_URL", &server.url)
        .env("TELIQON_TOKEN", &server.token)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take()); // nobody reads stderr: every note hits a broken pipe
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert_eq!(
        server.get("/api/v1/settings/notifications").data()["did"]["spam"]["email"],
        false
    );
}

#[test]
fn a_totp_confirmation_is_never_retried() {
    let server = with_fault(
        "kind=status:503,method=POST,path=/api/v1/settings/two-factor/totp/confirm,times=0",
    );
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args([
            "-v",
            "2fa",
            "totp",
            "confirm",
            "--code",
            "123456",
            "--max-retries",
            "3",
        ])
        .fails(6);
    out.assert_clean_error();
    assert!(out.stderr.contains("HTTP 503"), "{}", out.stderr);
    assert!(
        !out.stderr.contains("tries"),
        "a POST must not be retried: {}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("try 2 of"),
        "a POST must not be retried: {}",
        out.stderr
    );
}

#[test]
fn only_429_502_503_504_are_retried() {
    let home = Home::new();
    // One failure, then the real answer: a retry turns it into a success.
    for status in [429, 502, 503, 504] {
        let server = with_fault(&format!("kind=status:{status},nth=1,times=1"));
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["-v", "did", "show", "-o", "json"])
            .ok();
        assert!(out.json()["spam"]["email"].is_boolean());
        assert!(
            out.stderr.contains(&format!("HTTP {status}")),
            "{status}: {}",
            out.stderr
        );
    }
    // A 500 is not transient by the contract: one answer, no second try.
    let server = with_fault("kind=status:500,nth=1,times=1");
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-v", "did", "show"])
        .fails(6);
    assert!(!out.stderr.contains("try 2 of"), "{}", out.stderr);
}
