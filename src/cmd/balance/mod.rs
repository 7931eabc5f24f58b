//! `teliqon balance`: the Balance section (`low_limit` with its amount, `top_up`).

mod set;

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::view::BalanceView;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum BalanceCommand {
    /// Show the low balance limit and the channels of its events
    #[command(
        long_about = "Show the channels (email, portal) of \"Low balance limit\" with the limit \
amount, and of \"Balance top-up\".\n\nExamples:\n  teliqon balance show\n  \
teliqon balance show -o json | jq -r .low_limit.amount"
    )]
    Show,
    /// Turn an event's notifications on or off; set the low balance limit amount
    #[command(
        long_about = "Turn the email and/or portal notification of \"Low balance limit\" or \
\"Balance top-up\" on or off, and set the low balance limit amount (--amount, low-limit only). Only \
the flags given change; the section is printed as it now stands (nothing with --quiet).\n\n\
Examples:\n  teliqon balance set low-limit --email on --amount 50.00\n  \
teliqon balance set top-up --portal off\n  teliqon balance set low-limit --amount 25 --dry-run"
    )]
    Set(set::SetArgs),
}

pub async fn run(ctx: &Context, command: BalanceCommand) -> Result<(), Error> {
    match command {
        BalanceCommand::Show => {
            let format = ctx.show_format()?;
            let client = ctx.client().await?;
            let (notifications, limit) =
                tokio::try_join!(client.notifications(), client.low_balance_limit())?;
            let view = BalanceView::new(&notifications, limit);
            print_section(&ctx.io, format, SectionView::Balance(&view))
        }
        BalanceCommand::Set(args) => set::run(ctx, args).await,
    }
}
