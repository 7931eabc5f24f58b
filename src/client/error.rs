//! What can go wrong talking to the API, and how each maps to an exit code.

use crate::error::{Error, Exit};
use std::fmt;

/// A failed API call, classified for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    /// 401/403: the token is missing, wrong or lacks the right.
    Auth { status: u16, message: String },
    /// Another 4xx: the API refused this request; `message` is the server's.
    Rejected {
        status: u16,
        code: String,
        message: String,
    },
    /// 5xx (after any retries).
    Server {
        status: u16,
        message: String,
        tries: u32,
    },
    /// 429 after the last retry: the API asks to slow down.
    RateLimited { message: String, tries: u32 },
    /// No HTTP answer: connect, TLS, timeout, reset (after any retries).
    Transport { message: String, tries: u32 },
    /// An answer that is not the contract's envelope (HTML, bad JSON, too big…).
    Decode {
        status: u16,
        message: String,
        excerpt: String,
    },
    /// The client could not be built (bad URL, unreadable CA file).
    Setup { message: String, hint: String },
}

impl ClientError {
    /// The documented exit code for this failure.
    pub fn exit(&self) -> Exit {
        match self {
            ClientError::Auth { .. } => Exit::Auth,
            ClientError::Rejected { .. } => Exit::Refused,
            ClientError::Server { .. }
            | ClientError::RateLimited { .. }
            | ClientError::Transport { .. }
            | ClientError::Decode { .. } => Exit::Network,
            ClientError::Setup { .. } => Exit::Usage,
        }
    }

    /// The HTTP status, where there was an answer.
    pub fn status(&self) -> Option<u16> {
        match self {
            ClientError::Auth { status, .. }
            | ClientError::Rejected { status, .. }
            | ClientError::Server { status, .. }
            | ClientError::Decode { status, .. } => Some(*status),
            ClientError::RateLimited { .. } => Some(429),
            ClientError::Transport { .. } | ClientError::Setup { .. } => None,
        }
    }

    fn hint(&self) -> Option<String> {
        Some(
            match self {
                ClientError::Auth { .. } => {
                    "run `teliqon auth login`, or check TELIQON_TOKEN and the profile's API URL"
                }
                ClientError::Rejected { status: 404, .. } => {
                    "the API does not know this request: check --api-url (the URL from API Settings)"
                }
                ClientError::Rejected { .. } => "the API refused it; nothing was changed",
                ClientError::Server { .. } => "the API is failing; try again later",
                ClientError::RateLimited { .. } => {
                    "wait a minute and try again, or allow more tries with --max-retries"
                }
                ClientError::Transport { .. } => {
                    "check the network and the API URL (`teliqon auth status`, --api-url)"
                }
                ClientError::Decode { .. } => {
                    "is the API URL the one the portal's API Settings section shows? check --api-url"
                }
                ClientError::Setup { hint, .. } => return Some(hint.clone()),
            }
            .to_owned(),
        )
    }
}

fn tries_suffix(tries: u32) -> String {
    if tries > 1 {
        format!(" (gave up after {tries} tries)")
    } else {
        String::new()
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Auth { status, message } => {
                write!(
                    f,
                    "the API rejected the access token (HTTP {status}): {message}"
                )
            }
            ClientError::Rejected {
                status,
                code,
                message,
            } => write!(
                f,
                "the API refused the request (HTTP {status} {code}): {message}"
            ),
            ClientError::Server {
                status,
                message,
                tries,
            } => write!(
                f,
                "the API failed (HTTP {status}): {message}{}",
                tries_suffix(*tries)
            ),
            ClientError::RateLimited { message, tries } => write!(
                f,
                "the API is rate limiting requests (HTTP 429): {message}{}",
                tries_suffix(*tries)
            ),
            ClientError::Transport { message, tries } => {
                write!(
                    f,
                    "could not reach the API: {message}{}",
                    tries_suffix(*tries)
                )
            }
            ClientError::Decode {
                status,
                message,
                excerpt,
            } => {
                write!(
                    f,
                    "unreadable answer from the API (HTTP {status}): {message}"
                )?;
                if !excerpt.is_empty() {
                    write!(f, "; body starts: {excerpt:?}")?;
                }
                Ok(())
            }
            ClientError::Setup { message, .. } => f.write_str(message),
        }
    }
}

impl std::error::Error for ClientError {}

impl From<ClientError> for Error {
    fn from(err: ClientError) -> Error {
        let mut error = Error::new(err.exit(), err.to_string());
        if let Some(hint) = err.hint() {
            error = error.with_hint(hint);
        }
        error
    }
}

/// At most `max` characters of a body, on one line, for error messages.
pub(crate) fn excerpt(body: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(&body[..body.len().min(max * 4)]);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(max)
        .collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out.trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_is_one_short_line() {
        assert_eq!(excerpt(b"<html>\n<body>oops</body>", 12), "<html> <body…");
        assert_eq!(excerpt(b"{}", 80), "{}");
    }

    #[test]
    fn every_kind_has_its_exit_code() {
        let auth = ClientError::Auth {
            status: 401,
            message: "bad token".into(),
        };
        assert_eq!(Error::from(auth).exit, Exit::Auth);
        let refused = ClientError::Rejected {
            status: 400,
            code: "invalid_request".into(),
            message: "bad".into(),
        };
        assert_eq!(Error::from(refused).exit, Exit::Refused);
        let transport = ClientError::Transport {
            message: "connection refused".into(),
            tries: 4,
        };
        let error = Error::from(transport);
        assert_eq!(error.exit, Exit::Network);
        assert!(error.message.contains("after 4 tries"), "{}", error.message);
    }
}
