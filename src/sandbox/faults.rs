//! Test-only faults: make the sandbox misbehave on chosen requests, so that retries,
//! partial failures and the client's handling of broken answers can be tested.
//!
//! Given with the hidden, repeatable `--fault SPEC` or the environment variable
//! `TELIQON_SANDBOX_FAULTS` (specs separated by `;`). A spec is comma-separated
//! `key=value` pairs:
//!
//! ```text
//! kind=<K>[,method=GET|PUT|PATCH|POST][,path=<prefix>][,nth=<N>][,times=<M>][,retry-after=<secs>]
//! ```
//!
//! - `method`, `path`: which requests the fault watches (any, if absent); `path` is a
//!   prefix of the request path, e.g. `/api/v1/settings/notifications`.
//! - Each fault counts the requests it watches. It fires on the `nth` one (default 1)
//!   and on the `times − 1` following ones (`times` default 1; `times=0` = forever).
//! - `retry-after`: adds a `Retry-After: <secs>` header to the faulty answer.
//!
//! Kinds (`K`):
//! - `status:<CODE>`: an error envelope with HTTP status CODE (400–599), e.g. `status:503`.
//! - `html`: `200` with a `text/html` error page instead of JSON.
//! - `truncated`: `200` `application/json` whose body is an envelope cut in half.
//! - `envelope-false`: `200` with `{"status":false,"error":{"code":"internal",…}}`.
//! - `hang`: never answers (until the sandbox stops).
//! - `reset`: sends the head and part of the body, then aborts the connection.
//! - `huge`: `200` with a 50 MiB JSON-ish body, streamed.
//! - `delay:<MS>`: not a failure: the real answer, MS milliseconds late (a slow server).
//! - `clock:<SECONDS>`: not a failure: the real answer, with its `Date` header
//!   moved by SECONDS (e.g. `clock:120`), as from a server whose clock is off.
//!
//! Faults fire before authentication and before the handler runs, so a request hit by
//! a fault changes nothing. The first fault (in the order given) that fires answers;
//! every fault still counts the requests it watches. Examples:
//!
//! ```text
//! --fault 'kind=status:503,retry-after=2,times=2'
//! --fault 'kind=status:500,method=PATCH,path=/api/v1/settings/notifications,nth=2'
//! TELIQON_SANDBOX_FAULTS='kind=html,path=/api/v1/balances;kind=hang,method=POST'
//! ```

use super::errors::ApiFailure;
use crate::api::ErrorCode;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::fmt;
use std::future::Future as _;
use std::pin::Pin;
use std::str::FromStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};

/// The grammar, for error messages and help.
pub const GRAMMAR: &str = "kind=<status:CODE|html|truncated|envelope-false|hang|reset|huge>\
[,method=GET|PUT|PATCH|POST][,path=<prefix>][,nth=<N>][,times=<M>][,retry-after=<secs>]";

/// Size of the `huge` body.
pub const HUGE_BYTES: u64 = 50 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FaultKind {
    Status(u16),
    Html,
    Truncated,
    EnvelopeFalse,
    Hang,
    Reset,
    Huge,
    /// Not a failure: the real answer, with its `Date` header moved by this
    /// many seconds (a server whose clock is off).
    Clock(i64),
    /// Not a failure: the real answer, after waiting this many milliseconds.
    Delay(u64),
}

/// One parsed `--fault` spec.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FaultSpec {
    pub kind: FaultKind,
    pub method: Option<Method>,
    pub path: Option<String>,
    /// 1-based number of the first watched request that fails.
    pub nth: u64,
    /// How many watched requests fail from `nth` on; 0 = all of them.
    pub times: u64,
    pub retry_after: Option<u64>,
}

/// Why a spec was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecError(pub String);

impl fmt::Display for SpecError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for SpecError {}

impl FromStr for FaultSpec {
    type Err = SpecError;

