//! Local files through the binary: modes, loose-permission warnings, corrupt and newer configs.

use crate::support::Home;
use crate::support::sandbox::SandboxProcess;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

/// `auth login --insecure-storage` with the token piped in, no keyring reachable.
fn login(home: &Home, server: &SandboxProcess) -> crate::support::cmd::Outcome {
    home.login_piped(&server.url, &server.token)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .args(["--insecure-storage"])
        .run()
}

fn write_config(home: &Home, text: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(home.config_dir()).unwrap();
    let path = home.config_dir().join("config.toml");
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    path
}

#[test]
fn login_writes_config_and_token_file_owner_only() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = login(&home, &server);
    assert_eq!(out.code, 0, "{out:#?}");
    let config = home.config_dir().join("config.toml");
    let token = home.config_dir().join("tokens/default");
    assert_eq!(mode(&config), 0o600, "config.toml");
    assert_eq!(mode(&token), 0o600, "token file");
    assert!(
        !std::fs::read_to_string(&config)
            .unwrap()
            .contains(&server.token)
    );
    // No temp file left next to them.
    let names: Vec<String> = std::fs::read_dir(home.config_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        names.iter().all(|n| !n.ends_with(".tmp")),
        "leftovers: {names:?}"
    );
}

#[test]
fn a_world_readable_config_warns_and_still_works() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let path = write_config(
        &home,
        "version = 1\n[profiles.default]\ntime_zone = \"UTC\"\n",
    );
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["did", "show", "-o", "json"])
        .ok();
    let warning = out
        .stderr
        .lines()
        .find(|l| l.starts_with("warning:"))
        .unwrap_or_else(|| panic!("no warning: {}", out.stderr));
    assert!(warning.contains("chmod 600"), "{warning}");
    assert!(warning.contains(&path.display().to_string()), "{warning}");
    assert_eq!(out.json()["spam"]["email"], true, "{}", out.stdout);
    assert_eq!(mode(&path), 0o644, "a warning, not a silent chmod");
}

#[test]
fn a_world_readable_token_file_warns() {
    let server = SandboxProcess::start();
    let home = Home::new();
    assert_eq!(login(&home, &server).code, 0);
    let token = home.config_dir().join("tokens/default");
    std::fs::set_permissions(&token, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = home
        .teliqon()
        .secret(&server.token)
        .args(["did", "show"])
        .ok();
    assert!(
        out.stderr.contains("warning:") && out.stderr.contains("chmod 600"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_corrupt_config_names_file_line_and_column() {
    let server = SandboxProcess::start();
    for (text, line) in [
        ("version = 1\n[profiles.x\napi_url = \"https://a\"\n", 2),
        ("version = 1\n\n[http]\ntimeout = \"thirty\"\n", 4),
        (
            "version = 1\n[profiles.default]\napi_ur = \"https://a\"\n",
            3,
        ),
        ("[profiles.default]\ntoken_store = \"shoebox\"\n", 2),
    ] {
        let home = Home::new();
        let path = write_config(&home, text);
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["did", "show"])
            .fails(1);
        out.assert_clean_error();
        let prefix = format!("error: invalid config {}:{line}:", path.display());
        assert!(
            out.stderr.starts_with(&prefix),
            "{text:?} should give {prefix}…, got {}",
            out.stderr
        );
        assert!(out.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "untouched");
    }
}

#[test]
fn a_config_from_a_newer_version_is_read_but_never_rewritten() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let text = "version = 9\n[profiles.default]\ntime_zone = \"UTC\"\n";
    let path = write_config(&home, text);
    let read = home
        .teliqon_at(&server.url, &server.token)
        .args(["did", "show"])
        .ok();
    assert!(
        read.stderr.contains("warning:") && read.stderr.contains("newer teliqon"),
        "{}",
        read.stderr
    );

    let out = login(&home, &server);
    assert_ne!(out.code, 0, "{out:#?}");
    out.assert_clean_error();
    assert!(out.stderr.contains("not rewriting"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    assert!(
        !home.config_dir().join("tokens/default").exists(),
        "nothing stored when the config cannot be written"
    );
}

#[test]
fn the_sandbox_state_file_is_owner_only() {
    let server = SandboxProcess::start();
    assert_eq!(mode(&server.state), 0o600);
    // Still 0600 after a change rewrote it.
    let home = Home::new();
    home.teliqon_at(&server.url, &server.token)
        .args(["did", "set", "spam", "--email", "off"])
        .ok();
    assert_eq!(mode(&server.state), 0o600);
    let state = std::fs::read_to_string(&server.state).unwrap();
    assert!(state.contains("\"spam\""), "{state}");
}
