//! Money as an exact count of minor units (cents), written as a decimal string
//! (`"50.00"`) in JSON. Never a float anywhere.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// An exact amount in minor units (1/100 of the currency unit).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Money(pub i64);

/// Why a money string was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Not digits with an optional `.` and up to two decimals (e.g. `1e3`, `abc`).
    Malformed,
    /// More than two decimals (e.g. `12.345`).
    TooPrecise,
    /// Does not fit the range the type can hold.
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Empty => "an amount is required",
            MoneyError::Malformed => "expected a decimal amount such as 50 or 50.00",
            MoneyError::TooPrecise => "at most 2 decimals are allowed",
            MoneyError::TooLarge => "the amount is too large",
        })
    }
}

impl std::error::Error for MoneyError {}

/// Largest number of whole units accepted by the parser (keeps sums far from overflow).
const MAX_UNITS: i64 = 1_000_000_000_000;

impl Money {
    pub const ZERO: Money = Money(0);

    pub fn from_minor(minor: i64) -> Money {
        Money(minor)
    }

    pub fn minor(self) -> i64 {
        self.0
    }

    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    pub fn is_negative(self) -> bool {
        self.0 < 0
    }
}

impl FromStr for Money {
    type Err = MoneyError;

    /// Parses `-?DIGITS(.D{1,2})?`; nothing else (no exponent, sign `+`, spaces or commas).
    fn from_str(s: &str) -> Result<Money, MoneyError> {
        if s.is_empty() {
            return Err(MoneyError::Empty);
        }
        let (negative, rest) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (units, fraction) = match rest.split_once('.') {
            Some((u, f)) => (u, Some(f)),
            None => (rest, None),
        };
        if units.is_empty() || !units.bytes().all(|b| b.is_ascii_digit()) {
            return Err(MoneyError::Malformed);
        }
        let cents = match fraction {
            None => 0,
            Some(f) if f.is_empty() || !f.bytes().all(|b| b.is_ascii_digit()) => {
                return Err(MoneyError::Malformed);
            }
            Some(f) if f.len() > 2 => return Err(MoneyError::TooPrecise),
            Some(f) if f.len() == 1 => i64::from(f.as_bytes()[0] - b'0') * 10,
            Some(f) => i64::from(f.as_bytes()[0] - b'0') * 10 + i64::from(f.as_bytes()[1] - b'0'),
        };
        // Leading zeros are allowed ("007.10"), so only the significant digits count.
        let significant = units.trim_start_matches('0');
        if significant.len() > 13 {
            return Err(MoneyError::TooLarge);
        }
        let units: i64 = if significant.is_empty() {
            0
        } else {
            significant.parse().map_err(|_| MoneyError::TooLarge)?
        };
        if units > MAX_UNITS {
            return Err(MoneyError::TooLarge);
        }
        let minor = units * 100 + cents;
        Ok(Money(if negative { -minor } else { minor }))
    }
}

impl fmt::Display for Money {
    /// Always two decimals: `50.00`, `-0.05`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.0 < 0 { "-" } else { "" };
        let abs = self.0.unsigned_abs();
        let text = format!("{sign}{}.{:02}", abs / 100, abs % 100);
        f.pad(&text)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Money, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a decimal amount as a string, e.g. \"50.00\"")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Money, E> {
                v.parse()
                    .map_err(|e| E::custom(format!("invalid amount {v:?}: {e}")))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_exactly() {
        for (input, minor, shown) in [
            ("0", 0, "0.00"),
            ("50", 5000, "50.00"),
            ("50.5", 5050, "50.50"),
            ("12.34", 1234, "12.34"),
            ("-0.05", -5, "-0.05"),
            ("007.10", 710, "7.10"),
            ("-00000000000000000.01", -1, "-0.01"),
        ] {
            let m: Money = input.parse().unwrap();
            assert_eq!(m.minor(), minor, "{input}");
            assert_eq!(m.to_string(), shown, "{input}");
        }
    }

    #[test]
    fn rejects_what_is_not_plain_decimal() {
        for bad in [
            "",
            "1e3",
            "abc",
            "12.345",
            "1.",
            ".5",
            "+5",
            " 5",
            "5 ",
            "1,5",
            "NaN",
            "99999999999999",
        ] {
            assert!(bad.parse::<Money>().is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn json_is_a_string() {
        assert_eq!(serde_json::to_string(&Money(1999)).unwrap(), "\"19.99\"");
        assert!(serde_json::from_str::<Money>("19.99").is_err());
        assert_eq!(
            serde_json::from_str::<Money>("\"19.99\"").unwrap(),
            Money(1999)
        );
    }
}
