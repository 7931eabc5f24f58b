//! `teliqon reports`: the Spending reports section.

mod set;

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
    /// Turn the daily, weekly or monthly spending report email on or off (email only)
    #[command(
        long_about = "Turn the daily, weekly or monthly spending report on or off. Reports are \
delivered by email only; there is no portal channel. Only the flags given change; the schedule is \
printed as it now stands (nothing with --quiet).\n\n\
Examples:\n  teliqon reports set --weekly on --monthly on\n  teliqon reports set --daily off --dry-run"
    )]
    Set(set::SetArgs),
}

pub async fn run(ctx: &Context, command: ReportsCommand) -> Result<(), Error> {
    match command {
        ReportsCommand::Show => {
            let format = ctx.show_format()?;
            let reports = ctx.client().await?.spending_reports().await?;
            print_section(&ctx.io, format, SectionView::Reports(&reports))
        }
        ReportsCommand::Set(args) => set::run(ctx, args).await,
    }
}
