//! Spending report schedule (email only).

use crate::api::SpendingReportsPatch;
use crate::sandbox::Ctx;
use crate::sandbox::auth::Snapshot;
use crate::sandbox::errors::{ApiFailure, ApiResult, JsonBody, NoQuery, ok};
use axum::extract::State;

pub async fn show(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    Ok(ok(state.spending_reports))
}

pub async fn change(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(patch): JsonBody<SpendingReportsPatch>,
) -> ApiResult {
    if patch.is_empty() {
        return Err(ApiFailure::invalid(
            "the patch changes nothing; give at least one of daily, weekly, monthly",
        ));
    }
    let answer = ctx
        .store
        .update(move |state| {
            state.spending_reports = patch.applied_to(state.spending_reports);
            Ok(state.spending_reports)
        })
        .await?;
    Ok(ok(answer))
}
