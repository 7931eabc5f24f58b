//! `docs/openapi.yaml` documents exactly the (path, method) pairs of `api::paths::ALL`.

use crate::api::paths;
use std::collections::BTreeSet;

const OPENAPI: &str = include_str!("../../docs/openapi.yaml");
const METHODS: [&str; 8] = [
    "get", "put", "post", "patch", "delete", "head", "options", "trace",
];

/// Scans the `paths:` section line by line: path keys at two spaces, methods at four.
fn documented() -> BTreeSet<(String, String)> {
    let mut found = BTreeSet::new();
    let mut in_paths = false;
    let mut current: Option<String> = None;
    for line in OPENAPI.lines() {
        if !line.starts_with(' ') && !line.trim().is_empty() {
            in_paths = line.trim_end() == "paths:";
            current = None;
            continue;
        }
        if !in_paths {
            continue;
        }
        if let Some(key) = line.strip_prefix("  ").filter(|l| !l.starts_with(' ')) {
            current = key
                .trim_end()
                .strip_suffix(':')
                .filter(|p| p.starts_with('/'))
                .map(str::to_string);
            assert!(current.is_some(), "unexpected line under paths: {line:?}");
            continue;
        }
        if let (Some(path), Some(key)) = (
            &current,
            line.strip_prefix("    ").filter(|l| !l.starts_with(' ')),
        ) {
            let key = key.trim_end().trim_end_matches(':');
            if METHODS.contains(&key) {
                found.insert((path.clone(), key.to_uppercase()));
            }
        }
    }
    found
}

#[test]
fn openapi_documents_exactly_the_contract() {
    let expected: BTreeSet<(String, String)> = paths::ALL
        .iter()
        .flat_map(|(path, methods)| {
            methods
                .iter()
                .map(move |m| (path.to_string(), m.to_string()))
        })
        .collect();
    assert_eq!(documented(), expected);
}

#[test]
fn openapi_is_3_1_with_the_token_header() {
    assert!(OPENAPI.starts_with("openapi: 3.1"), "must be OpenAPI 3.1");
    assert!(OPENAPI.contains("name: X-Access-Token"));
    for size in crate::api::PAGE_SIZES {
        assert!(OPENAPI.contains(&format!("{size}")));
    }
}
