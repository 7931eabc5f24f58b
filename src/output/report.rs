//! The spending report and the billings list: tables on a terminal, TSV on a
//! pipe, one JSON document (or array), or CSV for spreadsheets.
//!
//! Money is printed from integer minor units with two decimals, never through
//! a float.

use super::{Format, new_table, print_json};
use crate::api::{AdditionalBilling, Money, VoiceBilling};
use crate::error::Error;
use crate::io::Io;
use crate::report::Report;
use crate::report::aggregate::{Amounts, minutes};
use comfy_table::{Cell, CellAlignment, Table};
use jiff::tz::TimeZone;
use serde_json::{Map, Value, json};

/// The two tables of the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Which {
    /// Additional balance: deductions for extra services
    Additional,
    /// Voice balance: charges for calls
    Voice,
}

impl Which {
    fn key(self) -> &'static str {
        match self {
            Which::Additional => "additional",
            Which::Voice => "voice",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Which::Additional => "Additional balance",
            Which::Voice => "Voice balance",
        }
    }
}

fn tables(only: Option<Which>) -> Vec<Which> {
    match only {
        Some(which) => vec![which],
        None => vec![Which::Additional, Which::Voice],
    }
}

/// `12.34 EUR`.
pub fn money(amount: Money, currency: &str) -> String {
    format!("{amount} {currency}")
}

/// Prints a report in the chosen format (`only`: one of the two tables).
pub fn print_report(
    io: &Io,
    format: Format,
    report: &Report,
    only: Option<Which>,
) -> Result<(), Error> {
    match format.expect_one_of(&[Format::Table, Format::Json, Format::Csv])? {
        Format::Json => print_json(io, &report_json(report, only)),
        Format::Csv => io.out(&report_delimited(report, only, b',')),
        _ if io.stdout_is_tty => io.out(&report_tables(io, report, only)),
        _ => io.out(&report_delimited(report, only, b'\t')),
    }
}

/// The report as one JSON document.
pub fn report_json(report: &Report, only: Option<Which>) -> Value {
    let mut doc = Map::new();
    doc.insert("from".into(), json!(report.range.first.to_string()));
    doc.insert("to".into(), json!(report.range.last.to_string()));
    doc.insert("currency".into(), json!(report.currency));
    let totals = |a: &Amounts| json!({"net": a.net, "tax": a.tax, "total": a.total});
    for which in tables(only) {
        let (rows, sum): (Vec<Value>, Value) = match which {
            Which::Additional => (
                report
                    .additional
                    .lines
                    .iter()
                    .map(|l| {
                        let mut row = Map::new();
                        if let Some(day) = l.day {
                            row.insert("day".into(), json!(day.to_string()));
                        }
                        row.insert("service".into(), json!(l.service));
                        row.insert("quantity".into(), json!(l.quantity));
                        row.insert("net".into(), json!(l.amounts.net));
                        row.insert("tax".into(), json!(l.amounts.tax));
                        row.insert("total".into(), json!(l.amounts.total));
                        Value::Object(row)
                    })
                    .collect(),
                totals(&report.additional.totals),
            ),
            Which::Voice => (
                report
                    .voice
                    .lines
                    .iter()
                    .map(|l| {
                        let mut row = Map::new();
                        if let Some(day) = l.day {
                            row.insert("day".into(), json!(day.to_string()));
                        }
                        row.insert("destination".into(), json!(l.destination));
                        row.insert("calls".into(), json!(l.calls));
                        row.insert("minutes".into(), json!(minutes(l.seconds)));
                        row.insert("seconds".into(), json!(l.seconds));
                        row.insert("net".into(), json!(l.amounts.net));
                        row.insert("tax".into(), json!(l.amounts.tax));
                        row.insert("total".into(), json!(l.amounts.total));
                        Value::Object(row)
                    })
                    .collect(),
                totals(&report.voice.totals),
            ),
        };
        doc.insert(which.key().into(), json!({"rows": rows, "totals": sum}));
    }
    Value::Object(doc)
}

