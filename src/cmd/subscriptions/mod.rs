//! `teliqon subscriptions`: the Subscriptions section (`expiring`, `billing`).

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
}

pub async fn run(ctx: &Context, command: SubscriptionsCommand) -> Result<(), Error> {
    match command {
        SubscriptionsCommand::Show => {
            let notifications = ctx.client().await?.notifications().await?;
            let view = SubscriptionsView::from_notifications(&notifications);
            print_section(&ctx.io, ctx.format(), SectionView::Subscriptions(&view))
        }
    }
}
