//! When to try a request again, and how long to wait first.

use reqwest::Method;
use std::time::{Duration, SystemTime};

/// Longest wait before one retry, whatever the server asks for.
pub const MAX_DELAY: Duration = Duration::from_secs(20);
/// First backoff step; doubled on each try.
const BASE_DELAY: Duration = Duration::from_millis(250);

/// Whether a method may be sent again by the contract: reads, and the
/// settings writes (`PUT`/`PATCH` set absolute values). `POST` (TOTP) never.
pub fn is_idempotent(method: &Method) -> bool {
    matches!(
        *method,
        Method::GET | Method::HEAD | Method::PUT | Method::PATCH
    )
}

/// HTTP statuses worth a retry: rate limited and gateway/availability errors.
pub fn is_retryable_status(status: u16) -> bool {
    matches!(status, 429 | 502 | 503 | 504)
}

/// Exponential backoff with full jitter for retry number `attempt` (0-based).
pub fn backoff(attempt: u32) -> Duration {
    let ceiling = BASE_DELAY
        .saturating_mul(1u32 << attempt.min(10))
        .min(MAX_DELAY);
    let mut bytes = [0u8; 4];
    let fraction = match getrandom::fill(&mut bytes) {
        Ok(()) => f64::from(u32::from_le_bytes(bytes)) / f64::from(u32::MAX),
        Err(_) => 1.0,
    };
    // Half fixed, half random: never zero, never above the ceiling.
    ceiling.mul_f64(0.5 + fraction / 2.0)
}

/// Parses `Retry-After`: delay-seconds or an HTTP date; capped at [`MAX_DELAY`].
pub fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    let delay = if let Ok(seconds) = value.parse::<u64>() {
        Duration::from_secs(seconds)
    } else {
        let when = jiff::fmt::rfc2822::parse(value).ok()?.timestamp();
        let now = jiff::Timestamp::try_from(now).ok()?;
        let seconds = when.as_second().saturating_sub(now.as_second());
        Duration::from_secs(u64::try_from(seconds).unwrap_or(0))
    };
    Some(delay.min(MAX_DELAY))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_contract_idempotent_methods_retry() {
        assert!(is_idempotent(&Method::GET));
        assert!(is_idempotent(&Method::PATCH));
        assert!(is_idempotent(&Method::PUT));
        assert!(!is_idempotent(&Method::POST));
    }

    #[test]
    fn backoff_grows_and_is_capped() {
        for attempt in 0..20 {
            let delay = backoff(attempt);
            let ceiling = BASE_DELAY
                .saturating_mul(1 << attempt.min(10))
                .min(MAX_DELAY);
            assert!(
                delay >= ceiling / 2 && delay <= ceiling,
                "{attempt}: {delay:?}"
            );
        }
    }

    #[test]
    fn retry_after_seconds_and_dates() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("2", now), Some(Duration::from_secs(2)));
        assert_eq!(parse_retry_after("3600", now), Some(MAX_DELAY));
        // 1_700_000_005 = Tue, 14 Nov 2023 22:13:25 GMT
        assert_eq!(
            parse_retry_after("Tue, 14 Nov 2023 22:13:25 GMT", now),
            Some(Duration::from_secs(5))
        );
        assert_eq!(
            parse_retry_after("Tue, 14 Nov 2023 22:00:00 GMT", now),
            Some(Duration::ZERO)
        );
        assert_eq!(parse_retry_after("soon", now), None);
    }
}