    fn from_str(spec: &str) -> Result<FaultSpec, SpecError> {
        let mut kind = None;
        let mut method = None;
        let mut path = None;
        let mut nth = None;
        let mut times = None;
        let mut retry_after = None;
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((key, value)) = part.split_once('=') else {
                return Err(SpecError(format!("`{part}` is not key=value")));
            };
            let (key, value) = (key.trim(), value.trim());
            let number = |what: &str| -> Result<u64, SpecError> {
                value
                    .parse::<u64>()
                    .map_err(|_| SpecError(format!("{what} must be a whole number, not `{value}`")))
            };
            let duplicate = match key {
                "kind" => kind.replace(parse_kind(value)?).is_some(),
                "method" => method.replace(parse_method(value)?).is_some(),
                "path" => {
                    if !value.starts_with('/') {
                        return Err(SpecError(format!(
                            "path must start with `/`, not `{value}`"
                        )));
                    }
                    path.replace(value.to_string()).is_some()
                }
                "nth" => {
                    let n = number("nth")?;
                    if n == 0 {
                        return Err(SpecError("nth counts from 1".into()));
                    }
                    nth.replace(n).is_some()
                }
                "times" => times.replace(number("times")?).is_some(),
                "retry-after" | "retry_after" => {
                    retry_after.replace(number("retry-after")?).is_some()
                }
                other => return Err(SpecError(format!("unknown key `{other}`"))),
            };
            if duplicate {
                return Err(SpecError(format!("`{key}` is given twice")));
            }
        }
        let Some(kind) = kind else {
            return Err(SpecError("`kind` is missing".into()));
        };
        Ok(FaultSpec {
            kind,
            method,
            path,
            nth: nth.unwrap_or(1),
            times: times.unwrap_or(1),
            retry_after,
        })
    }
}

fn parse_kind(value: &str) -> Result<FaultKind, SpecError> {
    Ok(match value {
        "html" => FaultKind::Html,
        "truncated" => FaultKind::Truncated,
        "envelope-false" => FaultKind::EnvelopeFalse,
        "hang" => FaultKind::Hang,
        "reset" => FaultKind::Reset,
        "huge" => FaultKind::Huge,
        other if other.starts_with("delay:") => match other["delay:".len()..].parse::<u64>() {
            Ok(ms) if ms <= 60_000 => FaultKind::Delay(ms),
            _ => {
                return Err(SpecError(format!(
                    "delay takes milliseconds up to 60000, not `{}`",
                    &other["delay:".len()..]
                )));
            }
        },
        other if other.starts_with("clock:") => {
            let seconds = &other["clock:".len()..];
            match seconds.parse::<i64>() {
                Ok(seconds) if seconds.abs() <= 86_400 => FaultKind::Clock(seconds),
                _ => {
                    return Err(SpecError(format!(
                        "clock takes seconds between -86400 and 86400, not `{seconds}`"
                    )));
                }
            }
        }
        other => match other.strip_prefix("status:") {
            Some(code) => match code.parse::<u16>() {
                Ok(code) if (400..=599).contains(&code) => FaultKind::Status(code),
                _ => {
                    return Err(SpecError(format!(
                        "status must be an HTTP error status 400–599, not `{code}`"
                    )));
                }
            },
            None => return Err(SpecError(format!("unknown kind `{other}`"))),
        },
    })
}

fn parse_method(value: &str) -> Result<Method, SpecError> {
    match value.to_ascii_uppercase().as_str() {
        "GET" => Ok(Method::GET),
        "PUT" => Ok(Method::PUT),
        "PATCH" => Ok(Method::PATCH),
        "POST" => Ok(Method::POST),
        _ => Err(SpecError(format!(
            "method must be GET, PUT, PATCH or POST, not `{value}`"
        ))),
    }
}

impl FaultSpec {
    fn watches(&self, method: &Method, path: &str) -> bool {
        self.method.as_ref().is_none_or(|m| m == method)
            && self.path.as_deref().is_none_or(|p| path.starts_with(p))
    }

