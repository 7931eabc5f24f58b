//! `teliqon auth login`.

use crate::client::Client;
use crate::config::{LoadedConfig, TokenStore};
use crate::context::Context;
use crate::credentials::{self, TOKEN_ENV};
use crate::error::{Error, Exit};
use crate::prompt;
use crate::secret::Secret;
use clap::Args;
use std::io::BufRead;

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// Read the token from stdin (first line) instead of prompting
    #[arg(long)]
    pub with_token: bool,

    /// Keep the token in a 0600 file instead of the OS keyring (plain text on disk)
    #[arg(long)]
    pub insecure_storage: bool,
}

pub async fn run(ctx: &Context, args: LoginArgs) -> Result<(), Error> {
    if ctx.global.sandbox {
        return Err(
            Error::usage("`auth login` stores credentials; the sandbox needs none")
                .with_hint("run any other command with --sandbox"),
        );
    }
    let profile = ctx.profile()?.to_owned();
    let api_url = match &ctx.global.api_url {
        Some(url) => url.clone(),
        None => {
            let default = ctx
                .config()?
                .profile(&profile)
                .and_then(|p| p.api_url.clone());
            prompt::text(
                &ctx.io,
                "API URL (from the portal's API Settings)",
                default.as_deref(),
                "--api-url URL",
            )?
        }
    };
    let token = if args.with_token {
        read_token_from_stdin()?
    } else {
        prompt::secret(
            &ctx.io,
            "Access token",
            "--with-token and the token on stdin",
        )?
    };
    if token.expose().is_empty() {
        return Err(Error::usage("the token is empty")
            .with_hint("paste the token from the portal's API Settings"));
    }

    let client = Client::new(
        &api_url,
        Secret::new(token.expose()),
        &ctx.client_options()?,
    )?;
    let account = client.account().await.map_err(|e| {
        let error = Error::from(e);
        if error.exit == Exit::Auth {
            Error::auth(format!("{}; nothing was stored", error.message))
                .with_hint("copy the token again from the portal's API Settings section")
        } else {
            error.context("could not check the credentials; nothing was stored")
        }
    })?;
    let api_url = client.base_url().to_owned();

    let store = if args.insecure_storage {
        let path = credentials::token_file(&profile)?;
        ctx.io.warn(&format!(
            "--insecure-storage: the token will be written in plain text to {} (mode 0600)",
            path.display()
        ));
        TokenStore::InsecureFile
    } else {
        TokenStore::Keyring
    };
    let mut config = ctx.config()?.clone();
    save_credentials(&mut config, &profile, &api_url, store, &token)?;

    let where_ = credentials::TokenSource::from_store(store, &profile)?;
    ctx.io.note(&format!(
        "Signed in to {api_url} as {} (project {}), profile {profile:?}; token stored in {where_}.",
        account.email, account.project
    ));
    if credentials::token_from_env().is_some() {
        ctx.io.warn(&format!(
            "{TOKEN_ENV} is set and overrides the stored token"
        ));
    }
    Ok(())
}

/// Stores the token, then the profile; a failure leaves no half state behind.
fn save_credentials(
    config: &mut LoadedConfig,
    profile: &str,
    api_url: &str,
    store: TokenStore,
    token: &Secret,
) -> Result<(), Error> {
    let previous_store = config.profile(profile).and_then(|p| p.token_store);
    credentials::store(profile, store, token)?;
    let entry = config.profile_mut(profile);
    entry.api_url = Some(api_url.to_owned());
    entry.token_store = Some(store);
    if let Err(error) = config.save() {
        let _ = credentials::remove(profile, store);
        return Err(error.context("the token was not kept"));
    }
    // Switching stores: do not leave the old copy behind.
    if let Some(old) = previous_store.filter(|old| *old != store) {
        let _ = credentials::remove(profile, old);
    }
    Ok(())
}

fn read_token_from_stdin() -> Result<Secret, Error> {
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Error::usage(format!("cannot read the token from stdin: {e}")))?;
    let token = Secret::new(line.trim());
    line.clear();
    if token.expose().is_empty() {
        return Err(
            Error::usage("--with-token: stdin holds no token").with_hint(
                "pipe the token in: printf '%s\\n' \"$TOKEN\" | teliqon auth login --with-token …",
            ),
        );
    }
    Ok(token)
}
