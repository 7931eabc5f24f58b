//! `teliqon reports set`.

use crate::api::SpendingReportsPatch;
use crate::change::OnOffParser;
use crate::change::set::{self, Shown, nothing_given};
use crate::context::Context;
use crate::error::Error;
use crate::settings_file::SettingsFile;
use clap::Args;

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Daily spending report email: on or off (also true/false, yes/no, 1/0)
    #[arg(long, value_name = "on|off", value_parser = OnOffParser)]
    pub daily: Option<bool>,

    /// Weekly spending report email: on or off (also true/false, yes/no, 1/0)
    #[arg(long, value_name = "on|off", value_parser = OnOffParser)]
    pub weekly: Option<bool>,

    /// Monthly spending report email: on or off (also true/false, yes/no, 1/0)
    #[arg(long, value_name = "on|off", value_parser = OnOffParser)]
    pub monthly: Option<bool>,

    /// Print what would change (before → after) and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

pub async fn run(ctx: &Context, args: SetArgs) -> Result<(), Error> {
    let patch = SpendingReportsPatch {
        daily: args.daily,
        weekly: args.weekly,
        monthly: args.monthly,
    };
    if patch.is_empty() {
        return Err(nothing_given(
            &["--daily", "--weekly", "--monthly"],
            "teliqon reports set --weekly on",
        ));
    }
    let desired = SettingsFile {
        spending_reports: Some(patch),
        ..SettingsFile::default()
    };
    set::run(ctx, desired, args.dry_run, Shown::Reports).await
}
