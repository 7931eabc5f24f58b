//! Checking a TOTP code locally (RFC 6238) before sending it to the API, so a
//! typo is caught without a round trip.
//!
//! teliqon is not an authenticator: it only checks codes against the secret
//! of an enrolment it is showing right now, never stores a secret, and has no
//! command that generates codes.

use crate::error::Error;
use totp_rs::{Algorithm, Builder, Secret, Totp};

/// Digits of a Teliqon TOTP code.
pub const CODE_DIGITS: usize = 6;

/// Checks codes for one secret (the parameters of its `otpauth://` URI).
pub struct CodeChecker {
    totp: Totp,
}

impl std::fmt::Debug for CodeChecker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CodeChecker { .. }")
    }
}

impl CodeChecker {
    /// A checker for a raw secret; one step (30 s) of clock drift either way.
    pub fn new(
        secret: Vec<u8>,
        algorithm: Algorithm,
        digits: u8,
        step: u64,
    ) -> Option<CodeChecker> {
        let totp = Builder::new()
            .with_secret(secret)
            .with_algorithm(algorithm)
            .with_digits(digits)
            .with_step_duration(step)
            .with_skew(1)
            .build()
            .ok()?;
        Some(CodeChecker { totp })
    }

    /// A checker for the secret and parameters of an `otpauth://totp/` URI
    /// (defaults: SHA1, 6 digits, 30 s). `None` when the URI cannot be used.
    pub fn from_uri(uri: &str) -> Option<CodeChecker> {
        let url = url::Url::parse(uri).ok()?;
        if url.scheme() != "otpauth" || url.host_str() != Some("totp") {
            return None;
        }
        let (mut secret, mut algorithm, mut digits, mut step) = (None, Algorithm::SHA1, 6u8, 30u64);
        for (key, value) in url.query_pairs() {
            match key.as_ref() {
                "secret" => secret = Some(value.into_owned()),
                "algorithm" => {
                    algorithm = match value.to_ascii_uppercase().as_str() {
                        "SHA1" => Algorithm::SHA1,
                        "SHA256" => Algorithm::SHA256,
                        "SHA512" => Algorithm::SHA512,
                        _ => return None,
                    }
                }
                "digits" => digits = value.parse().ok()?,
                "period" => step = value.parse().ok()?,
                _ => {}
            }
        }
        let secret = Secret::try_from_base32(secret?.trim_end_matches('=')).ok()?;
        CodeChecker::new(secret.as_ref().to_vec(), algorithm, digits, step)
    }

    /// Whether `code` is valid at Unix time `unix_time` (±1 step).
    pub fn check(&self, code: &str, unix_time: u64) -> bool {
        self.totp.check(code, unix_time).is_some()
    }
}

/// A code as typed (`123456`, `123 456`, `123-456`), checked to be 6 digits.
pub fn parse_code(input: &str) -> Result<String, Error> {
    let code: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .collect();
    if code.len() == CODE_DIGITS && code.bytes().all(|b| b.is_ascii_digit()) {
        Ok(code)
    } else {
        Err(Error::usage(format!("a TOTP code is {CODE_DIGITS} digits"))
            .with_hint("type the code your authenticator app shows for Teliqon"))
    }
}

/// The setup key in groups of 4 for typing: `JBSW Y3DP EHPK 3PXP`.
pub fn group_key(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().filter(|c| *c != '=').collect();
    chars
        .chunks(4)
        .map(|g| g.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1: the 20-byte ASCII secret "12345678901234567890",
    /// 8-digit codes at the listed times.
    const RFC6238_SHA1: [(u64, &str); 6] = [
        (59, "94287082"),
        (1111111109, "07081804"),
        (1111111111, "14050471"),
        (1234567890, "89005924"),
        (2000000000, "69279037"),
        (20000000000, "65353130"),
    ];

    fn rfc_checker(digits: u8) -> CodeChecker {
        CodeChecker::new(
            b"12345678901234567890".to_vec(),
            Algorithm::SHA1,
            digits,
            30,
        )
        .unwrap()
    }

    #[test]
    fn rfc6238_sha1_vectors_with_eight_digits() {
        let checker = rfc_checker(8);
        for (time, code) in RFC6238_SHA1 {
            assert!(checker.check(code, time), "{code} at {time}");
        }
    }

    #[test]
    fn rfc6238_sha1_vectors_with_six_digits_as_teliqon_uses_them() {
        // A 6-digit code is the 8-digit value modulo 10^6: its last 6 digits.
        let checker = rfc_checker(6);
        for (time, code) in RFC6238_SHA1 {
            assert!(checker.check(&code[2..], time), "{code} at {time}");
            // One step of drift either way is accepted, three are not.
            assert!(checker.check(&code[2..], time + 30));
            assert!(!checker.check(&code[2..], time + 90));
        }
    }

    #[test]
    fn uri_parameters_drive_the_check() {
        // base32("12345678901234567890") = GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ
        let uri = "otpauth://totp/Teliqon:a%40b.c?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Teliqon&algorithm=SHA1&digits=6&period=30";
        let checker = CodeChecker::from_uri(uri).unwrap();
        assert!(checker.check("287082", 59));
        assert!(!checker.check("287083", 59));
        let eight = uri.replace("digits=6", "digits=8");
        assert!(CodeChecker::from_uri(&eight).unwrap().check("94287082", 59));
        assert!(CodeChecker::from_uri("https://example.com/?secret=GEZDGNBV").is_none());
        assert!(CodeChecker::from_uri("otpauth://totp/x?secret=not*base32").is_none());
        assert!(CodeChecker::from_uri("otpauth://totp/x?secret=GEZD").is_none());
    }

    #[test]
    fn codes_are_six_digits_with_optional_separators() {
        assert_eq!(parse_code("123456").unwrap(), "123456");
        assert_eq!(parse_code(" 123 456 ").unwrap(), "123456");
        assert_eq!(parse_code("123-456").unwrap(), "123456");
        for bad in ["", "12345", "1234567", "12345a", "１２３４５６"] {
            let error = parse_code(bad).unwrap_err();
            assert_eq!(error.exit, crate::error::Exit::Usage, "{bad}");
            assert!(error.hint.is_some());
        }
    }

    #[test]
    fn setup_key_is_grouped_in_fours() {
        assert_eq!(group_key("JBSWY3DPEHPK3PXP"), "JBSW Y3DP EHPK 3PXP");
        assert_eq!(group_key("ABCDEF"), "ABCD EF");
        assert_eq!(group_key("ABCDEFGH======"), "ABCD EFGH");
    }
}