    /// Whether the `count`th watched request (1-based) fails.
    fn fires_on(&self, count: u64) -> bool {
        count >= self.nth && (self.times == 0 || count - self.nth < self.times)
    }
}

/// Parses every spec (each may hold several separated by `;`), as a usage error naming the grammar.
pub fn parse_all(specs: &[String]) -> Result<Vec<FaultSpec>, crate::error::Error> {
    specs
        .iter()
        .flat_map(|s| s.split(';'))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| {
            s.parse::<FaultSpec>().map_err(|e| {
                crate::error::Error::usage(format!("invalid --fault `{s}`: {e}"))
                    .with_hint(format!("a fault is {GRAMMAR}"))
            })
        })
        .collect()
}

/// The faults of one server with their counters.
#[derive(Debug)]
pub struct Faults {
    rules: Vec<(FaultSpec, AtomicU64)>,
    stopping: tokio::sync::watch::Receiver<bool>,
}

impl Faults {
    pub fn new(specs: Vec<FaultSpec>, stopping: tokio::sync::watch::Receiver<bool>) -> Faults {
        Faults {
            rules: specs.into_iter().map(|s| (s, AtomicU64::new(0))).collect(),
            stopping,
        }
    }

    /// Counts the request for every fault watching it; the first that fires wins.
    fn pick(&self, method: &Method, path: &str) -> Option<FaultSpec> {
        let mut chosen = None;
        for (spec, counter) in &self.rules {
            if spec.watches(method, path) {
                let count = counter.fetch_add(1, Ordering::SeqCst).saturating_add(1);
                if chosen.is_none() && spec.fires_on(count) {
                    chosen = Some(spec.clone());
                }
            }
        }
        chosen
    }
}

/// Middleware: answers with a fault when one fires, else passes the request on.
pub async fn inject(State(faults): State<Arc<Faults>>, request: Request, next: Next) -> Response {
    if faults.rules.is_empty() {
        return next.run(request).await;
    }
    match faults.pick(request.method(), request.uri().path()) {
        None => next.run(request).await,
        Some(FaultSpec {
            kind: FaultKind::Clock(seconds),
            ..
        }) => {
            let mut response = next.run(request).await;
            let moved = jiff::Timestamp::now()
                .checked_add(jiff::SignedDuration::from_secs(seconds))
                .unwrap_or_else(|_| jiff::Timestamp::now());
            let date =
                jiff::fmt::rfc2822::DateTimePrinter::new().timestamp_to_rfc9110_string(&moved);
            if let Ok(Ok(value)) = date.map(|d| HeaderValue::from_str(&d)) {
                response.headers_mut().insert(header::DATE, value);
            }
            response
        }
        Some(FaultSpec {
            kind: FaultKind::Delay(ms),
            ..
        }) => {
            tokio::time::sleep(std::time::Duration::from_millis(ms)).await;
            next.run(request).await
        }
        Some(spec) => answer(&spec, faults.stopping.clone()).await,
    }
}