/// CSV (`,`) or TSV (`\t`) with a header line; one line per table row (no
/// totals rows: spreadsheets sum columns themselves). With both tables, a
/// leading `table` column tells them apart.
pub fn report_delimited(report: &Report, only: Option<Which>, sep: u8) -> String {
    let day = report.grouped_by_day;
    let mut out = String::new();
    let mut header: Vec<&str> = Vec::new();
    if only.is_none() {
        header.push("table");
    }
    if day {
        header.push("day");
    }
    match only {
        Some(Which::Additional) => header.extend(["service", "quantity"]),
        Some(Which::Voice) => header.extend(["destination", "calls", "minutes", "seconds"]),
        None => header.extend(["name", "quantity", "calls", "minutes", "seconds"]),
    }
    header.extend(["net", "tax", "total", "currency"]);
    push_record(&mut out, sep, header.iter().map(|h| h.to_string()));
    for which in tables(only) {
        let lines: Vec<(Option<String>, Vec<String>, &Amounts)> = match which {
            Which::Additional => report
                .additional
                .lines
                .iter()
                .map(|l| {
                    let mut cells = vec![l.service.clone(), l.quantity.to_string()];
                    if only.is_none() {
                        cells.extend([String::new(), String::new(), String::new()]);
                    }
                    (l.day.map(|d| d.to_string()), cells, &l.amounts)
                })
                .collect(),
            Which::Voice => report
                .voice
                .lines
                .iter()
                .map(|l| {
                    let mut cells = vec![l.destination.clone()];
                    if only.is_none() {
                        cells.push(String::new());
                    }
                    cells.extend([
                        l.calls.to_string(),
                        minutes(l.seconds),
                        l.seconds.to_string(),
                    ]);
                    (l.day.map(|d| d.to_string()), cells, &l.amounts)
                })
                .collect(),
        };
        for (day_cell, cells, amounts) in lines {
            let mut record = Vec::new();
            if only.is_none() {
                record.push(which.key().to_owned());
            }
            if day {
                record.push(day_cell.unwrap_or_default());
            }
            record.extend(cells);
            record.extend([
                amounts.net.to_string(),
                amounts.tax.to_string(),
                amounts.total.to_string(),
                report.currency.clone(),
            ]);
            push_record(&mut out, sep, record.into_iter());
        }
    }
    out
}

/// The titled tables, as the email shows them, fitted to the terminal.
pub fn report_tables(io: &Io, report: &Report, only: Option<Which>) -> String {
    let mut out = format!(
        "{}\n\n",
        io.paint(
            "1",
            &format!(
                "Spending report {} to {} ({}), {}",
                report.range.first, report.range.last, report.time_zone, report.currency
            )
        )
    );
    let blocks: Vec<String> = tables(only)
        .into_iter()
        .map(|which| {
            let table = match which {
                Which::Additional => additional_table(io, report),
                Which::Voice => voice_table(io, report),
            };
            format!("{}\n{table}\n", io.paint("1", which.title()))
        })
        .collect();
    out.push_str(&blocks.join("\n"));
    out
}

fn right(text: String) -> Cell {
    Cell::new(text).set_alignment(CellAlignment::Right)
}

fn amount_cells(amounts: &Amounts, currency: &str) -> [Cell; 3] {
    [
        right(money(amounts.net, currency)),
        right(money(amounts.tax, currency)),
        right(money(amounts.total, currency)),
    ]
}

/// A bold cell (styled by comfy-table, so widths stay right).
fn bold(text: &str) -> Cell {
    Cell::new(text).add_attribute(comfy_table::Attribute::Bold)
}

