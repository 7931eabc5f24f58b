//! Questions on the terminal (stderr). Each names the flag that answers it
//! non-interactively, and fails instead of asking when input is not a terminal.

use crate::error::Error;
use crate::io::Io;
use crate::secret::Secret;
use dialoguer::console::Term;
use dialoguer::{Confirm, Input, Password};

fn prompt_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        Error::cancelled("cancelled")
    } else {
        Error::failure(format!("cannot read the answer: {io}"))
    }
}

/// Asks for a line of text; `flag` is how to give it without a prompt.
pub fn text(io: &Io, question: &str, default: Option<&str>, flag: &str) -> Result<String, Error> {
    if !io.can_prompt() {
        return Err(Error::needs_input(question, flag));
    }
    let mut input = Input::<String>::new().with_prompt(question);
    if let Some(default) = default {
        input = input.default(default.to_owned());
    }
    input
        .interact_text_on(&Term::stderr())
        .map_err(prompt_error)
}

/// Asks for a secret without echo.
pub fn secret(io: &Io, question: &str, flag: &str) -> Result<Secret, Error> {
    if !io.can_prompt() {
        return Err(Error::needs_input(question, flag));
    }
    Password::new()
        .with_prompt(question)
        .interact_on(&Term::stderr())
        .map(Secret::new)
        .map_err(prompt_error)
}

/// Asks yes/no (default no).
pub fn confirm(io: &Io, question: &str, flag: &str) -> Result<bool, Error> {
    if !io.can_prompt() {
        return Err(Error::needs_input(question, flag));
    }
    Confirm::new()
        .with_prompt(question)
        .default(false)
        .interact_on(&Term::stderr())
        .map_err(prompt_error)
}
