//! `teliqon settings apply`.

use crate::context::Context;
use crate::error::Error;
use crate::output::{Format, print_json};
use crate::plan;
use crate::prompt;
use crate::settings_file;
use crate::view::SettingsView;
use clap::Args;
use std::path::PathBuf;

#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// The settings file (TOML, or JSON when named *.json); `-` reads stdin
    #[arg(short = 'f', long = "file", value_name = "FILE")]
    pub file: PathBuf,

    /// Apply without asking (needed when there is no terminal, e.g. in CI)
    #[arg(short = 'y', long)]
    pub yes: bool,
}

pub async fn run(ctx: &Context, args: ApplyArgs) -> Result<(), Error> {
    let format = ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let (name, desired) = settings_file::read(&args.file)?;
    if desired == settings_file::SettingsFile::default() {
        ctx.io.warn(&format!(
            "{name} manages no setting (every key is optional); see `teliqon settings export` for the keys"
        ));
    }
    let client = ctx.client().await?;
    let view = SettingsView::fetch(client).await?;
    let plan = plan::diff(&view, &desired)?;
    if !plan.has_changes() {
        if format == Format::Json {
            print_json(&ctx.io, &plan.to_json(false))?;
        }
        ctx.io
            .note(&format!("No changes: the settings already match {name}."));
        return Ok(());
    }
    let automatic = plan.automatic().count();
    let manual: Vec<String> = plan
        .manual()
        .map(|p| format!("{} (run `{}`)", p.change, p.manual.unwrap_or_default()))
        .collect();
    // The plan goes to stderr: stdout holds only the result (`-o json`).
    crate::io::stderr_text(&plan.render(None, false));

    if automatic > 0 {
        if !args.yes {
            if !ctx.io.can_prompt() {
                return Err(Error::usage(
                    "settings apply needs a confirmation, but input is not a terminal; nothing was changed",
                )
                .with_hint("pass --yes to apply without asking (review with `teliqon settings plan` first)"));
            }
            let question = format!("Apply {automatic} change(s) to the Teliqon settings?");
            if !prompt::confirm(&ctx.io, &question, "--yes")? {
                return Err(Error::cancelled("not applied: nothing was changed"));
            }
        }
        let applied = match plan::execute(client, &plan).await {
            Ok(applied) => applied,
            Err(stopped) => {
                stopped.report();
                return Err(stopped.into_error(&format!(
                    "fix the cause and run `teliqon settings apply -f {}` again: it applies only what still differs",
                    args.file.display()
                )));
            }
        };
        let after = SettingsView::fetch(client).await.map_err(|e| {
            Error::from(e).context(format!(
                "applied {} setting(s), but reading the settings back failed",
                applied.len()
            ))
        })?;
        let verified = plan::verify(&after, &desired)?;
        if format == Format::Json {
            print_json(
                &ctx.io,
                &serde_json::json!({
                    "applied": applied,
                    "in_sync": !verified.has_changes(),
                    "remaining": verified.changes().collect::<Vec<_>>(),
                }),
            )?;
        }
        ctx.io.note(&if manual.is_empty() {
            format!(
                "Applied {} setting(s) and read them back: they match {name}.",
                applied.len()
            )
        } else {
            format!(
                "Applied {} setting(s) and read them back; the rest of {name} needs the command below.",
                applied.len()
            )
        });
    } else if format == Format::Json {
        print_json(&ctx.io, &plan.to_json(false))?;
    }
    if !manual.is_empty() {
        return Err(Error::failure(format!(
            "{} cannot be changed by apply: {}",
            if manual.len() == 1 {
                "one setting"
            } else {
                "some settings"
            },
            manual.join("; ")
        ))
        .with_hint("TOTP needs the authenticator app: run the command shown, then apply again"));
    }
    Ok(())
}
