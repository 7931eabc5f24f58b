//! TLS with an extra CA, proxies, and the plain-HTTP policy.

use crate::support::Home;
use crate::support::proxy::ConnectProxy;
use crate::support::sandbox::SandboxProcess;
use crate::support::tls::TlsFront;
use std::net::SocketAddr;

fn backend(server: &SandboxProcess) -> SocketAddr {
    server.url.trim_start_matches("http://").parse().unwrap()
}

#[test]
fn a_custom_ca_is_trusted_only_when_given() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let front = TlsFront::start(backend(&server), home.path());

    let untrusted = home
        .teliqon_at(&front.url, &server.token)
        .args(["did", "show", "--max-retries", "0"])
        .fails(6);
    untrusted.assert_clean_error();
    assert!(
        untrusted.stderr.to_lowercase().contains("certificate"),
        "{}",
        untrusted.stderr
    );

    home.teliqon_at(&front.url, &server.token)
        .args(["did", "show", "--ca-file"])
        .args([&front.ca_file])
        .ok();
    home.teliqon_at(&front.url, &server.token)
        .env("TELIQON_CA_BUNDLE", &front.ca_file)
        .args(["settings", "show", "-o", "json"])
        .ok();
}

#[test]
fn a_bad_ca_file_is_a_usage_error() {
    let home = Home::new();
    let junk = home.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    for file in [junk.clone(), home.path().join("missing.pem")] {
        let out = home
            .teliqon_at("https://127.0.0.1:9", "tq_0123456789abcdef")
            .args(["did", "show", "--ca-file"])
            .args([&file])
            .fails(2);
        out.assert_clean_error();
        assert!(
            out.stderr.contains(&*file.to_string_lossy()),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn https_proxy_is_honoured_and_no_proxy_bypasses_it() {
    let server = SandboxProcess::start();
    let home = Home::new();
    let front = TlsFront::start(backend(&server), home.path());
    let proxy = ConnectProxy::start();
    let host = front.url.trim_start_matches("https://").to_owned();

    home.teliqon_at(&front.url, &server.token)
        .env("HTTPS_PROXY", &proxy.url)
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .args(["did", "show", "--ca-file"])
        .args([&front.ca_file])
        .ok();
    assert!(
        proxy.targets().contains(&host),
        "CONNECT {host} via the proxy: {:?}",
        proxy.targets()
    );

    let before = proxy.targets().len();
    home.teliqon_at(&front.url, &server.token)
        .env("HTTPS_PROXY", &proxy.url)
        .env("NO_PROXY", "127.0.0.1")
        .args(["did", "show", "--ca-file"])
        .args([&front.ca_file])
        .ok();
    assert_eq!(proxy.targets().len(), before, "NO_PROXY bypasses the proxy");
}
