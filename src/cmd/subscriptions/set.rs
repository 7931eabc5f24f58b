//! `teliqon subscriptions set`.

use crate::change::channels::ChannelArgs;
use crate::change::set::{self, Shown, nothing_given};
use crate::context::Context;
use crate::error::Error;
use crate::settings_file::{SettingsFile, SubscriptionsFile};
use clap::{Args, ValueEnum};

/// Events of the Subscriptions section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SubscriptionsEvent {
    /// "Subscriptions expiring"
    Expiring,
    /// "Subscriptions billing"
    Billing,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The event to change
    #[arg(value_enum)]
    pub event: SubscriptionsEvent,

    #[command(flatten)]
    pub channels: ChannelArgs,

    /// Print what would change (before → after) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: SetArgs) -> Result<(), Error> {
    if args.channels.is_empty() {
        return Err(nothing_given(
            &["--email", "--portal"],
            "teliqon subscriptions set expiring --email on",
        ));
    }
    let mut events = SubscriptionsFile::default();
    match args.event {
        SubscriptionsEvent::Expiring => events.expiring = Some(args.channels.patch()),
        SubscriptionsEvent::Billing => events.billing = Some(args.channels.patch()),
    }
    let desired = SettingsFile {
        subscriptions: Some(events),
        ..SettingsFile::default()
    };
    set::run(ctx, desired, args.dry_run, Shown::Subscriptions).await
}
