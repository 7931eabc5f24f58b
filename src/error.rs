//! The one error type of the CLI and the table of exit codes.
//!
//! Every failure is printed as one line `error: <what>` followed, where one
//! helps, by `hint: <how to fix it>`; the process exits with [`Exit::code`].

use crate::client::ClientError;
use std::fmt;

/// Documented exit codes (README, man page `EXIT STATUS`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: success.
    Ok,
    /// 1: any other failure.
    Failure,
    /// 2: wrong flags, arguments or input files.
    Usage,
    /// 3: `settings plan --detailed-exitcode` found a difference.
    Drift,
    /// 4: not signed in, or the token was rejected.
    Auth,
    /// 5: the API refused the request (4xx other than 401/403).
    Refused,
    /// 6: server error, network or TLS failure, or an unreadable answer.
    Network,
    /// 130: cancelled by the user (Ctrl-C, or "no" at a confirmation).
    Cancelled,
}

impl Exit {
    pub const ALL: [Exit; 8] = [
        Exit::Ok,
        Exit::Failure,
        Exit::Usage,
        Exit::Drift,
        Exit::Auth,
        Exit::Refused,
        Exit::Network,
        Exit::Cancelled,
    ];

    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::Failure => 1,
            Exit::Usage => 2,
            Exit::Drift => 3,
            Exit::Auth => 4,
            Exit::Refused => 5,
            Exit::Network => 6,
            Exit::Cancelled => 130,
        }
    }

    /// One line for the README and man page table.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Ok => "success",
            Exit::Failure => "any other failure",
            Exit::Usage => "usage error: wrong flags, arguments or input file",
            Exit::Drift => "`settings plan --detailed-exitcode` found a difference",
            Exit::Auth => "not signed in, or the token was rejected",
            Exit::Refused => "the API refused the request (nothing was changed)",
            Exit::Network => "server, network or TLS failure, or an unreadable answer",
            Exit::Cancelled => "cancelled (Ctrl-C, or declined a confirmation)",
        }
    }
}

/// A failure that ends the command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub exit: Exit,
    /// What went wrong, one line, no trailing period needed.
    pub message: String,
    /// How to fix it, one line.
    pub hint: Option<String>,
    /// Already reported (e.g. a broken pipe or a drift result): exit without printing.
    pub quiet: bool,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(exit: Exit, message: impl Into<String>) -> Error {
        Error {
            exit,
            message: message.into(),
            hint: None,
            quiet: false,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    pub fn failure(message: impl Into<String>) -> Error {
        Error::new(Exit::Failure, message)
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::new(Exit::Usage, message)
    }

    pub fn auth(message: impl Into<String>) -> Error {
        Error::new(Exit::Auth, message)
    }

    pub fn refused(message: impl Into<String>) -> Error {
        Error::new(Exit::Refused, message)
    }

    pub fn network(message: impl Into<String>) -> Error {
        Error::new(Exit::Network, message)
    }

    pub fn cancelled(message: impl Into<String>) -> Error {
        Error::new(Exit::Cancelled, message)
    }

    /// An exit code without a message (the outcome was already printed).
    pub fn silent(exit: Exit) -> Error {
        Error {
            exit,
            message: String::new(),
            hint: None,
            quiet: true,
        }
    }

    /// A prompt was needed but input is not interactive.
    pub fn needs_input(what: &str, flag: &str) -> Error {
        Error::usage(format!(
            "{what} needs an answer, but input is not interactive"
        ))
        .with_hint(format!("pass {flag}"))
    }

    /// Adds a prefix to the message (`while applying x: …`).
    pub fn context(mut self, prefix: impl fmt::Display) -> Error {
        self.message = format!("{prefix}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Error {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            // The reader went away (`teliqon … | head -1`): stop quietly.
            return Error::silent(Exit::Ok);
        }
        Error::failure(e.to_string())
    }
}

// How API failures reach the user: the client classifies, the CLI decides
// the exit code and the hint (the client knows nothing of the CLI).

/// The documented exit code for this failure.
pub fn exit_of(error: &ClientError) -> Exit {
    match error {
        ClientError::Auth { .. } => Exit::Auth,
        ClientError::Rejected { .. } => Exit::Refused,
        ClientError::Server { .. }
        | ClientError::RateLimited { .. }
        | ClientError::Transport { .. }
        | ClientError::Decode { .. } => Exit::Network,
        ClientError::Setup { .. } => Exit::Usage,
    }
}

fn hint_of(error: &ClientError) -> Option<String> {
    Some(
        match error {
            ClientError::Auth { .. } => {
                "run `teliqon auth login`, or check TELIQON_TOKEN and the profile's API URL"
            }
            ClientError::Rejected { status: 404, .. } => {
                "the API does not know this request: check --api-url (the URL from API Settings)"
            }
            ClientError::Rejected { .. } => "the API refused it; nothing was changed",
            ClientError::Server { .. } => "the API is failing; try again later",
            ClientError::RateLimited { .. } => {
                "wait a minute and try again, or allow more tries with --max-retries"
            }
            ClientError::Transport { .. } => {
                "check the network and the API URL (`teliqon auth status`, --api-url)"
            }
            ClientError::Decode { .. } => {
                "is the API URL the one the portal's API Settings section shows? check --api-url"
            }
            ClientError::Setup { hint, .. } => return Some(hint.clone()),
        }
        .to_owned(),
    )
}

impl From<ClientError> for Error {
    fn from(err: ClientError) -> Error {
        let mut error = Error::new(exit_of(&err), err.to_string());
        if let Some(hint) = hint_of(&err) {
            error = error.with_hint(hint);
        }
        error
    }
}

#[cfg(test)]
mod client_error_tests {
    use super::*;

    #[test]
    fn every_kind_has_its_exit_code() {
        let auth = ClientError::Auth {
            status: 401,
            message: "bad token".into(),
        };
        assert_eq!(Error::from(auth).exit, Exit::Auth);
        let refused = ClientError::Rejected {
            status: 400,
            code: "invalid_request".into(),
            message: "bad".into(),
        };
        assert_eq!(Error::from(refused).exit, Exit::Refused);
        let transport = ClientError::Transport {
            message: "connection refused".into(),
            tries: 4,
        };
        let error = Error::from(transport);
        assert_eq!(error.exit, Exit::Network);
        assert!(error.message.contains("after 4 tries"), "{}", error.message);
    }
}

#[cfg(test)]
mod readme_tests {
    use super::Exit;

    /// README's exit-code table is this table.
    #[test]
    fn readme_lists_every_exit_code() {
        let readme = include_str!("../README.md");
        let start = readme
            .find("<!-- exit-codes -->")
            .expect("exit-codes marker");
        let end = readme.find("<!-- /exit-codes -->").expect("end marker");
        let table = &readme[start..end];
        for exit in Exit::ALL {
            let row = format!("| {} | {} |", exit.code(), exit.meaning());
            assert!(table.contains(&row), "README lacks {row:?}");
        }
        assert_eq!(
            table.matches("\n| ").count(),
            Exit::ALL.len() + 1,
            "no extra rows"
        );
    }
}
