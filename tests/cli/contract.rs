//! The client contract test (issue 2): the sandbox in-process, and every method of
//! `teliqon::client::Client` round-tripped through it over real HTTP.

use std::future::Future;
use teliqon::api::{
    self, BillingQuery, Channels, ChannelsPatch, Event, Money, NotificationsPatch, SpendingReports,
    SpendingReportsPatch, paths,
};
use teliqon::client::{Client, ClientError, ClientOptions};
use teliqon::sandbox::{Running, ServeArgs};
use teliqon::secret::Secret;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A sandbox served in-process on its own runtime, with a client signed in to it.
struct Contract {
    runtime: tokio::runtime::Runtime,
    running: Option<Running>,
    client: Client,
    _dir: tempfile::TempDir,
}

impl Contract {
    fn start() -> Contract {
        Contract::start_with(None)
    }

    fn start_with(anchor: Option<&str>) -> Contract {
        let dir = tempfile::tempdir().unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .unwrap();
        let args = ServeArgs {
            addr: "127.0.0.1:0".parse().unwrap(),
            state: Some(dir.path().join("state.json")),
            billings: None,
            anchor: anchor.map(|a| a.parse().unwrap()),
            faults: vec![],
        };
        let running = runtime
            .block_on(teliqon::sandbox::start(args))
            .expect("sandbox starts");
        let client = Client::new(
            &running.base_url,
            Secret::new(running.token.expose()),
            &ClientOptions::default(),
        )
        .unwrap();
        Contract {
            runtime,
            running: Some(running),
            client,
            _dir: dir,
        }
    }

    fn run<F: Future>(&self, future: F) -> F::Output {
        self.runtime.block_on(future)
    }

    fn running(&self) -> &Running {
        self.running.as_ref().unwrap()
    }

    /// A client with another token.
    fn client_with(&self, token: &str) -> Client {
        Client::new(
            &self.running().base_url,
            Secret::new(token),
            &ClientOptions::default(),
        )
        .unwrap()
    }

    /// A raw HTTP/1.1 request: answers the status code and the body.
    fn raw(&self, method: &str, path: &str) -> (u16, serde_json::Value) {
        let authority = self
            .running()
            .base_url
            .strip_prefix("http://")
            .unwrap()
            .to_owned();
        let token = self.running().token.expose().to_owned();
        let method = method.to_owned();
        let path = path.to_owned();
        let text = self.run(async move {
            let mut stream = tokio::net::TcpStream::connect(&authority).await.unwrap();
            let request = format!(
                "{method} {path} HTTP/1.1\r\nHost: {authority}\r\n{}: {token}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                api::AUTH_HEADER
            );
            stream.write_all(request.as_bytes()).await.unwrap();
            let mut answer = String::new();
            stream.read_to_string(&mut answer).await.unwrap();
            answer
        });
        let status = text[9..12].parse().unwrap();
        let body = text.split_once("\r\n\r\n").map(|(_, b)| b).unwrap_or("");
        (
            status,
            serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {text}")),
        )
    }
}

impl Drop for Contract {
    fn drop(&mut self) {
        if let Some(running) = self.running.take() {
            self.runtime.block_on(running.shutdown());
        }
    }
}

/// The current TOTP code of a base32 secret (RFC 6238: SHA-1, 6 digits, 30 s).
fn totp_code(secret: &str) -> String {
    let totp = totp_rs::Builder::new()
        .with_secret(totp_rs::Secret::try_from_base32(secret).unwrap())
        .with_digits(6)
        .with_step_duration(30)
        .build()
        .unwrap();
    totp.generate_current().to_string()
}

#[test]
fn every_read_decodes() {
    let c = Contract::start();
    let api_settings = c.run(c.client.api_settings()).unwrap();
    assert_eq!(api_settings.api_url, c.running().base_url);
    assert_eq!(api_settings.access_token, c.running().token.expose());
    let account = c.run(c.client.account()).unwrap();
    assert_eq!(account.email, "demo@example.com");
    assert_eq!(account.currency, "EUR");
    let two_factor = c.run(c.client.two_factor()).unwrap();
    assert!(two_factor.email && !two_factor.totp && !two_factor.totp_pending);
    let notifications = c.run(c.client.notifications()).unwrap();
    assert_eq!(
        notifications.get(Event::DidSpam),
        Channels {
            email: true,
            portal: true
        }
    );
    let limit = c.run(c.client.low_balance_limit()).unwrap();
    assert_eq!(
        (limit.amount, limit.currency.as_str()),
        (Money(2000), "EUR")
    );
    let reports = c.run(c.client.spending_reports()).unwrap();
    assert_eq!(
        reports,
        SpendingReports {
            daily: false,
            weekly: true,
            monthly: true
        }
    );
    let balances = c.run(c.client.balances()).unwrap();
    assert_eq!(balances.currency, "EUR");
    assert_eq!(
        (balances.voice, balances.additional, balances.sms),
        (Money(12_437), Money(4_850), Money(1_215))
    );
}

