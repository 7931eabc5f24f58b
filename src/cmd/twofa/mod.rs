//! `teliqon 2fa`: the Two Factor Authentication section.

mod email;
mod show;
mod totp;

use crate::api::{ErrorCode, TwoFactor};
use crate::client::ClientError;
use crate::context::Context;
use crate::error::Error;
use crate::output::Format;
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
    /// Turn email two-factor authentication on or off
    #[command(
        long_about = "Turn email two-factor authentication on or off: with it on, Teliqon \
emails you about sign-in attempts. Prints the section afterwards (nothing with --quiet).\n\n\
Examples:\n  teliqon 2fa email on\n  teliqon 2fa email off -o json"
    )]
    Email(email::EmailArgs),
    /// TOTP with an authenticator app: enable, confirm, disable
    #[command(
        subcommand,
        long_about = "TOTP with an authenticator app: enable shows a QR code and the setup key, then \
asks for a code; confirm finishes a pending enrolment (scripts); disable turns it off with a code.\n\n\
Examples:\n  teliqon 2fa totp enable\n  teliqon 2fa totp confirm --code 123456\n  teliqon 2fa totp disable"
    )]
    Totp(totp::TotpCommand),
}

pub async fn run(ctx: &Context, command: TwoFactorCommand) -> Result<(), Error> {
    match command {
        TwoFactorCommand::Show => show::run(ctx).await,
        TwoFactorCommand::Email(args) => email::run(ctx, args).await,
        TwoFactorCommand::Totp(command) => totp::run(ctx, command).await,
    }
}

/// Prints the section after a change: always with `-o json`, and as a table
/// or lines unless `--quiet`.
fn print_after_change(ctx: &Context, state: TwoFactor) -> Result<(), Error> {
    let format = ctx.format();
    if ctx.io.quiet && format != Format::Json {
        return Ok(());
    }
    let view = TwoFactorView::from(state);
    print_section(&ctx.io, format, SectionView::TwoFactor(&view))
}

/// An API failure on a TOTP code, with a hint for the usual causes.
fn code_error(error: ClientError) -> Error {
    let hint = match &error {
        ClientError::Rejected { code, .. } if code == ErrorCode::InvalidCode.as_str() => Some(
            "codes change every 30 s: use the current one, and check that the phone's clock is set automatically",
        ),
        ClientError::Rejected { code, .. } if code == ErrorCode::Conflict.as_str() => {
            Some("see the current state with `teliqon 2fa show`")
        }
        _ => None,
    };
    let error = Error::from(error);
    match hint {
        Some(hint) if error.hint.is_none() => error.with_hint(hint),
        _ => error,
    }
}
