//! The low balance limit and the three balances.

use crate::api::{Balances, LowBalanceLimit, LowBalanceLimitUpdate, Money};
use crate::sandbox::Ctx;
use crate::sandbox::auth::Snapshot;
use crate::sandbox::errors::{ApiFailure, ApiResult, JsonBody, NoQuery, ok};
use axum::extract::State;

/// Largest low balance limit accepted: 1,000,000.00.
pub const MAX_LOW_LIMIT: Money = Money(100_000_000);

/// Checks a new limit: between 0.00 and [`MAX_LOW_LIMIT`].
pub fn check_limit(amount: Money) -> Result<Money, ApiFailure> {
    if amount.is_negative() || amount > MAX_LOW_LIMIT {
        return Err(ApiFailure::invalid(format!(
            "`amount` must be between 0.00 and {MAX_LOW_LIMIT} (got {amount})"
        )));
    }
    Ok(amount)
}

pub async fn low_limit(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    Ok(ok(LowBalanceLimit {
        amount: state.low_balance_limit,
        currency: state.account.currency.clone(),
    }))
}

pub async fn set_low_limit(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(body): JsonBody<LowBalanceLimitUpdate>,
) -> ApiResult {
    let amount = check_limit(body.amount)?;
    let answer = ctx
        .store
        .update(move |state| {
            state.low_balance_limit = amount;
            Ok(LowBalanceLimit {
                amount,
                currency: state.account.currency.clone(),
            })
        })
        .await?;
    Ok(ok(answer))
}

pub async fn balances(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    let b = state.balances;
    Ok(ok(Balances {
        currency: state.account.currency.clone(),
        voice: b.voice,
        additional: b.additional,
        sms: b.sms,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limit_bounds() {
        assert!(check_limit(Money(0)).is_ok());
        assert!(check_limit(Money(100_000_000)).is_ok());
        assert!(check_limit(Money(100_000_001)).is_err());
        assert!(check_limit(Money(-1)).is_err());
        assert!(check_limit(Money(i64::MAX)).is_err());
        assert!(check_limit(Money(i64::MIN)).is_err());
    }
}
