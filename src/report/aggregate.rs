//! Summing billing rows into the two tables of the spending report.
//!
//! Rows are folded in as they arrive and dropped; only one accumulator per
//! service/destination (and day, with `--group-by day`) is kept, so memory does
//! not grow with the number of rows. Amounts are integer minor units with
//! checked additions: an overflow is an error, never a wrong total.

use super::period::DateRange;
use crate::api::{AdditionalBilling, Money, VoiceBilling};
use crate::error::Error;
use jiff::Timestamp;
use jiff::civil::Date;
use jiff::tz::TimeZone;
use std::collections::BTreeMap;

/// Net, tax and total of some rows, in minor units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Amounts {
    pub net: Money,
    pub tax: Money,
    pub total: Money,
}

impl Amounts {
    fn add(&mut self, net: Money, tax: Money, total: Money) -> Result<(), Error> {
        self.net = checked(self.net, net)?;
        self.tax = checked(self.tax, tax)?;
        self.total = checked(self.total, total)?;
        Ok(())
    }

    fn add_all(&mut self, other: &Amounts) -> Result<(), Error> {
        self.add(other.net, other.tax, other.total)
    }
}

fn checked(a: Money, b: Money) -> Result<Money, Error> {
    a.checked_add(b).ok_or_else(|| {
        Error::failure("the amounts are too large to add up exactly")
            .with_hint("pick a shorter period")
    })
}

fn checked_u64(a: u64, b: u64) -> Result<u64, Error> {
    a.checked_add(b)
        .ok_or_else(|| Error::failure("a count is too large to add up"))
}

/// One row of the Additional balance table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdditionalLine {
    /// The day, with `--group-by day`.
    pub day: Option<Date>,
    pub service: String,
    /// Sum of the rows' quantities.
    pub quantity: u64,
    pub amounts: Amounts,
}

/// One row of the Voice balance table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceLine {
    /// The day, with `--group-by day`.
    pub day: Option<Date>,
    pub destination: String,
    pub calls: u64,
    /// Sum of the call durations.
    pub seconds: u64,
    pub amounts: Amounts,
}

/// A finished table: its rows and the totals row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table<L> {
    pub lines: Vec<L>,
    /// Quantity (additional) or calls (voice) over all rows.
    pub count: u64,
    /// Seconds of all calls (voice; 0 for additional).
    pub seconds: u64,
    pub totals: Amounts,
    /// Billing rows read for this table.
    pub rows: u64,
}

/// The spending report of one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub range: DateRange,
    /// IANA name of the report's time zone.
    pub time_zone: String,
    pub currency: String,
    pub grouped_by_day: bool,
    pub additional: Table<AdditionalLine>,
    pub voice: Table<VoiceLine>,
}

impl Report {
    /// No billing rows at all in the period.
    pub fn is_empty(&self) -> bool {
        self.additional.rows == 0 && self.voice.rows == 0
    }
}

#[derive(Debug, Default)]
struct Acc {
    count: u64,
    seconds: u64,
    amounts: Amounts,
}

type Groups = BTreeMap<Option<Date>, BTreeMap<String, Acc>>;

/// Folds billing rows into report lines.
#[derive(Debug)]
pub struct Aggregator {
    range: DateRange,
    tz: TimeZone,
    from: Timestamp,
    to: Timestamp,
    by_day: bool,
    additional: Groups,
    voice: Groups,
    additional_rows: u64,
    voice_rows: u64,
}

impl Aggregator {
    /// An empty report of `range` in `tz`; `by_day` splits rows per day.
    pub fn new(range: DateRange, tz: TimeZone, by_day: bool) -> Result<Aggregator, Error> {
        let (from, to) = range.instants(&tz)?;
        Ok(Aggregator {
            range,
            tz,
            from,
            to,
            by_day,
            additional: Groups::new(),
            voice: Groups::new(),
            additional_rows: 0,
            voice_rows: 0,
        })
    }

    /// The instants the billings are fetched for: `[from, to)`.
    pub fn window(&self) -> (Timestamp, Timestamp) {
        (self.from, self.to)
    }

