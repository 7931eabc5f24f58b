//! Reading every page of a billings list: concurrently but bounded, checked
//! against the server's `total`, handed to a callback as each page arrives.
//!
//! The first page of a list tells the row count; the remaining pages are
//! shared among a few workers that each hold at most one request in flight,
//! and a semaphore caps the requests of all lists together. Workers borrow
//! the client and the callback (they run on the command's task, no spawning),
//! so a page is folded in and dropped before the next one is read.
//!
//! Every page is checked: the same `total` as the first, the exact number of
//! rows it must hold, and rows strictly in the contract's order (newest first,
//! then id descending) within and across pages. With the final count equal to
//! `total`, no row was dropped or read twice.

use crate::api::{AdditionalBilling, BillingKind, BillingPage, BillingQuery, VoiceBilling};
use crate::client::{Client, ClientError};
use crate::error::Error;
use crate::io::Io;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use jiff::Timestamp;
use serde::de::DeserializeOwned;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::Poll;
use std::time::{Duration, Instant};
use tokio::sync::Semaphore;

/// Requests in flight at most, over all lists being read.
pub const MAX_IN_FLIGHT: usize = 6;

/// A billing row of either kind.
pub trait Row: DeserializeOwned + Sized {
    const KIND: BillingKind;
    /// Sort key: rows come newest first, then by id descending.
    fn key(&self) -> Key;
    /// `GET` one page of this kind.
    fn fetch(
        client: &Client,
        query: &BillingQuery,
    ) -> impl Future<Output = Result<BillingPage<Self>, ClientError>>;
}

impl Row for VoiceBilling {
    const KIND: BillingKind = BillingKind::Voice;
    fn key(&self) -> (Timestamp, u64) {
        (self.timestamp, self.id)
    }
    async fn fetch(
        client: &Client,
        query: &BillingQuery,
    ) -> Result<BillingPage<Self>, ClientError> {
        client.voice_billings(query).await
    }
}

impl Row for AdditionalBilling {
    const KIND: BillingKind = BillingKind::Additional;
    fn key(&self) -> (Timestamp, u64) {
        (self.timestamp, self.id)
    }
    async fn fetch(
        client: &Client,
        query: &BillingQuery,
    ) -> Result<BillingPage<Self>, ClientError> {
        client.additional_billings(query).await
    }
}

/// Pages needed for `rows` rows at `page_size`.
pub fn page_count(rows: u64, page_size: u32) -> u64 {
    rows.div_ceil(u64::from(page_size.max(1)))
}

/// A progress bar on stderr, shown only on a terminal, without `--quiet`,
/// and only once reading has taken longer than a moment.
pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    allowed: bool,
    shown: Cell<bool>,
}

/// How long reading runs before a progress bar appears.
const PROGRESS_DELAY: Duration = Duration::from_millis(400);

