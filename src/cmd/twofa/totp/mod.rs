//! `teliqon 2fa totp`: TOTP with an authenticator app.
//!
//! teliqon is not an authenticator: it shows the setup key of a new enrolment
//! once, checks typed codes against it, and never stores a secret.

mod confirm;
mod disable;
mod enable;

use crate::context::Context;
use crate::error::Error;
use crate::prompt;
use crate::totp_check::parse_code;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum TotpCommand {
    /// Turn TOTP on: show a QR code and setup key, then confirm a code from the app
    #[command(
        long_about = "Turn TOTP on with an authenticator app (Google Authenticator, 2FAS, \
Authy or any TOTP app).\n\n\
On a terminal: starts an enrolment, draws its QR code and setup key, asks for the 6-digit code \
the app then shows, checks it locally (3 tries) and confirms it with the API. Ctrl-C or three \
wrong codes leave TOTP off.\n\n\
The setup key is a credential: it is only shown on a terminal. For scripts, --show-secret prints \
the key and the otpauth:// URI (also -o json) and leaves the enrolment pending for 10 minutes; \
finish it with `teliqon 2fa totp confirm --code CODE`.\n\n\
Examples:\n  teliqon 2fa totp enable\n  teliqon 2fa totp enable --qr-invert\n  \
uri=$(teliqon 2fa totp enable --show-secret -o json | jq -r .otpauth_uri)"
    )]
    Enable(enable::EnableArgs),
    /// Finish a pending enrolment (from `enable --show-secret`) with a code
    #[command(long_about = "Finish a pending TOTP enrolment, started by \
`teliqon 2fa totp enable --show-secret`, with the current 6-digit code. Without --code, asks \
for it on a terminal.\n\n\
Examples:\n  teliqon 2fa totp confirm --code 123456\n  \
teliqon 2fa totp confirm --code \"$(oathtool --totp -b \"$secret\")\"")]
    Confirm(confirm::ConfirmArgs),
    /// Turn TOTP off (needs a current code from the app)
    #[command(
        long_about = "Turn TOTP off. The API needs a current 6-digit code from the \
authenticator app; without --code, asks for it on a terminal. Does nothing when TOTP is \
already off.\n\n\
Examples:\n  teliqon 2fa totp disable\n  teliqon 2fa totp disable --code 123456"
    )]
    Disable(disable::DisableArgs),
}

pub async fn run(ctx: &Context, command: TotpCommand) -> Result<(), Error> {
    match command {
        TotpCommand::Enable(args) => enable::run(ctx, args).await,
        TotpCommand::Confirm(args) => confirm::run(ctx, args).await,
        TotpCommand::Disable(args) => disable::run(ctx, args).await,
    }
}

/// The code from `--code`, or asked for on a terminal; 6 digits either way.
fn code_from(ctx: &Context, flag: Option<&str>, question: &str) -> Result<String, Error> {
    match flag {
        Some(code) => parse_code(code).map_err(|e| e.context("--code")),
        None => parse_code(&prompt::text(&ctx.io, question, None, "--code CODE")?),
    }
}