fn additional_table(io: &Io, report: &Report) -> Table {
    let mut table = new_table(io);
    let day = report.grouped_by_day;
    let mut header = Vec::new();
    if day {
        header.push(Cell::new("Day"));
    }
    header.push(Cell::new("Service"));
    for name in ["Quantity", "Net", "Tax", "Total"] {
        header.push(Cell::new(name).set_alignment(CellAlignment::Right));
    }
    table.set_header(header);
    for line in &report.additional.lines {
        let mut row = Vec::new();
        if day {
            row.push(Cell::new(
                line.day.map(|d| d.to_string()).unwrap_or_default(),
            ));
        }
        row.push(Cell::new(&line.service));
        row.push(right(line.quantity.to_string()));
        row.extend(amount_cells(&line.amounts, &report.currency));
        table.add_row(row);
    }
    let mut totals = Vec::new();
    if day {
        totals.push(Cell::new(""));
    }
    totals.push(bold("Total"));
    totals.push(right(report.additional.count.to_string()));
    totals.extend(amount_cells(&report.additional.totals, &report.currency));
    table.add_row(totals);
    table
}

fn voice_table(io: &Io, report: &Report) -> Table {
    let mut table = new_table(io);
    let day = report.grouped_by_day;
    let mut header = Vec::new();
    if day {
        header.push(Cell::new("Day"));
    }
    header.push(Cell::new("Destination"));
    for name in ["Calls", "Minutes", "Net", "Tax", "Total"] {
        header.push(Cell::new(name).set_alignment(CellAlignment::Right));
    }
    table.set_header(header);
    for line in &report.voice.lines {
        let mut row = Vec::new();
        if day {
            row.push(Cell::new(
                line.day.map(|d| d.to_string()).unwrap_or_default(),
            ));
        }
        row.push(Cell::new(&line.destination));
        row.push(right(line.calls.to_string()));
        row.push(right(minutes(line.seconds)));
        row.extend(amount_cells(&line.amounts, &report.currency));
        table.add_row(row);
    }
    let mut totals = Vec::new();
    if day {
        totals.push(Cell::new(""));
    }
    totals.push(bold("Total"));
    totals.push(right(report.voice.count.to_string()));
    totals.push(right(minutes(report.voice.seconds)));
    totals.extend(amount_cells(&report.voice.totals, &report.currency));
    table.add_row(totals);
    table
}

/// Appends one CSV/TSV record. CSV quotes fields with separators, quotes or
/// line breaks; TSV replaces tabs and line breaks with spaces.
fn push_record(out: &mut String, sep: u8, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(sep as char);
        }
        if sep == b'\t' {
            out.extend(field.chars().map(|c| {
                if matches!(c, '\t' | '\n' | '\r') {
                    ' '
                } else {
                    c
                }
            }));
        } else if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(&field);
        }
    }
    out.push('\n');
}

// ---------------------------------------------------------------------------
// The billings list.

/// A row of either list, for printing.
pub trait ListRow: serde::Serialize {
    /// CSV/TSV column names (without `currency`, which is appended).
    fn columns() -> &'static [&'static str];
    /// Values for [`ListRow::columns`].
    fn record(&self) -> Vec<String>;
    /// Table header.
    fn table_header() -> &'static [&'static str];
    /// Table cells; `tz` for the date.
    fn table_row(&self, tz: &TimeZone, currency: &str) -> Vec<Cell>;
}

fn local_time(ts: jiff::Timestamp, tz: &TimeZone) -> String {
    tz.to_datetime(ts).strftime("%Y-%m-%d %H:%M:%S").to_string()
}

/// `m:ss` (or `h:mm:ss`).
fn duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

impl ListRow for VoiceBilling {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "timestamp",
            "destination",
            "number",
            "duration_seconds",
            "comment",
            "net",
            "tax",
            "total",
        ]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.timestamp.to_string(),
            self.destination.clone(),
            self.number.clone(),
            self.duration_seconds.to_string(),
            self.comment.clone(),
            self.net.to_string(),
            self.tax.to_string(),
            self.total.to_string(),
        ]
    }
    fn table_header() -> &'static [&'static str] {
        &[
            "Date",
            "Destination",
            "Number",
            "Duration",
            "Net",
            "Tax",
            "Total",
        ]
    }
    fn table_row(&self, tz: &TimeZone, currency: &str) -> Vec<Cell> {
        vec![
            Cell::new(local_time(self.timestamp, tz)),
            Cell::new(&self.destination),
            Cell::new(&self.number),
            right(duration(self.duration_seconds)),
            right(money(self.net, currency)),
            right(money(self.tax, currency)),
            right(money(self.total, currency)),
        ]
    }
}

