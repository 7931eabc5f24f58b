//! Running the real `teliqon` binary in an isolated environment.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Path of the binary under test.
pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_teliqon")
}

/// A throwaway home: config, data and state dirs of one test.
pub struct Home {
    dir: tempfile::TempDir,
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn config_dir(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// The variables that isolate a run in this home (also for tmux sessions).
    pub fn env(&self) -> Vec<(String, String)> {
        let path = |p: PathBuf| p.to_string_lossy().into_owned();
        vec![
            ("HOME".into(), path(self.path().to_path_buf())),
            (
                "XDG_CONFIG_HOME".into(),
                path(self.path().join("xdg-config")),
            ),
            ("XDG_DATA_HOME".into(), path(self.path().join("xdg-data"))),
            ("TELIQON_CONFIG_DIR".into(), path(self.config_dir())),
            (
                "TELIQON_SANDBOX_STATE".into(),
                path(self.path().join("sandbox.json")),
            ),
        ]
    }

    /// A `teliqon` command with this home, no inherited TELIQON_* variables,
    /// no colour, and the D-Bus session (if any) kept for keyring tests.
    pub fn teliqon(&self) -> Cmd {
        let mut command = Command::new(bin());
        for (key, _) in std::env::vars_os() {
            let key = key.to_string_lossy().into_owned();
            if key.starts_with("TELIQON_") || key == "NO_COLOR" || key == "CLICOLOR_FORCE" {
                command.env_remove(&key);
            }
        }
        command.envs(self.env()).env("TERM", "dumb");
        command
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        Cmd {
            command,
            stdin: None,
            timeout: Duration::from_secs(60),
            secret: None,
        }
    }

    /// A `teliqon` command signed in to a server through the environment.
    pub fn teliqon_at(&self, url: &str, token: &str) -> Cmd {
        let mut cmd = self.teliqon();
        cmd.env("TELIQON_API_URL", url).env("TELIQON_TOKEN", token);
        cmd.secret(token);
        cmd
    }
}

impl Home {
    /// `teliqon --api-url URL auth login --with-token` with `token` piped on
    /// stdin (and declared a secret, so the output is checked for it).
    pub fn login_piped(&self, url: &str, token: &str) -> Cmd {
        let mut cmd = self.teliqon();
        cmd.secret(token)
            .args(["--api-url", url, "auth", "login", "--with-token"])
            .stdin(format!("{token}\n"));
        cmd
    }
}

impl Default for Home {
    fn default() -> Self {
        Home::new()
    }
}

/// A command being prepared.
pub struct Cmd {
    command: Command,
    stdin: Option<Vec<u8>>,
    timeout: Duration,
    /// A token that must not appear in the output unless the command asks for it.
    secret: Option<String>,
}

/// What a finished command did.
#[derive(Debug)]
pub struct Outcome {
    /// Exit code (signals count as 128 + signal).
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Cmd {
    pub fn args<I, S>(&mut self, args: I) -> &mut Cmd
    where
        I: IntoIterator<Item = S>,
        S: AsRef<std::ffi::OsStr>,
    {
        self.command.args(args);
        self
    }

    pub fn env(&mut self, key: &str, value: impl AsRef<std::ffi::OsStr>) -> &mut Cmd {
        self.command.env(key, value);
        self
    }

    pub fn env_remove(&mut self, key: &str) -> &mut Cmd {
        self.command.env_remove(key);
        self
    }

    pub fn stdin(&mut self, input: impl Into<Vec<u8>>) -> &mut Cmd {
        self.stdin = Some(input.into());
        self
    }

    /// Declares a token this command knows; [`Cmd::run`] then asserts it never
    /// appears in stdout or stderr, except for the commands that print it on purpose.
    pub fn secret(&mut self, token: &str) -> &mut Cmd {
        self.secret = Some(token.to_owned());
        self
    }

    fn prints_the_token_on_purpose(&self) -> bool {
        let args: Vec<String> = self
            .command
            .get_args()
            .map(|a| a.to_string_lossy().into_owned())
            .collect();
        args.windows(2)
            .any(|w| (w[0] == "auth" || w[0] == "api") && w[1] == "token")
            || args.iter().any(|a| a == "--reveal")
            || args
                .windows(2)
                .any(|w| w[0] == "sandbox" && w[1] == "serve")
    }

    pub fn timeout(&mut self, timeout: Duration) -> &mut Cmd {
        self.timeout = timeout;
        self
    }

    /// Runs to completion (killed after the timeout, which fails the test).
    pub fn run(&mut self) -> Outcome {
        if self.stdin.is_some() {
            self.command.stdin(Stdio::piped());
        }
        let mut child = self.command.spawn().expect("spawn teliqon");
        if let Some(input) = self.stdin.take() {
            let mut pipe = child.stdin.take().expect("stdin pipe");
            std::thread::spawn(move || {
                let _ = pipe.write_all(&input);
            });
        }
        let mut stdout = child.stdout.take().expect("stdout pipe");
        let mut stderr = child.stderr.take().expect("stderr pipe");
        let out = std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = stdout.read_to_end(&mut buf);
            buf
        });
        let err = std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = stderr.read_to_end(&mut buf);
            buf
        });
        let started = Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().expect("wait") {
                break status;
            }
            if started.elapsed() > self.timeout {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "teliqon {:?} did not finish within {:?}",
                    self.command.get_args().collect::<Vec<_>>(),
                    self.timeout
                );
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let code = status.code().unwrap_or_else(|| {
            use std::os::unix::process::ExitStatusExt;
            128 + status.signal().unwrap_or(0)
        });
        let outcome = Outcome {
            code,
            stdout: String::from_utf8_lossy(&out.join().unwrap()).into_owned(),
            stderr: String::from_utf8_lossy(&err.join().unwrap()).into_owned(),
        };
        if let Some(secret) = self.secret.as_deref().filter(|s| s.len() >= 8)
            && !self.prints_the_token_on_purpose()
        {
            assert!(
                !outcome.stdout.contains(secret) && !outcome.stderr.contains(secret),
                "the token leaked in the output of {:?}: {outcome:#?}",
                self.command.get_args().collect::<Vec<_>>()
            );
        }
        outcome
    }

    /// Runs and asserts exit 0; answers the outcome.
    pub fn ok(&mut self) -> Outcome {
        let outcome = self.run();
        assert_eq!(outcome.code, 0, "expected success, got {outcome:#?}");
        outcome
    }

    /// Runs and asserts the exit code; answers the outcome.
    pub fn fails(&mut self, code: i32) -> Outcome {
        let outcome = self.run();
        assert_eq!(outcome.code, code, "expected exit {code}, got {outcome:#?}");
        outcome
    }
}

impl Outcome {
    /// stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}", self.stdout))
    }

    /// Asserts stderr is a one-line `error:` with an optional `hint:` line.
    pub fn assert_clean_error(&self) {
        let lines: Vec<&str> = self
            .stderr
            .lines()
            .filter(|l| !l.starts_with("warning:"))
            .collect();
        assert!(
            !lines.is_empty() && lines[0].starts_with("error: "),
            "stderr should start with `error: `: {:?}",
            self.stderr
        );
        assert!(
            lines.len() <= 2,
            "error should be one line plus a hint: {:?}",
            self.stderr
        );
        if lines.len() == 2 {
            assert!(
                lines[1].starts_with("hint: "),
                "second line should be a hint: {:?}",
                self.stderr
            );
        }
        assert!(!self.stderr.contains("panicked"), "panic: {}", self.stderr);
    }
}
