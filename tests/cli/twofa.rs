//! `teliqon 2fa`: email on/off and TOTP enrolment through the real binary against
//! a sandbox process; the interactive flow and the QR code in a tmux terminal.

use crate::support::sandbox::SandboxProcess;
use crate::support::tmux::Tmux;
use crate::support::{Home, bin};
use serde_json::Value;
use std::time::Duration;
use totp_rs::{Builder, Secret};

const TWO_FACTOR: &str = "/api/v1/settings/two-factor";
const WAIT: Duration = Duration::from_secs(30);

/// The two-factor state as the server has it.
fn server_state(server: &SandboxProcess) -> Value {
    let response = server.get(TWO_FACTOR);
    let body: Value = serde_json::from_slice(&response.body).expect("JSON answer");
    body["data"].clone()
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// What an authenticator app would show now for `secret` (base32).
fn code_for(secret: &str) -> String {
    totp(secret).generate(now()).to_string()
}

/// A well-formed code that is not valid anywhere near now.
fn wrong_code_for(secret: &str) -> String {
    let totp = totp(secret);
    let valid: Vec<String> = (0..=6)
        .map(|i| totp.generate(now() + i * 30 - 90).to_string())
        .collect();
    (0..10)
        .map(|d| d.to_string().repeat(6))
        .find(|c| !valid.contains(c))
        .unwrap()
}

fn totp(secret: &str) -> totp_rs::Totp {
    Builder::new()
        .with_secret(Secret::try_from_base32(secret).expect("base32 secret"))
        .build()
        .expect("TOTP")
}

/// The `secret` parameter of an `otpauth://` URI.
fn secret_of(uri: &str) -> String {
    let url = url::Url::parse(uri).expect("URI");
    url.query_pairs()
        .find(|(k, _)| k == "secret")
        .map(|(_, v)| v.into_owned())
        .expect("secret in URI")
}

/// `2fa totp enable --show-secret -o json`, checked; answers (secret, uri).
fn start_enrolment(home: &Home, server: &SandboxProcess) -> (String, String) {
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "enable", "--show-secret", "-o", "json"])
        .ok();
    let json = out.json();
    let secret = json["secret"].as_str().expect("secret").to_owned();
    let uri = json["otpauth_uri"]
        .as_str()
        .expect("otpauth_uri")
        .to_owned();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert_eq!(secret_of(&uri), secret);
    assert!(json["expires_at"].is_string(), "{json}");
    assert!(
        out.stderr.contains("2fa totp confirm --code"),
        "{}",
        out.stderr
    );
    (secret, uri)
}

#[test]
fn full_enrolment_confirm_then_disable_with_codes_from_the_issued_secret() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let before = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(before["totp"], false);

    let (secret, _) = start_enrolment(&home, &server);
    // Pending on the server, still off.
    let state = server_state(&server);
    assert_eq!(
        (state["totp"].clone(), state["totp_pending"].clone()),
        (false.into(), true.into())
    );

    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "confirm", "--code", &code_for(&secret)])
        .ok();
    // On a pipe: the section as key<TAB>value lines; the note on stderr.
    assert!(
        out.stdout.contains("two_factor.totp\ton\n"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("TOTP is on"), "{}", out.stderr);
    assert!(!out.stdout.contains(&secret) && !out.stderr.contains(&secret));
    let shown = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "show", "-o", "json"])
        .ok()
        .json();
    assert_eq!(shown["totp"], true, "{shown}");
    assert_eq!(server_state(&server)["totp"], true);

    // Enabling again is refused by the API: TOTP is already on.
    let again = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "enable", "--show-secret"])
        .fails(5);
    again.assert_clean_error();
    assert!(
        again.stderr.contains("2fa totp disable"),
        "{}",
        again.stderr
    );
    assert!(again.stdout.is_empty());

    // Disabling needs a valid code: a wrong one changes nothing.
    let wrong = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "disable", "--code", &wrong_code_for(&secret)])
        .fails(5);
    wrong.assert_clean_error();
    assert!(wrong.stderr.contains("TOTP stays on"), "{}", wrong.stderr);
    assert_eq!(server_state(&server)["totp"], true);

    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-q", "2fa", "totp", "disable", "--code", &code_for(&secret)])
        .ok();
    assert_eq!(out.stdout, "", "--quiet prints nothing");
    assert_eq!(out.stderr, "");
    assert_eq!(server_state(&server)["totp"], false);

    // Already off: nothing to do, success.
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "disable", "--code", "123456", "-o", "json"])
        .ok();
    assert_eq!(out.json()["totp"], false);
    assert!(out.stderr.contains("already off"), "{}", out.stderr);
}

