//! The settings file (`teliqon.toml`): the desired state of the Settings page.
//!
//! Keys mirror `settings show -o json` without the read-only `api` section.
//! Every key is optional: what the file leaves out is not managed. The file is
//! read as TOML, or as JSON when it is named `*.json` or starts with `{`.
//! Environment variables are never expanded: `"$X"` is just text.
//!
//! Errors name the file, line and column, and list the valid keys.

use crate::api::{ChannelsPatch, Money, SpendingReportsPatch};
use crate::change::check_amount;
use crate::error::Error;
use crate::view::SettingsView;
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;
use std::path::Path;

/// Every key a settings file may hold, in document order.
pub const VALID_KEYS: &[&str] = &[
    "two_factor.email",
    "two_factor.totp",
    "did.spam.email",
    "did.spam.portal",
    "balance.low_limit.email",
    "balance.low_limit.portal",
    "balance.low_limit.amount",
    "balance.low_limit.currency",
    "balance.top_up.email",
    "balance.top_up.portal",
    "subscriptions.expiring.email",
    "subscriptions.expiring.portal",
    "subscriptions.billing.email",
    "subscriptions.billing.portal",
    "spending_reports.daily",
    "spending_reports.weekly",
    "spending_reports.monthly",
];

/// The desired state; `None` everywhere means "not managed".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SettingsFile {
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub two_factor: Option<TwoFactorFile>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub did: Option<DidFile>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub balance: Option<BalanceFile>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub subscriptions: Option<SubscriptionsFile>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub spending_reports: Option<SpendingReportsPatch>,
}

/// `[two_factor]`: email on/off; TOTP can only be required on or off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TwoFactorFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp: Option<bool>,
}

/// `[did.spam]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DidFile {
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub spam: Option<ChannelsPatch>,
}

/// `[balance.low_limit]` and `[balance.top_up]`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BalanceFile {
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub low_limit: Option<LowLimitFile>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub top_up: Option<ChannelsPatch>,
}

/// `[balance.low_limit]`: channels, the amount, and the account's currency (checked, not changed).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LowLimitFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<bool>,
    #[serde(
        default,
        deserialize_with = "amount",
        skip_serializing_if = "Option::is_none"
    )]
    pub amount: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
}

/// `[subscriptions.expiring]` and `[subscriptions.billing]`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionsFile {
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub expiring: Option<ChannelsPatch>,
    #[serde(
        default,
        deserialize_with = "table",
        skip_serializing_if = "Option::is_none"
    )]
    pub billing: Option<ChannelsPatch>,
}

/// A table and nothing else: serde's derived structs also accept a sequence
/// (fields by position), which would let `did = [{email = false}]` through.
fn table<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct TableOnly<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for TableOnly<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a table")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map))
        }
    }
    deserializer
        .deserialize_map(TableOnly(std::marker::PhantomData))
        .map(Some)
}

/// An amount: a string `"50.00"` (or a whole number `50`); never a float.
fn amount<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Money>, D::Error> {
    struct Visitor;
    impl serde::de::Visitor<'_> for Visitor {
        type Value = Option<Money>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an amount as a string, e.g. \"50.00\"")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Self::Value, E> {
            crate::change::parse_amount(v).map(Some).map_err(E::custom)
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Self::Value, E> {
            v.checked_mul(100)
                .map(Money)
                .ok_or_else(|| E::custom("the amount is too large"))
                .and_then(|m| check_amount(m).map_err(E::custom))
                .map(Some)
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Self::Value, E> {
            match i64::try_from(v) {
                Ok(v) => self.visit_i64(v),
                Err(_) => Err(E::custom("the amount is too large")),
            }
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Self::Value, E> {
            Err(E::custom(format!(
                "write the amount as a string so it stays exact, e.g. amount = \"{v:.2}\""
            )))
        }
    }
    deserializer.deserialize_any(Visitor)
}

/// The syntax of a settings file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    Json,
}

impl Syntax {
    /// `*.json` is JSON, `*.toml` TOML; otherwise JSON when the text starts with `{`.
    pub fn detect(name: &str, text: &str) -> Syntax {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".json") {
            Syntax::Json
        } else if lower.ends_with(".toml") {
            Syntax::Toml
        } else if text.trim_start().starts_with('{') {
            Syntax::Json
        } else {
            Syntax::Toml
        }
    }
}

/// Reads `-f FILE` (`-` for stdin) and parses it.
pub fn read(path: &Path) -> Result<(String, SettingsFile), Error> {
    let (name, text) = if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| Error::usage(format!("cannot read the settings file from stdin: {e}")))?;
        ("<stdin>".to_owned(), text)
    } else {
        let name = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|e| {
            Error::usage(format!("cannot read the settings file {name}: {e}"))
                .with_hint("write one with `teliqon settings export > teliqon.toml`")
        })?;
        (name, text)
    };
    let file = parse(&name, &text)?;
    Ok((name, file))
}

