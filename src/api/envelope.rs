//! The response envelope: `{"status": true, "data": …}` or
//! `{"status": false, "error": {"code": …, "message": …}}`.

use serde::{Deserialize, Serialize};

/// Every answer of the API, success or failure.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Envelope<T> {
    pub status: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data: Option<T>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ApiError>,
}

impl<T> Envelope<T> {
    /// A successful answer carrying `data`.
    pub fn ok(data: T) -> Self {
        Envelope {
            status: true,
            data: Some(data),
            error: None,
        }
    }
}

impl Envelope<()> {
    /// A failed answer with a machine code and a human message.
    pub fn err(code: ErrorCode, message: impl Into<String>) -> Self {
        Envelope {
            status: false,
            data: None,
            error: Some(ApiError {
                code: code.as_str().to_string(),
                message: message.into(),
            }),
        }
    }
}

/// The error object of a failed answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}

/// Error codes the contract defines, each with its HTTP status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    /// 401: missing or wrong access token.
    Unauthorized,
    /// 400: a parameter or body field is invalid.
    InvalidRequest,
    /// 422: a TOTP code is wrong or no enrolment is pending.
    InvalidCode,
    /// 409: the request conflicts with the current state (e.g. TOTP already on).
    Conflict,
    /// 404: no such path.
    NotFound,
    /// 405: the path exists but not with this method.
    MethodNotAllowed,
    /// 429: too many requests.
    RateLimited,
    /// 500: the server failed.
    Internal,
    /// 503: the server cannot answer now.
    Unavailable,
}

impl ErrorCode {
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::InvalidRequest => "invalid_request",
            ErrorCode::InvalidCode => "invalid_code",
            ErrorCode::Conflict => "conflict",
            ErrorCode::NotFound => "not_found",
            ErrorCode::MethodNotAllowed => "method_not_allowed",
            ErrorCode::RateLimited => "rate_limited",
            ErrorCode::Internal => "internal",
            ErrorCode::Unavailable => "unavailable",
        }
    }

    /// The HTTP status that goes with the code.
    pub fn http_status(self) -> u16 {
        match self {
            ErrorCode::Unauthorized => 401,
            ErrorCode::InvalidRequest => 400,
            ErrorCode::InvalidCode => 422,
            ErrorCode::Conflict => 409,
            ErrorCode::NotFound => 404,
            ErrorCode::MethodNotAllowed => 405,
            ErrorCode::RateLimited => 429,
            ErrorCode::Internal => 500,
            ErrorCode::Unavailable => 503,
        }
    }
}
