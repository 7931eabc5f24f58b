//! `teliqon did`: the DID numbers section (event `spam`).

mod set;

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
    /// Turn the email or portal notification of an event on or off
    #[command(
        long_about = "Turn the email and/or portal notification of \"DID number goes to spam\" on or \
off. Only the flags given change; the section is printed as it now stands (nothing with --quiet).\n\n\
Examples:\n  teliqon did set spam --email on\n  teliqon did set spam --email off --portal on --dry-run"
    )]
    Set(set::SetArgs),
}

pub async fn run(ctx: &Context, command: DidCommand) -> Result<(), Error> {
    match command {
        DidCommand::Show => {
            let format = ctx.show_format()?;
            let notifications = ctx.client().await?.notifications().await?;
            let view = DidView::from_notifications(&notifications);
            print_section(&ctx.io, format, SectionView::Did(&view))
        }
        DidCommand::Set(args) => set::run(ctx, args).await,
    }
}
