//! The engine behind every `<section> set`: compare, then make the change in
//! one request (two for `balance set low-limit` with channels and `--amount`),
//! read the section back and print it.

use crate::api::{LowBalanceLimit, Money, Notifications, SpendingReports};
use crate::client::{Client, ClientError};
use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::output::{Format, print_json};
use crate::plan;
use crate::settings_file::SettingsFile;
use crate::view::{ApiView, BalanceView, DidView, SettingsView, SubscriptionsView, TwoFactorView};

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

/// Reads only the endpoints behind `shown`, so an outage elsewhere never blocks
/// a change. The other parts of the view are placeholders: a `set` only plans,
/// verifies and prints keys of its own section.
async fn fetch_section(client: &Client, shown: Shown) -> Result<SettingsView, ClientError> {
    let mut view = SettingsView {
        api: ApiView {
            api_url: String::new(),
            token: String::new(),
        },
        two_factor: TwoFactorView {
            email: false,
            totp: false,
        },
        did: DidView::from_notifications(&Notifications::default()),
        balance: BalanceView::new(
            &Notifications::default(),
            LowBalanceLimit {
                amount: Money::from_minor(0),
                currency: String::new(),
            },
        ),
        subscriptions: SubscriptionsView::from_notifications(&Notifications::default()),
        spending_reports: SpendingReports::default(),
    };
    match shown {
        Shown::Did => view.did = DidView::from_notifications(&client.notifications().await?),
        Shown::Subscriptions => {
            view.subscriptions =
                SubscriptionsView::from_notifications(&client.notifications().await?)
        }
        Shown::Balance => {
            let (notifications, limit) =
                tokio::try_join!(client.notifications(), client.low_balance_limit())?;
            view.balance = BalanceView::new(&notifications, limit);
        }
        Shown::Reports => view.spending_reports = client.spending_reports().await?,
    }
    Ok(view)
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
    let before = fetch_section(client, shown).await?;
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
    let after = fetch_section(client, shown).await.map_err(|e| {
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
