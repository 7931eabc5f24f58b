//! Spending reports: the period, reading the billings, and the two tables.
//!
//! The report of a period is built from the billings endpoints: every page of
//! both lists is read (bounded concurrency, see [`fetch`]) and folded into
//! per-service and per-destination sums as it arrives (see [`aggregate`]).

pub mod aggregate;
pub mod fetch;
pub mod period;

pub use aggregate::{Aggregator, Report};
pub use period::{DateRange, Frequency};

use crate::api::{AdditionalBilling, BillingQuery, MAX_PAGE_SIZE, VoiceBilling};
use crate::client::Client;
use crate::error::Error;
use crate::io::Io;
use fetch::{Progress, first_page, read_list};
use jiff::tz::TimeZone;
use std::cell::RefCell;
use tokio::sync::Semaphore;

/// Reads every billing of `range` in `tz` and sums them into a report.
pub async fn build(
    client: &Client,
    io: &Io,
    range: DateRange,
    tz: TimeZone,
    by_day: bool,
) -> Result<Report, Error> {
    let aggregator = Aggregator::new(range, tz, by_day)?;
    let (from, to) = aggregator.window();
    let query = BillingQuery {
        from: Some(from),
        to: Some(to),
        ..BillingQuery::default()
    };
    let (voice_first, additional_first) = tokio::try_join!(
        first_page::<VoiceBilling>(client, &query, MAX_PAGE_SIZE),
        first_page::<AdditionalBilling>(client, &query, MAX_PAGE_SIZE),
    )?;
    if voice_first.currency != additional_first.currency {
        return Err(Error::network(format!(
            "the API answered voice billings in {} and additional billings in {}",
            voice_first.currency, additional_first.currency
        ))
        .with_hint("the API broke its contract; the report needs one currency"));
    }
    let currency = voice_first.currency.clone();
    let aggregator = RefCell::new(aggregator);
    let progress = Progress::new(io, "Reading billings");
    let permits = Semaphore::new(fetch::MAX_IN_FLIGHT);
    let add_voice = RefCell::new(|_page: u64, rows: Vec<VoiceBilling>| {
        let mut aggregator = aggregator.borrow_mut();
        rows.iter().try_for_each(|row| aggregator.add_voice(row))
    });
    let add_additional = RefCell::new(|_page: u64, rows: Vec<AdditionalBilling>| {
        let mut aggregator = aggregator.borrow_mut();
        rows.iter()
            .try_for_each(|row| aggregator.add_additional(row))
    });
    let result = tokio::try_join!(
        read_list(
            client,
            &query,
            MAX_PAGE_SIZE,
            voice_first,
            None,
            &permits,
            &progress,
            &add_voice
        ),
        read_list(
            client,
            &query,
            MAX_PAGE_SIZE,
            additional_first,
            None,
            &permits,
            &progress,
            &add_additional
        ),
    );
    progress.finish();
    result?;
    aggregator.into_inner().finish(currency)
}