async fn answer(spec: &FaultSpec, mut stopping: tokio::sync::watch::Receiver<bool>) -> Response {
    let mut response = match spec.kind {
        FaultKind::Status(code) => {
            let error_code = match code {
                401 | 403 => ErrorCode::Unauthorized,
                404 => ErrorCode::NotFound,
                405 => ErrorCode::MethodNotAllowed,
                409 => ErrorCode::Conflict,
                422 => ErrorCode::InvalidCode,
                429 => ErrorCode::RateLimited,
                502..=504 => ErrorCode::Unavailable,
                500..=599 => ErrorCode::Internal,
                _ => ErrorCode::InvalidRequest,
            };
            let failure = ApiFailure {
                code: error_code,
                message: format!("injected fault: HTTP {code}"),
                retry_after: None,
                status: Some(code),
            };
            failure.into_response()
        }
        FaultKind::Html => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n\
             <body><h1>502 Bad Gateway</h1><p>The upstream server is not available (injected fault).</p></body></html>\n",
        )
            .into_response(),
        FaultKind::Truncated => {
            let full = r#"{"status":true,"data":{"note":"this answer was cut in half by an injected fault","rows":[1,2,3,4,5,6,7,8]}}"#;
            (StatusCode::OK, [(header::CONTENT_TYPE, "application/json")], &full[..full.len() / 2]).into_response()
        }
        FaultKind::EnvelopeFalse => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "application/json")],
            r#"{"status":false,"error":{"code":"internal","message":"injected fault: envelope with status false"}}"#,
        )
            .into_response(),
        FaultKind::Hang => {
            // Never answers; only a stopping server ends the wait (so shutdown is not held up).
            let _ = stopping.wait_for(|stop| *stop).await;
            ApiFailure::new(ErrorCode::Unavailable, "the sandbox is stopping").into_response()
        }
        FaultKind::Reset => {
            let mut response = Response::new(Body::new(FaultBody::reset()));
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(RESET_ANNOUNCED));
            response
        }
        FaultKind::Clock(_) | FaultKind::Delay(_) => unreachable_clock(),
        FaultKind::Huge => {
            let mut response = Response::new(Body::new(FaultBody::huge()));
            response.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json"));
            response
        }
    };
    if let Some(secs) = spec.retry_after {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(secs));
    }
    response
}

/// `inject` passes clock and delay faults through to the handler; `answer` never sees one.
fn unreachable_clock() -> Response {
    ApiFailure::new(ErrorCode::Internal, "clock fault without an answer").into_response()
}

/// Length the `reset` answer announces; it aborts after [`RESET_SENT`] bytes.
const RESET_ANNOUNCED: u64 = 64 * 1024;
const RESET_SENT: usize = 1024;
const CHUNK: usize = 64 * 1024;

/// Streamed bodies of the `reset` and `huge` faults.
struct FaultBody {
    /// Bytes still to send.
    remaining: u64,
    /// Sent so far.
    sent: u64,
    /// `reset`: fail after the first chunk (after a pause, so the chunk reaches the client).
    reset: Option<Pin<Box<tokio::time::Sleep>>>,
    filler: Bytes,
}

impl FaultBody {
    fn huge() -> FaultBody {
        FaultBody {
            remaining: HUGE_BYTES,
            sent: 0,
            reset: None,
            filler: Bytes::from(vec![b'x'; CHUNK]),
        }
    }

    fn reset() -> FaultBody {
        FaultBody {
            remaining: RESET_SENT as u64,
            sent: 0,
            reset: Some(Box::pin(tokio::time::sleep(
                std::time::Duration::from_millis(100),
            ))),
            filler: Bytes::from(vec![b' '; RESET_SENT]),
        }
    }
}

const HUGE_HEAD: &[u8] = br#"{"status":true,"data":{"padding":""#;
const HUGE_TAIL: &[u8] = br#""}}"#;