#[test]
fn a_wrong_code_is_refused_with_exit_5_and_totp_stays_off() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let (secret, _) = start_enrolment(&home, &server);
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "confirm", "--code", &wrong_code_for(&secret)])
        .fails(5);
    out.assert_clean_error();
    assert!(out.stderr.contains("TOTP stays off"), "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let state = server_state(&server);
    assert_eq!(state["totp"], false);
    assert_eq!(
        state["totp_pending"], true,
        "the enrolment is still pending: {state}"
    );

    // A malformed code is a usage error, caught before any request.
    for bad in ["12345", "12a456", "1234567"] {
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["2fa", "totp", "confirm", "--code", bad])
            .fails(2);
        out.assert_clean_error();
        assert!(out.stderr.contains("6 digits"), "{}", out.stderr);
    }
    // Without --code and without a terminal: name the flag.
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "confirm"])
        .fails(2);
    out.assert_clean_error();
    assert!(out.stderr.contains("--code"), "{}", out.stderr);

    // The right code still finishes the same enrolment.
    home.teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "confirm", "--code", &code_for(&secret)])
        .ok();
    assert_eq!(server_state(&server)["totp"], true);
}

#[test]
fn confirm_without_a_pending_enrolment_is_refused() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "confirm", "--code", "123456"])
        .fails(5);
    out.assert_clean_error();
    assert!(out.stderr.contains("pending"), "{}", out.stderr);
}

#[test]
fn no_secret_on_a_pipe_without_show_secret() {
    let server = SandboxProcess::start();
    let home = Home::new();
    for extra in [&[][..], &["--no-input"][..], &["-o", "json"][..]] {
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["2fa", "totp", "enable"])
            .args(extra)
            .fails(2);
        out.assert_clean_error();
        assert_eq!(out.stdout, "", "nothing on stdout");
        assert!(out.stderr.contains("--show-secret"), "{}", out.stderr);
        assert!(!out.stderr.contains("otpauth"), "{}", out.stderr);
    }
    // Refused before asking the API: no enrolment was started.
    assert_eq!(server_state(&server)["totp_pending"], false);

    // Plain text with --show-secret: key<TAB>value lines.
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "totp", "enable", "--show-secret"])
        .ok();
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", out.stdout);
    let secret = lines[0].strip_prefix("secret\t").expect("secret line");
    let uri = lines[1].strip_prefix("otpauth_uri\t").expect("uri line");
    assert!(lines[2].starts_with("expires_at\t"));
    assert_eq!(secret_of(uri), secret);
    assert_eq!(server_state(&server)["totp_pending"], true);
    assert_eq!(server_state(&server)["totp"], false);
}

