//! The one-way dependencies of the architecture, kept true by a test:
//! `api` imports nothing of ours; `client` and `sandbox` build on `api` and
//! never see each other; the client maps nothing to the CLI (exit codes and
//! hints live in `error`); `secret` is a leaf both may use, and the sandbox
//! reports its own startup failures as the CLI's `error::Error`; `output`
//! renders and knows nothing of HTTP.

use std::path::{Path, PathBuf};

fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

/// Every `crate::<module>` a module's files name, with the file naming it.
fn crate_paths(module: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(module);
    let mut found = Vec::new();
    for file in sources(&dir) {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            found.push((name, file.display().to_string()));
        }
    }
    found
}

fn assert_only(module: &str, allowed: &[&str]) {
    for (name, file) in crate_paths(module) {
        assert!(
            allowed.contains(&name.as_str()),
            "{file} uses crate::{name}; `{module}` may only use {allowed:?}"
        );
    }
}

fn assert_no_text(module: &str, needles: &[&str]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(module);
    for file in sources(&dir) {
        let text = std::fs::read_to_string(&file).unwrap();
        for needle in needles {
            assert!(
                !text.contains(needle),
                "{} mentions {needle}",
                file.display()
            );
        }
    }
}

#[test]
fn api_imports_nothing_of_ours() {
    assert_only("api", &["api"]);
    assert_no_text("api", &["reqwest", "axum"]);
}

#[test]
fn client_and_sandbox_build_only_on_the_contract() {
    assert_only("client", &["api", "client", "secret"]);
    assert_only("sandbox", &["api", "sandbox", "error", "secret"]);
    assert_no_text("client", &["axum"]);
    assert_no_text("sandbox", &["reqwest"]);
}

#[test]
fn secret_is_a_leaf() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/secret.rs"))
        .unwrap();
    assert!(
        !text.contains("crate::"),
        "src/secret.rs must import nothing of ours"
    );
}

#[test]
fn output_knows_nothing_of_http() {
    for (name, file) in crate_paths("output") {
        assert!(
            !["client", "sandbox", "context", "credentials"].contains(&name.as_str()),
            "{file} uses crate::{name}"
        );
    }
    assert_no_text("output", &["reqwest", "axum"]);
}
