//! The Settings page sections as tables (terminal) or `key<TAB>value` lines (pipe).

use super::{Format, new_table, on_off, print_json};
use crate::api::Channels;
use crate::api::SpendingReports;
use crate::error::Error;
use crate::io::Io;
use crate::view::{ApiView, BalanceView, DidView, SettingsView, SubscriptionsView, TwoFactorView};
use comfy_table::{Cell, Table};
use serde::Serialize;
use serde_json::Value;

/// The formats a `show` command prints; check them before fetching anything.
pub const SHOW_FORMATS: &[Format] = &[Format::Table, Format::Json];

/// One section of the page, ready to print.
pub enum SectionView<'a> {
    Api(&'a ApiView),
    TwoFactor(&'a TwoFactorView),
    Did(&'a DidView),
    Balance(&'a BalanceView),
    Subscriptions(&'a SubscriptionsView),
    Reports(&'a SpendingReports),
}

impl SectionView<'_> {
    /// The key of this section in `settings show -o json`.
    pub fn key(&self) -> &'static str {
        match self {
            SectionView::Api(_) => "api",
            SectionView::TwoFactor(_) => "two_factor",
            SectionView::Did(_) => "did",
            SectionView::Balance(_) => "balance",
            SectionView::Subscriptions(_) => "subscriptions",
            SectionView::Reports(_) => "spending_reports",
        }
    }

    fn title(&self) -> &'static str {
        match self {
            SectionView::Api(_) => "API settings",
            SectionView::TwoFactor(_) => "Two-factor authentication",
            SectionView::Did(_) => "DID numbers",
            SectionView::Balance(_) => "Balance",
            SectionView::Subscriptions(_) => "Subscriptions",
            SectionView::Reports(_) => "Spending reports (email)",
        }
    }

    fn to_json(&self) -> Value {
        fn value<T: Serialize>(v: T) -> Value {
            serde_json::to_value(v).unwrap_or(Value::Null)
        }
        match self {
            SectionView::Api(v) => value(v),
            SectionView::TwoFactor(v) => value(v),
            SectionView::Did(v) => value(v),
            SectionView::Balance(v) => value(v),
            SectionView::Subscriptions(v) => value(v),
            SectionView::Reports(v) => value(v),
        }
    }

    fn table(&self, io: &Io) -> Table {
        let mut table = new_table(io);
        match self {
            SectionView::Api(v) => {
                table.add_row(vec!["API URL".to_owned(), v.api_url.clone()]);
                table.add_row(vec!["Access token".to_owned(), v.token.clone()]);
            }
            SectionView::TwoFactor(v) => {
                table.set_header(vec!["Method", "State"]);
                table.add_row(vec![Cell::new("Email"), on_off(v.email)]);
                table.add_row(vec![Cell::new("TOTP (authenticator app)"), on_off(v.totp)]);
            }
            SectionView::Did(v) => {
                event_header(&mut table);
                event_row(&mut table, "DID number goes to spam", v.spam);
            }
            SectionView::Balance(v) => {
                event_header(&mut table);
                let limit = Channels {
                    email: v.low_limit.email,
                    portal: v.low_limit.portal,
                };
                let label = format!(
                    "Low balance limit (below {} {})",
                    v.low_limit.amount, v.low_limit.currency
                );
                event_row(&mut table, &label, limit);
                event_row(&mut table, "Balance top-up", v.top_up);
            }
            SectionView::Subscriptions(v) => {
                event_header(&mut table);
                event_row(&mut table, "Subscriptions expiring", v.expiring);
                event_row(&mut table, "Subscriptions billing", v.billing);
            }
            SectionView::Reports(v) => {
                table.set_header(vec!["Daily", "Weekly", "Monthly"]);
                table.add_row(vec![on_off(v.daily), on_off(v.weekly), on_off(v.monthly)]);
            }
        }
        table
    }
}

fn event_header(table: &mut Table) {
    table.set_header(vec!["Event", "Email", "Portal"]);
}

fn event_row(table: &mut Table, label: &str, channels: Channels) {
    table.add_row(vec![
        Cell::new(label),
        on_off(channels.email),
        on_off(channels.portal),
    ]);
}

/// Prints one section in the chosen format.
pub fn print_section(io: &Io, format: Format, section: SectionView<'_>) -> Result<(), Error> {
    match format.expect_one_of(SHOW_FORMATS)? {
        Format::Json => print_json(io, &section.to_json()),
        _ if io.stdout_is_tty => io.outln(&format!(
            "{}\n{}",
            io.paint("1", section.title()),
            section.table(io)
        )),
        _ => io.out(&key_value_lines(section.key(), &section.to_json())),
    }
}

/// Prints the whole page in the chosen format.
pub fn print_settings(io: &Io, format: Format, view: &SettingsView) -> Result<(), Error> {
    let sections = [
        SectionView::Api(&view.api),
        SectionView::TwoFactor(&view.two_factor),
        SectionView::Did(&view.did),
        SectionView::Balance(&view.balance),
        SectionView::Subscriptions(&view.subscriptions),
        SectionView::Reports(&view.spending_reports),
    ];
    match format.expect_one_of(SHOW_FORMATS)? {
        Format::Json => print_json(io, view),
        _ if io.stdout_is_tty => {
            let blocks: Vec<String> = sections
                .iter()
                .map(|s| format!("{}\n{}", io.paint("1", s.title()), s.table(io)))
                .collect();
            io.outln(&blocks.join("\n\n"))
        }
        _ => {
            let text: String = sections
                .iter()
                .map(|s| key_value_lines(s.key(), &s.to_json()))
                .collect();
            io.out(&text)
        }
    }
}

/// Flattens JSON into `dotted.key<TAB>value` lines; booleans as on/off.
pub fn key_value_lines(prefix: &str, value: &Value) -> String {
    let mut out = String::new();
    flatten(prefix, value, &mut out);
    out
}

fn flatten(prefix: &str, value: &Value, out: &mut String) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                let key = if prefix.is_empty() {
                    key.clone()
                } else {
                    format!("{prefix}.{key}")
                };
                flatten(&key, value, out);
            }
        }
        Value::Bool(b) => out.push_str(&format!("{prefix}\t{}\n", if *b { "on" } else { "off" })),
        Value::String(s) => out.push_str(&format!("{prefix}\t{s}\n")),
        Value::Null => out.push_str(&format!("{prefix}\t\n")),
        other => out.push_str(&format!("{prefix}\t{other}\n")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flattens_in_document_order() {
        let value = serde_json::json!({"spam": {"email": true, "portal": false}, "amount": "5.00"});
        assert_eq!(
            key_value_lines("did", &value),
            "did.spam.email\ton\ndid.spam.portal\toff\ndid.amount\t5.00\n"
        );
    }
}
