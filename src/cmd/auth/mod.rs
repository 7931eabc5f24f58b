//! `teliqon auth`: sign in and out, per profile.

mod login;
mod logout;
mod status;

use crate::context::Context;
use crate::error::Error;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum AuthCommand {
    /// Sign in with the API URL and access token from the portal's API Settings
    #[command(
        long_about = "Sign in with the API URL and the access token exactly as the portal's \
API Settings section shows them. The token is checked against the API first, then stored in the OS \
keyring (service `teliqon`, user = the profile name). Nothing is stored when the API rejects it.\n\n\
There is no --token flag: command lines leak into shell history and `ps`.\n\n\
Examples:\n  teliqon auth login\n  \
printf '%s\\n' \"$TOKEN\" | teliqon auth login --api-url https://api.teliqon.example --with-token\n  \
teliqon --profile staging auth login"
    )]
    Login(login::LoginArgs),
    /// Remove the stored token of the profile
    #[command(
        long_about = "Remove the profile's stored token from the OS keyring (or its \
--insecure-storage file). The profile's API URL stays in the config.\n\n\
Examples:\n  teliqon auth logout\n  teliqon --profile staging auth logout"
    )]
    Logout,
    /// Show the profile, API URL, token source, masked token and whether the API accepts it
    #[command(
        long_about = "Show the profile, the API URL, where the token comes from (env, \
keyring, file:<path>), the token masked to its last 4 characters, and whether the API accepts it. \
Exits 4 when not signed in or the token is rejected.\n\n\
Examples:\n  teliqon auth status\n  teliqon auth status -o json"
    )]
    Status,
    /// Print the token in use, raw, for scripts
    #[command(
        long_about = "Print the token in use (from TELIQON_TOKEN, the keyring or the token \
file), raw, for scripts. This prints a secret.\n\nExample:\n  \
curl -H \"X-Access-Token: $(teliqon auth token)\" \"$(teliqon api url)/api/v1/balances\""
    )]
    Token,
}

pub async fn run(ctx: &Context, command: AuthCommand) -> Result<(), Error> {
    match command {
        AuthCommand::Login(args) => login::run(ctx, args).await,
        AuthCommand::Logout => logout::run(ctx),
        AuthCommand::Status => status::run(ctx).await,
        AuthCommand::Token => {
            crate::cmd::api::raw_only(ctx)?;
            let credentials = ctx.credentials().await?;
            ctx.io.outln(credentials.token.expose())
        }
    }
}
