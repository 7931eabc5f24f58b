//! `teliqon balance set`.

use crate::api::Money;
use crate::api::money::MoneyError;
use crate::change::channels::ChannelArgs;
use crate::change::check_amount;
use crate::change::set::{self, Shown, nothing_given};
use crate::context::Context;
use crate::error::Error;
use crate::settings_file::{BalanceFile, LowLimitFile, SettingsFile};
use clap::{Args, ValueEnum};

/// Events of the Balance section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BalanceEvent {
    /// "Low balance limit" (takes --amount)
    LowLimit,
    /// "Balance top-up"
    TopUp,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The event to change
    #[arg(value_enum)]
    pub event: BalanceEvent,

    #[command(flatten)]
    pub channels: ChannelArgs,

    /// low-limit only: notify when the voice balance falls below this amount
    /// (decimal, up to 2 decimals, 0 to 1000000, in the account's currency)
    #[arg(
        long,
        value_name = "AMOUNT",
        allow_hyphen_values = true,
        value_parser = parse_amount
    )]
    pub amount: Option<Money>,

    /// Print what would change (before → after) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

/// `--amount`: checked before any request; never a float.
fn parse_amount(text: &str) -> Result<Money, String> {
    let amount: Money = text.parse().map_err(|e: MoneyError| e.to_string())?;
    check_amount(amount)
}

pub async fn run(ctx: &Context, args: SetArgs) -> Result<(), Error> {
    let mut balance = BalanceFile::default();
    match args.event {
        BalanceEvent::LowLimit => {
            if args.channels.is_empty() && args.amount.is_none() {
                return Err(nothing_given(
                    &["--email", "--portal", "--amount"],
                    "teliqon balance set low-limit --email on --amount 50.00",
                ));
            }
            balance.low_limit = Some(LowLimitFile {
                email: args.channels.email,
                portal: args.channels.portal,
                amount: args.amount,
                currency: None,
            });
        }
        BalanceEvent::TopUp => {
            if args.amount.is_some() {
                return Err(Error::usage("--amount applies only to low-limit")
                    .with_hint("teliqon balance set low-limit --amount 50.00"));
            }
            if args.channels.is_empty() {
                return Err(nothing_given(
                    &["--email", "--portal"],
                    "teliqon balance set top-up --portal on",
                ));
            }
            balance.top_up = Some(args.channels.patch());
        }
    }
    let desired = SettingsFile {
        balance: Some(balance),
        ..SettingsFile::default()
    };
    set::run(ctx, desired, args.dry_run, Shown::Balance).await
}
