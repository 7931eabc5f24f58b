//! `teliqon settings`: the whole Settings page.

mod apply;
mod export;
mod plan;
mod show;

use crate::context::Context;
use crate::error::Error;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SettingsCommand {
    /// Show all six sections of the Settings page
    #[command(
        long_about = "Show all six sections of the Settings page: API settings (token masked), \
two-factor authentication, DID numbers, balance, subscriptions and spending reports.\n\n\
Sections are fetched concurrently.\n\n\
Examples:\n  teliqon settings show\n  teliqon settings show -o json | jq .balance.low_limit\n  \
teliqon --sandbox settings show"
    )]
    Show,
    /// Print the current settings as a file that `settings apply` accepts
    #[command(
        long_about = "Print the current settings as a settings file (TOML by default, or JSON \
with -o json) that `settings apply` accepts unchanged. Keys mirror `settings show -o json`. Secrets \
are never exported: neither the access token (not even masked) nor the TOTP secret.\n\n\
Examples:\n  teliqon settings export > teliqon.toml\n  teliqon settings export -o json > teliqon.json"
    )]
    Export,
    /// Show how the settings differ from a settings file, one line per setting
    #[command(
        long_about = "Compare the current settings with a settings file and print one line per \
setting that differs (`balance.low_limit.email: off → on`). Nothing is changed. Keys the file leaves \
out are not managed. With --detailed-exitcode: 0 no difference, 3 difference, other codes errors.\n\n\
Examples:\n  teliqon settings plan -f teliqon.toml\n  \
teliqon settings plan -f teliqon.toml --detailed-exitcode -o json\n  \
cat teliqon.toml | teliqon settings plan -f -"
    )]
    Plan(plan::PlanArgs),
    /// Make the settings match a settings file, then read them back and verify
    #[command(
        long_about = "Show the plan, ask for confirmation (on a terminal; --yes for scripts), \
apply every difference in as few requests as possible, then read the settings back and verify \
they match the file. Exit 0 only when they do. If a request fails midway, the settings applied \
and those not applied are listed; running the command again applies only what still differs. \
TOTP is only checked: enrolling or disabling it needs `teliqon 2fa totp enable|disable`.\n\n\
Examples:\n  teliqon settings apply -f teliqon.toml\n  teliqon settings apply -f teliqon.toml --yes\n  \
teliqon settings export | teliqon settings apply -f - --yes"
    )]
    Apply(apply::ApplyArgs),
}

pub async fn run(ctx: &Context, command: SettingsCommand) -> Result<(), Error> {
    match command {
        SettingsCommand::Show => show::run(ctx).await,
        SettingsCommand::Export => export::run(ctx).await,
        SettingsCommand::Plan(args) => plan::run(ctx, args).await,
        SettingsCommand::Apply(args) => apply::run(ctx, args).await,
    }
}
