//! Sign-in: login (piped and interactive), keyring, insecure file, env override, status, logout.

use crate::support::sandbox::SandboxProcess;
use crate::support::tmux::Tmux;
use crate::support::{Home, bin};
use std::os::unix::net::UnixListener;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

/// A unique profile name, so tests sharing the keyring daemon never collide.
fn unique_profile(tag: &str) -> String {
    format!("t-{tag}-{}-{}", std::process::id(), rand_suffix())
}

fn rand_suffix() -> u64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).unwrap();
    u64::from_le_bytes(bytes) % 1_000_000
}

fn secret_tool_lookup(profile: &str) -> Option<String> {
    let output = Command::new("secret-tool")
        .args(["lookup", "service", "teliqon", "username", profile])
        .output()
        .expect("secret-tool (Debian package libsecret-tools)");
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).trim().to_owned())
}

/// Tests that need the real Secret Service insist on it (run them via `.ci/with-keyring`).
fn require_session_bus() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "keyring tests need a D-Bus session with an unlocked keyring: run `.ci/with-keyring cargo test`"
    );
}

/// A D-Bus address whose socket accepts connections and never answers.
fn silent_bus(dir: &Path) -> (String, UnixListener) {
    let path = dir.join("silent-bus.sock");
    let listener = UnixListener::bind(&path).unwrap();
    (format!("unix:path={}", path.display()), listener)
}

#[test]
fn login_with_token_on_stdin_stores_in_keyring_and_status_reports_it() {
    require_session_bus();
    let server = SandboxProcess::start();
    let home = Home::new();
    let profile = unique_profile("keyring");
    let login = home
        .login_piped(&server.url, &server.token)
        .args(["--profile", &profile])
        .ok();
    assert!(login.stderr.contains("Signed in"), "{}", login.stderr);
    assert!(login.stderr.contains("keyring"), "{}", login.stderr);
    assert_eq!(
        secret_tool_lookup(&profile).as_deref(),
        Some(server.token.as_str())
    );

    let config = std::fs::read_to_string(home.config_dir().join("config.toml")).unwrap();
    assert!(config.contains(&server.url), "{config}");
    assert!(
        !config.contains(&server.token),
        "the token must never be in the config"
    );

    let status = home
        .teliqon()
        .secret(&server.token)
        .args(["--profile", &profile, "auth", "status", "-o", "json"])
        .ok();
    let json = status.json();
    assert_eq!(json["token_source"], "keyring");
    assert_eq!(json["accepted"], true);
    assert_eq!(json["api_url"], server.url.as_str());
    let last4 = &server.token[server.token.len() - 4..];
    assert_eq!(json["token"], format!("••••{last4}"));

    // Signed in: commands work without any environment credentials.
    home.teliqon()
        .secret(&server.token)
        .args(["--profile", &profile, "did", "show"])
        .ok();
    let token = home
        .teliqon()
        .secret(&server.token)
        .args(["--profile", &profile, "auth", "token"])
        .ok();
    assert_eq!(token.stdout.trim(), server.token);

    home.teliqon()
        .secret(&server.token)
        .args(["--profile", &profile, "auth", "logout"])
        .ok();
    assert_eq!(
        secret_tool_lookup(&profile),
        None,
        "logout removes the keyring entry"
    );
    let after = home
        .teliqon()
        .secret(&server.token)
        .args(["--profile", &profile, "did", "show"])
        .fails(4);
    after.assert_clean_error();
    assert!(after.stderr.contains("auth login"), "{}", after.stderr);
}

#[test]
fn a_rejected_token_stores_nothing() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let profile = unique_profile("wrong");
    let out = home
        .login_piped(&server.url, "tq_not_the_token")
        .args(["--profile", &profile])
        .fails(4);
    out.assert_clean_error();
    assert!(out.stderr.contains("nothing was stored"), "{}", out.stderr);
    assert!(!home.config_dir().join("config.toml").exists());
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        assert_eq!(secret_tool_lookup(&profile), None);
    }
}

