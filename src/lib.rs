//! teliqon: the Teliqon portal's Settings page on the command line.
//!
//! `main.rs` calls [`main`]; everything else is reachable from [`cli`].

#![deny(clippy::print_stdout)]

pub mod api;
pub mod cli;
pub mod client;
pub mod cmd;
pub mod config;
pub mod context;
pub mod credentials;
pub mod error;
pub mod files;
pub mod io;
pub mod output;
pub mod prompt;
pub mod report;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod secret;
pub mod view;

use clap::Parser;
use std::process::ExitCode;

/// Parses argv, runs the command, prints any error, and answers the exit code.
pub fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                error::Exit::Usage.code()
            } else {
                0
            });
        }
    };
    init_logging(cli.global.verbose);
    let Some(command) = cli.command else {
        let mut command = <cli::Cli as clap::CommandFactory>::command();
        let _ = command.print_help();
        return ExitCode::SUCCESS;
    };
    match run(cli.global, command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            io::report_error(&error);
            ExitCode::from(error.exit.code())
        }
    }
}

fn run(global: cli::GlobalArgs, command: cli::Command) -> Result<(), error::Error> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| error::Error::failure(format!("cannot start the async runtime: {e}")))?;
    runtime.block_on(async {
        let ctx = context::Context::new(global);
        let result = cmd::dispatch(&ctx, command).await;
        ctx.shutdown().await;
        result
    })
}

/// `-v`: retries and notes; `-vv`: every HTTP exchange. Always to stderr.
fn init_logging(verbose: u8) {
    let level = match verbose {
        0 => return,
        1 => tracing::Level::INFO,
        _ => tracing::Level::DEBUG,
    };
    let _ = tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_target(false)
        .without_time()
        .try_init();
}
