//! `teliqon subscriptions`: the Subscriptions section (`expiring`, `billing`).

mod set;

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::view::SubscriptionsView;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCommand {
    /// Show the channels of "Subscriptions expiring" and "Subscriptions billing"
    #[command(
        long_about = "Show the channels (email, portal) of the events \"Subscriptions expiring\" \
and \"Subscriptions billing\".\n\nExamples:\n  teliqon subscriptions show\n  teliqon subscriptions show -o json"
    )]
    Show,
    /// Turn the email or portal notification of an event on or off
    #[command(
        long_about = "Turn the email and/or portal notification of \"Subscriptions expiring\" or \
\"Subscriptions billing\" on or off. Only the flags given change; the section is printed as it now \
stands (nothing with --quiet).\n\n\
Examples:\n  teliqon subscriptions set expiring --email on --portal on\n  \
teliqon subscriptions set billing --portal off --dry-run"
    )]
    Set(set::SetArgs),
}

pub async fn run(ctx: &Context, command: SubscriptionsCommand) -> Result<(), Error> {
    match command {
        SubscriptionsCommand::Show => {
            let format = ctx.show_format()?;
            let notifications = ctx.client().await?.notifications().await?;
            let view = SubscriptionsView::from_notifications(&notifications);
            print_section(&ctx.io, format, SectionView::Subscriptions(&view))
        }
        SubscriptionsCommand::Set(args) => set::run(ctx, args).await,
    }
}