    fn day_of(&self, timestamp: Timestamp) -> Result<Option<Date>, Error> {
        if timestamp < self.from || timestamp >= self.to {
            return Err(Error::network(format!(
                "the API answered a billing at {timestamp}, outside the period {} to {}",
                self.from, self.to
            ))
            .with_hint("the API broke its contract; try again later"));
        }
        Ok(self.by_day.then(|| self.tz.to_datetime(timestamp).date()))
    }

    fn slot<'a>(groups: &'a mut Groups, day: Option<Date>, name: &str) -> &'a mut Acc {
        let names = groups.entry(day).or_default();
        if !names.contains_key(name) {
            names.insert(name.to_owned(), Acc::default());
        }
        names.get_mut(name).expect("inserted above")
    }

    pub fn add_voice(&mut self, row: &VoiceBilling) -> Result<(), Error> {
        let day = self.day_of(row.timestamp)?;
        let acc = Self::slot(&mut self.voice, day, &row.destination);
        acc.count = checked_u64(acc.count, 1)?;
        acc.seconds = checked_u64(acc.seconds, u64::from(row.duration_seconds))?;
        acc.amounts.add(row.net, row.tax, row.total)?;
        self.voice_rows += 1;
        Ok(())
    }

    pub fn add_additional(&mut self, row: &AdditionalBilling) -> Result<(), Error> {
        let day = self.day_of(row.timestamp)?;
        let acc = Self::slot(&mut self.additional, day, &row.service);
        acc.count = checked_u64(acc.count, u64::from(row.quantity))?;
        acc.amounts.add(row.net, row.tax, row.total)?;
        self.additional_rows += 1;
        Ok(())
    }

    /// The finished report: lines ordered by day, then name; totals rows.
    pub fn finish(self, currency: String) -> Result<Report, Error> {
        let mut additional = Table {
            lines: Vec::new(),
            count: 0,
            seconds: 0,
            totals: Amounts::default(),
            rows: self.additional_rows,
        };
        for (day, names) in self.additional {
            for (service, acc) in names {
                additional.count = checked_u64(additional.count, acc.count)?;
                additional.totals.add_all(&acc.amounts)?;
                additional.lines.push(AdditionalLine {
                    day,
                    service,
                    quantity: acc.count,
                    amounts: acc.amounts,
                });
            }
        }
        let mut voice = Table {
            lines: Vec::new(),
            count: 0,
            seconds: 0,
            totals: Amounts::default(),
            rows: self.voice_rows,
        };
        for (day, names) in self.voice {
            for (destination, acc) in names {
                voice.count = checked_u64(voice.count, acc.count)?;
                voice.seconds = checked_u64(voice.seconds, acc.seconds)?;
                voice.totals.add_all(&acc.amounts)?;
                voice.lines.push(VoiceLine {
                    day,
                    destination,
                    calls: acc.count,
                    seconds: acc.seconds,
                    amounts: acc.amounts,
                });
            }
        }
        Ok(Report {
            range: self.range,
            time_zone: super::period::zone_name(&self.tz),
            currency,
            grouped_by_day: self.by_day,
            additional,
            voice,
        })
    }
}

