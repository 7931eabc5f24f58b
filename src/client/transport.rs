//! One HTTP exchange with retries, a size cap and envelope decoding.

use super::ClientError;
use super::error::excerpt;
use super::options::{ClientOptions, check_base_url};
use super::retry::{backoff, is_idempotent, is_retryable_status, parse_retry_after};
use crate::api::{AUTH_HEADER, ApiError, Envelope, ErrorCode};
use crate::secret::Secret;
use reqwest::header::{ACCEPT, CONTENT_TYPE, DATE, HeaderMap, HeaderValue, RETRY_AFTER};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::time::{Duration, Instant, SystemTime};

/// Largest answer the client reads; more is an error, never an allocation.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// Characters of a body quoted in an error message.
pub(crate) const EXCERPT_CHARS: usize = 120;

/// A decoded successful answer.
pub struct Answer<T> {
    pub data: T,
    pub server_date: Option<jiff::Timestamp>,
}

/// An HTTP answer as read from the wire, before decoding.
struct RawAnswer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

/// A failure before an HTTP status was read.
struct Failure {
    message: String,
    /// Nothing reached the server (connect/DNS/TLS handshake): safe to retry.
    before_sending: bool,
}

#[derive(Debug)]
pub struct Transport {
    http: reqwest::Client,
    base_url: String,
    token: Secret,
    max_retries: u32,
    timeout: Duration,
}

impl Transport {
    pub fn new(
        base_url: &str,
        token: Secret,
        options: &ClientOptions,
    ) -> Result<Transport, ClientError> {
        let url = check_base_url(base_url, options.allow_insecure_http)?;
        let mut builder = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            .timeout(options.timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("teliqon/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &options.ca_file {
            builder = builder.tls_certs_merge(read_ca_bundle(path)?);
        }
        let http = builder.build().map_err(|e| ClientError::Setup {
            message: format!("could not set up the HTTP client: {}", describe(&e)),
            hint: "check --ca-file and the proxy environment variables".into(),
        })?;
        Ok(Transport {
            http,
            base_url: url.as_str().trim_end_matches('/').to_owned(),
            token,
            max_retries: options.max_retries,
            timeout: options.timeout,
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// Sends one request (retrying where the contract allows) and decodes the envelope.
    pub async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        query: &[(&str, String)],
        body: Option<&B>,
    ) -> Result<Answer<T>, ClientError> {
        let body = match body {
            Some(body) => Some(serde_json::to_vec(body).map_err(|e| ClientError::Setup {
                message: format!("could not encode the request: {e}"),
                hint: "this is a bug in teliqon; please report it".into(),
            })?),
            None => None,
        };
        let url = format!("{}{}", self.base_url, path);
        let may_retry = is_idempotent(&method);
        let mut tries = 0u32;
        loop {
            tries += 1;
            let retries_left = may_retry && tries <= self.max_retries;
            match self.exchange(&method, &url, query, body.clone()).await {
                Ok(raw) if retries_left && is_retryable_status(raw.status.as_u16()) => {
                    let delay = raw
                        .headers
                        .get(RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| parse_retry_after(v, SystemTime::now()))
                        .unwrap_or_else(|| backoff(tries - 1));
                    tracing::info!(
                        "HTTP {} from {method} {path}; try {} of {} in {delay:.1?}",
                        raw.status.as_u16(),
                        tries + 1,
                        self.max_retries + 1
                    );
                    tokio::time::sleep(delay).await;
                }
                Ok(raw) => return decode(raw, tries),
                Err(failure) if retries_left && failure.before_sending => {
                    let delay = backoff(tries - 1);
                    tracing::info!(
                        "{}; try {} of {} in {delay:.1?}",
                        failure.message,
                        tries + 1,
                        self.max_retries + 1
                    );
                    tokio::time::sleep(delay).await;
                }
                Err(failure) => {
                    return Err(ClientError::Transport {
                        message: failure.message,
                        tries,
                    });
                }
            }
        }
    }

    async fn exchange(
        &self,
        method: &Method,
        url: &str,
        query: &[(&str, String)],
        body: Option<Vec<u8>>,
    ) -> Result<RawAnswer, Failure> {
        let mut token = HeaderValue::from_str(self.token.expose()).map_err(|_| Failure {
            message: "the access token contains characters that cannot be sent in a header".into(),
            before_sending: false,
        })?;
        token.set_sensitive(true);
        let mut request = self
            .http
            .request(method.clone(), url)
            .header(AUTH_HEADER, token)
            .header(ACCEPT, "application/json");
        if !query.is_empty() {
            request = request.query(query);
        }
        if let Some(body) = body {
            request = request.header(CONTENT_TYPE, "application/json").body(body);
        }
        let started = Instant::now();
        tracing::debug!("→ {method} {url} ({AUTH_HEADER}: <redacted>)");
        let mut response = request.send().await.map_err(|e| self.failure(&e))?;
        let status = response.status();
        let headers = response.headers().clone();
        let mut body = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(chunk)) => {
                    if body.len() + chunk.len() > MAX_BODY_BYTES {
                        return Ok(RawAnswer {
                            status,
                            headers,
                            body: oversized_marker(),
                        });
                    }
                    body.extend_from_slice(&chunk);
                }
                Ok(None) => break,
                Err(e) => {
                    return Err(Failure {
                        message: format!(
                            "the connection broke while reading the answer (HTTP {}): {}",
                            status.as_u16(),
                            describe(&e)
                        ),
                        before_sending: false,
                    });
                }
            }
        }
        tracing::debug!(
            "← {} {method} {url}: {} bytes in {:.1?}",
            status.as_u16(),
            body.len(),
            started.elapsed()
        );
        Ok(RawAnswer {
            status,
            headers,
            body,
        })
    }