/// Parses a settings file; errors are `name:line:column: message` with the valid keys as hint.
pub fn parse(name: &str, text: &str) -> Result<SettingsFile, Error> {
    let (message, position) = match Syntax::detect(name, text) {
        Syntax::Toml => match toml::from_str::<SettingsFile>(text) {
            Ok(file) => return Ok(file),
            Err(e) => (
                e.message().trim().to_owned(),
                e.span().map(|s| line_column(text, s.start)),
            ),
        },
        Syntax::Json => match serde_json::from_str::<SettingsFile>(text) {
            Ok(file) => return Ok(file),
            Err(e) => {
                let message = e.to_string();
                // serde_json appends " at line L column C"; we print it in front.
                let message = match message.rfind(" at line ") {
                    Some(at) => message[..at].to_owned(),
                    None => message,
                };
                (message, Some((e.line(), e.column())))
            }
        },
    };
    let location = match position {
        Some((line, column)) => format!("{name}:{line}:{column}"),
        None => name.to_owned(),
    };
    let message = message.replace('\n', " ");
    Err(Error::usage(format!("{location}: {message}"))
        .with_hint(format!("valid keys: {}", VALID_KEYS.join(", "))))
}

/// 1-based line and column (in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

impl SettingsFile {
    /// The whole current state as a file (everything managed).
    pub fn from_view(view: &SettingsView) -> SettingsFile {
        let channels = |c: crate::api::Channels| ChannelsPatch {
            email: Some(c.email),
            portal: Some(c.portal),
        };
        let r = view.spending_reports;
        SettingsFile {
            two_factor: Some(TwoFactorFile {
                email: Some(view.two_factor.email),
                totp: Some(view.two_factor.totp),
            }),
            did: Some(DidFile {
                spam: Some(channels(view.did.spam)),
            }),
            balance: Some(BalanceFile {
                low_limit: Some(LowLimitFile {
                    email: Some(view.balance.low_limit.email),
                    portal: Some(view.balance.low_limit.portal),
                    amount: Some(view.balance.low_limit.amount),
                    currency: Some(view.balance.low_limit.currency.clone()),
                }),
                top_up: Some(channels(view.balance.top_up)),
            }),
            subscriptions: Some(SubscriptionsFile {
                expiring: Some(channels(view.subscriptions.expiring)),
                billing: Some(channels(view.subscriptions.billing)),
            }),
            spending_reports: Some(SpendingReportsPatch {
                daily: Some(r.daily),
                weekly: Some(r.weekly),
                monthly: Some(r.monthly),
            }),
        }
    }
}

/// The current state as a commented `teliqon.toml` that `apply` accepts unchanged.
/// Holds no secret: neither the token (not even masked) nor the TOTP secret.
pub fn export_toml(view: &SettingsView) -> String {
    let b = |v: bool| if v { "true" } else { "false" };
    let channels = |table: &str, c: crate::api::Channels| {
        format!(
            "\n[{table}]\nemail = {}\nportal = {}\n",
            b(c.email),
            b(c.portal)
        )
    };
    let limit = &view.balance.low_limit;
    let reports = view.spending_reports;
    let mut out = String::new();
    out.push_str(
        "# Teliqon settings, written by `teliqon settings export`.\n\
         # Check with `teliqon settings plan -f teliqon.toml`, enforce with\n\
         # `teliqon settings apply -f teliqon.toml`. Every key is optional: what\n\
         # this file leaves out is not managed. true = on, false = off.\n\
         #\n\
         # Not managed here, and never exported: the API URL and access token\n\
         # (read-only, see `teliqon api show`) and the TOTP secret.\n",
    );
    out.push_str(&format!(
        "\n[two_factor]\nemail = {}\n\
         # totp can only be required: apply cannot enrol an authenticator app\n\
         # (`teliqon 2fa totp enable`) or turn it off (`teliqon 2fa totp disable`).\n\
         totp = {}\n",
        b(view.two_factor.email),
        b(view.two_factor.totp)
    ));
    out.push_str(&channels("did.spam", view.did.spam));
    out.push_str(&format!(
        "\n[balance.low_limit]\nemail = {}\nportal = {}\n\
         # Notify when the voice balance falls below this amount (a string, up to 2 decimals).\n\
         amount = \"{}\"\n\
         # The account's currency: checked, cannot be changed here.\n\
         currency = \"{}\"\n",
        b(limit.email),
        b(limit.portal),
        limit.amount,
        toml_escape(&limit.currency)
    ));
    out.push_str(&channels("balance.top_up", view.balance.top_up));
    out.push_str(&channels(
        "subscriptions.expiring",
        view.subscriptions.expiring,
    ));
    out.push_str(&channels(
        "subscriptions.billing",
        view.subscriptions.billing,
    ));
    out.push_str(&format!(
        "\n# Spending reports are delivered by email only.\n\
         [spending_reports]\ndaily = {}\nweekly = {}\nmonthly = {}\n",
        b(reports.daily),
        b(reports.weekly),
        b(reports.monthly)
    ));
    out
}

