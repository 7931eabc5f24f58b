//! The `--email` / `--portal` flags shared by every event's `set`.

use super::OnOffParser;
use crate::api::ChannelsPatch;
use clap::Args;

/// The channels of one event; only the flags given change.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct ChannelArgs {
    /// Email notifications for this event: on or off (also true/false, yes/no, 1/0)
    #[arg(long, value_name = "on|off", value_parser = OnOffParser)]
    pub email: Option<bool>,

    /// Portal notifications (the bell icon) for this event: on or off (also true/false, yes/no, 1/0)
    #[arg(long, value_name = "on|off", value_parser = OnOffParser)]
    pub portal: Option<bool>,
}

impl ChannelArgs {
    /// The change these flags ask for.
    pub fn patch(&self) -> ChannelsPatch {
        ChannelsPatch {
            email: self.email,
            portal: self.portal,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.portal.is_none()
    }
}
