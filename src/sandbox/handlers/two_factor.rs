//! Two Factor Authentication: email on/off, TOTP enrolment, confirmation and disabling.

use crate::api::{EmailTwoFactor, ErrorCode, TotpCode, TotpEnrolment, TwoFactor};
use crate::sandbox::Ctx;
use crate::sandbox::auth::Snapshot;
use crate::sandbox::errors::{ApiFailure, ApiResult, EmptyBody, JsonBody, NoQuery, ok};
use crate::sandbox::state::{PendingEnrolment, State as Stored};
use crate::sandbox::totp;
use axum::extract::State;

fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

fn view(state: &Stored, now: jiff::Timestamp) -> TwoFactor {
    let two = &state.two_factor;
    TwoFactor {
        email: two.email,
        totp: two.totp,
        totp_pending: !two.totp && two.pending.as_ref().is_some_and(|p| p.expires_at > now),
    }
}

pub async fn state(Snapshot(state): Snapshot, _: NoQuery) -> ApiResult {
    Ok(ok(view(&state, now())))
}

pub async fn email(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(body): JsonBody<EmailTwoFactor>,
) -> ApiResult {
    let answer = ctx
        .store
        .update(move |state| {
            state.two_factor.email = body.enabled;
            Ok(view(state, now()))
        })
        .await?;
    Ok(ok(answer))
}

pub async fn enrol(State(ctx): State<Ctx>, _: NoQuery, _: EmptyBody) -> ApiResult {
    let secret = totp::new_secret()?;
    let answer = ctx
        .store
        .update(move |state| {
            if state.two_factor.totp {
                return Err(ApiFailure::conflict(
                    "TOTP is already on; disable it before enrolling again",
                ));
            }
            let expires_at = now()
                .checked_add(jiff::SignedDuration::from_secs(totp::ENROLMENT_SECONDS))
                .map_err(|e| ApiFailure::internal(format!("cannot compute the expiry: {e}")))?;
            let otpauth_uri = totp::otpauth_uri(&secret, &state.account.email);
            state.two_factor.pending = Some(PendingEnrolment {
                secret: secret.clone(),
                expires_at,
            });
            Ok(TotpEnrolment {
                secret,
                otpauth_uri,
                expires_at,
            })
        })
        .await?;
    Ok(ok(answer))
}

fn unix_now() -> u64 {
    u64::try_from(now().as_second()).unwrap_or(0)
}

pub async fn confirm(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(body): JsonBody<TotpCode>,
) -> ApiResult {
    totp::check_format(&body.code)?;
    let answer = ctx
        .store
        .update(move |state| {
            let now = now();
            if state.two_factor.totp {
                return Err(ApiFailure::conflict("TOTP is already on"));
            }
            let Some(pending) = state.two_factor.pending.clone() else {
                return Err(ApiFailure::conflict(
                    "no TOTP enrolment is pending; start one first",
                ));
            };
            if pending.expires_at <= now {
                return Err(ApiFailure::conflict(
                    "the TOTP enrolment has expired; start a new one",
                ));
            }
            if !totp::verify(&pending.secret, &body.code, unix_now())? {
                return Err(ApiFailure::new(
                    ErrorCode::InvalidCode,
                    "the code does not match the pending enrolment",
                ));
            }
            state.two_factor.totp = true;
            state.two_factor.totp_secret = Some(pending.secret);
            state.two_factor.pending = None;
            Ok(view(state, now))
        })
        .await?;
    Ok(ok(answer))
}

pub async fn disable(
    State(ctx): State<Ctx>,
    _: NoQuery,
    JsonBody(body): JsonBody<TotpCode>,
) -> ApiResult {
    totp::check_format(&body.code)?;
    let answer = ctx
        .store
        .update(move |state| {
            let secret = match (&state.two_factor.totp, &state.two_factor.totp_secret) {
                (true, Some(secret)) => secret.clone(),
                _ => return Err(ApiFailure::conflict("TOTP is not on")),
            };
            if !totp::verify(&secret, &body.code, unix_now())? {
                return Err(ApiFailure::new(
                    ErrorCode::InvalidCode,
                    "the code is not valid",
                ));
            }
            state.two_factor.totp = false;
            state.two_factor.totp_secret = None;
            Ok(view(state, now()))
        })
        .await?;
    Ok(ok(answer))
}
