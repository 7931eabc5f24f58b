//! teliqon: the Teliqon portal's Settings page on the command line.
//!
//! `main.rs` calls [`main`]; everything else is reachable from [`cli`].

#![deny(clippy::print_stdout)]

pub mod api;
pub mod change;
pub mod cli;
pub mod client;
pub mod cmd;
pub mod config;
pub mod context;
pub mod credentials;
pub mod error;
pub mod files;
#[cfg(test)]
mod fuzz;
pub mod io;
pub mod output;
pub mod plan;
pub mod prompt;
pub mod qr;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod secret;
pub mod settings_file;
pub mod totp_check;
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
    let result = match cli.command {
        None => cmd::overview::print(),
        // Local-only commands: no runtime, config, keyring or network.
        Some(cli::Command::Completions(args)) => {
            cmd::completions::run(&io::Io::detect(cli.global.quiet, true), args)
        }
        Some(cli::Command::Man(args)) => {
            cmd::man::run(&io::Io::detect(cli.global.quiet, true), args)
        }
        Some(command) => run(cli.global, command),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            io::report_error(&error);
            ExitCode::from(error.exit.code())
        }
    }
}

fn run(global: cli::GlobalArgs, command: cli::Command) -> Result<(), error::Error> {
    // One thread is enough for a client; a server (the sandbox, in-process or
    // in the foreground) answers concurrent requests better on all cores.
    #[cfg(feature = "sandbox")]
    let serves = global.sandbox || matches!(command, cli::Command::Sandbox(_));
    #[cfg(not(feature = "sandbox"))]
    let serves = false;
    let mut builder = if serves {
        tokio::runtime::Builder::new_multi_thread()
    } else {
        tokio::runtime::Builder::new_current_thread()
    };
    let runtime = builder
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