#[test]
fn no_keyring_fails_fast_naming_both_ways_out() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let started = std::time::Instant::now();
    let out = home
        .login_piped(&server.url, &server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env("XDG_RUNTIME_DIR", home.path())
        .timeout(Duration::from_secs(20))
        .fails(1);
    // No hang: one 3 s keyring limit at most, not several (a bound, not a speed target).
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    out.assert_clean_error();
    assert!(
        out.stderr.contains("keyring is not usable"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("TELIQON_TOKEN"), "{}", out.stderr);
    assert!(out.stderr.contains("--insecure-storage"), "{}", out.stderr);
    assert!(!out.stderr.contains(&server.token));
    assert!(
        !home.config_dir().join("config.toml").exists(),
        "no silent fallback, nothing stored"
    );
}

#[test]
fn a_keyring_that_never_answers_hits_the_time_limit() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let (bus, _listener) = silent_bus(home.path());
    let started = std::time::Instant::now();
    let out = home
        .login_piped(&server.url, &server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .timeout(Duration::from_secs(20))
        .fails(1);
    // No hang: one 3 s keyring limit at most, not several (a bound, not a speed target).
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "took {:?}",
        started.elapsed()
    );
    out.assert_clean_error();
    assert!(
        out.stderr.contains("no answer within 3 s"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("TELIQON_TOKEN"), "{}", out.stderr);
}

#[test]
fn environment_token_means_the_keyring_is_never_touched() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let profile = unique_profile("env");
    // Store a profile that points at the keyring, then make the keyring hang.
    std::fs::create_dir_all(home.config_dir()).unwrap();
    std::fs::write(
        home.config_dir().join("config.toml"),
        format!(
            "[profiles.{profile}]\napi_url = \"http://127.0.0.1:9\"\ntoken_store = \"keyring\"\n"
        ),
    )
    .unwrap();
    let (bus, _listener) = silent_bus(home.path());
    let out = home
        .teliqon_at(&server.url, &server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", &bus)
        .args(["--profile", &profile, "auth", "status", "-o", "json"])
        .timeout(Duration::from_secs(20))
        .ok();
    let json = out.json();
    assert_eq!(json["token_source"], "env");
    assert_eq!(json["api_url_source"], "env");
    assert_eq!(json["accepted"], true);
}

#[test]
fn insecure_storage_warns_before_writing_a_0600_file() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .login_piped(&server.url, &server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["--insecure-storage"])
        .ok();
    let warning = out
        .stderr
        .find("warning: --insecure-storage")
        .expect("warning shown");
    let signed_in = out.stderr.find("Signed in").expect("success note");
    assert!(warning < signed_in, "{}", out.stderr);
    let file = home.config_dir().join("tokens/default");
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(std::fs::read_to_string(&file).unwrap().trim(), server.token);

    let status = home
        .teliqon()
        .secret(&server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["auth", "status", "-o", "json"])
        .ok();
    assert_eq!(
        status.json()["token_source"],
        format!("file:{}", file.display())
    );
    home.teliqon()
        .secret(&server.token)
        .args(["auth", "logout"])
        .ok();
    assert!(!file.exists());
}

#[test]
fn login_without_a_terminal_names_the_flags() {
    let home = Home::new();
    let no_url = home.teliqon().args(["auth", "login"]).fails(2);
    no_url.assert_clean_error();
    assert!(no_url.stderr.contains("--api-url"), "{}", no_url.stderr);
    let no_token = home
        .teliqon()
        .args(["--api-url", "https://api.teliqon.example", "auth", "login"])
        .fails(2);
    assert!(
        no_token.stderr.contains("--with-token"),
        "{}",
        no_token.stderr
    );
    let empty = home
        .teliqon()
        .args([
            "--api-url",
            "https://api.teliqon.example",
            "auth",
            "login",
            "--with-token",
        ])
        .stdin("\n")
        .fails(2);
    empty.assert_clean_error();
}

#[test]
fn there_is_no_token_flag() {
    let home = Home::new();
    let out = home
        .teliqon()
        .args(["auth", "login", "--token", "abc"])
        .fails(2);
    assert!(out.stderr.contains("--token"), "{}", out.stderr);
}

#[test]
fn interactive_login_in_a_terminal_hides_the_token() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let env: Vec<(String, String)> = home.env();
    let mut env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    env.push(("TERM", "xterm-256color"));
    let term = Tmux::start(
        home.path(),
        &env,
        &format!("{} auth login --insecure-storage", bin()),
    );
    term.wait_for("API URL", Duration::from_secs(20));
    term.send_text(&server.url);
    term.send_key("Enter");
    term.wait_for("Access token", Duration::from_secs(20));
    term.send_text(&server.token);
    term.send_key("Enter");
    assert_eq!(term.wait_exit(Duration::from_secs(20)), 0);
    let screen = term.screen(false);
    assert!(screen.contains("Signed in"), "{screen}");
    assert!(
        !screen.contains(&server.token),
        "the token was echoed:\n{screen}"
    );
    let stored = std::fs::read_to_string(home.config_dir().join("tokens/default")).unwrap();
    assert_eq!(stored.trim(), server.token);
}

#[test]
fn ctrl_c_at_a_prompt_exits_130_and_stores_nothing() {
    let home = Home::new();
    let env: Vec<(String, String)> = home.env();
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let term = Tmux::start(home.path(), &env, &format!("{} auth login", bin()));
    term.wait_for("API URL", Duration::from_secs(20));
    term.send_key("C-c");
    assert_eq!(term.wait_exit(Duration::from_secs(20)), 130);
    assert!(!home.config_dir().join("config.toml").exists());
}
