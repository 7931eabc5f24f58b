//! `teliqon sandbox serve` over real HTTP: the contract, validation, state, faults, signals.

use crate::support::http::{self, Response};
use crate::support::sandbox::{SandboxProcess, teliqon, wait_timeout};
use serde_json::{Value, json};
use std::collections::BTreeSet;
use std::time::{Duration, Instant};
use teliqon::api::paths;

const ANCHOR: &str = "2026-06-01T00:00:00Z";

/// A body that is valid for each mutating endpoint.
fn valid_body(path: &str) -> Option<&'static str> {
    match path {
        paths::TWO_FACTOR_EMAIL => Some(r#"{"enabled":false}"#),
        paths::TOTP_CONFIRM | paths::TOTP_DISABLE => Some(r#"{"code":"000000"}"#),
        paths::NOTIFICATIONS => Some(r#"{"balance":{"top_up":{"email":true}}}"#),
        paths::LOW_BALANCE_LIMIT => Some(r#"{"amount":"35.50"}"#),
        paths::SPENDING_REPORTS => Some(r#"{"daily":true}"#),
        _ => None,
    }
}

fn expect_error(response: &Response, status: u16, code: &str) {
    assert_eq!(
        response.error_code(),
        (status, code.to_string()),
        "{}",
        response.text()
    );
    assert!(
        response
            .header("content-type")
            .is_some_and(|t| t.starts_with("application/json"))
    );
}

#[test]
fn every_path_and_method_of_the_contract_is_served() {
    let sandbox = SandboxProcess::start();
    for (path, methods) in paths::ALL {
        for method in *methods {
            let body = if *method == "GET" {
                None
            } else {
                valid_body(path)
            };
            let response = sandbox.call(method, path, body);
            let json = response.json();
            assert!(
                ![404, 405].contains(&response.status) && json.get("status").is_some(),
                "{method} {path}: {} {json}",
                response.status
            );
        }
        // Any other method: 405 with the allowed ones.
        let other = if methods.contains(&"POST") {
            "DELETE"
        } else {
            "POST"
        };
        let response = sandbox.call(other, path, Some("{}"));
        expect_error(&response, 405, "method_not_allowed");
        let allow: BTreeSet<String> = response
            .header("allow")
            .unwrap_or_default()
            .split(',')
            .map(|m| m.trim().to_string())
            .collect();
        for method in *methods {
            assert!(allow.contains(*method), "{path}: Allow {allow:?}");
        }
        assert!(!allow.contains(other));
    }
}

#[test]
fn reads_answer_per_the_contract() {
    let sandbox = SandboxProcess::start();
    let api = sandbox.get(paths::API_SETTINGS).data();
    assert_eq!(
        api,
        json!({"api_url": sandbox.url, "access_token": sandbox.token})
    );
    assert!(sandbox.token.starts_with("tq_") && sandbox.token.len() == 43);

    let account = sandbox.get(paths::ACCOUNT).data();
    assert_eq!(account["email"], "demo@example.com");
    assert_eq!(account["currency"], "EUR");
    assert!(account["project"].is_string() && account["time_zone"].is_string());

    assert_eq!(
        sandbox.get(paths::TWO_FACTOR).data(),
        json!({"email": true, "totp": false, "totp_pending": false})
    );

    let notifications = sandbox.get(paths::NOTIFICATIONS).data();
    for (section, event) in [
        ("did", "spam"),
        ("balance", "low_limit"),
        ("balance", "top_up"),
        ("subscriptions", "expiring"),
        ("subscriptions", "billing"),
    ] {
        let channels = &notifications[section][event];
        assert!(
            channels["email"].is_boolean() && channels["portal"].is_boolean(),
            "{notifications}"
        );
    }

    assert_eq!(
        sandbox.get(paths::LOW_BALANCE_LIMIT).data(),
        json!({"amount": "20.00", "currency": "EUR"})
    );
    assert_eq!(
        sandbox.get(paths::SPENDING_REPORTS).data(),
        json!({"daily": false, "weekly": true, "monthly": true})
    );
    let balances = sandbox.get(paths::BALANCES).data();
    for key in ["voice", "additional", "sms"] {
        let amount = balances[key]
            .as_str()
            .unwrap_or_else(|| panic!("{balances}"));
        assert!(amount.parse::<teliqon::api::Money>().is_ok(), "{amount}");
    }

    // Billings answer without parameters: the last 30 days, page 1, 25 rows.
    for path in [paths::BILLINGS_VOICE, paths::BILLINGS_ADDITIONAL] {
        let page = sandbox.get(path).data();
        assert_eq!(
            (page["page"].as_u64(), page["page_size"].as_u64()),
            (Some(1), Some(25)),
            "{page}"
        );
        assert_eq!(page["currency"], "EUR");
        assert!(page["total"].as_u64().unwrap() > 0, "{page}");
        let rows = page["rows"].as_array().unwrap();
        assert_eq!(rows.len(), 25);
        let row = &rows[0];
        for key in ["id", "timestamp", "comment", "net", "tax", "total"] {
            assert!(!row[key].is_null(), "{key} missing: {row}");
        }
        assert!(row["net"].is_string(), "money is a string: {row}");
    }
    let voice = &sandbox.get(paths::BILLINGS_VOICE).data()["rows"][0];
    assert!(
        voice["destination"].is_string() && voice["duration_seconds"].is_u64(),
        "{voice}"
    );
    let additional = &sandbox.get(paths::BILLINGS_ADDITIONAL).data()["rows"][0];
    assert!(
        additional["service"].is_string() && additional["quantity"].is_u64(),
        "{additional}"
    );
}

#[test]
fn writes_change_the_state() {
    let sandbox = SandboxProcess::start();
    let two = sandbox
        .call("PUT", paths::TWO_FACTOR_EMAIL, Some(r#"{"enabled":false}"#))
        .data();
    assert_eq!(two["email"], false);
    assert_eq!(sandbox.get(paths::TWO_FACTOR).data()["email"], false);

    let patched = sandbox
        .call(
            "PATCH",
            paths::NOTIFICATIONS,
            Some(r#"{"balance":{"top_up":{"email":true}},"subscriptions":{"billing":{"portal":true}}}"#),
        )
        .data();
    assert_eq!(
        patched["balance"]["top_up"],
        json!({"email": true, "portal": true})
    );
    assert_eq!(
        patched["subscriptions"]["billing"],
        json!({"email": false, "portal": true})
    );
    assert_eq!(
        patched["did"]["spam"],
        json!({"email": true, "portal": true}),
        "untouched events keep their value"
    );
    assert_eq!(sandbox.get(paths::NOTIFICATIONS).data(), patched);

    let limit = sandbox
        .call(
            "PUT",
            paths::LOW_BALANCE_LIMIT,
            Some(r#"{"amount":"1000000"}"#),
        )
        .data();
    assert_eq!(limit, json!({"amount": "1000000.00", "currency": "EUR"}));
    let limit = sandbox
        .call("PUT", paths::LOW_BALANCE_LIMIT, Some(r#"{"amount":"0"}"#))
        .data();
    assert_eq!(limit["amount"], "0.00");

    let reports = sandbox
        .call(
            "PATCH",
            paths::SPENDING_REPORTS,
            Some(r#"{"daily":true,"monthly":false}"#),
        )
        .data();
    assert_eq!(
        reports,
        json!({"daily": true, "weekly": true, "monthly": false})
    );
}

#[test]
fn the_token_is_required() {
    let sandbox = SandboxProcess::start();
    for (path, _) in paths::ALL {
        expect_error(&sandbox.raw("GET", path, &[], None), 401, "unauthorized");
    }
    let wrong = format!("tq_{}", "0".repeat(40));
    expect_error(
        &sandbox.raw("GET", paths::BALANCES, &[("X-Access-Token", &wrong)], None),
        401,
        "unauthorized",
    );
    expect_error(
        &sandbox.raw("GET", paths::BALANCES, &[("X-Access-Token", "")], None),
        401,
        "unauthorized",
    );
    // A rejected write changes nothing.
    let response = sandbox.raw(
        "PUT",
        paths::LOW_BALANCE_LIMIT,
        &[
            ("X-Access-Token", &wrong),
            ("Content-Type", "application/json"),
        ],
        Some(br#"{"amount":"1.00"}"#),
    );
    expect_error(&response, 401, "unauthorized");
    assert_eq!(
        sandbox.get(paths::LOW_BALANCE_LIMIT).data()["amount"],
        "20.00"
    );
}

#[test]
fn unknown_paths_and_wrong_methods_are_envelopes() {
    let sandbox = SandboxProcess::start();
    for path in [
        "/",
        "/api/v1",
        "/api/v1/nope",
        "/api/v1/balances/",
        "/api/v2/balances",
        "/api/v1/billings/sms",
    ] {
        expect_error(&sandbox.get(path), 404, "not_found");
    }
    // Nothing but the documented paths: no child below any of them, and no
    // parent of them that is not itself documented.
    let documented: Vec<&str> = paths::ALL.iter().map(|(path, _)| *path).collect();
    for path in &documented {
        expect_error(&sandbox.get(&format!("{path}/x")), 404, "not_found");
        let mut parent = *path;
        while let Some(cut) = parent.rfind('/').filter(|cut| *cut > 0) {
            parent = &parent[..cut];
            if !documented.contains(&parent) {
                expect_error(&sandbox.get(parent), 404, "not_found");
            }
        }
    }
    let response = sandbox.call("DELETE", paths::NOTIFICATIONS, None);
    expect_error(&response, 405, "method_not_allowed");
    assert!(
        response
            .header("allow")
            .is_some_and(|a| a.contains("GET") && a.contains("PATCH")),
        "{response:?}"
    );
}

#[test]
fn malformed_input_is_a_400_envelope() {
    let sandbox = SandboxProcess::start();
    let bad = |method: &str, path: &str, body: &str, needle: &str| {
        let response = sandbox.call(method, path, Some(body));
        expect_error(&response, 400, "invalid_request");
        assert!(
            response.message().contains(needle),
            "{method} {path} {body}: {}",
            response.message()
        );
    };
    bad("PATCH", paths::NOTIFICATIONS, "{not json", "JSON");
    bad(
        "PATCH",
        paths::NOTIFICATIONS,
        r#"{"did":{"spam":{"sms":true}}}"#,
        "unknown field",
    );
    bad(
        "PATCH",
        paths::NOTIFICATIONS,
        r#"{"dids":{}}"#,
        "unknown field",
    );
    bad("PATCH", paths::NOTIFICATIONS, r#"{}"#, "changes nothing");
    bad(
        "PATCH",
        paths::NOTIFICATIONS,
        r#"{"did":{"spam":{"email":"yes"}}}"#,
        "invalid type",
    );
    bad("PATCH", paths::SPENDING_REPORTS, r#"{}"#, "changes nothing");
    bad(
        "PATCH",
        paths::SPENDING_REPORTS,
        r#"{"hourly":true}"#,
        "unknown field",
    );
    bad("PUT", paths::TWO_FACTOR_EMAIL, r#"{}"#, "missing field");
    for amount in [
        r#""-1.00""#,
        r#""1000000.01""#,
        r#"12.5"#,
        r#""12.345""#,
        r#""1e3""#,
        r#""abc""#,
        "null",
    ] {
        bad(
            "PUT",
            paths::LOW_BALANCE_LIMIT,
            &format!(r#"{{"amount":{amount}}}"#),
            "amount",
        );
    }
    for code in [r#""12345""#, r#""1234567""#, r#""12a456""#] {
        bad(
            "POST",
            paths::TOTP_CONFIRM,
            &format!(r#"{{"code":{code}}}"#),
            "code",
        );
    }
    bad(
        "POST",
        paths::TOTP_DISABLE,
        r#"{"code":123456}"#,
        "expected a string",
    );
    bad(
        "POST",
        paths::TOTP_ENROLMENT,
        r#"{"secret":"x"}"#,
        "unknown field",
    );

    // Not JSON at all.
    let response = sandbox.raw(
        "PUT",
        paths::LOW_BALANCE_LIMIT,
        &[
            ("X-Access-Token", &sandbox.token),
            ("Content-Type", "text/plain"),
        ],
        Some(br#"{"amount":"1.00"}"#),
    );
    expect_error(&response, 400, "invalid_request");
    let response = sandbox.raw(
        "PUT",
        paths::LOW_BALANCE_LIMIT,
        &[("X-Access-Token", &sandbox.token)],
        Some(br#"{"amount":"1"}"#),
    );
    expect_error(&response, 400, "invalid_request");
    // Too large.
    let huge = format!(r#"{{"amount":"1.00","x":"{}"}}"#, "a".repeat(100 * 1024));
    bad("PUT", paths::LOW_BALANCE_LIMIT, &huge, "larger than");

    // Query strings.
    let query = |path_and_query: &str, needle: &str| {
        let response = sandbox.get(path_and_query);
        expect_error(&response, 400, "invalid_request");
        assert!(
            response.message().contains(needle),
            "{path_and_query}: {}",
            response.message()
        );
    };
    query("/api/v1/balances?verbose=1", "no query parameters");
    query("/api/v1/billings/voice?page_size=20", "page_size");
    query("/api/v1/billings/voice?page_size=abc", "page_size");
    query("/api/v1/billings/voice?page=0", "page");
    query("/api/v1/billings/voice?page=-1", "page");
    query("/api/v1/billings/voice?search=a", "search");
    query(
        "/api/v1/billings/additional?from=2026-05-01T00:00:00Z&to=2026-05-01T00:00:00Z",
        "before",
    );
    query(
        "/api/v1/billings/additional?from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z",
        "before",
    );
    query("/api/v1/billings/voice?from=yesterday", "from");
    query("/api/v1/billings/voice?min_net=5&max_net=4", "min_net");
    query("/api/v1/billings/voice?min_total=1.5.0", "min_total");
    query("/api/v1/billings/voice?sort=asc", "unknown field");
    query("/api/v1/billings/voice?page=1&page=2", "duplicate");
}

#[test]
fn billings_filter_and_page_over_http() {
    let sandbox = SandboxProcess::start_with(&["--billings", "1000", "--anchor", ANCHOR], &[]);
    let window = "from=2026-03-01T00:00:00Z&to=2026-06-02T00:00:00Z";
    let all = sandbox
        .get(&format!("{}?{window}&page_size=250", paths::BILLINGS_VOICE))
        .data();
    assert_eq!(all["total"], 800);
    let additional = sandbox
        .get(&format!(
            "{}?{window}&page_size=250",
            paths::BILLINGS_ADDITIONAL
        ))
        .data();
    assert_eq!(additional["total"], 200);

    // Newest first, then id descending, across pages.
    let mut previous: Option<(String, u64)> = None;
    let mut seen = 0;
    for page in 1..=4 {
        let data = sandbox
            .get(&format!(
                "{}?{window}&page_size=250&page={page}",
                paths::BILLINGS_VOICE
            ))
            .data();
        for row in data["rows"].as_array().unwrap() {
            let key = (
                row["timestamp"].as_str().unwrap().to_string(),
                row["id"].as_u64().unwrap(),
            );
            if let Some(previous) = &previous {
                assert!(*previous > key, "{previous:?} then {key:?}");
            }
            previous = Some(key);
            seen += 1;
        }
    }
    assert_eq!(seen, 800);
    let past = sandbox
        .get(&format!(
            "{}?{window}&page_size=250&page=5",
            paths::BILLINGS_VOICE
        ))
        .data();
    assert_eq!(
        (
            past["rows"].as_array().unwrap().len(),
            past["total"].as_u64()
        ),
        (0, Some(800))
    );

    // Search (case-insensitive, '+' encoded) and amount ranges.
    let data = sandbox
        .get(&format!(
            "{}?{window}&page_size=250&search=CALL%20TO%20%2B49",
            paths::BILLINGS_VOICE
        ))
        .data();
    let total = data["total"].as_u64().unwrap();
    assert!(total > 0 && total < 800, "{total}");
    for row in data["rows"].as_array().unwrap() {
        assert!(
            row["comment"].as_str().unwrap().starts_with("Call to +49"),
            "{row}"
        );
    }
    let data = sandbox
        .get(&format!(
            "{}?{window}&page_size=250&min_total=0.50&max_total=2",
            paths::BILLINGS_VOICE
        ))
        .data();
    for row in data["rows"].as_array().unwrap() {
        let total: teliqon::api::Money = row["total"].as_str().unwrap().parse().unwrap();
        assert!((50..=200).contains(&total.minor()), "{row}");
    }
    // The default window (30 days before now) lies after this anchor: nothing, no error.
    assert_eq!(sandbox.get(paths::BILLINGS_VOICE).data()["total"], 0);
}

#[test]
fn a_million_rows_page_quickly() {
    let sandbox = SandboxProcess::start_with(&["--billings", "1000000", "--anchor", ANCHOR], &[]);
    let url = format!(
        "{}?from=2026-01-01T00:00:00Z&to=2026-07-01T00:00:00Z&page_size=250&page=1234",
        paths::BILLINGS_VOICE
    );
    sandbox.get(&url).data(); // warm up
    let started = Instant::now();
    let data = sandbox.get(&url).data();
    let elapsed = started.elapsed();
    assert_eq!(data["total"], 800_000);
    assert_eq!(data["rows"].as_array().unwrap().len(), 250);
    // Loose: a debug build on a shared machine; the release build answers in a few ms.
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
}

fn totp(secret: &str) -> totp_rs::Totp {
    totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).expect("base32 secret"))
        .build()
        .expect("TOTP")
}

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

/// A 6-digit code that matches none of the steps around now.
fn wrong_code(totp: &totp_rs::Totp) -> String {
    let t = now();
    let near: Vec<String> = (0..5)
        .map(|k| totp.generate(t + k * 30 - 60).to_string())
        .collect();
    (0..1_000_000u32)
        .map(|n| format!("{n:06}"))
        .find(|c| !near.contains(c))
        .unwrap()
}

#[test]
fn totp_enrolment_confirmation_and_disabling() {
    let sandbox = SandboxProcess::start();
    // Nothing pending yet.
    expect_error(
        &sandbox.call("POST", paths::TOTP_CONFIRM, Some(r#"{"code":"123456"}"#)),
        409,
        "conflict",
    );
    expect_error(
        &sandbox.call("POST", paths::TOTP_DISABLE, Some(r#"{"code":"123456"}"#)),
        409,
        "conflict",
    );

    let enrolment = sandbox.call("POST", paths::TOTP_ENROLMENT, None).data();
    let secret = enrolment["secret"].as_str().unwrap().to_string();
    assert_eq!(secret.len(), 32, "20 bytes in base32");
    assert_eq!(
        enrolment["otpauth_uri"],
        format!(
            "otpauth://totp/Teliqon:demo@example.com?secret={secret}&issuer=Teliqon&algorithm=SHA1&digits=6&period=30"
        )
    );
    let expires: jiff::Timestamp = enrolment["expires_at"].as_str().unwrap().parse().unwrap();
    let minutes = (expires.as_second() - jiff::Timestamp::now().as_second()) as f64 / 60.0;
    assert!((9.0..=10.1).contains(&minutes), "{minutes}");
    assert_eq!(
        sandbox.get(paths::TWO_FACTOR).data(),
        json!({"email": true, "totp": false, "totp_pending": true})
    );

    // A new enrolment replaces the pending one; "{}" is an accepted empty body.
    let again = sandbox
        .call("POST", paths::TOTP_ENROLMENT, Some("{}"))
        .data();
    let secret2 = again["secret"].as_str().unwrap().to_string();
    assert_ne!(secret, secret2);
    let app = totp(&secret2);

    // A wrong code: 422, nothing enabled.
    let response = sandbox.call(
        "POST",
        paths::TOTP_CONFIRM,
        Some(&json!({"code": wrong_code(&app)}).to_string()),
    );
    expect_error(&response, 422, "invalid_code");
    assert_eq!(sandbox.get(paths::TWO_FACTOR).data()["totp"], false);
    // The code of the replaced secret is wrong too.
    let stale = totp(&secret).generate(now()).to_string();
    if stale != app.generate(now()).to_string() {
        let response = sandbox.call(
            "POST",
            paths::TOTP_CONFIRM,
            Some(&json!({"code": stale}).to_string()),
        );
        expect_error(&response, 422, "invalid_code");
    }

    let code = app.generate(now()).to_string();
    let state = sandbox
        .call(
            "POST",
            paths::TOTP_CONFIRM,
            Some(&json!({"code": code}).to_string()),
        )
        .data();
    assert_eq!(
        state,
        json!({"email": true, "totp": true, "totp_pending": false})
    );
    expect_error(
        &sandbox.call("POST", paths::TOTP_ENROLMENT, None),
        409,
        "conflict",
    );
    expect_error(
        &sandbox.call("POST", paths::TOTP_CONFIRM, Some(r#"{"code":"123456"}"#)),
        409,
        "conflict",
    );

    let response = sandbox.call(
        "POST",
        paths::TOTP_DISABLE,
        Some(&json!({"code": wrong_code(&app)}).to_string()),
    );
    expect_error(&response, 422, "invalid_code");
    assert_eq!(sandbox.get(paths::TWO_FACTOR).data()["totp"], true);

    let code = app.generate(now()).to_string();
    let state = sandbox
        .call(
            "POST",
            paths::TOTP_DISABLE,
            Some(&json!({"code": code}).to_string()),
        )
        .data();
    assert_eq!(state["totp"], false);
    assert_eq!(sandbox.get(paths::TWO_FACTOR).data()["totp"], false);
}

#[cfg(unix)]
#[test]
fn state_persists_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("nested/dir/state.json");
    let mut first = SandboxProcess::start_on(&state, &[], &[]);
    first
        .call(
            "PUT",
            paths::LOW_BALANCE_LIMIT,
            Some(r#"{"amount":"77.70"}"#),
        )
        .data();
    first
        .call(
            "PATCH",
            paths::NOTIFICATIONS,
            Some(r#"{"did":{"spam":{"portal":false}}}"#),
        )
        .data();
    first
        .call("PUT", paths::TWO_FACTOR_EMAIL, Some(r#"{"enabled":false}"#))
        .data();
    let notifications = first.get(paths::NOTIFICATIONS).data();
    assert!(
        first
            .terminate(Duration::from_secs(10))
            .is_some_and(|s| s.success())
    );

    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(first.state, state);
        let mode = std::fs::metadata(&first.state)
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600, "the state holds the token");
    }
    let saved: Value = serde_json::from_str(&std::fs::read_to_string(&state).unwrap()).unwrap();
    assert_eq!(saved["token"], first.token.as_str());

    let second = SandboxProcess::start_on(&state, &[], &[]);
    assert_eq!(second.token, first.token, "same state, same token");
    assert_eq!(
        second.get(paths::LOW_BALANCE_LIMIT).data()["amount"],
        "77.70"
    );
    assert_eq!(second.get(paths::NOTIFICATIONS).data(), notifications);
    assert_eq!(second.get(paths::TWO_FACTOR).data()["email"], false);
}

/// Flips one event's email channel `rounds` times through `sandbox`, checking each answer.
fn flip(
    sandbox_url: String,
    token: String,
    section: &'static str,
    event: &'static str,
    rounds: usize,
) {
    for round in 0..rounds {
        let on = round % 2 == 0;
        let body = json!({section: {event: {"email": on}}}).to_string();
        let response = http::request(
            "PATCH",
            &format!("{sandbox_url}{}", paths::NOTIFICATIONS),
            &[
                ("X-Access-Token", &token),
                ("Content-Type", "application/json"),
            ],
            Some(body.as_bytes()),
        )
        .unwrap();
        assert_eq!(response.data()[section][event]["email"], on);
    }
}

#[test]
fn concurrent_patches_of_different_events_all_land() {
    let sandbox = SandboxProcess::start();
    let rounds = 25; // odd: each event ends with email = true
    let threads: Vec<_> = [
        ("did", "spam"),
        ("balance", "top_up"),
        ("subscriptions", "billing"),
    ]
    .into_iter()
    .map(|(section, event)| {
        let (url, token) = (sandbox.url.clone(), sandbox.token.clone());
        std::thread::spawn(move || flip(url, token, section, event, rounds))
    })
    .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    let state = sandbox.get(paths::NOTIFICATIONS).data();
    assert_eq!(state["did"]["spam"]["email"], true, "{state}");
    assert_eq!(state["balance"]["top_up"]["email"], true, "{state}");
    assert_eq!(state["subscriptions"]["billing"]["email"], true, "{state}");
}

#[test]
fn two_sandboxes_sharing_a_state_file_never_lose_an_update() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let a = SandboxProcess::start_on(&state, &[], &[]);
    let b = SandboxProcess::start_on(&state, &[], &[]);
    assert_eq!(a.token, b.token);
    // Start from all-off for the two events, then flip them through different processes.
    a.call(
        "PATCH",
        paths::NOTIFICATIONS,
        Some(r#"{"did":{"spam":{"email":false}},"balance":{"top_up":{"email":false}}}"#),
    )
    .data();
    let rounds = 21;
    let t1 = {
        let (url, token) = (a.url.clone(), a.token.clone());
        std::thread::spawn(move || flip(url, token, "did", "spam", rounds))
    };
    let t2 = {
        let (url, token) = (b.url.clone(), b.token.clone());
        std::thread::spawn(move || flip(url, token, "balance", "top_up", rounds))
    };
    t1.join().unwrap();
    t2.join().unwrap();
    for sandbox in [&a, &b] {
        let state = sandbox.get(paths::NOTIFICATIONS).data();
        assert_eq!(state["did"]["spam"]["email"], true, "{state}");
        assert_eq!(state["balance"]["top_up"]["email"], true, "{state}");
    }
    // A write through one is seen by the other.
    a.call(
        "PUT",
        paths::LOW_BALANCE_LIMIT,
        Some(r#"{"amount":"5.55"}"#),
    )
    .data();
    assert_eq!(b.get(paths::LOW_BALANCE_LIMIT).data()["amount"], "5.55");
}

#[test]
fn a_corrupt_state_file_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    std::fs::write(&state, "{\"version\": 1, \"token\": ").unwrap();
    let failed = SandboxProcess::spawn(&state, &[], &[]).expect_err("must not start");
    assert_eq!(failed.status.and_then(|s| s.code()), Some(1), "{failed:?}");
    assert!(failed.stdout.is_empty(), "{failed:?}");
    let lines: Vec<&str> = failed.stderr.lines().collect();
    assert!(
        lines[0].starts_with("error: ") && lines[0].contains(&state.display().to_string()),
        "{lines:?}"
    );
    assert!(lines[0].contains("corrupt"), "{lines:?}");
    assert!(
        lines
            .get(1)
            .is_some_and(|l| l.starts_with("hint: ") && l.contains("delete it")),
        "{lines:?}"
    );
    assert!(!failed.stderr.contains("panicked"));
    // The file is left alone.
    assert_eq!(
        std::fs::read_to_string(&state).unwrap(),
        "{\"version\": 1, \"token\": "
    );
}

#[test]
fn a_busy_port_and_a_bad_fault_spec_are_clear_errors() {
    let sandbox = SandboxProcess::start();
    let addr = sandbox.url.strip_prefix("http://").unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let output = teliqon()
        .args(["sandbox", "serve", "--addr", &addr, "--state"])
        .arg(dir.path().join("s.json"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.starts_with(&format!("error: cannot listen on {addr}")),
        "{stderr}"
    );
    assert!(stderr.contains("hint: "), "{stderr}");

    let output = teliqon()
        .args([
            "sandbox",
            "serve",
            "--addr",
            "127.0.0.1:0",
            "--fault",
            "kind=explode",
            "--state",
        ])
        .arg(dir.path().join("s.json"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("kind=explode") && stderr.contains("retry-after"),
        "{stderr}"
    );
}

#[test]
fn status_faults_fire_before_auth_and_the_handler() {
    let sandbox = SandboxProcess::start_with(
        &[
            "--fault",
            "kind=status:503,path=/api/v1/balances,times=2,retry-after=7",
            "--fault",
            "kind=status:500,method=PATCH,path=/api/v1/settings/notifications",
        ],
        &[],
    );
    // Before auth: no token, still the fault.
    let response = sandbox.raw("GET", paths::BALANCES, &[], None);
    expect_error(&response, 503, "unavailable");
    assert_eq!(response.header("retry-after"), Some("7"));
    let response = sandbox.get(paths::BALANCES);
    expect_error(&response, 503, "unavailable");
    sandbox.get(paths::BALANCES).data(); // times=2: the third one passes

    // Before the handler: the failed PATCH changed nothing.
    let before = sandbox.get(paths::NOTIFICATIONS).data();
    let response = sandbox.call(
        "PATCH",
        paths::NOTIFICATIONS,
        Some(r#"{"did":{"spam":{"email":false}}}"#),
    );
    expect_error(&response, 500, "internal");
    assert_eq!(sandbox.get(paths::NOTIFICATIONS).data(), before);
    let after = sandbox
        .call(
            "PATCH",
            paths::NOTIFICATIONS,
            Some(r#"{"did":{"spam":{"email":false}}}"#),
        )
        .data();
    assert_eq!(after["did"]["spam"]["email"], false);
}

#[test]
fn body_faults_from_the_environment() {
    let faults = [
        "kind=html,path=/api/v1/account",
        "kind=truncated,path=/api/v1/balances",
        "kind=envelope-false,path=/api/v1/settings/spending-reports",
        "kind=status:429,path=/api/v1/settings/two-factor,nth=2,retry-after=1",
    ]
    .join(";");
    let sandbox = SandboxProcess::start_with(&[], &[("TELIQON_SANDBOX_FAULTS", &faults)]);

    let html = sandbox.get(paths::ACCOUNT);
    assert_eq!(html.status, 200);
    assert!(
        html.header("content-type")
            .unwrap()
            .starts_with("text/html")
    );
    assert!(html.text().contains("<html"));
    sandbox.get(paths::ACCOUNT).data();

    let truncated = sandbox.get(paths::BALANCES);
    assert_eq!(truncated.status, 200);
    assert_eq!(truncated.header("content-type"), Some("application/json"));
    assert!(truncated.text().starts_with(r#"{"status":true"#));
    assert!(
        serde_json::from_slice::<Value>(&truncated.body).is_err(),
        "{}",
        truncated.text()
    );

    let envelope = sandbox.get(paths::SPENDING_REPORTS);
    assert_eq!(envelope.status, 200);
    assert_eq!(envelope.json()["status"], false);
    assert!(envelope.json()["error"]["code"].is_string());

    // nth=2: the first passes, the second is rate limited, the third passes.
    sandbox.get(paths::TWO_FACTOR).data();
    let limited = sandbox.get(paths::TWO_FACTOR);
    expect_error(&limited, 429, "rate_limited");
    assert_eq!(limited.header("retry-after"), Some("1"));
    sandbox.get(paths::TWO_FACTOR).data();
}

#[test]
fn connection_faults_hang_reset_and_huge() {
    let sandbox = SandboxProcess::start_with(
        &[
            "--fault",
            "kind=hang,path=/api/v1/account",
            "--fault",
            "kind=reset,path=/api/v1/balances;kind=huge,path=/api/v1/settings/api",
        ],
        &[],
    );
    let url = |path: &str| format!("{}{path}", sandbox.url);
    let token = [("X-Access-Token", sandbox.token.as_str())];

    // hang: no answer within the time limit.
    let started = Instant::now();
    let hung = http::exchange(
        "GET",
        &url(paths::ACCOUNT),
        &token,
        None,
        Duration::from_millis(800),
    )
    .unwrap();
    assert!(
        hung.raw.is_empty(),
        "{:?}",
        String::from_utf8_lossy(&hung.raw)
    );
    let kind = hung.error.as_ref().map(|e| e.kind());
    assert!(
        matches!(
            kind,
            Some(std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut)
        ),
        "{kind:?}"
    );
    assert!(started.elapsed() >= Duration::from_millis(700));
    sandbox.get(paths::ACCOUNT).data(); // times=1

    // reset: a head and part of the body, then the connection is cut.
    let reset = http::exchange(
        "GET",
        &url(paths::BALANCES),
        &token,
        None,
        Duration::from_secs(10),
    )
    .unwrap();
    let text = String::from_utf8_lossy(&reset.raw).into_owned();
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains(r#"{"status":true"#), "{text}");
    let parsed = http::parse(reset);
    assert!(parsed.is_err(), "the body must be incomplete: {parsed:?}");
    sandbox.get(paths::BALANCES).data();

    // huge: 50 MiB of JSON-ish body.
    let huge = http::request("GET", &url(paths::API_SETTINGS), &token, None).unwrap();
    assert_eq!(huge.status, 200);
    assert_eq!(huge.body.len(), 50 * 1024 * 1024);
    assert_eq!(huge.header("content-length"), Some("52428800"));
    assert!(huge.body.starts_with(br#"{"status":true"#));
    sandbox.get(paths::API_SETTINGS).data();
}

#[cfg(unix)]
#[test]
fn sigterm_stops_cleanly_even_with_a_request_hanging() {
    let mut sandbox =
        SandboxProcess::start_with(&["--fault", "kind=hang,times=0,path=/api/v1/account"], &[]);
    let url = format!("{}{}", sandbox.url, paths::ACCOUNT);
    let token = sandbox.token.clone();
    let hanging = std::thread::spawn(move || {
        http::exchange(
            "GET",
            &url,
            &[("X-Access-Token", &token)],
            None,
            Duration::from_secs(20),
        )
    });
    std::thread::sleep(Duration::from_millis(300));
    let started = Instant::now();
    let status = sandbox
        .terminate(Duration::from_secs(15))
        .expect("exits after SIGTERM");
    assert!(status.success(), "{status:?}: {}", sandbox.stderr());
    assert!(started.elapsed() < Duration::from_secs(10));
    let _ = hanging.join();
    assert!(
        sandbox.stderr().contains("Ctrl-C to stop"),
        "{}",
        sandbox.stderr()
    );
}

#[cfg(unix)]
#[test]
fn sigterm_exits_zero() {
    let mut sandbox = SandboxProcess::start();
    sandbox.get(paths::BALANCES).data();
    let status = sandbox
        .terminate(Duration::from_secs(10))
        .expect("exits after SIGTERM");
    assert!(status.success(), "{status:?}");
    assert_eq!(
        wait_timeout(&mut sandbox.child, Duration::from_millis(10)),
        Some(status)
    );
}
