//! The shared vocabulary of a settings change: on/off values from the command
//! line, amounts, one `Change` line per setting (`key: off → on`), and the
//! engine that turns a desired state into the fewest requests.
//!
//! Used by every `<section> set`, by `settings plan` and by `settings apply`.

pub mod channels;
pub mod set;

use crate::api::Money;
use crate::io::Io;
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use serde::Serialize;
use std::fmt;

/// The words accepted for "on" and for "off" (case-insensitive).
pub const ON_WORDS: [&str; 4] = ["on", "true", "yes", "1"];
pub const OFF_WORDS: [&str; 4] = ["off", "false", "no", "0"];

/// Parses on/off, true/false, yes/no, 1/0 (any case).
pub fn parse_on_off(text: &str) -> Option<bool> {
    let lower = text.trim().to_ascii_lowercase();
    if ON_WORDS.contains(&lower.as_str()) {
        Some(true)
    } else if OFF_WORDS.contains(&lower.as_str()) {
        Some(false)
    } else {
        None
    }
}

/// A clap value parser for on/off flags; a bad value is a usage error that
/// lists the accepted words. `on` and `off` are shown in help and completions.
#[derive(Debug, Clone, Copy, Default)]
pub struct OnOffParser;

impl TypedValueParser for OnOffParser {
    type Value = bool;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<bool, clap::Error> {
        let text = value.to_string_lossy();
        parse_on_off(&text).ok_or_else(|| {
            let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            if let Some(arg) = arg {
                err.insert(
                    ContextKind::InvalidArg,
                    ContextValue::String(arg.to_string()),
                );
            }
            err.insert(
                ContextKind::InvalidValue,
                ContextValue::String(text.into_owned()),
            );
            err.insert(
                ContextKind::ValidValue,
                ContextValue::Strings(
                    ON_WORDS
                        .iter()
                        .zip(OFF_WORDS.iter())
                        .flat_map(|(on, off)| [on.to_string(), off.to_string()])
                        .collect(),
                ),
            );
            err
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            [
                PossibleValue::new("on").help("turn it on (also true, yes, 1)"),
                PossibleValue::new("off").help("turn it off (also false, no, 0)"),
            ]
            .into_iter(),
        ))
    }
}

/// Largest low balance limit the API accepts: 1,000,000.00.
pub const MAX_LOW_LIMIT: Money = Money(100_000_000);

/// Checks a low balance limit amount: plain decimal, at most 2 decimals,
/// between 0.00 and [`MAX_LOW_LIMIT`]. Never goes through a float.
pub fn parse_amount(text: &str) -> Result<Money, String> {
    let amount: Money = text
        .parse()
        .map_err(|e| format!("invalid amount {text:?}: {e}"))?;
    check_amount(amount).map_err(|e| format!("invalid amount {text:?}: {e}"))
}

/// The bounds of a low balance limit.
pub fn check_amount(amount: Money) -> Result<Money, String> {
    if amount.is_negative() {
        return Err("the amount must not be negative".into());
    }
    if amount > MAX_LOW_LIMIT {
        return Err(format!("the largest limit is {MAX_LOW_LIMIT}"));
    }
    Ok(amount)
}

/// The value of one setting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum SettingValue {
    Bool(bool),
    Amount(Money),
}

impl fmt::Display for SettingValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SettingValue::Bool(true) => f.write_str("on"),
            SettingValue::Bool(false) => f.write_str("off"),
            SettingValue::Amount(m) => write!(f, "{m}"),
        }
    }
}

/// One setting before and after (`balance.low_limit.email: off → on`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Dotted key, as in `settings show -o json` and the settings file.
    pub key: String,
    pub before: SettingValue,
    pub after: SettingValue,
}

impl Change {
    pub fn new(key: impl Into<String>, before: SettingValue, after: SettingValue) -> Change {
        Change {
            key: key.into(),
            before,
            after,
        }
    }

    pub fn is_change(&self) -> bool {
        self.before != self.after
    }

    /// `key: off → on`, or `key: on (unchanged)`.
    pub fn render(&self, io: Option<&Io>) -> String {
        let paint = |code: &str, text: String| match io {
            Some(io) => io.paint(code, &text),
            None => text,
        };
        if self.is_change() {
            format!(
                "{}: {} → {}",
                self.key,
                paint("31", self.before.to_string()),
                paint("32", self.after.to_string())
            )
        } else {
            format!(
                "{}: {} {}",
                self.key,
                self.before,
                paint("2", "(unchanged)".into())
            )
        }
    }
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[derive(Debug, Parser)]
    struct Args {
        #[arg(long, value_parser = OnOffParser)]
        email: Option<bool>,
    }

    #[test]
    fn on_off_words() {
        for word in ["on", "ON", "true", "yes", "1", "Yes"] {
            assert_eq!(parse_on_off(word), Some(true), "{word}");
        }
        for word in ["off", "false", "no", "0", "OFF"] {
            assert_eq!(parse_on_off(word), Some(false), "{word}");
        }
        for word in ["", "maybe", "2", "onn", "y"] {
            assert_eq!(parse_on_off(word), None, "{word}");
        }
    }

    #[test]
    fn bad_on_off_is_a_usage_error_listing_the_words() {
        let err = Args::try_parse_from(["t", "--email", "maybe"]).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::InvalidValue);
        let text = err.to_string();
        assert!(text.contains("maybe"), "{text}");
        assert!(text.contains("yes") && text.contains("0"), "{text}");
        let ok = Args::try_parse_from(["t", "--email", "no"]).unwrap();
        assert_eq!(ok.email, Some(false));
    }

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("50.00"), Ok(Money(5000)));
        assert_eq!(parse_amount("0"), Ok(Money(0)));
        assert_eq!(parse_amount("1000000"), Ok(MAX_LOW_LIMIT));
        for bad in [
            "1e3",
            "-5",
            "12.345",
            "abc",
            "1000000.01",
            "",
            "5,00",
            "NaN",
        ] {
            assert!(parse_amount(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(parse_amount("-5").unwrap_err().contains("negative"));
    }

    #[test]
    fn renders_lines() {
        let c = Change::new(
            "did.spam.email",
            SettingValue::Bool(false),
            SettingValue::Bool(true),
        );
        assert_eq!(c.to_string(), "did.spam.email: off → on");
        let u = Change::new(
            "did.spam.portal",
            SettingValue::Bool(true),
            SettingValue::Bool(true),
        );
        assert_eq!(u.to_string(), "did.spam.portal: on (unchanged)");
        let a = Change::new(
            "balance.low_limit.amount",
            SettingValue::Amount(Money(2500)),
            SettingValue::Amount(Money(5000)),
        );
        assert_eq!(a.to_string(), "balance.low_limit.amount: 25.00 → 50.00");
        assert_eq!(
            serde_json::to_value(&a).unwrap(),
            serde_json::json!({"key": "balance.low_limit.amount", "before": "25.00", "after": "50.00"})
        );
    }
}
