//! Report periods: which calendar days a report covers, and the instants that
//! bound them in a time zone.
//!
//! A period is a closed range of civil dates `[first, last]`. Its instants are
//! `[first 00:00, last+1 00:00)` in the report's time zone, computed with jiff
//! so a day is 23 or 25 hours long across a DST change.

use crate::error::Error;
use jiff::Timestamp;
use jiff::civil::{Date, ISOWeekDate, Weekday};
use jiff::tz::TimeZone;

/// Longest range accepted without `--force`, in days.
pub const MAX_DAYS: i64 = 366;

/// The frequencies of the spending report emails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Frequency {
    /// One day (the daily email)
    Daily,
    /// One ISO week, Monday to Sunday (the weekly email)
    Weekly,
    /// One calendar month (the monthly email)
    Monthly,
}

/// The civil dates a report covers, both inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    pub first: Date,
    pub last: Date,
}

impl DateRange {
    /// The period of `frequency` that contains `date`.
    pub fn containing(frequency: Frequency, date: Date) -> Result<DateRange, Error> {
        let (first, last) = match frequency {
            Frequency::Daily => (date, date),
            Frequency::Weekly => {
                let week = date.iso_week_date();
                let monday = week.first_of_week().map_err(date_error)?.date();
                let sunday = week.last_of_week().map_err(date_error)?.date();
                (monday, sunday)
            }
            Frequency::Monthly => (date.first_of_month(), date.last_of_month()),
        };
        Ok(DateRange { first, last })
    }

    /// The last complete period of `frequency` before `today` (what the email
    /// sent today holds): yesterday, last ISO week, or last month.
    pub fn last_complete(frequency: Frequency, today: Date) -> Result<DateRange, Error> {
        let current = DateRange::containing(frequency, today)?;
        let before = current.first.yesterday().map_err(date_error)?;
        DateRange::containing(frequency, before)
    }

    /// `--from`/`--to`: checks the order and (without `force`) the length.
    pub fn between(first: Date, last: Date, force: bool) -> Result<DateRange, Error> {
        if first > last {
            return Err(Error::usage(format!("--from {first} is after --to {last}"))
                .with_hint("swap the dates; both are included in the report"));
        }
        let range = DateRange { first, last };
        let days = range.days();
        if days > MAX_DAYS && !force {
            return Err(Error::usage(format!(
                "the range {first} to {last} spans {days} days, more than {MAX_DAYS}"
            ))
            .with_hint("pass --force to fetch it anyway, or pick a shorter range"));
        }
        Ok(range)
    }

    /// Number of days in the range (both ends included).
    pub fn days(&self) -> i64 {
        epoch_day(self.last) - epoch_day(self.first) + 1
    }

    /// The instants `[start of first, start of the day after last)` in `tz`.
    pub fn instants(&self, tz: &TimeZone) -> Result<(Timestamp, Timestamp), Error> {
        let after = self.last.tomorrow().map_err(date_error)?;
        Ok((start_of_day(self.first, tz)?, start_of_day(after, tz)?))
    }
}

/// The first instant of `date` in `tz` (midnight, or the first existing time
/// when midnight falls in a DST gap).
pub fn start_of_day(date: Date, tz: &TimeZone) -> Result<Timestamp, Error> {
    date.to_zoned_datetime(tz.clone())
        .map(|zoned| zoned.timestamp())
        .map_err(date_error)
}