#[test]
fn email_on_and_off_prints_the_section() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "email", "on"])
        .ok();
    assert!(
        out.stdout.contains("two_factor.email\ton\n"),
        "{}",
        out.stdout
    );
    assert!(out.stderr.contains("Email two-factor authentication is on"));
    assert_eq!(server_state(&server)["email"], true);

    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "email", "off", "-o", "json"])
        .ok();
    assert_eq!(
        out.json(),
        serde_json::json!({"email": false, "totp": false})
    );
    assert_eq!(server_state(&server)["email"], false);

    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["-q", "2fa", "email", "on"])
        .ok();
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("", ""));
    assert_eq!(server_state(&server)["email"], true);

    let out = home
        .teliqon_at(&server.url, &server.token)
        .args(["2fa", "email", "maybe"])
        .fails(2);
    assert!(
        out.stderr.contains("possible values: on, off"),
        "{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------
// The interactive flow in a terminal (tmux).

/// `teliqon 2fa totp enable ARGS` in a tmux terminal, signed in to `server`.
fn enable_in_tmux(home: &Home, server: &SandboxProcess, args: &str, no_color: bool) -> Tmux {
    let path = |p: &str| home.path().join(p).to_string_lossy().into_owned();
    let env = [
        ("HOME", path("")),
        ("XDG_CONFIG_HOME", path("xdg-config")),
        ("XDG_DATA_HOME", path("xdg-data")),
        (
            "TELIQON_CONFIG_DIR",
            home.config_dir().to_string_lossy().into_owned(),
        ),
        ("TELIQON_API_URL", server.url.clone()),
        ("TELIQON_TOKEN", server.token.clone()),
    ];
    let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let colour = if no_color {
        "export NO_COLOR=1; unset CLICOLOR_FORCE; export TERM=xterm-256color"
    } else {
        "unset NO_COLOR CLICOLOR_FORCE; export TERM=xterm-256color"
    };
    Tmux::start(
        home.path(),
        &env,
        &format!("{colour}; '{}' 2fa totp enable {args}", bin()),
    )
}

/// The QR module grid (true = dark) read back from block characters
/// (`invert`: ink is light), from the first to the last line with ink.
fn parse_blocks(screen: &str, invert: bool) -> Vec<Vec<bool>> {
    let is_qr_line =
        |l: &str| l.chars().any(|c| "█▀▄".contains(c)) && l.chars().all(|c| " █▀▄".contains(c));
    let lines: Vec<&str> = screen.lines().collect();
    let first = lines
        .iter()
        .position(|l| is_qr_line(l))
        .expect("QR lines on screen");
    let count = lines[first..].iter().take_while(|l| is_qr_line(l)).count();
    let width = lines[first..first + count]
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap();
    let mut rows = Vec::new();
    for line in &lines[first..first + count] {
        let mut chars: Vec<char> = line.chars().collect();
        // tmux drops trailing blanks: they were light modules (or ink, inverted).
        chars.resize(width, if invert { '█' } else { ' ' });
        let (top, bottom): (Vec<bool>, Vec<bool>) = chars
            .iter()
            .map(|c| {
                let (t, b) = match c {
                    '█' => (true, true),
                    '▀' => (true, false),
                    '▄' => (false, true),
                    _ => (false, false),
                };
                (t != invert, b != invert)
            })
            .unzip();
        rows.push(top);
        rows.push(bottom);
    }
    rows
}

/// The QR module grid read back from `▀` cells with 256-colour foreground
/// (top module) and background (bottom module), as `capture-pane -e` prints them.
fn parse_colors(screen: &str) -> Vec<Vec<bool>> {
    let mut rows = Vec::new();
    // tmux writes an attribute only where it changes, so colours carry over lines.
    let (mut fg, mut bg) = (None::<u16>, None::<u16>);
    for line in screen.lines() {
        let (mut top, mut bottom) = (Vec::new(), Vec::new());
        let mut rest = line;
        while let Some(c) = rest.chars().next() {
            if let Some(seq) = rest.strip_prefix("\x1b[") {
                let end = seq.find(|c: char| c.is_ascii_alphabetic()).unwrap();
                if &seq[end..=end] == "m" {
                    let params: Vec<u16> = seq[..end]
                        .split(';')
                        .map(|p| p.parse().unwrap_or(0))
                        .collect();
                    let mut i = 0;
                    while i < params.len() {
                        match params[i] {
                            0 => (fg, bg) = (None, None),
                            38 if params.get(i + 1) == Some(&5) => {
                                fg = params.get(i + 2).copied();
                                i += 2;
                            }
                            48 if params.get(i + 1) == Some(&5) => {
                                bg = params.get(i + 2).copied();
                                i += 2;
                            }
                            39 => fg = None,
                            49 => bg = None,
                            _ => {}
                        }
                        i += 1;
                    }
                }
                rest = &seq[end + 1..];
                continue;
            }
            if c == '▀' {
                // Painted explicitly: black (16) is dark, white (231) is light.
                for (colour, side) in [(fg, &mut top), (bg, &mut bottom)] {
                    match colour {
                        Some(16) => side.push(true),
                        Some(231) => side.push(false),
                        other => panic!("unexpected QR colour {other:?} in {line:?}"),
                    }
                }
            }
            rest = &rest[c.len_utf8()..];
        }
        if !top.is_empty() {
            rows.push(top);
            rows.push(bottom);
        }
    }
    assert!(!rows.is_empty(), "no colour QR on screen:\n{screen}");
    rows
}

/// Decodes a module grid with rqrr (with 4 extra light modules around it, and
/// 4 pixels per module).
fn decode(rows: &[Vec<bool>]) -> String {
    const PAD: usize = 4;
    const SCALE: usize = 4;
    let (w, h) = (rows[0].len() + 2 * PAD, rows.len() + 2 * PAD);
    let dark = |x: usize, y: usize| {
        x >= PAD
            && y >= PAD
            && rows
                .get(y - PAD)
                .and_then(|r| r.get(x - PAD))
                .copied()
                .unwrap_or(false)
    };
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w * SCALE, h * SCALE, |x, y| {
        if dark(x / SCALE, y / SCALE) { 0 } else { 255 }
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code expected");
    grids[0].decode().expect("QR decodes").1
}

/// The QR code's quiet zone: the outer 4 modules of the grid are light.
fn assert_quiet_zone(rows: &[Vec<bool>]) {
    let (w, h) = (rows[0].len(), rows.len());
    for (y, row) in rows.iter().enumerate() {
        for (x, dark) in row.iter().enumerate() {
            if x < 4 || y < 4 || x + 4 >= w || y + 4 >= h {
                assert!(!dark, "quiet zone module ({x},{y}) is dark");
            }
        }
    }
    // …and the code starts right inside it (finder pattern corner).
    assert!(rows[4][4], "no finder pattern at (4,4)");
}

/// The otpauth URI the server issued for the pending enrolment is not
/// readable from outside, so the tests compare with the URI decoded and
/// check that the setup key on screen is its secret.
fn check_setup_key(screen: &str, uri: &str) -> String {
    let secret = secret_of(uri);
    // The QR code holds exactly the contract's URI for this secret and account.
    assert_eq!(
        uri,
        format!(
            "otpauth://totp/Teliqon:demo@example.com?secret={secret}&issuer=Teliqon&algorithm=SHA1&digits=6&period=30"
        ),
        "the decoded QR code"
    );
    let grouped: Vec<String> = secret
        .as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect();
    assert!(
        screen.contains(&format!("Setup key: {}", grouped.join(" "))),
        "setup key on screen:\n{screen}"
    );
    secret
}

#[test]
fn interactive_enrolment_colour_qr_a_wrong_code_then_the_right_one() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let tmux = enable_in_tmux(&home, &server, "", false);
    let screen = tmux.wait_for("6-digit code from the app", WAIT);
    assert!(
        screen.contains("Google Authenticator, 2FAS, Authy"),
        "{screen}"
    );

    let rows = parse_colors(&tmux.screen(true));
    assert_quiet_zone(&rows[..rows.len() - 1]);
    let uri = decode(&rows);
    assert!(uri.starts_with("otpauth://totp/Teliqon:"), "{uri}");
    let secret = check_setup_key(&screen, &uri);
    assert_eq!(server_state(&server)["totp_pending"], true);

    // A typo is caught locally (no round trip) and asked again.
    tmux.send_text(&wrong_code_for(&secret));
    tmux.send_key("Enter");
    let screen = tmux.wait_for("2 tries left", WAIT);
    assert!(
        screen.contains("that code does not match this setup key"),
        "the local check, not the API, refused it:\n{screen}"
    );
    assert_eq!(server_state(&server)["totp"], false);

    tmux.send_text(&code_for(&secret));
    tmux.send_key("Enter");
    assert_eq!(tmux.wait_exit(WAIT), 0, "{}", tmux.screen(false));
    let screen = tmux.screen(false);
    assert!(screen.contains("TOTP is on"), "{screen}");
    assert_eq!(server_state(&server)["totp"], true);
}

#[test]
fn interactive_no_color_block_qr_decodes_and_ctrl_c_leaves_totp_off() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let tmux = enable_in_tmux(&home, &server, "", true);
    let screen = tmux.wait_for("6-digit code from the app", WAIT);
    assert!(
        !tmux.screen(true).contains("\x1b[38;5;"),
        "no colour with NO_COLOR"
    );

    let rows = parse_blocks(&screen, false);
    let uri = decode(&rows);
    assert!(uri.starts_with("otpauth://totp/Teliqon:"), "{uri}");
    check_setup_key(&screen, &uri);
    // Quiet zone: 2 blank lines (4 rows) above the ink, 4 blank columns left of it.
    let lines: Vec<&str> = screen.lines().collect();
    let first_ink = lines.iter().position(|l| l.contains('█')).unwrap();
    assert!(
        first_ink >= 2,
        "no room for the quiet zone above the code:\n{screen}"
    );
    assert!(
        lines[first_ink - 2..first_ink]
            .iter()
            .all(|l| l.trim().is_empty())
    );
    let left = lines
        .iter()
        .filter(|l| l.contains('█') && !l.contains(':'))
        .map(|l| l.chars().take_while(|c| *c == ' ').count())
        .min()
        .unwrap();
    assert_eq!(left, 4, "4 columns of quiet zone on the left");

    tmux.send_key("C-c");
    assert_eq!(tmux.wait_exit(WAIT), 130, "{}", tmux.screen(false));
    let screen = tmux.screen(false);
    assert!(screen.contains("TOTP stays off"), "{screen}");
    let state = server_state(&server);
    assert_eq!(state["totp"], false, "{state}");
}

