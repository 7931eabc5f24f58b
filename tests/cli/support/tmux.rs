//! Driving the binary in a pseudo-terminal through tmux (prompts, colour, TTY tables).

use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, Instant};

static NEXT: AtomicU32 = AtomicU32::new(0);

/// A detached tmux session running one shell command; killed on drop.
pub struct Tmux {
    name: String,
    socket: String,
    /// `TELIQON_TOKEN` of the session: it must never show on the screen.
    token: Option<String>,
}

impl Tmux {
    /// Starts `command` (a shell line) in a 120×50 terminal with `env` set.
    pub fn start(dir: &Path, env: &[(&str, &str)], command: &str) -> Tmux {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let name = format!("teliqon-{}-{n}", std::process::id());
        // One server per session: a new session on a socket whose server is
        // still shutting down fails.
        let socket = dir
            .join(format!("tmux-{n}.sock"))
            .to_string_lossy()
            .into_owned();
        let mut script = String::new();
        for (key, value) in env {
            script.push_str(&format!(
                "export {key}='{}'; ",
                value.replace('\'', r"'\''")
            ));
        }
        // Keep the pane after the command ends so its output and status can be read.
        script.push_str(&format!("{command}; echo \"[exit $?]\"; sleep 600"));
        // Accept OSC 52 from the program into a paste buffer (`Tmux::buffer`).
        let conf = dir.join("tmux.conf");
        std::fs::write(&conf, "set -g set-clipboard on\n").expect("write tmux.conf");
        let status = Command::new("tmux")
            .args(["-S", &socket, "-f"])
            .arg(&conf)
            .args(["new-session", "-d", "-x", "120", "-y", "50", "-s", &name])
            .arg("bash")
            .arg("--norc")
            .arg("--noprofile")
            .arg("-c")
            .arg(&script)
            .env_remove("TMUX")
            .status()
            .expect("tmux must be installed (Debian package tmux)");
        assert!(status.success(), "tmux new-session failed");
        let token = env
            .iter()
            .find(|(key, value)| *key == "TELIQON_TOKEN" && value.len() >= 8)
            .map(|(_, value)| (*value).to_owned());
        Tmux {
            name,
            socket,
            token,
        }
    }

    /// Types text (literally) into the terminal.
    pub fn send_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.name, "-l", text]);
    }

    /// Sends a key by tmux name (`Enter`, `C-c`).
    pub fn send_key(&self, key: &str) {
        self.tmux(&["send-keys", "-t", &self.name, key]);
    }

    /// The visible screen (with escape sequences when `ansi`).
    pub fn screen(&self, ansi: bool) -> String {
        let mut args = vec![
            "capture-pane",
            "-p",
            "-J",
            "-t",
            self.name.as_str(),
            "-S",
            "-200",
        ];
        if ansi {
            args.push("-e");
        }
        let output = Command::new("tmux")
            .args(["-S", &self.socket])
            .args(&args)
            .output()
            .expect("tmux capture-pane");
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// The newest paste buffer (what a program copied with OSC 52), if any.
    pub fn buffer(&self) -> Option<String> {
        let output = Command::new("tmux")
            .args(["-S", &self.socket, "show-buffer"])
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// Waits until the screen contains `needle`; panics with the screen after `timeout`.
    pub fn wait_for(&self, needle: &str, timeout: Duration) -> String {
        let started = Instant::now();
        loop {
            let screen = self.screen(false);
            if screen.contains(needle) {
                return screen;
            }
            if started.elapsed() > timeout {
                panic!("timed out waiting for {needle:?}; screen:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits for the command to end and answers its exit status. The session's
    /// token must not be on the screen (teliqon never prints it to a terminal
    /// unless asked, and no test here asks).
    pub fn wait_exit(&self, timeout: Duration) -> i32 {
        let screen = self.wait_for("[exit ", timeout);
        if let Some(token) = &self.token {
            assert!(
                !screen.contains(token.as_str()),
                "the token is on the screen:\n{screen}"
            );
        }
        let tail = &screen[screen.rfind("[exit ").unwrap() + 6..];
        tail[..tail.find(']').unwrap()].parse().unwrap()
    }

    fn tmux(&self, args: &[&str]) {
        let status = Command::new("tmux")
            .args(["-S", &self.socket])
            .args(args)
            .status()
            .expect("tmux");
        assert!(status.success(), "tmux {args:?} failed");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["-S", &self.socket, "kill-server"])
            .status();
    }
}