/// Days since 1970-01-01 (for day arithmetic that cannot fail).
fn epoch_day(date: Date) -> i64 {
    let (y, m, d) = (
        i64::from(date.year()),
        i64::from(date.month()),
        i64::from(date.day()),
    );
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn date_error(e: jiff::Error) -> Error {
    Error::usage(format!("date out of range: {e}")).with_hint("use a date between 1900 and 2999")
}

/// Parses an ISO 8601 calendar date `YYYY-MM-DD` given to `flag`.
pub fn parse_date(flag: &str, text: &str) -> Result<Date, Error> {
    let bad = || {
        Error::usage(format!(
            "invalid {flag} {text:?}: expected an ISO 8601 date"
        ))
        .with_hint(format!("write it as YYYY-MM-DD, e.g. {flag} 2026-03-31"))
    };
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(bad());
    }
    let number = |range: std::ops::Range<usize>| text[range].parse::<i16>().map_err(|_| bad());
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    if !(1900..=2999).contains(&year) {
        return Err(
            Error::usage(format!("invalid {flag} {text:?}: year out of range"))
                .with_hint("use a year between 1900 and 2999"),
        );
    }
    Date::new(year, month as i8, day as i8).map_err(|_| {
        Error::usage(format!("invalid {flag} {text:?}: no such day"))
            .with_hint(format!("check the month and day, e.g. {flag} 2026-02-28"))
    })
}

/// Parses `--date` for a period: `YYYY-MM-DD`, or `YYYY-Www` (an ISO week) for
/// weekly and `YYYY-MM` for monthly reports.
pub fn parse_period_date(frequency: Frequency, text: &str) -> Result<Date, Error> {
    let bytes = text.as_bytes();
    if frequency == Frequency::Weekly
        && bytes.len() == 8
        && bytes[4] == b'-'
        && (bytes[5] == b'W' || bytes[5] == b'w')
    {
        let bad = || {
            Error::usage(format!("invalid --date {text:?}: no such ISO week"))
                .with_hint("write an ISO week as YYYY-Www, e.g. --date 2026-W53")
        };
        let year: i16 = text[..4].parse().map_err(|_| bad())?;
        let week: i8 = text[6..].parse().map_err(|_| bad())?;
        if !(1900..=2999).contains(&year) {
            return Err(bad());
        }
        return ISOWeekDate::new(year, week, Weekday::Monday)
            .map(|w| w.date())
            .map_err(|_| bad());
    }
    if frequency == Frequency::Monthly && bytes.len() == 7 && bytes[4] == b'-' {
        return parse_date("--date", &format!("{text}-01"));
    }
    parse_date("--date", text)
}

/// The report's time zone: a flag, else the profile's `time_zone`, else the
/// system zone.
pub fn time_zone(name: Option<&str>, source: &str) -> Result<TimeZone, Error> {
    match name {
        Some(name) => TimeZone::get(name).map_err(|_| {
            Error::usage(format!("unknown time zone {name:?} ({source})"))
                .with_hint("use an IANA name such as Europe/Berlin or UTC")
        }),
        None => Ok(TimeZone::system()),
    }
}