/// Escapes a value for a TOML basic string.
fn toml_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| match c {
            '"' => vec!['\\', '"'],
            '\\' => vec!['\\', '\\'],
            c if c.is_control() => format!("\\u{:04X}", c as u32).chars().collect(),
            c => vec![c],
        })
        .collect()
}

#[cfg(test)]
pub(crate) mod tests_support {
    use crate::api::{Channels, Money, SpendingReports};
    use crate::view::*;

    pub(crate) fn sample_view() -> SettingsView {
        SettingsView {
            api: ApiView {
                api_url: "https://api.example".into(),
                token: "****abcd".into(),
            },
            two_factor: TwoFactorView {
                email: true,
                totp: false,
            },
            did: DidView {
                spam: Channels {
                    email: true,
                    portal: false,
                },
            },
            balance: BalanceView {
                low_limit: LowLimitView {
                    email: false,
                    portal: true,
                    amount: Money(2500),
                    currency: "USD".into(),
                },
                top_up: Channels::default(),
            },
            subscriptions: SubscriptionsView {
                expiring: Channels {
                    email: true,
                    portal: true,
                },
                billing: Channels::default(),
            },
            spending_reports: SpendingReports {
                daily: false,
                weekly: true,
                monthly: false,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::tests_support::sample_view;
    use super::*;

    #[test]
    fn export_round_trips_and_holds_no_token() {
        let view = sample_view();
        let text = export_toml(&view);
        assert!(!text.contains("abcd") && !text.contains("****"), "{text}");
        let parsed = parse("teliqon.toml", &text).unwrap();
        assert_eq!(parsed, SettingsFile::from_view(&view));
        let json = serde_json::to_string_pretty(&SettingsFile::from_view(&view)).unwrap();
        assert_eq!(parse("<stdin>", &json).unwrap(), parsed);
    }

    #[test]
    fn every_key_optional() {
        assert_eq!(parse("t.toml", "").unwrap(), SettingsFile::default());
        let f = parse("t.toml", "[did.spam]\nemail = true\n").unwrap();
        assert_eq!(f.did.unwrap().spam.unwrap().email, Some(true));
        assert_eq!(f.did.unwrap().spam.unwrap().portal, None);
    }

    fn error(name: &str, text: &str) -> Error {
        let err = parse(name, text).unwrap_err();
        assert_eq!(err.exit, crate::error::Exit::Usage);
        assert!(err.hint.as_deref().unwrap().contains("did.spam.email"));
        err
    }

    #[test]
    fn bad_files_point_at_line_and_column() {
        let e = error("t.toml", "[did.spam]\nemial = true\n");
        assert!(
            e.message.starts_with("t.toml:2:1: unknown field `emial`"),
            "{}",
            e.message
        );
        let e = error("t.toml", "[did.spam]\nemail = \"yes\"\n");
        assert!(
            e.message.starts_with("t.toml:2:9: invalid type"),
            "{}",
            e.message
        );
        let e = error("t.toml", "[balance.low_limit]\namount = \"12.345\"\n");
        assert!(e.message.starts_with("t.toml:2:10:"), "{}", e.message);
        assert!(e.message.contains("2 decimals"), "{}", e.message);
        let e = error("t.toml", "[balance.low_limit]\namount = 12.5\n");
        assert!(e.message.contains("as a string"), "{}", e.message);
        let e = error("t.toml", "[did.spam\nemail = true\n");
        assert!(e.message.starts_with("t.toml:1:"), "{}", e.message);
        let e = error("t.toml", "[api]\ntoken = \"x\"\n");
        assert!(e.message.contains("unknown field `api`"), "{}", e.message);
        let e = error("f.json", "{\n  \"did\": {\"spam\": {\"emial\": true}}\n}");
        assert!(e.message.starts_with("f.json:2:"), "{}", e.message);
        assert!(!e.message.contains('\n'));
    }

    #[test]
    fn no_env_expansion() {
        let e = error("t.toml", "[balance.low_limit]\ncurrency = 5\n");
        assert!(e.message.contains("invalid type"));
        let f = parse("t.toml", "[balance.low_limit]\ncurrency = \"$HOME\"\n").unwrap();
        assert_eq!(
            f.balance.unwrap().low_limit.unwrap().currency.as_deref(),
            Some("$HOME")
        );
    }
}
