//! How the client connects: timeouts, retries, extra CA, plain-HTTP policy.

use super::ClientError;
use reqwest::Url;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

/// Connection settings, from flags, environment and config.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Time limit for establishing a connection (TCP + TLS).
    pub connect_timeout: Duration,
    /// Time limit for one whole request, answer included.
    pub timeout: Duration,
    /// Extra tries after the first for retryable failures.
    pub max_retries: u32,
    /// A PEM bundle of extra trusted CAs (corporate TLS interception).
    pub ca_file: Option<PathBuf>,
    /// Allow `http://` to hosts other than loopback.
    pub allow_insecure_http: bool,
}

impl Default for ClientOptions {
    fn default() -> Self {
        ClientOptions {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            max_retries: 3,
            ca_file: None,
            allow_insecure_http: false,
        }
    }
}

/// Parses an API base URL and applies the plain-HTTP policy.
///
/// `https://` is always fine; `http://` only for loopback hosts (the sandbox)
/// unless `allow_insecure_http`.
pub fn check_base_url(raw: &str, allow_insecure_http: bool) -> Result<Url, ClientError> {
    let setup = |message: String, hint: &str| ClientError::Setup {
        message,
        hint: hint.to_owned(),
    };
    let url = Url::parse(raw.trim()).map_err(|e| {
        setup(
            format!("invalid API URL {raw:?}: {e}"),
            "pass the URL shown in the portal's API Settings section, e.g. https://api.example.com",
        )
    })?;
    match url.scheme() {
        "https" => {}
        "http" if allow_insecure_http || is_loopback(&url) => {}
        "http" => {
            return Err(setup(
                format!(
                    "refusing plain http:// for {}: the token would travel unencrypted",
                    url
                ),
                "use https://, or pass --allow-insecure-http if you really mean it",
            ));
        }
        other => {
            return Err(setup(
                format!("unsupported scheme {other:?} in API URL {raw:?}"),
                "the API URL starts with https://",
            ));
        }
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(setup(
            format!("API URL {raw:?} has no host"),
            "pass the URL shown in the portal's API Settings section",
        ));
    }
    if url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
        return Err(setup(
            format!("API URL {raw:?} must not carry a query, fragment or user name"),
            "pass only scheme, host, port and path",
        ));
    }
    Ok(url)
}

fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_and_loopback_http_pass() {
        assert!(check_base_url("https://api.teliqon.example", false).is_ok());
        assert!(check_base_url("http://127.0.0.1:8787", false).is_ok());
        assert!(check_base_url("http://[::1]:8787", false).is_ok());
        assert!(check_base_url("http://localhost:1", false).is_ok());
    }

    #[test]
    fn remote_http_needs_the_flag() {
        let err = check_base_url("http://api.teliqon.example", false).unwrap_err();
        assert!(err.to_string().contains("refusing plain http://"), "{err}");
        assert!(check_base_url("http://api.teliqon.example", true).is_ok());
    }

    #[test]
    fn junk_is_refused() {
        for raw in [
            "",
            "api.teliqon.example",
            "ftp://x",
            "https://x?a=1",
            "https://u@x",
        ] {
            assert!(check_base_url(raw, false).is_err(), "{raw}");
        }
    }
}
