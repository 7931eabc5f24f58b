//! `teliqon reports`: the Spending reports section.

mod set;

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use clap::Subcommand;

pub mod print;

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
    /// Print the spending report of a period: the Additional balance and Voice balance tables
    #[command(
        long_about = "Print the spending report of a period as the report email holds it: \
\"Additional balance\" (one row per service) and \"Voice balance\" (one row per destination), \
each with a totals row. --period picks the last complete day, ISO week or month; --date another \
one; --from/--to any range of days (both included). Dates are in the profile's time_zone (else the \
local zone). Tables on a terminal; on a pipe, tab-separated lines with the -o csv columns.\n\nExamples:\n  teliqon reports print --period monthly\n  \
teliqon reports print --period weekly --date 2026-W53 -o json\n  \
teliqon reports print --from 2026-01-01 --to 2026-03-31 -o csv --table voice > voice.csv"
    )]
    Print(print::PrintArgs),
}

pub async fn run(ctx: &Context, command: ReportsCommand) -> Result<(), Error> {
    match command {
        ReportsCommand::Show => {
            let format = ctx.show_format()?;
            let reports = ctx.client().await?.spending_reports().await?;
            print_section(&ctx.io, format, SectionView::Reports(&reports))
        }
        ReportsCommand::Set(args) => set::run(ctx, args).await,
        ReportsCommand::Print(args) => print::run(ctx, args).await,
    }
}
