//! `teliqon 2fa totp confirm`.

use super::code_from;
use crate::api::ErrorCode;
use crate::client::ClientError;
use crate::cmd::twofa::{code_error, print_after_change};
use crate::context::Context;
use crate::error::Error;
use crate::output::Format;
use clap::Args;

#[derive(Debug, Args)]
pub struct ConfirmArgs {
    /// The current 6-digit code for the pending enrolment (asked for when absent)
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
}

pub async fn run(ctx: &Context, args: ConfirmArgs) -> Result<(), Error> {
    ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let code = code_from(ctx, args.code.as_deref(), "6-digit code from the app")?;
    let state = ctx
        .client()
        .await?
        .confirm_totp(&code)
        .await
        .map_err(|e| {
            // A conflict (already on, nothing pending) is not a failed attempt.
            let conflict = matches!(&e, ClientError::Rejected { code, .. } if code == ErrorCode::Conflict.as_str());
            let error = code_error(e);
            if conflict { error } else { error.context("TOTP stays off") }
        })?;
    ctx.io
        .note("TOTP is on: signing in now needs a code from the authenticator app.");
    print_after_change(ctx, state)
}