#[test]
fn interactive_inverted_qr_decodes_and_three_wrong_codes_leave_totp_off() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let tmux = enable_in_tmux(&home, &server, "--qr-invert", true);
    let screen = tmux.wait_for("6-digit code from the app", WAIT);

    // The light quiet zone is drawn in ink: the first QR line is all full blocks.
    let qr_top = screen.lines().find(|l| l.contains('█')).unwrap();
    assert!(qr_top.chars().all(|c| c == '█'), "{qr_top:?}");
    let rows = parse_blocks(&screen, true);
    assert_quiet_zone(&rows[..rows.len() - 1]);
    let uri = decode(&rows);
    // Read as a normal (non-inverted) drawing it is a negative image.
    let plain = parse_blocks(&screen, false);
    assert_ne!(plain, rows);
    let secret = check_setup_key(&screen, &uri);

    let wrong = wrong_code_for(&secret);
    for (typed, expect) in [("12ab56", "2 tries left"), (wrong.as_str(), "1 try left")] {
        tmux.send_text(typed);
        tmux.send_key("Enter");
        tmux.wait_for(expect, WAIT);
    }
    tmux.send_text(&wrong);
    tmux.send_key("Enter");
    assert_eq!(tmux.wait_exit(WAIT), 1, "{}", tmux.screen(false));
    let screen = tmux.screen(false);
    assert!(screen.contains("3 wrong codes; TOTP stays off"), "{screen}");
    assert_eq!(server_state(&server)["totp"], false);
}