impl Progress {
    pub fn new(io: &Io, message: &'static str) -> Progress {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        if let Ok(style) =
            ProgressStyle::with_template("{msg} [{bar:30}] {human_pos}/{human_len} rows ({eta})")
        {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(message);
        Progress {
            bar,
            started: Instant::now(),
            allowed: io.stderr_is_tty && !io.quiet,
            shown: Cell::new(false),
        }
    }

    /// Adds to the number of rows expected.
    pub fn expect(&self, rows: u64) {
        self.bar.inc_length(rows);
    }

    /// Counts rows read; shows the bar once the delay has passed.
    pub fn advance(&self, rows: u64) {
        self.bar.inc(rows);
        if self.allowed && !self.shown.get() && self.started.elapsed() >= PROGRESS_DELAY {
            self.shown.set(true);
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    /// Removes the bar (if it was shown).
    pub fn finish(&self) {
        if self.shown.get() {
            self.bar.finish_and_clear();
        }
    }
}

/// A row's sort key: timestamp, then id.
pub type Key = (Timestamp, u64);
/// First and last key of a page that was read.
type Bounds = Option<(Key, Key)>;
/// One worker of [`try_join_all`].
pub type Job<'a> = Pin<Box<dyn Future<Output = Result<(), Error>> + 'a>>;

/// What the first page of a list told.
#[derive(Debug, Clone)]
pub struct Head {
    pub total: u64,
    pub currency: String,
}

/// The checks on the pages of one list.
struct Checker {
    kind: BillingKind,
    total: u64,
    page_size: u32,
    /// Last page that will be read (may be fewer than all with a limit).
    last_page: u64,
    /// First and last key of each page read (index = page − 1).
    bounds: Vec<Bounds>,
    rows: u64,
}

impl Checker {
    fn new(kind: BillingKind, total: u64, page_size: u32, last_page: u64) -> Checker {
        Checker {
            kind,
            total,
            page_size,
            last_page,
            bounds: vec![None; usize::try_from(last_page).unwrap_or(0)],
            rows: 0,
        }
    }

    fn broken(&self, what: String) -> Error {
        Error::network(format!(
            "the {} billings changed or were answered inconsistently while reading: {what}",
            self.kind.as_str()
        ))
        .with_hint("run the command again; for a period that ends in the future, new charges can move rows between pages")
    }

    fn check<R: Row>(&mut self, page: u64, answer: &BillingPage<R>) -> Result<(), Error> {
        if answer.total != self.total {
            return Err(self.broken(format!(
                "page {page} says {} rows, page 1 said {}",
                answer.total, self.total
            )));
        }
        if u64::from(answer.page) != page {
            return Err(self.broken(format!("asked for page {page}, got page {}", answer.page)));
        }
        let before = (page - 1) * u64::from(self.page_size);
        let expected = self
            .total
            .saturating_sub(before)
            .min(u64::from(self.page_size));
        if answer.rows.len() as u64 != expected {
            return Err(self.broken(format!(
                "page {page} holds {} rows instead of {expected}",
                answer.rows.len()
            )));
        }
        for pair in answer.rows.windows(2) {
            if pair[0].key() <= pair[1].key() {
                return Err(self.broken(format!(
                    "rows of page {page} are not newest first (id {} before id {})",
                    pair[0].key().1,
                    pair[1].key().1
                )));
            }
        }
        if let (Some(first), Some(last)) = (answer.rows.first(), answer.rows.last()) {
            let index = usize::try_from(page - 1).unwrap_or(usize::MAX);
            if let Some(slot) = self.bounds.get_mut(index) {
                *slot = Some((first.key(), last.key()));
            }
            let neighbour_ok = |a: Option<&Bounds>, b: Option<&Bounds>| match (a, b) {
                (Some(Some((_, a_last))), Some(Some((b_first, _)))) => a_last > b_first,
                _ => true,
            };
            let prev = index.checked_sub(1).and_then(|i| self.bounds.get(i));
            let this = self.bounds.get(index);
            let next = self.bounds.get(index + 1);
            if !neighbour_ok(prev, this) || !neighbour_ok(this, next) {
                return Err(self.broken(format!(
                    "page {page} overlaps a neighbouring page (rows doubled or reordered)"
                )));
            }
        }
        self.rows += expected;
        Ok(())
    }

    fn finish(&self, limit: Option<u64>) -> Result<(), Error> {
        let expected = limit.map_or(self.total, |l| l.min(self.total));
        let read_all = self.rows >= expected;
        let covered = self.rows == (self.last_page * u64::from(self.page_size)).min(self.total);
        if !read_all || !covered {
            return Err(self.broken(format!(
                "read {} rows, the API counts {}",
                self.rows, self.total
            )));
        }
        Ok(())
    }
}

/// Reads page 1 of a list.
pub async fn first_page<R: Row>(
    client: &Client,
    query: &BillingQuery,
    page_size: u32,
) -> Result<BillingPage<R>, Error> {
    let query = BillingQuery {
        page: Some(1),
        page_size: Some(page_size),
        ..query.clone()
    };
    Ok(R::fetch(client, &query).await?)
}

/// Reads a whole list given its page 1 (`first`), calling `on_page(page, rows)`
/// for every page, page 1 first, the others in whatever order they arrive.
/// `limit` stops after the pages that hold the first `limit` rows.
#[allow(clippy::too_many_arguments)]
pub async fn read_list<R, F>(
    client: &Client,
    query: &BillingQuery,
    page_size: u32,
    first: BillingPage<R>,
    limit: Option<u64>,
    permits: &Semaphore,
    progress: &Progress,
    on_page: &RefCell<F>,
) -> Result<Head, Error>
where
    R: Row,
    F: FnMut(u64, Vec<R>) -> Result<(), Error>,
{
    let total = first.total;
    let wanted = limit.map_or(total, |l| l.min(total));
    let last_page = page_count(wanted, page_size).max(1);
    let head = Head {
        total,
        currency: first.currency.clone(),
    };
    let checker = RefCell::new(Checker::new(R::KIND, total, page_size, last_page));
    progress.expect(wanted);
    checker.borrow_mut().check(1, &first)?;
    progress.advance(first.rows.len() as u64);
    (on_page.borrow_mut())(1, first.rows)?;

    let next = Cell::new(2u64);
    let worker = || async {
        loop {
            let page = next.get();
            if page > last_page {
                return Ok::<(), Error>(());
            }
            next.set(page + 1);
            let answer = {
                let _permit = permits
                    .acquire()
                    .await
                    .map_err(|_| Error::failure("the request limiter closed"))?;
                let query = BillingQuery {
                    page: Some(u32::try_from(page).map_err(|_| {
                        Error::failure("too many pages").with_hint("pick a shorter period")
                    })?),
                    page_size: Some(page_size),
                    ..query.clone()
                };
                R::fetch(client, &query).await?
            };
            checker.borrow_mut().check(page, &answer)?;
            progress.advance(answer.rows.len() as u64);
            (on_page.borrow_mut())(page, answer.rows)?;
        }
    };
    let workers = usize::try_from(last_page - 1)
        .unwrap_or(usize::MAX)
        .min(MAX_IN_FLIGHT);
    let futures: Vec<Job<'_>> = (0..workers).map(|_| Box::pin(worker()) as _).collect();
    try_join_all(futures).await?;
    checker.borrow().finish(limit)?;
    Ok(head)
}

/// Polls every future until all succeed or one fails (the rest are dropped,
/// which cancels their requests). A futures-free `try_join_all` for a handful.
pub async fn try_join_all<'a>(futures: Vec<Job<'a>>) -> Result<(), Error> {
    let mut slots: Vec<Option<Job<'a>>> = futures.into_iter().map(Some).collect();
    std::future::poll_fn(move |cx| {
        let mut pending = false;
        for slot in &mut slots {
            if let Some(future) = slot {
                match future.as_mut().poll(cx) {
                    Poll::Ready(Ok(())) => *slot = None,
                    Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                    Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            Poll::Pending
        } else {
            Poll::Ready(Ok(()))
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Money;

    fn row(id: u64, second: i64) -> VoiceBilling {
        VoiceBilling {
            id,
            timestamp: Timestamp::from_second(second).unwrap(),
            comment: String::new(),
            destination: "X".into(),
            number: String::new(),
            duration_seconds: 1,
            net: Money(1),
            tax: Money(0),
            total: Money(1),
        }
    }

    fn page(page: u32, ids: &[u64], total: u64) -> BillingPage<VoiceBilling> {
        BillingPage {
            rows: ids.iter().map(|&id| row(id, id as i64 * 10)).collect(),
            total,
            page,
            page_size: 2,
            currency: "EUR".into(),
        }
    }

    #[test]
    fn accepts_consistent_pages_in_any_order() {
        let mut c = Checker::new(BillingKind::Voice, 5, 2, 3);
        c.check(3, &page(3, &[1], 5)).unwrap();
        c.check(1, &page(1, &[5, 4], 5)).unwrap();
        c.check(2, &page(2, &[3, 2], 5)).unwrap();
        c.finish(None).unwrap();
    }

    #[test]
    fn refuses_doubled_dropped_or_shifted_rows() {
        let mut c = Checker::new(BillingKind::Voice, 5, 2, 3);
        c.check(1, &page(1, &[5, 4], 5)).unwrap();
        // Page 2 repeats a row of page 1.
        assert!(c.check(2, &page(2, &[4, 3], 5)).is_err());
        let mut c = Checker::new(BillingKind::Voice, 5, 2, 3);
        // A short page.
        assert!(c.check(2, &page(2, &[3], 5)).is_err());
        // A changed total.
        assert!(c.check(2, &page(2, &[3, 2], 6)).is_err());
        // Out of order within a page.
        assert!(c.check(2, &page(2, &[2, 3], 5)).is_err());
        // Missing pages at the end.
        let mut c = Checker::new(BillingKind::Voice, 5, 2, 3);
        c.check(1, &page(1, &[5, 4], 5)).unwrap();
        assert!(c.finish(None).is_err());
    }

    #[test]
    fn page_counts() {
        assert_eq!(page_count(0, 250), 0);
        assert_eq!(page_count(250, 250), 1);
        assert_eq!(page_count(251, 250), 2);
    }
}
