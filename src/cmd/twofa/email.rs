//! `teliqon 2fa email on|off`.

use super::print_after_change;
use crate::context::Context;
use crate::error::Error;
use crate::output::Format;
use clap::{Args, ValueEnum};

#[derive(Debug, Args)]
pub struct EmailArgs {
    /// `on` to email about sign-in attempts, `off` to stop
    #[arg(value_enum)]
    pub state: OnOff,
}

/// A switch position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    /// Turn it on
    On,
    /// Turn it off
    Off,
}

pub async fn run(ctx: &Context, args: EmailArgs) -> Result<(), Error> {
    ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let enabled = args.state == OnOff::On;
    let state = ctx.client().await?.set_email_two_factor(enabled).await?;
    ctx.io.note(&format!(
        "Email two-factor authentication is {}.",
        if state.email { "on" } else { "off" }
    ));
    print_after_change(ctx, state)
}