#[test]
fn interactive_no_qr_shows_the_key_and_uri_only() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let tmux = enable_in_tmux(&home, &server, "--no-qr", false);
    let screen = tmux.wait_for("6-digit code from the app", WAIT);
    assert!(!screen.contains('▀') && !screen.contains('█'), "{screen}");
    let uri_line = screen
        .lines()
        .find(|l| l.starts_with("URI: "))
        .expect("URI line");
    let uri = uri_line.trim_start_matches("URI: ").trim();
    check_setup_key(&screen, uri);
    tmux.send_key("C-c");
    assert_eq!(tmux.wait_exit(WAIT), 130);
}

#[test]
fn a_clock_off_by_more_than_15_seconds_is_warned_about() {
    let home = Home::new();
    for (offset, warned) in [(120, true), (-120, true), (5, false)] {
        let server =
            SandboxProcess::start_with(&["--fault", &format!("kind=clock:{offset},times=0")], &[]);
        let out = home
            .teliqon_at(&server.url, &server.token)
            .args(["2fa", "totp", "enable", "--show-secret", "-o", "json"])
            .ok();
        assert!(out.json()["secret"].is_string());
        let warning = out.stderr.contains("warning: this computer's clock is");
        assert_eq!(warning, warned, "offset {offset}: {}", out.stderr);
        if warned {
            let side = if offset > 0 { "behind" } else { "ahead of" };
            assert!(out.stderr.contains(side), "offset {offset}: {}", out.stderr);
        }
    }
}