/// A time zone's display name (IANA name when it has one).
pub fn zone_name(tz: &TimeZone) -> String {
    tz.iana_name()
        .map_or_else(|| "local".to_owned(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn tz(name: &str) -> TimeZone {
        TimeZone::get(name).unwrap()
    }

    #[test]
    fn last_complete_periods() {
        let today = date(2026, 3, 4); // a Wednesday
        assert_eq!(
            DateRange::last_complete(Frequency::Daily, today).unwrap(),
            DateRange {
                first: date(2026, 3, 3),
                last: date(2026, 3, 3)
            }
        );
        assert_eq!(
            DateRange::last_complete(Frequency::Weekly, today).unwrap(),
            DateRange {
                first: date(2026, 2, 23),
                last: date(2026, 3, 1)
            }
        );
        assert_eq!(
            DateRange::last_complete(Frequency::Monthly, today).unwrap(),
            DateRange {
                first: date(2026, 2, 1),
                last: date(2026, 2, 28)
            }
        );
        // January: last month is December of the year before.
        assert_eq!(
            DateRange::last_complete(Frequency::Monthly, date(2027, 1, 1)).unwrap(),
            DateRange {
                first: date(2026, 12, 1),
                last: date(2026, 12, 31)
            }
        );
    }

    #[test]
    fn iso_week_53_spans_the_new_year() {
        let week = DateRange::containing(Frequency::Weekly, date(2027, 1, 1)).unwrap();
        assert_eq!(week.first, date(2026, 12, 28));
        assert_eq!(week.last, date(2027, 1, 3));
        assert_eq!(week.first.iso_week_date().week(), 53);
        assert_eq!(
            parse_period_date(Frequency::Weekly, "2026-W53").unwrap(),
            date(2026, 12, 28)
        );
        assert!(parse_period_date(Frequency::Weekly, "2025-W53").is_err());
        // The weekly email sent in the first week of 2027 covers week 53.
        assert_eq!(
            DateRange::last_complete(Frequency::Weekly, date(2027, 1, 6)).unwrap(),
            week
        );
    }

    #[test]
    fn dst_days_are_23_and_25_hours() {
        let berlin = tz("Europe/Berlin");
        let spring = DateRange::containing(Frequency::Daily, date(2026, 3, 29)).unwrap();
        let (from, to) = spring.instants(&berlin).unwrap();
        assert_eq!(to.as_second() - from.as_second(), 23 * 3600);
        assert_eq!(from.to_string(), "2026-03-28T23:00:00Z");
        let autumn = DateRange::containing(Frequency::Daily, date(2026, 10, 25)).unwrap();
        let (from, to) = autumn.instants(&berlin).unwrap();
        assert_eq!(to.as_second() - from.as_second(), 25 * 3600);
        // A month with a DST change starts and ends at local midnight.
        let march = DateRange::containing(Frequency::Monthly, date(2026, 3, 10)).unwrap();
        let (from, to) = march.instants(&berlin).unwrap();
        assert_eq!(from.to_string(), "2026-02-28T23:00:00Z");
        assert_eq!(to.to_string(), "2026-03-31T22:00:00Z");
    }

    #[test]
    fn midnight_in_a_gap_starts_at_the_first_existing_time() {
        // Santiago skips 00:00–01:00 on 2026-09-06.
        let santiago = tz("America/Santiago");
        let start = start_of_day(date(2026, 9, 6), &santiago).unwrap();
        let local = start.to_zoned_datetime(santiago).datetime();
        assert_eq!(local.date(), date(2026, 9, 6));
        assert_eq!(local.hour(), 1);
    }

    #[test]
    fn ranges_are_checked() {
        let a = date(2026, 1, 1);
        assert_eq!(DateRange::between(a, a, false).unwrap().days(), 1);
        assert_eq!(
            DateRange::between(date(2024, 1, 1), date(2024, 12, 31), false)
                .unwrap()
                .days(),
            366
        );
        let err = DateRange::between(date(2026, 2, 1), a, false).unwrap_err();
        assert_eq!(err.exit, crate::error::Exit::Usage);
        let err = DateRange::between(date(2025, 1, 1), date(2026, 1, 2), false).unwrap_err();
        assert!(err.message.contains("367 days"), "{}", err.message);
        assert!(DateRange::between(date(2025, 1, 1), date(2026, 1, 2), true).is_ok());
    }

    #[test]
    fn dates_are_strict_iso() {
        assert_eq!(
            parse_date("--from", "2024-02-29").unwrap(),
            date(2024, 2, 29)
        );
        for bad in [
            "2026-02-30",
            "2025-02-29",
            "2026-13-01",
            "2026-1-01",
            "01/02/2026",
            "2026-01-01T00:00",
            "",
            "yesterday",
            "0000-01-01",
        ] {
            let err = parse_date("--from", bad).unwrap_err();
            assert_eq!(err.exit, crate::error::Exit::Usage, "{bad}");
            assert!(err.hint.is_some());
        }
        assert_eq!(
            parse_period_date(Frequency::Monthly, "2026-02").unwrap(),
            date(2026, 2, 1)
        );
        assert!(parse_period_date(Frequency::Daily, "2026-02").is_err());
    }

    #[test]
    fn epoch_days_match_jiff() {
        for d in [date(1970, 1, 1), date(2000, 2, 29), date(2026, 12, 31)] {
            let seconds = d
                .to_zoned_datetime(TimeZone::UTC)
                .unwrap()
                .timestamp()
                .as_second();
            assert_eq!(epoch_day(d), seconds / 86_400);
        }
    }
}
