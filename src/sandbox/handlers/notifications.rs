//! Notification channels of the DID numbers, Balance and Subscriptions events.

use crate::api::NotificationsPatch;
use crate::sandbox::Ctx;
use crate::sandbox::auth::Snapshot;
use crate::sandbox::errors::{ApiFailure, ApiResult, JsonBody, NoQuery, ok};
use axum::extract::State;

pub async fn show(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    Ok(ok(state.notifications))
}

pub async fn change(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(patch): JsonBody<NotificationsPatch>,
) -> ApiResult {
    if patch.is_empty() {
        return Err(ApiFailure::invalid(
            "the patch changes nothing; give at least one channel, e.g. {\"balance\":{\"top_up\":{\"email\":true}}}",
        ));
    }
    let answer = ctx
        .store
        .update(move |state| {
            state.notifications = state.notifications.patched(&patch);
            Ok(state.notifications)
        })
        .await?;
    Ok(ok(answer))
}
