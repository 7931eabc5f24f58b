//! `teliqon did set`.

use crate::change::channels::ChannelArgs;
use crate::change::set::{self, Shown, nothing_given};
use crate::context::Context;
use crate::error::Error;
use crate::settings_file::{DidFile, SettingsFile};
use clap::{Args, ValueEnum};

/// Events of the DID numbers section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DidEvent {
    /// "DID number goes to spam"
    Spam,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// The event to change
    #[arg(value_enum)]
    pub event: DidEvent,

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
            "teliqon did set spam --email on",
        ));
    }
    let DidEvent::Spam = args.event;
    let desired = SettingsFile {
        did: Some(DidFile {
            spam: Some(args.channels.patch()),
        }),
        ..SettingsFile::default()
    };
    set::run(ctx, desired, args.dry_run, Shown::Did).await
}
