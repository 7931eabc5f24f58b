//! `teliqon 2fa email on|off`.

use super::print_after_change;
use crate::change::OnOffParser;
use crate::context::Context;
use crate::error::Error;
use crate::output::Format;
use clap::Args;

#[derive(Debug, Args)]
pub struct EmailArgs {
    /// `on` to email about sign-in attempts, `off` to stop (also true/false, yes/no, 1/0)
    #[arg(value_parser = OnOffParser, value_name = "on|off", action = clap::ArgAction::Set)]
    pub state: bool,
}

pub async fn run(ctx: &Context, args: EmailArgs) -> Result<(), Error> {
    ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let enabled = args.state;
    let state = ctx.client().await?.set_email_two_factor(enabled).await?;
    ctx.io.note(&format!(
        "Email two-factor authentication is {}.",
        if state.email { "on" } else { "off" }
    ));
    print_after_change(ctx, state)
}