/// Minutes of `seconds` as an exact decimal with 2 places (half up): `90` → `1.50`.
pub fn minutes(seconds: u64) -> String {
    let hundredths = (u128::from(seconds) * 100 + 30) / 60;
    format!("{}.{:02}", hundredths / 100, hundredths % 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn voice(at: &str, destination: &str, seconds: u32, net: i64) -> VoiceBilling {
        VoiceBilling {
            id: 1,
            timestamp: ts(at),
            comment: String::new(),
            destination: destination.into(),
            number: String::new(),
            duration_seconds: seconds,
            net: Money(net),
            tax: Money(net / 10),
            total: Money(net + net / 10),
        }
    }

    fn additional(at: &str, service: &str, quantity: u32, net: i64) -> AdditionalBilling {
        AdditionalBilling {
            id: 1,
            timestamp: ts(at),
            comment: String::new(),
            service: service.into(),
            quantity,
            net: Money(net),
            tax: Money(1),
            total: Money(net + 1),
        }
    }

    fn range(first: Date, last: Date) -> DateRange {
        DateRange { first, last }
    }

    #[test]
    fn sums_exactly_per_name_and_in_total() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let mut agg =
            Aggregator::new(range(date(2026, 3, 1), date(2026, 3, 31)), tz, false).unwrap();
        // 0.10 + 0.20 is exactly 0.30 here.
        agg.add_voice(&voice("2026-03-02T10:00:00Z", "B", 90, 10))
            .unwrap();
        agg.add_voice(&voice("2026-03-03T10:00:00Z", "B", 30, 20))
            .unwrap();
        agg.add_voice(&voice("2026-03-03T11:00:00Z", "A", 61, 1000))
            .unwrap();
        agg.add_additional(&additional("2026-03-04T00:00:00Z", "DID", 3, 300))
            .unwrap();
        let report = agg.finish("EUR".into()).unwrap();
        let names: Vec<&str> = report
            .voice
            .lines
            .iter()
            .map(|l| l.destination.as_str())
            .collect();
        assert_eq!(names, ["A", "B"]);
        let b = &report.voice.lines[1];
        assert_eq!((b.calls, b.seconds, b.amounts.net), (2, 120, Money(30)));
        assert_eq!(report.voice.totals.net, Money(1030));
        assert_eq!(report.voice.totals.tax, Money(1 + 2 + 100));
        assert_eq!(report.voice.count, 3);
        assert_eq!(report.voice.seconds, 181);
        assert_eq!(report.additional.count, 3);
        assert_eq!(report.additional.totals.total, Money(301));
        assert_eq!(report.voice.rows, 3);
        assert!(!report.is_empty());
    }

    #[test]
    fn groups_by_local_day() {
        let tz = TimeZone::get("Europe/Berlin").unwrap();
        let mut agg =
            Aggregator::new(range(date(2026, 3, 28), date(2026, 3, 29)), tz, true).unwrap();
        // 23:30 UTC on the 28th is 00:30 on the 29th in Berlin (CET, +1).
        agg.add_voice(&voice("2026-03-28T23:30:00Z", "A", 1, 1))
            .unwrap();
        agg.add_voice(&voice("2026-03-28T22:30:00Z", "A", 1, 1))
            .unwrap();
        let report = agg.finish("EUR".into()).unwrap();
        let days: Vec<Option<Date>> = report.voice.lines.iter().map(|l| l.day).collect();
        assert_eq!(days, [Some(date(2026, 3, 28)), Some(date(2026, 3, 29))]);
    }

    #[test]
    fn rows_outside_the_period_are_refused() {
        let tz = TimeZone::get("UTC").unwrap();
        let mut agg =
            Aggregator::new(range(date(2026, 3, 1), date(2026, 3, 1)), tz, false).unwrap();
        assert!(
            agg.add_voice(&voice("2026-03-02T00:00:00Z", "A", 1, 1))
                .is_err()
        );
        assert!(
            agg.add_voice(&voice("2026-02-28T23:59:59Z", "A", 1, 1))
                .is_err()
        );
        assert!(
            agg.add_voice(&voice("2026-03-01T23:59:59Z", "A", 1, 1))
                .is_ok()
        );
    }

    #[test]
    fn overflow_is_an_error_not_a_wrong_total() {
        let tz = TimeZone::get("UTC").unwrap();
        let mut agg =
            Aggregator::new(range(date(2026, 3, 1), date(2026, 3, 1)), tz, false).unwrap();
        agg.add_voice(&voice("2026-03-01T01:00:00Z", "A", 1, i64::MAX / 2))
            .unwrap();
        let err = agg
            .add_voice(&voice("2026-03-01T02:00:00Z", "A", 1, i64::MAX / 2))
            .unwrap_err();
        assert!(err.message.contains("too large"));
    }

    #[test]
    fn minutes_are_exact_decimals() {
        assert_eq!(minutes(0), "0.00");
        assert_eq!(minutes(90), "1.50");
        assert_eq!(minutes(61), "1.02");
        assert_eq!(minutes(3600), "60.00");
    }
}
