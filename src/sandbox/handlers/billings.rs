//! Voice and additional billings: filters, paging, generated rows.

use crate::api::{BillingKind, BillingQuery, Money};
use crate::sandbox::auth::Snapshot;
use crate::sandbox::billings::{Filter, Generator, page};
use crate::sandbox::errors::{ApiFailure, ApiResult, ok};
use axum::extract::Query;
use axum::extract::rejection::QueryRejection;
use serde::Deserialize;

/// The query string: like [`BillingQuery`], but unknown parameters are refused.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Params {
    from: Option<jiff::Timestamp>,
    to: Option<jiff::Timestamp>,
    search: Option<String>,
    min_net: Option<Money>,
    max_net: Option<Money>,
    min_total: Option<Money>,
    max_total: Option<Money>,
    page: Option<u32>,
    page_size: Option<u32>,
}

impl From<Params> for BillingQuery {
    fn from(p: Params) -> BillingQuery {
        BillingQuery {
            from: p.from,
            to: p.to,
            search: p.search,
            min_net: p.min_net,
            max_net: p.max_net,
            min_total: p.min_total,
            max_total: p.max_total,
            page: p.page,
            page_size: p.page_size,
        }
    }
}

fn query(params: Result<Query<Params>, QueryRejection>) -> Result<Filter, ApiFailure> {
    let Query(params) = params.map_err(|rejection| {
        let text = rejection.body_text();
        let detail = text
            .strip_prefix("Failed to deserialize query string: ")
            .unwrap_or(&text);
        ApiFailure::invalid(format!("invalid query parameters: {detail}"))
    })?;
    Filter::new(&params.into(), jiff::Timestamp::now())
}

async fn answer(state: Snapshot, kind: BillingKind, filter: Filter) -> ApiResult {
    // A search over many rows is CPU work: keep it off the async threads.
    let joined = tokio::task::spawn_blocking(move || {
        let state = &state.0;
        let currency = state.account.currency.as_str();
        match kind {
            BillingKind::Voice => ok(page(
                &state.billings,
                kind,
                &filter,
                currency,
                Generator::voice,
            )),
            BillingKind::Additional => ok(page(
                &state.billings,
                kind,
                &filter,
                currency,
                Generator::additional,
            )),
        }
    })
    .await;
    joined.map_err(|e| ApiFailure::internal(format!("billing query failed: {e}")))
}

pub async fn voice(state: Snapshot, params: Result<Query<Params>, QueryRejection>) -> ApiResult {
    answer(state, BillingKind::Voice, query(params)?).await
}

pub async fn additional(
    state: Snapshot,
    params: Result<Query<Params>, QueryRejection>,
) -> ApiResult {
    answer(state, BillingKind::Additional, query(params)?).await
}
