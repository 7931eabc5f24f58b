//! A secret string (access token, TOTP secret) that never shows itself by accident.

use std::fmt;
use zeroize::Zeroize;

/// Holds a secret. `Debug` and `Display` print `[redacted]`; the memory is
/// zeroed on drop. Use [`Secret::expose`] where the raw value is really needed.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(value.into())
    }

    /// The raw value: only for the HTTP header, the keyring, and commands that print it on request.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// `••••abcd`: the last four characters, for status views.
    pub fn masked(&self) -> String {
        let chars: Vec<char> = self.0.chars().collect();
        if chars.len() <= 8 {
            return "••••".to_string();
        }
        let tail: String = chars[chars.len() - 4..].iter().collect();
        format!("••••{tail}")
    }
}

impl Drop for Secret {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_formats_the_value() {
        let s = Secret::new("tq_live_0123456789abcdef");
        assert!(!format!("{s} {s:?}").contains("0123456789"));
        assert_eq!(s.masked(), "••••cdef");
        assert_eq!(Secret::new("short").masked(), "••••");
    }
}
