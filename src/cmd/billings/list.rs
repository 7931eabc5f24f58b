//! `teliqon billings list`.

use crate::api::{
    AdditionalBilling, BillingKind, BillingQuery, MAX_PAGE_SIZE, MIN_SEARCH_LEN, Money, PAGE_SIZES,
    VoiceBilling,
};
use crate::cmd::reports::print::time_zone;
use crate::context::Context;
use crate::error::Error;
use crate::output::report::{ListPrinter, ListRow};
use crate::report::fetch::{Progress, Row, first_page, read_list};
use crate::report::period::{parse_date, start_of_day};
use clap::{Args, ValueEnum};
use std::cell::RefCell;
use std::collections::BTreeMap;
use tokio::sync::Semaphore;

/// Rows printed when neither --limit nor --all is given.
pub const DEFAULT_LIMIT: u64 = 100;

/// The two lists of the Billings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Kind {
    /// Charges for calls
    Voice,
    /// Deductions for extra services
    Additional,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Which list
    #[arg(long, value_enum, default_value_t = Kind::Voice)]
    pub kind: Kind,

    /// First day, included (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub from: Option<String>,

    /// Last day, included (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    pub to: Option<String>,

    /// Only rows whose comment contains TEXT (at least 2 characters, any case)
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,

    /// Only rows with a net amount of at least AMOUNT (e.g. 0.50)
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money)]
    pub min_net: Option<Money>,

    /// Only rows with a net amount of at most AMOUNT
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money)]
    pub max_net: Option<Money>,

    /// Only rows with a total (tax included) of at least AMOUNT
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money)]
    pub min_total: Option<Money>,

    /// Only rows with a total (tax included) of at most AMOUNT
    #[arg(long, value_name = "AMOUNT", value_parser = parse_money)]
    pub max_total: Option<Money>,

    /// Print at most N rows, 1 to 1,000,000 [default: 100] (--all for every row)
    #[arg(long, value_name = "N", conflicts_with = "all", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub limit: Option<u64>,

    /// Print every matching row
    #[arg(long)]
    pub all: bool,

    /// Time zone of the dates, an IANA name [default: the profile's time_zone, else the local zone]
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
}

fn parse_money(text: &str) -> Result<Money, String> {
    text.parse::<Money>().map_err(|e| e.to_string())
}

fn check_bounds(name: &str, min: Option<Money>, max: Option<Money>) -> Result<(), Error> {
    if let (Some(min), Some(max)) = (min, max)
        && min > max
    {
        return Err(Error::usage(format!(
            "--min-{name} {min} is larger than --max-{name} {max}"
        ))
        .with_hint("swap the two amounts"));
    }
    Ok(())
}

/// The API query the flags ask for (without page and page size).
fn query(args: &ListArgs, tz: &jiff::tz::TimeZone) -> Result<BillingQuery, Error> {
    let from = args
        .from
        .as_deref()
        .map(|text| parse_date("--from", text))
        .transpose()?;
    let to = args
        .to
        .as_deref()
        .map(|text| parse_date("--to", text))
        .transpose()?;
    if let (Some(from), Some(to)) = (from, to)
        && from > to
    {
        return Err(Error::usage(format!("--from {from} is after --to {to}"))
            .with_hint("swap the dates; both days are included"));
    }
    if let Some(search) = &args.search
        && search.chars().count() < MIN_SEARCH_LEN
    {
        return Err(Error::usage(format!(
            "--search needs at least {MIN_SEARCH_LEN} characters"
        ))
        .with_hint("the Billings page searches from the second character on"));
    }
    check_bounds("net", args.min_net, args.max_net)?;
    check_bounds("total", args.min_total, args.max_total)?;
    let to = match to {
        Some(day) => Some(start_of_day(
            day.tomorrow()
                .map_err(|_| Error::usage("--to is out of range"))?,
            tz,
        )?),
        None => None,
    };
    Ok(BillingQuery {
        from: from.map(|day| start_of_day(day, tz)).transpose()?,
        to,
        search: args.search.clone(),
        min_net: args.min_net,
        max_net: args.max_net,
        min_total: args.min_total,
        max_total: args.max_total,
        page: None,
        page_size: None,
    })
}

pub async fn run(ctx: &Context, args: ListArgs) -> Result<(), Error> {
    let format = ctx.format();
    format.expect_one_of(&[
        crate::output::Format::Table,
        crate::output::Format::Json,
        crate::output::Format::Csv,
    ])?;
    let tz = time_zone(ctx, args.time_zone.as_deref())?;
    let query = query(&args, &tz)?;
    let limit = if args.all {
        None
    } else {
        Some(args.limit.unwrap_or(DEFAULT_LIMIT))
    };
    let client = ctx.client().await?;
    match args.kind {
        Kind::Voice => list::<VoiceBilling>(ctx, client, &query, limit, tz).await,
        Kind::Additional => list::<AdditionalBilling>(ctx, client, &query, limit, tz).await,
    }
}

/// Smallest page size that holds `limit` rows in one page (else the largest).
fn page_size_for(limit: Option<u64>) -> u32 {
    limit
        .and_then(|l| PAGE_SIZES.iter().copied().find(|&s| u64::from(s) >= l))
        .unwrap_or(MAX_PAGE_SIZE)
}

async fn list<R: Row + ListRow>(
    ctx: &Context,
    client: &crate::client::Client,
    query: &BillingQuery,
    limit: Option<u64>,
    tz: jiff::tz::TimeZone,
) -> Result<(), Error> {
    let page_size = page_size_for(limit);
    let first = first_page::<R>(client, query, page_size).await?;
    let total = first.total;
    let printer = RefCell::new(ListPrinter::<R>::new(
        &ctx.io,
        ctx.format(),
        tz,
        first.currency.clone(),
    )?);
    let wanted = limit.map_or(total, |l| l.min(total));
    // Pages arrive in any order; print them in list order.
    let state = RefCell::new((1u64, 0u64, BTreeMap::<u64, Vec<R>>::new()));
    let on_page = RefCell::new(|page: u64, rows: Vec<R>| {
        let mut state = state.borrow_mut();
        let (next, printed, waiting) = &mut *state;
        waiting.insert(page, rows);
        while let Some(mut rows) = waiting.remove(next) {
            let room = usize::try_from(wanted - *printed).unwrap_or(usize::MAX);
            rows.truncate(room);
            *printed += rows.len() as u64;
            printer.borrow_mut().rows(rows)?;
            *next += 1;
        }
        Ok(())
    });
    let progress = Progress::new(&ctx.io, "Reading billings");
    let permits = Semaphore::new(crate::report::fetch::MAX_IN_FLIGHT);
    let result = read_list(
        client, query, page_size, first, limit, &permits, &progress, &on_page,
    )
    .await;
    progress.finish();
    result?;
    printer.into_inner().finish()?;
    let kind = match R::KIND {
        BillingKind::Voice => "voice",
        BillingKind::Additional => "additional",
    };
    if total == 0 {
        ctx.io.note(&format!("note: no {kind} billings match"));
    } else if wanted < total {
        ctx.io.note(&format!(
            "note: showing the newest {wanted} of {total} {kind} billings; use --limit N or --all for more"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_size_fits_the_limit() {
        assert_eq!(page_size_for(Some(1)), 10);
        assert_eq!(page_size_for(Some(25)), 25);
        assert_eq!(page_size_for(Some(100)), 100);
        assert_eq!(page_size_for(Some(101)), 250);
        assert_eq!(page_size_for(None), 250);
    }
}
