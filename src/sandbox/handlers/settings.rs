//! API Settings (read only) and the account behind the token.

use crate::api::{Account, ApiSettings};
use crate::sandbox::Ctx;
use crate::sandbox::auth::Snapshot;
use crate::sandbox::errors::{ApiResult, NoQuery, ok};
use axum::extract::State;

pub async fn api(State(ctx): State<Ctx>, Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    Ok(ok(ApiSettings {
        api_url: ctx.base_url.to_string(),
        access_token: state.token.clone(),
    }))
}

pub async fn account(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    let account: &Account = &state.account;
    Ok(ok(account))
}
