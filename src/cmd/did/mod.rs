//! `teliqon did`: the DID numbers section (event `spam`).

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::view::DidView;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum DidCommand {
    /// Show the channels of "DID number goes to spam"
    #[command(
        long_about = "Show the channels (email, portal) of the event \"DID number goes to spam\".\n\n\
Examples:\n  teliqon did show\n  teliqon did show -o json"
    )]
    Show,
}

pub async fn run(ctx: &Context, command: DidCommand) -> Result<(), Error> {
    match command {
        DidCommand::Show => {
            let notifications = ctx.client().await?.notifications().await?;
            let view = DidView::from_notifications(&notifications);
            print_section(&ctx.io, ctx.format(), SectionView::Did(&view))
        }
    }
}
