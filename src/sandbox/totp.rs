//! TOTP for the two-factor endpoints: fresh secrets, `otpauth://` URIs and code checks
//! (RFC 6238: SHA-1, 6 digits, 30 s steps, one step of skew either way).

use super::errors::ApiFailure;
use totp_rs::{Builder, Secret};

pub const ISSUER: &str = "Teliqon";
pub const DIGITS: u8 = 6;
pub const STEP_SECONDS: u64 = 30;
/// How long a started enrolment waits for its confirmation.
pub const ENROLMENT_SECONDS: i64 = 10 * 60;

/// A fresh secret: 20 random bytes, base32 (RFC 4648, no padding).
pub fn new_secret() -> Result<String, ApiFailure> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes)
        .map_err(|e| ApiFailure::internal(format!("no randomness for a TOTP secret: {e}")))?;
    Ok(Secret::from(bytes).to_base32())
}

/// `otpauth://totp/Teliqon:<email>?secret=…&issuer=Teliqon&algorithm=SHA1&digits=6&period=30`.
pub fn otpauth_uri(secret: &str, email: &str) -> String {
    format!(
        "otpauth://totp/{ISSUER}:{}?secret={secret}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP_SECONDS}",
        encode(email)
    )
}

/// Percent-encodes everything but RFC 3986 unreserved characters and `@`.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Refuses anything but exactly six ASCII digits (`400`).
pub fn check_format(code: &str) -> Result<(), ApiFailure> {
    if code.len() == usize::from(DIGITS) && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(ApiFailure::invalid("`code` must be exactly 6 digits"))
    }
}

/// Whether `code` is valid for the base32 `secret` at Unix time `now` (±1 step).
pub fn verify(secret: &str, code: &str, now: u64) -> Result<bool, ApiFailure> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|_| ApiFailure::internal("the stored TOTP secret is not valid base32"))?;
    let totp = Builder::new()
        .with_secret(secret)
        .with_digits(DIGITS)
        .with_step_duration(STEP_SECONDS)
        .with_skew(1)
        .build()
        .map_err(|e| ApiFailure::internal(format!("the stored TOTP secret is unusable: {e}")))?;
    Ok(totp.check(code, now).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_uris_and_codes() {
        let secret = new_secret().unwrap();
        assert_eq!(secret.len(), 32);
        assert_ne!(secret, new_secret().unwrap());
        assert_eq!(
            otpauth_uri("ABC", "a b@example.com"),
            "otpauth://totp/Teliqon:a%20b@example.com?secret=ABC&issuer=Teliqon&algorithm=SHA1&digits=6&period=30"
        );
        let totp = Builder::new()
            .with_secret(Secret::try_from_base32(&secret).unwrap())
            .build()
            .unwrap();
        let now = 1_800_000_000;
        let code = totp.generate(now).to_string();
        assert!(verify(&secret, &code, now).unwrap());
        assert!(verify(&secret, &code, now + 30).unwrap());
        assert!(!verify(&secret, &code, now + 90).unwrap());
        let wrong = format!("{:06}", (code.parse::<u32>().unwrap() + 1) % 1_000_000);
        assert!(!verify(&secret, &wrong, now).unwrap());
    }

    #[test]
    fn rfc_6238_vector() {
        // RFC 6238 appendix B, SHA-1, T = 59 → 94287082 (8 digits); the 6-digit code is the last six.
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        assert!(verify(&secret, "287082", 59).unwrap());
    }

    #[test]
    fn code_format() {
        assert!(check_format("123456").is_ok());
        for bad in ["", "12345", "1234567", "12345a", " 23456", "１２３４５６"] {
            assert!(check_format(bad).is_err(), "{bad:?}");
        }
    }
}
