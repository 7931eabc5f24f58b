//! `teliqon 2fa totp enable`: enrolment with a QR code on a terminal, or the
//! setup key for a script (`--show-secret`) and `confirm` later.

use crate::api::{ErrorCode, TotpEnrolment};
use crate::client::{Client, ClientError, StartedEnrolment};
use crate::cmd::twofa::{code_error, print_after_change};
use crate::context::Context;
use crate::error::{Error, Exit};
use crate::output::settings::key_value_lines;
use crate::output::{Format, print_json};
use crate::prompt;
use crate::qr::{Matrix, Style};
use crate::totp_check::{CodeChecker, group_key, parse_code};
use clap::Args;
use serde::Serialize;

/// Wrong codes allowed before giving up.
const TRIES: u32 = 3;
/// Clock difference to the server that makes codes fail, in seconds.
const MAX_SKEW_SECONDS: i64 = 15;

#[derive(Debug, Args)]
pub struct EnableArgs {
    /// Print the setup key and otpauth:// URI (even to a pipe) and leave the enrolment pending for `2fa totp confirm`
    #[arg(long)]
    pub show_secret: bool,

    /// Do not draw the QR code; show the setup key and the otpauth:// URI only
    #[arg(long)]
    pub no_qr: bool,

    /// Draw the block-character QR code for light text on a dark background (colour QR codes need no inverting)
    #[arg(long)]
    pub qr_invert: bool,
}

/// What `--show-secret` prints.
#[derive(Serialize)]
struct SecretOutput<'a> {
    secret: &'a str,
    otpauth_uri: &'a str,
    expires_at: String,
}

pub async fn run(ctx: &Context, args: EnableArgs) -> Result<(), Error> {
    let format = ctx.format().expect_one_of(&[Format::Table, Format::Json])?;
    let interactive = !args.show_secret && ctx.io.stdout_is_tty && ctx.io.can_prompt();
    if !interactive && !args.show_secret {
        // Refuse before starting an enrolment: nothing changes on the server.
        let why = if ctx.io.no_input {
            "--no-input was given"
        } else if !ctx.io.stdout_is_tty {
            "stdout is not a terminal"
        } else {
            "input is not a terminal"
        };
        return Err(Error::usage(format!(
            "`2fa totp enable` shows a secret setup key and asks for a code, but {why}"
        ))
        .with_hint(
            "run it in a terminal, or pass --show-secret to print the key and URI, \
             then finish with `teliqon 2fa totp confirm --code CODE`",
        ));
    }

    let mut interrupts = Interrupts::catch();
    let client = ctx.client().await?;
    let started = tokio::select! {
        biased;
        _ = interrupts.recv() => return Err(cancelled_before_start()),
        started = client.start_totp_enrolment() => started.map_err(start_error)?,
    };
    let offset = clock_offset(ctx, &started);
    let enrolment = &started.enrolment;
    if !interactive {
        return print_secret(ctx, format, enrolment);
    }
    show_enrolment(ctx, &args, enrolment)?;
    let state = ask_and_confirm(ctx, client, enrolment, offset, &mut interrupts).await?;
    ctx.io
        .note("TOTP is on: signing in now needs a code from the authenticator app.");
    print_after_change(ctx, state)
}

fn start_error(error: ClientError) -> Error {
    let conflict = matches!(&error, ClientError::Rejected { code, .. }
        if code == ErrorCode::Conflict.as_str());
    let error = Error::from(error);
    if conflict {
        error.with_hint(
            "TOTP is already on; to enrol a new app, run `teliqon 2fa totp disable` first",
        )
    } else {
        error
    }
}

fn cancelled_before_start() -> Error {
    Error::cancelled("cancelled; TOTP stays off")
}

/// Local time minus server time, in seconds; warns when it would break codes.
fn clock_offset(ctx: &Context, started: &StartedEnrolment) -> i64 {
    let Some(server) = started.server_date else {
        return 0;
    };
    let offset = jiff::Timestamp::now().as_second() - server.as_second();
    if offset.abs() > MAX_SKEW_SECONDS {
        ctx.io.warn(&format!(
            "this computer's clock is {} s {} the API server's; codes computed here may be \
             rejected (turn on automatic time, e.g. `timedatectl set-ntp true`)",
            offset.abs(),
            if offset > 0 { "ahead of" } else { "behind" }
        ));
    }
    offset
}

/// When the pending enrolment expires, in local time (`15:04:05`).
fn expiry(enrolment: &TotpEnrolment) -> String {
    let zone = jiff::tz::TimeZone::system();
    enrolment
        .expires_at
        .to_zoned_datetime(zone)
        .strftime("%H:%M:%S")
        .to_string()
}

fn print_secret(ctx: &Context, format: Format, enrolment: &TotpEnrolment) -> Result<(), Error> {
    let output = SecretOutput {
        secret: &enrolment.secret,
        otpauth_uri: &enrolment.otpauth_uri,
        expires_at: enrolment.expires_at.to_string(),
    };
    match format {
        Format::Json => print_json(&ctx.io, &output)?,
        _ => {
            let value = serde_json::to_value(&output)
                .map_err(|e| Error::failure(format!("cannot encode the enrolment: {e}")))?;
            ctx.io.out(&key_value_lines("", &value))?;
        }
    }
    ctx.io.note(&format!(
        "TOTP enrolment started; TOTP stays off until it is confirmed. Add the key to an \
         authenticator app, then run `teliqon 2fa totp confirm --code CODE` before {} \
         (10 minutes).",
        expiry(enrolment)
    ));
    Ok(())
}