    fn failure(&self, error: &reqwest::Error) -> Failure {
        let message = if error.is_timeout() {
            format!(
                "no answer within {} s (raise it with --timeout)",
                self.timeout.as_secs_f32()
            )
        } else {
            describe(error)
        };
        // A TLS failure (untrusted certificate, not TLS at all) happens while
        // connecting but will not go away on a retry.
        let tls = message.contains("certificate")
            || message.contains("TLS")
            || message.contains("tls")
            || message.contains("corrupt message");
        Failure {
            message,
            before_sending: error.is_connect() && !tls,
        }
    }
}

/// A marker body that [`decode`] reports as "too large" without keeping the bytes.
fn oversized_marker() -> Vec<u8> {
    OVERSIZED.to_vec()
}
const OVERSIZED: &[u8] = b"\0teliqon:oversized\0";

/// The error and its causes, joined, without repeating the URL reqwest puts first.
fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut current = error.source();
    while let Some(cause) = current {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        current = cause.source();
    }
    if parts.is_empty() {
        parts.push(error.to_string());
    }
    // hyper's "client error (Connect)" says nothing the causes below it do not.
    if parts.len() > 1 && parts[0].starts_with("client error") {
        parts.remove(0);
    }
    parts.join(": ")
}

fn read_ca_bundle(path: &std::path::Path) -> Result<Vec<reqwest::Certificate>, ClientError> {
    let pem = std::fs::read(path).map_err(|e| ClientError::Setup {
        message: format!("cannot read CA file {}: {e}", path.display()),
        hint: "pass a readable PEM file to --ca-file (or TELIQON_CA_BUNDLE)".into(),
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| ClientError::Setup {
        message: format!(
            "CA file {} is not a PEM bundle: {}",
            path.display(),
            describe(&e)
        ),
        hint: "pass a file with -----BEGIN CERTIFICATE----- blocks".into(),
    })?;
    if certs.is_empty() {
        return Err(ClientError::Setup {
            message: format!("CA file {} holds no certificate", path.display()),
            hint: "pass a file with -----BEGIN CERTIFICATE----- blocks".into(),
        });
    }
    Ok(certs)
}

/// [`decode`] from its parts (status, `Content-Type`, body), for the fuzzer.
#[cfg(test)]
pub(crate) fn decode_parts<T: DeserializeOwned>(
    status: u16,
    content_type: Option<&str>,
    body: Vec<u8>,
) -> Option<Result<Answer<T>, ClientError>> {
    let mut headers = HeaderMap::new();
    if let Some(content_type) = content_type {
        headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).ok()?);
    }
    let raw = RawAnswer {
        status: StatusCode::from_u16(status).ok()?,
        headers,
        body,
    };
    Some(decode(raw, 1))
}