impl ListRow for AdditionalBilling {
    fn columns() -> &'static [&'static str] {
        &[
            "id",
            "timestamp",
            "service",
            "quantity",
            "comment",
            "net",
            "tax",
            "total",
        ]
    }
    fn record(&self) -> Vec<String> {
        vec![
            self.id.to_string(),
            self.timestamp.to_string(),
            self.service.clone(),
            self.quantity.to_string(),
            self.comment.clone(),
            self.net.to_string(),
            self.tax.to_string(),
            self.total.to_string(),
        ]
    }
    fn table_header() -> &'static [&'static str] {
        &[
            "Date", "Service", "Comment", "Quantity", "Net", "Tax", "Total",
        ]
    }
    fn table_row(&self, tz: &TimeZone, currency: &str) -> Vec<Cell> {
        vec![
            Cell::new(local_time(self.timestamp, tz)),
            Cell::new(&self.service),
            Cell::new(&self.comment),
            right(self.quantity.to_string()),
            right(money(self.net, currency)),
            right(money(self.tax, currency)),
            right(money(self.total, currency)),
        ]
    }
}

/// Prints the billings list as rows arrive in order: JSON array, CSV or TSV
/// stream straight to stdout; a terminal table is collected and printed at
/// the end (so it can be fitted to the width).
pub struct ListPrinter<'a, R: ListRow> {
    io: &'a Io,
    mode: ListMode,
    tz: TimeZone,
    currency: String,
    table: Vec<R>,
    rows: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListMode {
    Json,
    Csv,
    Tsv,
    Table,
}

impl<'a, R: ListRow> ListPrinter<'a, R> {
    pub fn new(io: &'a Io, format: Format, tz: TimeZone, currency: String) -> Result<Self, Error> {
        let mode = match format.expect_one_of(&[Format::Table, Format::Json, Format::Csv])? {
            Format::Json => ListMode::Json,
            Format::Csv => ListMode::Csv,
            _ if io.stdout_is_tty => ListMode::Table,
            _ => ListMode::Tsv,
        };
        Ok(ListPrinter {
            io,
            mode,
            tz,
            currency,
            table: Vec::new(),
            rows: 0,
        })
    }

    fn start(&self) -> Result<(), Error> {
        let mut header: Vec<String> = R::columns().iter().map(|c| c.to_string()).collect();
        header.push("currency".into());
        let mut out = String::new();
        match self.mode {
            ListMode::Json => out.push('['),
            ListMode::Csv => push_record(&mut out, b',', header.into_iter()),
            ListMode::Tsv => push_record(&mut out, b'\t', header.into_iter()),
            ListMode::Table => return Ok(()),
        }
        self.io.out(&out)
    }

    /// Prints rows (in list order).
    pub fn rows(&mut self, rows: Vec<R>) -> Result<(), Error> {
        if self.rows == 0 {
            self.start()?;
        }
        let mut out = String::new();
        for row in rows {
            match self.mode {
                ListMode::Json => {
                    out.push_str(if self.rows == 0 { "\n" } else { ",\n" });
                    let text = serde_json::to_string(&row)
                        .map_err(|e| Error::failure(format!("cannot encode JSON: {e}")))?;
                    out.push_str(&text);
                }
                ListMode::Csv | ListMode::Tsv => {
                    let sep = if self.mode == ListMode::Csv {
                        b','
                    } else {
                        b'\t'
                    };
                    let mut record = row.record();
                    record.push(self.currency.clone());
                    push_record(&mut out, sep, record.into_iter());
                }
                ListMode::Table => self.table.push(row),
            }
            self.rows += 1;
        }
        if !out.is_empty() {
            self.io.out(&out)?;
        }
        Ok(())
    }