/// Draws the QR code (unless `--no-qr` or too narrow) and the setup key.
fn show_enrolment(
    ctx: &Context,
    args: &EnableArgs,
    enrolment: &TotpEnrolment,
) -> Result<(), Error> {
    let io = &ctx.io;
    let mut qr_shown = false;
    if !args.no_qr {
        let matrix = Matrix::encode(&enrolment.otpauth_uri)?;
        let columns = dialoguer::console::Term::stdout()
            .size_checked()
            .map(|(_, columns)| usize::from(columns));
        if columns.is_some_and(|c| c < matrix.columns()) {
            io.warn(&format!(
                "the terminal is {} columns wide and the QR code needs {}: widen the window \
                 and run this again, or type the setup key",
                columns.unwrap_or(0),
                matrix.columns()
            ));
        } else {
            let style = if io.color {
                Style::Color
            } else {
                Style::Blocks {
                    invert: args.qr_invert,
                }
            };
            io.out(&matrix.render(style))?;
            qr_shown = true;
        }
    }
    let mut text = format!(
        "{} {}\n",
        io.paint("1", "Setup key:"),
        group_key(&enrolment.secret)
    );
    if !qr_shown {
        text.push_str(&format!(
            "{} {}\n",
            io.paint("1", "URI:"),
            enrolment.otpauth_uri
        ));
    }
    io.out(&text)?;
    io.note(&format!(
        "{} with an authenticator app\n(Google Authenticator, 2FAS, Authy, Microsoft \
         Authenticator, 1Password…), then type the code it shows.\n\
         TOTP stays off until a code is confirmed; this enrolment expires at {}.",
        if qr_shown {
            "Scan the QR code or type the setup key"
        } else {
            "Type the setup key (or open the URI)"
        },
        expiry(enrolment)
    ));
    Ok(())
}

/// Up to [`TRIES`] codes, each checked locally and then by the API.
async fn ask_and_confirm(
    ctx: &Context,
    client: &Client,
    enrolment: &TotpEnrolment,
    offset: i64,
    interrupts: &mut Interrupts,
) -> Result<crate::api::TwoFactor, Error> {
    let checker = CodeChecker::from_uri(&enrolment.otpauth_uri);
    let stays_off = || {
        format!(
            "TOTP stays off (the pending enrolment expires at {})",
            expiry(enrolment)
        )
    };
    for attempt in 1..=TRIES {
        let left = TRIES - attempt;
        if interrupts.pressed().await {
            return Err(Error::cancelled(format!("cancelled; {}", stays_off())));
        }
        let answer = prompt::text(&ctx.io, "6-digit code from the app", None, "--code CODE")
            .map_err(|e| {
                if e.exit == Exit::Cancelled {
                    // The prompt line was left open by Ctrl-C.
                    crate::io::stderr_line("");
                    Error::cancelled(format!("cancelled; {}", stays_off()))
                } else {
                    e.context(stays_off())
                }
            })?;
        let code = match parse_code(&answer) {
            Ok(code) => code,
            Err(_) => {
                wrong(ctx, "a code is 6 digits", left);
                continue;
            }
        };
        // The server's clock decides; the authenticator app is assumed to be right.
        let server_now = u64::try_from(jiff::Timestamp::now().as_second() - offset).unwrap_or(0);
        if checker
            .as_ref()
            .is_some_and(|c| !c.check(&code, server_now))
        {
            wrong(ctx, "that code does not match this setup key", left);
            continue;
        }
        let answer = tokio::select! {
            biased;
            _ = interrupts.recv() => {
                return Err(Error::cancelled(
                    "cancelled while the API was confirming the code; TOTP may be on",
                )
                .with_hint("check with `teliqon 2fa show`"));
            }
            answer = client.confirm_totp(&code) => answer,
        };
        match answer {
            Ok(state) => return Ok(state),
            Err(ClientError::Rejected { code, message, .. })
                if code == ErrorCode::InvalidCode.as_str() =>
            {
                wrong(
                    ctx,
                    &format!("the API did not accept the code: {message}"),
                    left,
                );
            }
            Err(error) => return Err(code_error(error).context(stays_off())),
        }
    }
    Err(
        Error::failure(format!("{TRIES} wrong codes; {}", stays_off())).with_hint(
            "run `teliqon 2fa totp enable` again, and check that the app's entry is the new one \
         and the phone's clock is set automatically",
        ),
    )
}

fn wrong(ctx: &Context, what: &str, left: u32) {
    let tries = match left {
        0 => String::new(),
        1 => " (1 try left)".to_owned(),
        n => format!(" ({n} tries left)"),
    };
    ctx.io.warn(&format!("{what}{tries}"));
}

/// Ctrl-C caught while the flow runs, so it can say in which state it leaves
/// TOTP. A prompt that reads Ctrl-C itself re-raises SIGINT, which lands here
/// and makes the prompt fail as interrupted.
struct Interrupts {
    #[cfg(unix)]
    signal: Option<tokio::signal::unix::Signal>,
}

impl Interrupts {
    fn catch() -> Interrupts {
        Interrupts {
            #[cfg(unix)]
            signal: tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok(),
        }
    }

    /// Waits for Ctrl-C (forever where it cannot be caught).
    async fn recv(&mut self) {
        #[cfg(unix)]
        if let Some(signal) = &mut self.signal {
            signal.recv().await;
            return;
        }
        std::future::pending::<()>().await
    }

    /// Whether Ctrl-C was pressed since the last look, without waiting.
    async fn pressed(&mut self) -> bool {
        tokio::select! {
            biased;
            _ = self.recv() => true,
            _ = std::future::ready(()) => false,
        }
    }
}
