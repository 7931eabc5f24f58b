//! One module per section of the Settings page, one file per verb.

pub mod api;
pub mod auth;
pub mod balance;
pub mod billings;
pub mod completions;
pub mod did;
pub mod man;
pub mod overview;
pub mod reports;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod settings;
pub mod subscriptions;
pub mod twofa;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Error;

/// Runs one command.
pub async fn dispatch(ctx: &Context, command: Command) -> Result<(), Error> {
    match command {
        Command::Auth(cmd) => auth::run(ctx, cmd).await,
        Command::Settings(cmd) => settings::run(ctx, cmd).await,
        Command::Api(cmd) => api::run(ctx, cmd).await,
        Command::TwoFactor(cmd) => twofa::run(ctx, cmd).await,
        Command::Did(cmd) => did::run(ctx, cmd).await,
        Command::Balance(cmd) => balance::run(ctx, cmd).await,
        Command::Subscriptions(cmd) => subscriptions::run(ctx, cmd).await,
        Command::Reports(cmd) => reports::run(ctx, cmd).await,
        Command::Billings(cmd) => billings::run(ctx, cmd).await,
        Command::Completions(args) => completions::run(&ctx.io, args),
        Command::Man(args) => man::run(&ctx.io, args),
        #[cfg(feature = "sandbox")]
        Command::Sandbox(cmd) => sandbox::run(ctx, cmd).await,
    }
}
