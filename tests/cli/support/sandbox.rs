//! Runs the real `teliqon sandbox serve` for a test: its own temp dir and state file,
//! no inherited `TELIQON_*` variables, killed when dropped.

use super::http::{self, Response};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// How long the sandbox may take to print its URL and token.
const START_TIMEOUT: Duration = Duration::from_secs(30);

pub fn teliqon() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_teliqon"));
    for (name, _) in std::env::vars_os() {
        if name.to_string_lossy().starts_with("TELIQON_") {
            command.env_remove(name);
        }
    }
    command
}

/// A running `teliqon sandbox serve`.
#[derive(Debug)]
pub struct SandboxProcess {
    /// `http://127.0.0.1:PORT`.
    pub url: String,
    pub token: String,
    pub child: Child,
    pub state: PathBuf,
    stderr: Arc<Mutex<Vec<u8>>>,
    /// The temp dir this process owns (none when started on a caller's state file).
    _dir: Option<tempfile::TempDir>,
}

/// A sandbox that exited (or never printed its URL).
#[derive(Debug)]
pub struct Failed {
    pub status: Option<ExitStatus>,
    pub stdout: String,
    pub stderr: String,
}

impl SandboxProcess {
    /// A sandbox on a free port with a fresh state in its own temp dir.
    pub fn start() -> SandboxProcess {
        SandboxProcess::start_with(&[], &[])
    }

    /// Like [`start`](Self::start), with extra arguments and environment variables.
    pub fn start_with(args: &[&str], envs: &[(&str, &str)]) -> SandboxProcess {
        let dir = tempfile::tempdir().expect("temp dir");
        let state = dir.path().join("state.json");
        let mut process = SandboxProcess::start_on(&state, args, envs);
        process._dir = Some(dir);
        process
    }

    /// A sandbox on the given state file (the caller keeps its directory alive).
    pub fn start_on(state: &Path, args: &[&str], envs: &[(&str, &str)]) -> SandboxProcess {
        match SandboxProcess::spawn(state, args, envs) {
            Ok(process) => process,
            Err(failed) => panic!("the sandbox did not start: {failed:?}"),
        }
    }

    /// Starts `teliqon sandbox serve --addr 127.0.0.1:0 --state STATE ARGS…` and reads
    /// the two lines it prints.
    pub fn spawn(
        state: &Path,
        args: &[&str],
        envs: &[(&str, &str)],
    ) -> Result<SandboxProcess, Failed> {
        let data_home = state.parent().unwrap_or(Path::new(".")).join("xdg-data");
        let mut command = teliqon();
        command
            .args(["sandbox", "serve", "--addr", "127.0.0.1:0", "--state"])
            .arg(state)
            .args(args)
            .env("XDG_DATA_HOME", &data_home)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (name, value) in envs {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("spawn teliqon");

        let stderr = Arc::new(Mutex::new(Vec::new()));
        let mut err_pipe = child.stderr.take().expect("stderr");
        let sink = Arc::clone(&stderr);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });

        let (lines_tx, lines_rx) = mpsc::channel();
        let out_pipe = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out_pipe).lines() {
                match line {
                    Ok(line) => {
                        if lines_tx.send(line).is_err() {
                            break;
                        }
                    }
                    Err(_) => break,
                }
            }
        });

        let deadline = Instant::now() + START_TIMEOUT;
        let mut printed = Vec::new();
        while printed.len() < 2 {
            let left = deadline.saturating_duration_since(Instant::now());
            match lines_rx.recv_timeout(left) {
                Ok(line) => printed.push(line),
                Err(_) => {
                    let status = wait_timeout(&mut child, Duration::from_secs(5));
                    if status.is_none() {
                        let _ = child.kill();
                        let _ = child.wait();
                    }
                    // Let the stderr thread catch up.
                    std::thread::sleep(Duration::from_millis(100));
                    let stderr = String::from_utf8_lossy(&stderr.lock().unwrap()).into_owned();
                    return Err(Failed {
                        status,
                        stdout: printed.join("\n"),
                        stderr,
                    });
                }
            }
        }
        let url = printed[0]
            .strip_prefix("TELIQON_API_URL=")
            .unwrap_or_else(|| panic!("{printed:?}"))
            .to_string();
        let token = printed[1]
            .strip_prefix("TELIQON_TOKEN=")
            .unwrap_or_else(|| panic!("{printed:?}"))
            .to_string();
        Ok(SandboxProcess {
            url,
            token,
            child,
            state: state.to_path_buf(),
            stderr,
            _dir: None,
        })
    }

    /// What the process wrote on stderr so far.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }

    /// A request with the token, JSON body if given.
    pub fn call(&self, method: &str, path: &str, body: Option<&str>) -> Response {
        let mut headers = vec![("X-Access-Token", self.token.as_str())];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        http::request(
            method,
            &format!("{}{path}", self.url),
            &headers,
            body.map(str::as_bytes),
        )
        .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    pub fn get(&self, path: &str) -> Response {
        self.call("GET", path, None)
    }

    /// A request with custom headers only (no token unless given).
    pub fn raw(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: Option<&[u8]>,
    ) -> Response {
        http::request(method, &format!("{}{path}", self.url), headers, body)
            .unwrap_or_else(|e| panic!("{method} {path}: {e}"))
    }

    /// Sends SIGTERM and waits (at most `limit`) for the exit.
    #[cfg(unix)]
    pub fn terminate(&mut self, limit: Duration) -> Option<ExitStatus> {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
        wait_timeout(&mut self.child, limit)
    }
}

impl Drop for SandboxProcess {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
        let _ = self.child.wait();
    }
}

/// Waits for the child at most `limit`; `None` if it is still running.
pub fn wait_timeout(child: &mut Child, limit: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + limit;
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}
