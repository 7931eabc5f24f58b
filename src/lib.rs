//! teliqon: the Teliqon portal's Settings page on the command line.
//!
//! `main.rs` calls [`main`]; everything else is reachable from [`cli`].

#![deny(clippy::print_stdout, clippy::print_stderr)]

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
#[allow(clippy::print_stderr)] // a test reports its seed
mod fuzz;
pub mod io;
pub mod output;
pub mod plan;
pub mod prompt;
pub mod qr;
pub mod report;
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
        Err(e) if !e.use_stderr() => {
            // --help and --version.
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(error::Exit::Usage.code());
        }
        Err(e) => {
            io::report_error(&usage_error(&e));
            return ExitCode::from(error::Exit::Usage.code());
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

/// A clap error in our shape: one `error:` line and a `hint:` line.
fn usage_error(e: &clap::Error) -> error::Error {
    let text = e.to_string();
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let mut message = lines
        .first()
        .map_or("invalid command line", |l| l.trim_start_matches("error: "))
        .to_owned();
    let mut hint = None;
    let mut usage = None;
    let mut rest = lines.iter().skip(1).peekable();
    // "…were not provided:" / "…cannot be used with:" list what matters on the
    // next lines: keep them on the one error line.
    if message.ends_with(':') {
        let mut listed = Vec::new();
        while let Some(line) =
            rest.next_if(|l| !l.starts_with("Usage: ") && !l.starts_with("tip: "))
        {
            listed.push(*line);
        }
        message = format!("{} {}", message, listed.join(", "));
    }
    for line in rest {
        if let Some(values) = line.strip_prefix("[possible values: ") {
            hint = Some(format!("possible values: {}", values.trim_end_matches(']')));
        } else if let Some(tip) = line.strip_prefix("tip: ") {
            hint.get_or_insert_with(|| tip.to_owned());
        } else if let Some(line) = line.strip_prefix("Usage: ") {
            usage = Some(line.to_owned());
        }
    }
    let hint = hint.unwrap_or_else(|| match usage {
        Some(usage) => format!("usage: {usage} (see --help)"),
        None => "see `teliqon <command> --help`".to_owned(),
    });
    error::Error::usage(message.trim_end_matches(':').trim().to_owned()).with_hint(hint)
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
