//! A throwaway home signed in (through the environment) to its own sandbox process.

use super::cmd::{Home, Outcome};
use super::sandbox::SandboxProcess;
use serde_json::Value;
use std::path::PathBuf;

pub struct Env {
    pub home: Home,
    pub sandbox: SandboxProcess,
}

impl Env {
    pub fn new() -> Env {
        Env::with_faults(&[])
    }

    /// With sandbox arguments, e.g. `["--fault", "kind=status:500,method=PATCH"]`.
    pub fn with_faults(args: &[&str]) -> Env {
        Env {
            home: Home::new(),
            sandbox: SandboxProcess::start_with(args, &[]),
        }
    }

    pub fn run(&self, args: &[&str]) -> Outcome {
        self.home
            .teliqon_at(&self.sandbox.url, &self.sandbox.token)
            .args(args)
            .run()
    }

    pub fn run_stdin(&self, args: &[&str], input: &str) -> Outcome {
        self.home
            .teliqon_at(&self.sandbox.url, &self.sandbox.token)
            .args(args)
            .stdin(input)
            .run()
    }

    pub fn ok(&self, args: &[&str]) -> Outcome {
        let outcome = self.run(args);
        assert_eq!(outcome.code, 0, "{args:?}: {outcome:#?}");
        outcome
    }

    pub fn fails(&self, code: i32, args: &[&str]) -> Outcome {
        let outcome = self.run(args);
        assert_eq!(outcome.code, code, "{args:?}: {outcome:#?}");
        outcome
    }

    /// `settings show -o json`.
    pub fn settings(&self) -> Value {
        self.ok(&["settings", "show", "-o", "json"]).json()
    }

    /// Writes a file in the home; answers its path.
    pub fn write(&self, name: &str, text: &str) -> String {
        let path: PathBuf = self.home.path().join(name);
        std::fs::write(&path, text).unwrap();
        path.to_string_lossy().into_owned()
    }
}

/// `value` with the JSON pointer `pointer` replaced by `new`.
pub fn with(mut value: Value, pointer: &str, new: Value) -> Value {
    *value.pointer_mut(pointer).unwrap() = new;
    value
}