    /// Ends the output (closes the JSON array, prints the table).
    pub fn finish(self) -> Result<(), Error> {
        if self.rows == 0 {
            self.start()?;
        }
        match self.mode {
            ListMode::Json => self.io.out(if self.rows == 0 { "]\n" } else { "\n]\n" }),
            ListMode::Csv | ListMode::Tsv => Ok(()),
            ListMode::Table => {
                let mut table = new_table(self.io);
                table.set_header(R::table_header().to_vec());
                for (i, _) in R::table_header().iter().enumerate().skip(3) {
                    if let Some(column) = table.column_mut(i) {
                        column.set_cell_alignment(CellAlignment::Right);
                    }
                }
                for row in &self.table {
                    table.add_row(row.table_row(&self.tz, &self.currency));
                }
                self.io.outln(&table.to_string())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::aggregate::{AdditionalLine, Table as T, VoiceLine};
    use crate::report::period::DateRange;
    use jiff::civil::date;

    fn report(by_day: bool) -> Report {
        let amounts = |n: i64| Amounts {
            net: Money(n),
            tax: Money(n / 10),
            total: Money(n + n / 10),
        };
        let day = by_day.then(|| date(2026, 3, 2));
        Report {
            range: DateRange {
                first: date(2026, 3, 1),
                last: date(2026, 3, 31),
            },
            time_zone: "Europe/Berlin".into(),
            currency: "EUR".into(),
            grouped_by_day: by_day,
            additional: T {
                lines: vec![AdditionalLine {
                    day,
                    service: "SMS, 1,000".into(),
                    quantity: 2,
                    amounts: amounts(1980),
                }],
                count: 2,
                seconds: 0,
                totals: amounts(1980),
                rows: 2,
            },
            voice: T {
                lines: vec![VoiceLine {
                    day,
                    destination: "Germany (mobile)".into(),
                    calls: 3,
                    seconds: 90,
                    amounts: amounts(105),
                }],
                count: 3,
                seconds: 90,
                totals: amounts(105),
                rows: 3,
            },
        }
    }

    #[test]
    fn json_has_the_documented_shape() {
        let doc = report_json(&report(false), None);
        let keys: Vec<&String> = doc.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["from", "to", "currency", "additional", "voice"]);
        assert_eq!(
            doc["voice"]["totals"],
            json!({"net": "1.05", "tax": "0.10", "total": "1.15"})
        );
        assert_eq!(doc["voice"]["rows"][0]["minutes"], "1.50");
        assert_eq!(doc["additional"]["rows"][0]["quantity"], 2);
        assert!(doc["additional"]["rows"][0].get("day").is_none());
        let only = report_json(&report(true), Some(Which::Voice));
        assert!(only.get("additional").is_none());
        assert_eq!(only["voice"]["rows"][0]["day"], "2026-03-02");
    }

    #[test]
    fn csv_quotes_and_has_a_table_column() {
        let csv = report_delimited(&report(false), None, b',');
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines[0],
            "table,name,quantity,calls,minutes,seconds,net,tax,total,currency"
        );
        assert_eq!(
            lines[1],
            "additional,\"SMS, 1,000\",2,,,,19.80,1.98,21.78,EUR"
        );
        assert_eq!(
            lines[2],
            "voice,Germany (mobile),,3,1.50,90,1.05,0.10,1.15,EUR"
        );
        let voice = report_delimited(&report(true), Some(Which::Voice), b',');
        assert_eq!(
            voice.lines().next().unwrap(),
            "day,destination,calls,minutes,seconds,net,tax,total,currency"
        );
        assert_eq!(
            voice.lines().nth(1).unwrap(),
            "2026-03-02,Germany (mobile),3,1.50,90,1.05,0.10,1.15,EUR"
        );
    }

    #[test]
    fn durations() {
        assert_eq!(duration(5), "0:05");
        assert_eq!(duration(125), "2:05");
        assert_eq!(duration(3725), "1:02:05");
    }
}
