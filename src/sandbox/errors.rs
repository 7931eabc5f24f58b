//! Envelope answers: the one place that turns data and failures into HTTP responses,
//! and the extractors whose rejections become `invalid_request` envelopes.

use crate::api::{Envelope, ErrorCode};
use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

/// Largest request body the sandbox reads.
pub const BODY_LIMIT: usize = 64 * 1024;

/// A failed request: answered as `{"status":false,"error":{code,message}}` with the code's HTTP status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiFailure {
    pub code: ErrorCode,
    pub message: String,
    /// Seconds for a `Retry-After` header.
    pub retry_after: Option<u64>,
    /// HTTP status to use instead of the code's own (test faults only).
    pub status: Option<u16>,
}

impl ApiFailure {
    pub fn new(code: ErrorCode, message: impl Into<String>) -> ApiFailure {
        ApiFailure {
            code,
            message: message.into(),
            retry_after: None,
            status: None,
        }
    }

    pub fn invalid(message: impl Into<String>) -> ApiFailure {
        ApiFailure::new(ErrorCode::InvalidRequest, message)
    }

    pub fn conflict(message: impl Into<String>) -> ApiFailure {
        ApiFailure::new(ErrorCode::Conflict, message)
    }

    pub fn internal(message: impl Into<String>) -> ApiFailure {
        ApiFailure::new(ErrorCode::Internal, message)
    }

    fn http_status(&self) -> StatusCode {
        let code = self.status.unwrap_or_else(|| self.code.http_status());
        StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for ApiFailure {
    fn into_response(self) -> Response {
        let status = self.http_status();
        let mut response = json_response(status, &Envelope::err(self.code, self.message));
        if let Some(secs) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(secs));
        }
        response
    }
}

/// `200 {"status":true,"data":…}`.
pub fn ok<T: Serialize>(data: T) -> Response {
    json_response(StatusCode::OK, &Envelope::ok(data))
}

/// A JSON body with the given status; serialisation of our own types cannot fail,
/// but if it ever did the answer is still an envelope.
pub fn json_response<T: Serialize>(status: StatusCode, body: &T) -> Response {
    match serde_json::to_vec(body) {
        Ok(bytes) => (
            status,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            bytes,
        )
            .into_response(),
        Err(e) => (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            )],
            format!(
                r#"{{"status":false,"error":{{"code":"internal","message":{}}}}}"#,
                serde_json::Value::String(format!("cannot encode the answer: {e}"))
            ),
        )
            .into_response(),
    }
}

pub type ApiResult = Result<Response, ApiFailure>;

/// A JSON request body: `Content-Type: application/json`, at most [`BODY_LIMIT`] bytes,
/// decoded with serde (unknown fields are refused by the contract types).
pub struct JsonBody<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for JsonBody<T> {
    type Rejection = ApiFailure;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiFailure> {
        if !is_json(req.headers().get(header::CONTENT_TYPE)) {
            return Err(ApiFailure::invalid(
                "the request body must be JSON (Content-Type: application/json)",
            ));
        }
        let bytes = read_body(req, state).await?;
        decode(&bytes).map(JsonBody)
    }
}

/// A body that must be absent, empty or `{}` (e.g. starting a TOTP enrolment).
pub struct EmptyBody;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct NoFields {}

impl<S: Send + Sync> FromRequest<S> for EmptyBody {
    type Rejection = ApiFailure;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiFailure> {
        let has_type = req.headers().contains_key(header::CONTENT_TYPE);
        let json = is_json(req.headers().get(header::CONTENT_TYPE));
        let bytes = read_body(req, state).await?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(EmptyBody);
        }
        if has_type && !json {
            return Err(ApiFailure::invalid(
                "the request body must be JSON (Content-Type: application/json)",
            ));
        }
        decode::<NoFields>(&bytes).map(|_| EmptyBody)
    }
}

fn is_json(value: Option<&HeaderValue>) -> bool {
    let Some(value) = value.and_then(|v| v.to_str().ok()) else {
        return false;
    };
    let mime = value
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    mime == "application/json" || (mime.starts_with("application/") && mime.ends_with("+json"))
}

async fn read_body<S: Send + Sync>(req: Request, state: &S) -> Result<Bytes, ApiFailure> {
    Bytes::from_request(req, state).await.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiFailure::invalid(format!(
                "the request body is larger than {} KiB",
                BODY_LIMIT / 1024
            ))
        } else {
            ApiFailure::invalid(format!(
                "cannot read the request body: {}",
                rejection.body_text()
            ))
        }
    })
}

fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiFailure> {
    serde_json::from_slice(bytes).map_err(|e| {
        let what = match e.classify() {
            serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
                "malformed JSON"
            }
            _ => "invalid request body",
        };
        ApiFailure::invalid(format!("{what}: {e}"))
    })
}

/// Guard for endpoints that take no query parameters: any query string is refused.
pub struct NoQuery;

impl<S: Send + Sync> FromRequestParts<S> for NoQuery {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        match parts.uri.query() {
            None | Some("") => Ok(NoQuery),
            Some(q) => {
                let names: Vec<&str> = q
                    .split('&')
                    .filter(|p| !p.is_empty())
                    .map(|p| p.split('=').next().unwrap_or(""))
                    .collect();
                Err(ApiFailure::invalid(format!(
                    "this endpoint takes no query parameters (got: {})",
                    names.join(", ")
                )))
            }
        }
    }
}

/// `404 not_found` for any path outside the contract.
pub async fn not_found(uri: axum::http::Uri) -> ApiFailure {
    ApiFailure::new(
        ErrorCode::NotFound,
        format!("no such endpoint: {}", uri.path()),
    )
}

/// `405 method_not_allowed` (axum adds the `Allow` header).
pub async fn method_not_allowed(method: axum::http::Method, uri: axum::http::Uri) -> ApiFailure {
    ApiFailure::new(
        ErrorCode::MethodNotAllowed,
        format!("{method} is not allowed on {}", uri.path()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_content_types() {
        let ok = |s: &'static str| is_json(Some(&HeaderValue::from_static(s)));
        assert!(ok("application/json"));
        assert!(ok("application/json; charset=utf-8"));
        assert!(ok("Application/JSON"));
        assert!(ok("application/merge-patch+json"));
        assert!(!ok("text/plain"));
        assert!(!ok("application/x-www-form-urlencoded"));
        assert!(!is_json(None));
    }
}
