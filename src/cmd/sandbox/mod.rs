//! `teliqon sandbox`: run the local server that implements the API contract.

use crate::context::Context;
use crate::error::Error;
use clap::Subcommand;

#[derive(Debug, Subcommand)]
pub enum SandboxCommand {
    /// Serve the sandbox in the foreground until Ctrl-C
    #[command(
        long_about = "Serve the sandbox in the foreground until Ctrl-C or SIGTERM. It prints \
TELIQON_API_URL=… and TELIQON_TOKEN=… on stdout, ready to paste into a shell; state persists in a \
JSON file.\n\nExamples:\n  teliqon sandbox serve\n  teliqon sandbox serve --addr 127.0.0.1:0 --state /tmp/teliqon.json\n  \
teliqon sandbox serve --billings 1000000"
    )]
    Serve(crate::sandbox::ServeArgs),
}

pub async fn run(_ctx: &Context, command: SandboxCommand) -> Result<(), Error> {
    match command {
        SandboxCommand::Serve(args) => crate::sandbox::serve(args).await,
    }
}
