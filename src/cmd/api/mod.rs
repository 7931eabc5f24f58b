//! `teliqon api`: the API Settings section (URL and access token).

mod copy;

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::output::{Format, print_json};
use crate::secret::Secret;
use crate::view::ApiView;
use clap::{Subcommand, ValueEnum};

#[derive(Debug, Subcommand)]
pub enum ApiCommand {
    /// Show the API URL and the access token (masked)
    #[command(
        long_about = "Show the API URL and the access token as the portal's API Settings \
section shows them. The token is masked to its last 4 characters unless --reveal is given.\n\n\
Examples:\n  teliqon api show\n  teliqon api show -o json"
    )]
    Show {
        /// Print the token in full
        #[arg(long)]
        reveal: bool,
    },
    /// Print the API URL, raw, for scripts
    #[command(long_about = "Print the API URL, raw, for scripts.\n\nExample:\n  \
curl \"$(teliqon api url)/api/v1/balances\" -H \"X-Access-Token: $(teliqon api token)\"")]
    Url,
    /// Print the access token, raw, for scripts
    #[command(
        long_about = "Print the access token, raw, for scripts. This prints a secret: \
keep it out of logs.\n\nExample:\n  export TELIQON_TOKEN=\"$(teliqon api token)\""
    )]
    Token,
    /// Copy the API URL or the token to the clipboard (OSC 52, works over SSH)
    #[command(
        long_about = "Copy the API URL or the access token to the clipboard with the OSC 52 \
terminal escape, which works over SSH in terminals that support it (iTerm2, kitty, WezTerm, \
Windows Terminal, tmux with set-clipboard on…).\n\nExamples:\n  teliqon api copy token\n  teliqon api copy url"
    )]
    Copy {
        /// What to copy
        #[arg(value_enum)]
        what: CopyTarget,
    },
}

/// What `api copy` puts on the clipboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CopyTarget {
    Url,
    Token,
}

pub async fn run(ctx: &Context, command: ApiCommand) -> Result<(), Error> {
    if matches!(command, ApiCommand::Show { .. }) {
        ctx.show_format()?;
    } else {
        raw_only(ctx)?;
    }
    let api = ctx.client().await?.api_settings().await?;
    let token = Secret::new(api.access_token);
    match command {
        ApiCommand::Show { reveal } => {
            let mut view = ApiView::new(api.api_url, &token);
            if reveal {
                view.token = token.expose().to_owned();
            }
            match ctx.format() {
                Format::Json => print_json(&ctx.io, &view),
                format => print_section(&ctx.io, format, SectionView::Api(&view)),
            }
        }
        ApiCommand::Url => ctx.io.outln(&api.api_url),
        ApiCommand::Token => ctx.io.outln(token.expose()),
        ApiCommand::Copy { what } => {
            let (label, value) = match what {
                CopyTarget::Url => ("API URL", api.api_url.as_str()),
                CopyTarget::Token => ("access token", token.expose()),
            };
            copy::to_clipboard(value)?;
            ctx.io.note(&format!(
                "Copied the {label} to the clipboard (OSC 52 terminal escape)."
            ));
            Ok(())
        }
    }
}

/// Commands that print one raw value take no `-o`: say so instead of ignoring it.
pub(crate) fn raw_only(ctx: &Context) -> Result<(), Error> {
    match ctx.format() {
        Format::Table => Ok(()),
        other => Err(Error::usage(format!(
            "this command prints one raw value; it has no --output {}",
            other.as_str()
        ))
        .with_hint("use `teliqon api show -o json` for JSON")),
    }
}
