//! `teliqon reports print`: the spending report of a period, as the email
//! holds it (Additional balance and Voice balance tables).

use crate::context::Context;
use crate::error::Error;
use crate::output::report::{Which, print_report};
use crate::report::period::{self, DateRange, Frequency, parse_date, parse_period_date};
use clap::{Args, ValueEnum};
use jiff::tz::TimeZone;

/// How rows are split.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GroupBy {
    /// One row per day and service/destination
    Day,
}

#[derive(Debug, Args)]
pub struct PrintArgs {
    /// The report of the last complete day, ISO week (Monday to Sunday) or calendar month
    #[arg(
        long,
        value_enum,
        value_name = "FREQUENCY",
        required_unless_present_any = ["from", "to"],
        conflicts_with_all = ["from", "to"]
    )]
    pub period: Option<Frequency>,

    /// With --period: report the day, week or month holding DATE instead
    /// (YYYY-MM-DD; also YYYY-Www for a week, YYYY-MM for a month)
    #[arg(long, value_name = "DATE", requires = "period")]
    pub date: Option<String>,

    /// First day of the range, included (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "to")]
    pub from: Option<String>,

    /// Last day of the range, included (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", requires = "from")]
    pub to: Option<String>,

    /// Allow a --from/--to range longer than 366 days
    #[arg(long)]
    pub force: bool,

    /// Split the rows of both tables per day
    #[arg(long, value_enum, value_name = "UNIT")]
    pub group_by: Option<GroupBy>,

    /// Print only one of the two tables (for -o csv: one table per file)
    #[arg(long, value_enum, value_name = "TABLE")]
    pub table: Option<Which>,

    /// Time zone of the dates, an IANA name [default: the profile's time_zone, else the local zone]
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
}

/// The time zone for dates: `--time-zone`, else the profile's `time_zone`,
/// else the system's.
pub fn time_zone(ctx: &Context, flag: Option<&str>) -> Result<TimeZone, Error> {
    if let Some(name) = flag {
        return period::time_zone(Some(name), "--time-zone");
    }
    let profile = ctx.profile()?;
    let configured = ctx
        .config()?
        .profile(profile)
        .and_then(|p| p.time_zone.clone());
    let source = format!("profiles.{profile}.time_zone in the config");
    period::time_zone(configured.as_deref(), &source)
}

/// Today's date in `tz`.
pub fn today(tz: &TimeZone) -> jiff::civil::Date {
    tz.to_datetime(jiff::Timestamp::now()).date()
}

/// The dates the flags ask for.
fn range(args: &PrintArgs, tz: &TimeZone) -> Result<DateRange, Error> {
    match (args.period, &args.from, &args.to) {
        (Some(frequency), _, _) => match &args.date {
            Some(text) => DateRange::containing(frequency, parse_period_date(frequency, text)?),
            None => DateRange::last_complete(frequency, today(tz)),
        },
        (None, Some(from), Some(to)) => DateRange::between(
            parse_date("--from", from)?,
            parse_date("--to", to)?,
            args.force,
        ),
        _ => Err(Error::usage("no period given")
            .with_hint("pass --period daily|weekly|monthly, or --from DATE --to DATE")),
    }
}

pub async fn run(ctx: &Context, args: PrintArgs) -> Result<(), Error> {
    let format = ctx.format();
    format.expect_one_of(&[
        crate::output::Format::Table,
        crate::output::Format::Json,
        crate::output::Format::Csv,
    ])?;
    let tz = time_zone(ctx, args.time_zone.as_deref())?;
    let range = range(&args, &tz)?;
    let by_day = args.group_by == Some(GroupBy::Day);
    let client = ctx.client().await?;
    let report = crate::report::build(client, &ctx.io, range, tz.clone(), by_day).await?;
    if report.is_empty() {
        ctx.io.note(&format!(
            "note: no billings from {} to {} ({}); the totals are zero",
            range.first,
            range.last,
            period::zone_name(&tz)
        ));
    } else if range.last >= today(&tz) {
        ctx.io.note(&format!(
            "note: the period ends on {}, so it is not complete yet",
            range.last
        ));
    }
    print_report(&ctx.io, format, &report, args.table)
}
