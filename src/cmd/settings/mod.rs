//! `teliqon settings`: the whole Settings page.

mod show;

use crate::context::Context;
use crate::error::Error;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show all six sections of the Settings page
    #[command(
        long_about = "Show all six sections of the Settings page: API settings (token masked), \
two-factor authentication, DID numbers, balance, subscriptions and spending reports.\n\n\
Sections are fetched concurrently.\n\n\
Examples:\n  teliqon settings show\n  teliqon settings show -o json | jq .balance.low_limit\n  \
teliqon --sandbox settings show"
    )]
    Show,
}

pub async fn run(ctx: &Context, command: SettingsCommand) -> Result<(), Error> {
    match command {
        SettingsCommand::Show => show::run(ctx).await,
    }
}
