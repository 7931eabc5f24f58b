//! The terminal: what is a TTY, whether to use colour, and where text goes.
//!
//! Data goes to stdout through [`Io::out`]; notes, warnings and prompts go to
//! stderr. Colour only on a terminal, never with `NO_COLOR` or `TERM=dumb`
//! (`CLICOLOR_FORCE=1` forces it). A closed stdout (`| head -1`) ends the
//! command quietly.

use crate::error::Error;
use std::io::{IsTerminal, Write};

/// Facts about the process's terminal, read once at start.
#[derive(Debug, Clone)]
pub struct Io {
    pub stdin_is_tty: bool,
    pub stdout_is_tty: bool,
    pub stderr_is_tty: bool,
    /// Colour on stdout.
    pub color: bool,
    /// Colour on stderr.
    pub color_stderr: bool,
    /// `--quiet`: no notes on stderr.
    pub quiet: bool,
    /// `--no-input`: never prompt.
    pub no_input: bool,
}

impl Io {
    pub fn detect(quiet: bool, no_input: bool) -> Io {
        let stdout_is_tty = std::io::stdout().is_terminal();
        let stderr_is_tty = std::io::stderr().is_terminal();
        Io {
            stdin_is_tty: std::io::stdin().is_terminal(),
            stdout_is_tty,
            stderr_is_tty,
            color: color_allowed(stdout_is_tty),
            color_stderr: color_allowed(stderr_is_tty),
            quiet,
            no_input,
        }
    }

    /// Whether a prompt may be shown (stdin and stderr are terminals, no `--no-input`).
    pub fn can_prompt(&self) -> bool {
        self.stdin_is_tty && self.stderr_is_tty && !self.no_input
    }

    /// Writes data to stdout.
    pub fn out(&self, text: &str) -> Result<(), Error> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.flush()?;
        Ok(())
    }

    /// Writes one line of data to stdout.
    pub fn outln(&self, text: &str) -> Result<(), Error> {
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(text.as_bytes())?;
        stdout.write_all(b"\n")?;
        stdout.flush()?;
        Ok(())
    }

    /// A status note on stderr (suppressed by `--quiet`).
    pub fn note(&self, text: &str) {
        if !self.quiet {
            stderr_line(text);
        }
    }

    /// A warning on stderr (always shown).
    pub fn warn(&self, text: &str) {
        let label = if self.color_stderr {
            "\x1b[33mwarning:\x1b[0m"
        } else {
            "warning:"
        };
        stderr_line(&format!("{label} {text}"));
    }

    /// Paints `text` with an SGR colour code when stdout has colour.
    pub fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }
}

/// The colour policy, in one place.
pub fn color_allowed(is_tty: bool) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("NO_COLOR") {
        return false;
    }
    if std::env::var_os("CLICOLOR_FORCE").is_some_and(|v| !v.is_empty() && v != "0") {
        return true;
    }
    is_tty && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// Writes a line to stderr. A closed stderr is ignored: `eprintln!` would panic
/// there, and a note must never turn a done change into a crash.
pub fn stderr_line(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.write_all(b"\n");
}

/// Writes text to stderr as is (see [`stderr_line`]).
pub fn stderr_text(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Prints a failure as `error: …` and `hint: …` on stderr.
pub fn report_error(error: &Error) {
    if error.quiet {
        return;
    }
    let color = color_allowed(std::io::stderr().is_terminal());
    let _ = std::io::stderr()
        .lock()
        .write_all(render_error(error, color).as_bytes());
}

/// The text [`report_error`] prints: one `error:` line and maybe one `hint:` line.
/// Control characters in the texts (a server's message may hold newlines or
/// terminal escapes) are shown as spaces.
pub fn render_error(error: &Error, color: bool) -> String {
    let (red, cyan, reset) = if color {
        ("\x1b[1;31m", "\x1b[36m", "\x1b[0m")
    } else {
        ("", "", "")
    };
    let clean = |text: &str| -> String {
        text.chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect()
    };
    let mut out = format!("{red}error:{reset} {}\n", clean(&error.message));
    if let Some(hint) = &error.hint {
        out.push_str(&format!("{cyan}hint:{reset} {}\n", clean(hint)));
    }
    out
}