/// Turns an HTTP answer into data or a classified error.
fn decode<T: DeserializeOwned>(raw: RawAnswer, tries: u32) -> Result<Answer<T>, ClientError> {
    let status = raw.status.as_u16();
    if raw.body == OVERSIZED {
        return Err(ClientError::Decode {
            status,
            message: format!("the answer is larger than {} MiB", MAX_BODY_BYTES >> 20),
            excerpt: String::new(),
        });
    }
    let server_date = raw
        .headers
        .get(DATE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| jiff::fmt::rfc2822::parse(v).ok())
        .map(|zoned| zoned.timestamp());
    let api_error = || envelope_error(&raw.body);
    let fallback_message = || {
        let text = excerpt(&raw.body, EXCERPT_CHARS);
        if text.is_empty() {
            raw.status
                .canonical_reason()
                .unwrap_or("no message")
                .to_owned()
        } else {
            text
        }
    };
    match status {
        200..=299 => {}
        300..=399 => {
            let location = raw
                .headers
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("?");
            return Err(ClientError::Decode {
                status,
                message: format!(
                    "the API redirects to {location}; teliqon does not follow redirects"
                ),
                excerpt: String::new(),
            });
        }
        429 => {
            return Err(ClientError::RateLimited {
                message: api_error().map_or_else(fallback_message, |e| e.message),
                tries,
            });
        }
        401 | 403 => {
            return Err(ClientError::Auth {
                status,
                message: api_error().map_or_else(fallback_message, |e| e.message),
            });
        }
        400..=499 => {
            let (code, message) = match api_error() {
                Some(e) => (e.code, e.message),
                None => (format!("http_{status}"), fallback_message()),
            };
            return Err(ClientError::Rejected {
                status,
                code,
                message,
            });
        }
        _ => {
            return Err(ClientError::Server {
                status,
                message: api_error().map_or_else(fallback_message, |e| e.message),
                tries,
            });
        }
    }
    let content_type = raw
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let essence = content_type.split(';').next().unwrap_or("").trim();
    if !(essence.eq_ignore_ascii_case("application/json") || essence.ends_with("+json")) {
        return Err(ClientError::Decode {
            status,
            message: format!(
                "expected JSON, got {}",
                if essence.is_empty() {
                    "no content type"
                } else {
                    essence
                }
            ),
            excerpt: excerpt(&raw.body, EXCERPT_CHARS),
        });
    }
    let envelope: Envelope<T> =
        serde_json::from_slice(&raw.body).map_err(|e| ClientError::Decode {
            status,
            message: format!("not the expected JSON: {e}"),
            excerpt: excerpt(&raw.body, EXCERPT_CHARS),
        })?;
    if !envelope.status {
        let error = envelope.error.unwrap_or(ApiError {
            code: "unknown".into(),
            message: "the answer says status false without an error".into(),
        });
        // A 200 that says the server failed is a server failure, not a refusal.
        if error.code == ErrorCode::Internal.as_str()
            || error.code == ErrorCode::Unavailable.as_str()
        {
            return Err(ClientError::Server {
                status,
                message: error.message,
                tries,
            });
        }
        return Err(ClientError::Rejected {
            status,
            code: error.code,
            message: error.message,
        });
    }
    match envelope.data {
        Some(data) => Ok(Answer { data, server_date }),
        None => Err(ClientError::Decode {
            status,
            message: "the envelope has no `data`".into(),
            excerpt: excerpt(&raw.body, EXCERPT_CHARS),
        }),
    }
}

/// The `error` member of an error envelope, if the body is one.
fn envelope_error(body: &[u8]) -> Option<ApiError> {
    serde_json::from_slice::<Envelope<serde::de::IgnoredAny>>(body)
        .ok()
        .and_then(|e| e.error)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(status: u16, content_type: &str, body: &str) -> RawAnswer {
        let mut headers = HeaderMap::new();
        headers.insert(CONTENT_TYPE, HeaderValue::from_str(content_type).unwrap());
        RawAnswer {
            status: StatusCode::from_u16(status).unwrap(),
            headers,
            body: body.as_bytes().to_vec(),
        }
    }

    #[test]
    fn decodes_data() {
        let answer: Answer<u32> = decode(
            raw(200, "application/json", r#"{"status":true,"data":7}"#),
            1,
        )
        .ok()
        .unwrap();
        assert_eq!(answer.data, 7);
    }

    #[test]
    fn classifies_failures() {
        let err = |r| decode::<u32>(r, 1).err().unwrap();
        let auth = err(raw(
            401,
            "application/json",
            r#"{"status":false,"error":{"code":"unauthorized","message":"bad token"}}"#,
        ));
        assert_eq!(
            auth,
            ClientError::Auth {
                status: 401,
                message: "bad token".into()
            }
        );
        assert!(matches!(
            err(raw(404, "text/plain", "nope")),
            ClientError::Rejected { status: 404, .. }
        ));
        assert!(matches!(
            err(raw(503, "text/html", "<h1>down</h1>")),
            ClientError::Server { status: 503, .. }
        ));
        let html = err(raw(200, "text/html", "<html>error</html>"));
        assert!(
            matches!(&html, ClientError::Decode { excerpt, .. } if excerpt.starts_with("<html>"))
        );
        assert!(matches!(
            err(raw(200, "application/json", r#"{"status":true,"da"#)),
            ClientError::Decode { .. }
        ));
        assert!(matches!(
            err(raw(200, "application/json", r#"{"status":true}"#)),
            ClientError::Decode { .. }
        ));
        let refused = err(raw(
            200,
            "application/json",
            r#"{"status":false,"error":{"code":"x","message":"no"}}"#,
        ));
        assert!(matches!(refused, ClientError::Rejected { status: 200, .. }));
    }
}
