//! The engine behind every `<section> set`: compare, then make the change in
//! one request (two for `balance set low-limit` with channels and `--amount`),
//! read the section back and print it.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::output::{Format, print_json};
use crate::plan;
use crate::settings_file::SettingsFile;
use crate::view::SettingsView;

/// The section a `set` prints after the change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Did,
    Balance,
    Subscriptions,
    Reports,
}

fn section(view: &SettingsView, shown: Shown) -> SectionView<'_> {
    match shown {
        Shown::Did => SectionView::Did(&view.did),
        Shown::Balance => SectionView::Balance(&view.balance),
        Shown::Subscriptions => SectionView::Subscriptions(&view.subscriptions),
        Shown::Reports => SectionView::Reports(&view.spending_reports),
    }
}

/// A usage error when no flag was given: `flags` lists those that could be.
pub fn nothing_given(flags: &[&str], example: &str) -> Error {
    Error::usage(format!(
        "nothing to change: give at least one of {}",
        flags.join(", ")
    ))
    .with_hint(format!("for example: {example}"))
}

/// Makes `desired` true (or shows what would change with `dry_run`).
pub async fn run(
    ctx: &Context,
    desired: SettingsFile,
    dry_run: bool,
    shown: Shown,
) -> Result<(), Error> {
    let format = ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let client = ctx.client().await?;
    let before = SettingsView::fetch(client).await?;
    let plan = plan::diff(&before, &desired)?;

    if dry_run {
        match format {
            Format::Json => print_json(&ctx.io, &plan.to_json(true))?,
            _ => ctx.io.out(&plan.render(Some(&ctx.io), true))?,
        }
        ctx.io.note("Dry run: nothing was changed.");
        return Ok(());
    }

    if !plan.has_changes() {
        ctx.io.note(plan.render(None, true).trim_end());
        ctx.io
            .note("Nothing to change: every setting already has that value.");
        if !ctx.io.quiet {
            print_section(&ctx.io, format, section(&before, shown))?;
        }
        return Ok(());
    }

    let applied = match plan::execute(client, &plan).await {
        Ok(applied) => applied,
        Err(stopped) => {
            if !stopped.applied.is_empty() || !stopped.unknown.is_empty() {
                stopped.report();
            }
            return Err(stopped
                .into_error("check with `teliqon settings show`, then run the command again"));
        }
    };
    ctx.io.note(plan.render(None, true).trim_end());
    let after = SettingsView::fetch(client).await.map_err(|e| {
        Error::from(e).context(format!(
            "changed {} setting(s), but reading them back failed",
            applied.len()
        ))
    })?;
    plan::verify(&after, &desired)?;
    if !ctx.io.quiet {
        print_section(&ctx.io, format, section(&after, shown))?;
    }
    Ok(())
}
