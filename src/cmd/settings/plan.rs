//! `teliqon settings plan`.

use crate::context::Context;
use crate::error::{Error, Exit};
use crate::output::{Format, print_json};
use crate::plan;
use crate::settings_file;
use crate::view::SettingsView;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct PlanArgs {
    /// The settings file (TOML, or JSON when named *.json); `-` reads stdin
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,

    /// Exit 3 when there is a difference, 0 when there is none (other codes are errors)
    #[arg(long)]
    pub detailed_exitcode: bool,
}

pub async fn run(ctx: &Context, args: PlanArgs) -> Result<(), Error> {
    let format = ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let (name, desired) = settings_file::read(&args.file)?;
    if desired == settings_file::SettingsFile::default() {
        ctx.io.warn(&format!(
            "{name} manages no setting (every key is optional); see `teliqon settings export` for the keys"
        ));
    }
    let view = SettingsView::fetch(ctx.client().await?).await?;
    let plan = plan::diff(&view, &desired)?;
    match format {
        Format::Json => print_json(&ctx.io, &plan.to_json(false))?,
        _ => ctx.io.out(&plan.render(Some(&ctx.io), false))?,
    }
    let changes = plan.changes().count();
    if changes == 0 {
        ctx.io
            .note(&format!("No differences: the settings match {name}."));
        return Ok(());
    }
    let manual = plan.manual().count();
    let mut summary = format!(
        "{changes} setting(s) differ from {name}; `teliqon settings apply -f {}` would change {}.",
        args.file.display(),
        changes - manual
    );
    if manual > 0 {
        summary.push_str(&format!(" {manual} need(s) a manual step (see above)."));
    }
    ctx.io.note(&summary);
    if args.detailed_exitcode {
        return Err(Error::silent(Exit::Drift));
    }
    Ok(())
}