impl http_body::Body for FaultBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, std::io::Error>>> {
        let this = &mut *self;
        if this.remaining == 0 {
            return match this.reset.as_mut() {
                Some(pause) => match pause.as_mut().poll(cx) {
                    Poll::Pending => Poll::Pending,
                    Poll::Ready(()) => Poll::Ready(Some(Err(std::io::Error::new(
                        std::io::ErrorKind::ConnectionAborted,
                        "injected fault: connection reset mid-body",
                    )))),
                },
                None => Poll::Ready(None),
            };
        }
        let chunk = if this.reset.is_some() {
            let mut head = br#"{"status":true,"data":{"rows":["#.to_vec();
            head.resize(RESET_SENT, b' ');
            Bytes::from(head)
        } else if this.sent == 0 {
            let mut head = HUGE_HEAD.to_vec();
            head.resize(CHUNK, b'x');
            Bytes::from(head)
        } else if this.remaining <= CHUNK as u64 {
            let mut tail = vec![b'x'; this.remaining as usize - HUGE_TAIL.len()];
            tail.extend_from_slice(HUGE_TAIL);
            Bytes::from(tail)
        } else {
            this.filler.clone()
        };
        this.remaining -= chunk.len() as u64;
        this.sent += chunk.len() as u64;
        Poll::Ready(Some(Ok(http_body::Frame::data(chunk))))
    }

    fn size_hint(&self) -> http_body::SizeHint {
        if self.reset.is_some() {
            http_body::SizeHint::default()
        } else {
            http_body::SizeHint::with_exact(self.remaining)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<FaultSpec, SpecError> {
        s.parse()
    }

    #[test]
    fn parses_the_grammar() {
        assert_eq!(
            parse("kind=status:503").unwrap(),
            FaultSpec {
                kind: FaultKind::Status(503),
                method: None,
                path: None,
                nth: 1,
                times: 1,
                retry_after: None
            }
        );
        assert_eq!(
            parse(
                " kind=status:429 , method=patch,path=/api/v1/settings,nth=2,times=0,retry-after=7 "
            )
            .unwrap(),
            FaultSpec {
                kind: FaultKind::Status(429),
                method: Some(Method::PATCH),
                path: Some("/api/v1/settings".into()),
                nth: 2,
                times: 0,
                retry_after: Some(7),
            }
        );
        for (text, kind) in [
            ("html", FaultKind::Html),
            ("truncated", FaultKind::Truncated),
            ("envelope-false", FaultKind::EnvelopeFalse),
            ("hang", FaultKind::Hang),
            ("reset", FaultKind::Reset),
            ("huge", FaultKind::Huge),
            ("clock:-90", FaultKind::Clock(-90)),
            ("delay:250", FaultKind::Delay(250)),
        ] {
            assert_eq!(parse(&format!("kind={text}")).unwrap().kind, kind);
        }
    }

    #[test]
    fn refuses_bad_specs() {
        for bad in [
            "",
            "method=GET",
            "kind=boom",
            "kind=status:200",
            "kind=status:abc",
            "kind=html,method=DELETE",
            "kind=html,path=api",
            "kind=html,nth=0",
            "kind=html,times=-1",
            "kind=html,retry-after=soon",
            "kind=html,kind=hang",
            "kind=html,color=red",
            "kind",
        ] {
            assert!(parse(bad).is_err(), "{bad:?}");
        }
        let e = parse_all(&["kind=html;kind=nope".into()]).unwrap_err();
        assert_eq!(e.exit, crate::error::Exit::Usage);
        assert!(e.message.contains("kind=nope") && e.hint.unwrap().contains("retry-after"));
        assert_eq!(
            parse_all(&["kind=html;;kind=hang;".into(), "kind=huge".into()])
                .unwrap()
                .len(),
            3
        );
    }

    #[test]
    fn counts_and_fires_on_the_right_requests() {
        let (_tx, rx) = tokio::sync::watch::channel(false);
        let faults = Faults::new(
            parse_all(&[
                "kind=status:500,method=PATCH,path=/api/v1/settings/notifications,nth=2,times=2"
                    .into(),
                "kind=html,path=/api/v1/balances,times=0".into(),
            ])
            .unwrap(),
            rx,
        );
        let n = "/api/v1/settings/notifications";
        let fired: Vec<bool> = (0..5)
            .map(|_| faults.pick(&Method::PATCH, n).is_some())
            .collect();
        assert_eq!(fired, [false, true, true, false, false]);
        assert!(faults.pick(&Method::GET, n).is_none());
        assert!(
            faults
                .pick(&Method::PATCH, "/api/v1/balances")
                .is_some_and(|s| s.kind == FaultKind::Html)
        );
        assert!((0..10).all(|_| faults.pick(&Method::GET, "/api/v1/balances").is_some()));
    }
}
