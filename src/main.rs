//! Minimal entry point: `teliqon sandbox serve` only, until the full CLI lands.

use clap::{Parser, Subcommand};
use std::process::ExitCode;
use teliqon::error::Error;

/// Administer the Teliqon portal's Settings page.
#[derive(Debug, Parser)]
#[command(name = "teliqon", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// A local Teliqon API with demo data, for trying commands without an account
    #[cfg(feature = "sandbox")]
    #[command(subcommand)]
    Sandbox(Sandbox),
}

#[cfg(feature = "sandbox")]
#[derive(Debug, Subcommand)]
enum Sandbox {
    /// Serve the sandbox in the foreground until Ctrl-C
    Serve(teliqon::sandbox::ServeArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if !e.quiet {
                eprintln!("error: {}", e.message);
                if let Some(hint) = &e.hint {
                    eprintln!("hint: {hint}");
                }
            }
            ExitCode::from(e.exit.code())
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::failure(format!("cannot start the async runtime: {e}")))?;
    match cli.command {
        #[cfg(feature = "sandbox")]
        Command::Sandbox(Sandbox::Serve(args)) => runtime.block_on(teliqon::sandbox::serve(args)),
    }
}
