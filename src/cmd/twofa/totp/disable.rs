//! `teliqon 2fa totp disable`.

use super::code_from;
use crate::cmd::twofa::{code_error, print_after_change};
use crate::context::Context;
use crate::error::Error;
use crate::output::Format;
use clap::Args;

#[derive(Debug, Args)]
pub struct DisableArgs {
    /// A current 6-digit code from the authenticator app (asked for when absent)
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
}

pub async fn run(ctx: &Context, args: DisableArgs) -> Result<(), Error> {
    ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    if let Some(code) = &args.code {
        // Catch a malformed code before any request.
        crate::totp_check::parse_code(code).map_err(|e| e.context("--code"))?;
    }
    let client = ctx.client().await?;
    let current = client.two_factor().await?;
    if !current.totp {
        ctx.io.note("TOTP is already off; nothing to do.");
        return print_after_change(ctx, current);
    }
    let code = code_from(
        ctx,
        args.code.as_deref(),
        "6-digit code from the authenticator app",
    )?;
    let state = client
        .disable_totp(&code)
        .await
        .map_err(|e| code_error(e).context("TOTP stays on"))?;
    ctx.io.note("TOTP is off.");
    print_after_change(ctx, state)
}
