//! What can go wrong talking to the API, classified (the CLI maps each kind
//! to an exit code and a hint in its error module).

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
}