#[test]
fn email_two_factor_changes_only_email() {
    let c = Contract::start();
    let before = c.run(c.client.two_factor()).unwrap();
    let answer = c.run(c.client.set_email_two_factor(false)).unwrap();
    assert!(!answer.email);
    let after = c.run(c.client.two_factor()).unwrap();
    assert_eq!(after, answer);
    assert_eq!(
        (after.totp, after.totp_pending),
        (before.totp, before.totp_pending)
    );
    assert!(c.run(c.client.set_email_two_factor(true)).unwrap().email);
}

#[test]
fn a_notifications_patch_changes_exactly_what_it_names() {
    let c = Contract::start();
    let before = c.run(c.client.notifications()).unwrap();
    let mut patch = NotificationsPatch::default();
    patch.set(
        Event::TopUp,
        ChannelsPatch {
            email: Some(!before.get(Event::TopUp).email),
            portal: None,
        },
    );
    patch.set(
        Event::Billing,
        ChannelsPatch {
            email: None,
            portal: Some(!before.get(Event::Billing).portal),
        },
    );
    let answer = c.run(c.client.patch_notifications(&patch)).unwrap();
    let expected = before.patched(&patch);
    assert_ne!(expected, before);
    assert_eq!(answer, expected);
    assert_eq!(c.run(c.client.notifications()).unwrap(), expected);
    // An empty patch is refused with the server's message, and changes nothing.
    match c
        .run(c.client.patch_notifications(&NotificationsPatch::default()))
        .unwrap_err()
    {
        ClientError::Rejected {
            status, message, ..
        } => {
            assert_eq!(status, 400);
            assert!(message.contains("changes nothing"), "{message}");
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
    assert_eq!(c.run(c.client.notifications()).unwrap(), expected);
}

#[test]
fn the_low_balance_limit_is_set_exactly_and_validated() {
    let c = Contract::start();
    let answer = c
        .run(c.client.set_low_balance_limit("57.25".parse().unwrap()))
        .unwrap();
    assert_eq!(answer.amount, Money(5725));
    assert_eq!(c.run(c.client.low_balance_limit()).unwrap(), answer);
    let refused = c
        .run(c.client.set_low_balance_limit(Money(-100)))
        .unwrap_err();
    match refused {
        ClientError::Rejected {
            status, message, ..
        } => {
            assert_eq!(status, 400);
            assert!(message.contains("amount"), "{message}");
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
    assert_eq!(
        c.run(c.client.low_balance_limit()).unwrap().amount,
        Money(5725),
        "a refused write changes nothing"
    );
}

#[test]
fn a_spending_reports_patch_changes_exactly_what_it_names() {
    let c = Contract::start();
    let patch = SpendingReportsPatch {
        daily: Some(true),
        weekly: None,
        monthly: Some(false),
    };
    let answer = c.run(c.client.patch_spending_reports(&patch)).unwrap();
    let expected = SpendingReports {
        daily: true,
        weekly: true,
        monthly: false,
    };
    assert_eq!(answer, expected);
    assert_eq!(c.run(c.client.spending_reports()).unwrap(), expected);
}

#[test]
fn billings_decode_page_and_filter() {
    let c = Contract::start_with(Some("2026-06-01T00:00:00Z"));
    let window = BillingQuery {
        from: Some("2026-03-01T00:00:00Z".parse().unwrap()),
        to: Some("2026-06-02T00:00:00Z".parse().unwrap()),
        page_size: Some(10),
        page: Some(2),
        ..Default::default()
    };
    let voice = c.run(c.client.voice_billings(&window)).unwrap();
    assert_eq!((voice.total, voice.rows.len(), voice.page), (3200, 10, 2));
    assert_eq!(voice.currency, "EUR");
    for row in &voice.rows {
        assert_eq!(row.total, Money(row.net.minor() + row.tax.minor()));
    }
    let additional = c.run(c.client.additional_billings(&window)).unwrap();
    assert_eq!((additional.total, additional.rows.len()), (800, 10));
    assert!(additional.rows.iter().all(|r| !r.service.is_empty()));

    let search = BillingQuery {
        search: Some("DID rental".into()),
        page_size: Some(250),
        ..window.clone()
    };
    let found = c.run(c.client.additional_billings(&search)).unwrap();
    assert!(found.total > 0 && found.total < 800, "{}", found.total);
    assert!(found.rows.iter().all(|r| r.comment.contains("DID rental")));

    // Deterministic with a fixed anchor.
    assert_eq!(c.run(c.client.voice_billings(&window)).unwrap(), voice);

    let bad = BillingQuery {
        page_size: Some(7),
        ..Default::default()
    };
    match c.run(c.client.voice_billings(&bad)).unwrap_err() {
        ClientError::Rejected {
            status, message, ..
        } => {
            assert_eq!(status, 400);
            assert!(message.contains("page_size"), "{message}");
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
}

#[test]
fn without_an_anchor_the_default_window_holds_billings_up_to_today() {
    let c = Contract::start();
    let page = c
        .run(c.client.voice_billings(&BillingQuery::default()))
        .unwrap();
    // 3,200 voice rows over 90 days: the last 30 days hold about a third.
    assert!(
        (900..=1100).contains(&page.total),
        "{} rows in the default window",
        page.total
    );
    let now = jiff::Timestamp::now().as_second();
    let today = now - now.rem_euclid(86_400);
    for row in &page.rows {
        let t = row.timestamp.as_second();
        assert!(t < today && t >= now - 30 * 86_400, "{row:?}");
    }
}

#[test]
fn a_totp_enrolment_is_confirmed_with_a_computed_code() {
    let c = Contract::start();
    let started = c.run(c.client.start_totp_enrolment()).unwrap();
    let enrolment = started.enrolment;
    assert!(
        enrolment
            .otpauth_uri
            .starts_with("otpauth://totp/Teliqon:demo@example.com?"),
        "{}",
        enrolment.otpauth_uri
    );
    assert!(
        enrolment
            .otpauth_uri
            .contains(&format!("secret={}", enrolment.secret))
    );
    assert!(started.server_date.is_some(), "the Date header is read");
    assert!(c.run(c.client.two_factor()).unwrap().totp_pending);

    // A wrong code enables nothing.
    let right = totp_code(&enrolment.secret);
    let wrong = format!(
        "{:06}",
        (right.parse::<u32>().unwrap() + 500_000) % 1_000_000
    );
    match c.run(c.client.confirm_totp(&wrong)).unwrap_err() {
        ClientError::Rejected { status, code, .. } => {
            assert_eq!((status, code.as_str()), (422, "invalid_code"));
        }
        other => panic!("expected Rejected, got {other:?}"),
    }
    assert!(!c.run(c.client.two_factor()).unwrap().totp);

    let on = c
        .run(c.client.confirm_totp(&totp_code(&enrolment.secret)))
        .unwrap();
    assert!(on.totp && !on.totp_pending);
    assert_eq!(c.run(c.client.two_factor()).unwrap(), on);

    let off = c
        .run(c.client.disable_totp(&totp_code(&enrolment.secret)))
        .unwrap();
    assert!(!off.totp);
    assert!(!c.run(c.client.two_factor()).unwrap().totp);
}

#[test]
fn a_wrong_token_is_an_auth_error_and_changes_nothing() {
    let c = Contract::start();
    let stranger = c.client_with("tq_0000000000000000000000000000000000000000");
    match c.run(stranger.notifications()).unwrap_err() {
        ClientError::Auth { status, .. } => assert_eq!(status, 401),
        other => panic!("expected Auth, got {other:?}"),
    }
    assert!(matches!(
        c.run(stranger.set_email_two_factor(false)).unwrap_err(),
        ClientError::Auth { status: 401, .. }
    ));
    assert!(c.run(c.client.two_factor()).unwrap().email);
}

#[test]
fn an_unknown_path_is_404_and_a_wrong_method_405() {
    let c = Contract::start();
    let (status, body) = c.raw("GET", "/api/v1/settings/nope");
    assert_eq!(status, 404);
    assert_eq!(body["status"], false);
    assert_eq!(body["error"]["code"], "not_found");
    let (status, body) = c.raw("DELETE", paths::NOTIFICATIONS);
    assert_eq!(status, 405);
    assert_eq!(body["error"]["code"], "method_not_allowed");
}
