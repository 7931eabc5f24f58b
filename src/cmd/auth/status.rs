//! `teliqon auth status`.

use crate::api::Account;
use crate::context::Context;
use crate::error::{Error, Exit};
use crate::output::{Format, new_table, print_json};
use comfy_table::{Cell, Color};
use serde::Serialize;

#[derive(Serialize)]
struct Status {
    profile: String,
    api_url: String,
    api_url_source: String,
    token_source: String,
    token: String,
    accepted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    account: Option<Account>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(ctx: &Context) -> Result<(), Error> {
    let format = ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let session = ctx.session().await?;
    let check = session.client.account().await;
    let (account, failure) = match check {
        Ok(account) => (Some(account), None),
        Err(e) => (None, Some(Error::from(e))),
    };
    let status = Status {
        profile: ctx.profile()?.to_owned(),
        api_url: session.api_url.clone(),
        api_url_source: session.url_source.to_string(),
        token_source: session.token_source.to_string(),
        token: session.token_masked.clone(),
        accepted: account.is_some(),
        account,
        error: failure.as_ref().map(|e| e.message.clone()),
    };
    if format == Format::Json {
        print_json(&ctx.io, &status)?;
    } else {
        let mut table = new_table(&ctx.io);
        table.add_row(vec!["Profile", &status.profile]);
        table.add_row(vec![
            "API URL".to_owned(),
            format!("{} ({})", status.api_url, status.api_url_source),
        ]);
        table.add_row(vec![
            "Token".to_owned(),
            format!("{} ({})", status.token, status.token_source),
        ]);
        let verdict = match (&status.account, &failure) {
            (Some(account), _) => Cell::new(format!(
                "accepted ({}, project {})",
                account.email, account.project
            ))
            .fg(Color::Green),
            (None, Some(error)) if error.exit == Exit::Auth => Cell::new("rejected").fg(Color::Red),
            (None, _) => Cell::new("not checked (API unreachable)").fg(Color::Yellow),
        };
        table.add_row(vec![Cell::new("API"), verdict]);
        if ctx.io.stdout_is_tty {
            ctx.io.outln(&table.to_string())?;
        } else {
            let lines = [
                ("profile", status.profile.as_str()),
                ("api_url", status.api_url.as_str()),
                ("api_url_source", status.api_url_source.as_str()),
                ("token_source", status.token_source.as_str()),
                ("token", status.token.as_str()),
                ("accepted", if status.accepted { "yes" } else { "no" }),
            ];
            let text: String = lines.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect();
            ctx.io.out(&text)?;
        }
    }
    match failure {
        None => Ok(()),
        Some(error) => Err(error),
    }
}
