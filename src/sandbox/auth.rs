//! The access-token check in front of every endpoint.

use super::Ctx;
use super::errors::ApiFailure;
use super::state::State as Stored;
use crate::api::{AUTH_HEADER, ErrorCode};
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

/// Middleware: loads the state (seeing other processes' writes), checks `X-Access-Token`
/// against it, and hands the loaded state to the handler as a [`Snapshot`].
pub async fn require_token(State(ctx): State<Ctx>, mut request: Request, next: Next) -> Response {
    let state = match ctx.store.read().await {
        Ok(state) => state,
        Err(failure) => return failure.into_response(),
    };
    let given = request.headers().get(AUTH_HEADER).map(|v| v.as_bytes());
    match given {
        None => {
            return ApiFailure::new(
                ErrorCode::Unauthorized,
                format!("missing {AUTH_HEADER} header"),
            )
            .into_response();
        }
        Some(given) if !same(given, state.token.as_bytes()) => {
            return ApiFailure::new(ErrorCode::Unauthorized, "the access token is not valid")
                .into_response();
        }
        Some(_) => {}
    }
    request.extensions_mut().insert(Snapshot(Arc::new(state)));
    next.run(request).await
}

/// Compares without stopping at the first difference.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The state as loaded for this request (for reads; writes go through `Store::update`).
#[derive(Debug, Clone)]
pub struct Snapshot(pub Arc<Stored>);

impl<S: Send + Sync> FromRequestParts<S> for Snapshot {
    type Rejection = ApiFailure;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, ApiFailure> {
        parts
            .extensions
            .get::<Snapshot>()
            .cloned()
            .ok_or_else(|| ApiFailure::internal("request state not loaded"))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn compares_tokens() {
        assert!(super::same(b"tq_abc", b"tq_abc"));
        assert!(!super::same(b"tq_abc", b"tq_abd"));
        assert!(!super::same(b"tq_ab", b"tq_abc"));
        assert!(!super::same(b"", b"x"));
    }
}
