//! `teliqon reports`: the Spending reports section.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum ReportsCommand {
    /// Show which spending report emails are on (daily, weekly, monthly)
    #[command(
        long_about = "Show which spending report emails are on. Reports are sent by email only.\n\n\
Examples:\n  teliqon reports show\n  teliqon reports show -o json"
    )]
    Show,
}

pub async fn run(ctx: &Context, command: ReportsCommand) -> Result<(), Error> {
    match command {
        ReportsCommand::Show => {
            let reports = ctx.client().await?.spending_reports().await?;
            print_section(&ctx.io, ctx.format(), SectionView::Reports(&reports))
        }
    }
}
