//! One file per Settings section; [`router`] puts every path of `api::paths::ALL` together.

mod balance;
mod billings;
mod notifications;
mod reports;
mod settings;
mod two_factor;

use super::Ctx;
use super::errors;
use crate::api::paths;
use axum::Router;
use axum::routing::{get, post, put};

/// The contract's endpoints, with envelope answers for unknown paths and wrong methods.
pub fn router() -> Router<Ctx> {
    Router::new()
        .route(paths::API_SETTINGS, get(settings::api))
        .route(paths::ACCOUNT, get(settings::account))
        .route(paths::TWO_FACTOR, get(two_factor::state))
        .route(paths::TWO_FACTOR_EMAIL, put(two_factor::email))
        .route(paths::TOTP_ENROLMENT, post(two_factor::enrol))
        .route(paths::TOTP_CONFIRM, post(two_factor::confirm))
        .route(paths::TOTP_DISABLE, post(two_factor::disable))
        .route(
            paths::NOTIFICATIONS,
            get(notifications::show).patch(notifications::change),
        )
        .route(
            paths::LOW_BALANCE_LIMIT,
            get(balance::low_limit).put(balance::set_low_limit),
        )
        .route(
            paths::SPENDING_REPORTS,
            get(reports::show).patch(reports::change),
        )
        .route(paths::BALANCES, get(balance::balances))
        .route(paths::BILLINGS_VOICE, get(billings::voice))
        .route(paths::BILLINGS_ADDITIONAL, get(billings::additional))
        .fallback(errors::not_found)
        .method_not_allowed_fallback(errors::method_not_allowed)
}
