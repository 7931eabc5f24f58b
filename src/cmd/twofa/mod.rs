//! `teliqon 2fa`: the Two Factor Authentication section.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::view::TwoFactorView;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TwoFactorCommand {
    /// Show whether email and TOTP two-factor authentication are on
    #[command(
        long_about = "Show whether email and TOTP (authenticator app) two-factor \
authentication are on.\n\nExamples:\n  teliqon 2fa show\n  teliqon 2fa show -o json"
    )]
    Show,
}

pub async fn run(ctx: &Context, command: TwoFactorCommand) -> Result<(), Error> {
    match command {
        TwoFactorCommand::Show => {
            let view = TwoFactorView::from(ctx.client().await?.two_factor().await?);
            print_section(&ctx.io, ctx.format(), SectionView::TwoFactor(&view))
        }
    }
}
