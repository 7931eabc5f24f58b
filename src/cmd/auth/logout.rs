//! `teliqon auth logout`.

use crate::context::Context;
use crate::credentials;
use crate::error::Error;

pub fn run(ctx: &Context) -> Result<(), Error> {
    if ctx.global.sandbox {
        return Err(
            Error::usage("`auth logout` removes stored credentials; the sandbox has none")
                .with_hint("drop --sandbox to sign out of a profile"),
        );
    }
    let profile = ctx.profile()?;
    if ctx.config()?.profile(profile).is_none() {
        ctx.io.note(&format!(
            "Profile {profile:?} is not signed in: nothing to remove."
        ));
        return Ok(());
    }
    let store = ctx.token_store()?;
    let removed = credentials::remove(profile, store)?;
    let where_ = credentials::TokenSource::from_store(store, profile)?;
    if removed {
        ctx.io.note(&format!(
            "Signed out of profile {profile:?}: token removed from {where_}."
        ));
    } else {
        ctx.io.note(&format!(
            "Profile {profile:?} had no stored token in {where_}."
        ));
    }
    if credentials::token_from_env().is_some() {
        ctx.io
            .warn("TELIQON_TOKEN is still set in this environment");
    }
    Ok(())
}
