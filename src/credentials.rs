//! Where a profile's token comes from, and where `auth login` puts it.
//!
//! Order: `TELIQON_TOKEN` (then no store is touched), else the store the
//! profile's config names: the OS keyring (service `teliqon`, user = profile)
//! or, only when chosen with `--insecure-storage`, a 0600 file.
//! Every keyring call runs on its own thread with a time limit.

use crate::config::{TokenStore, config_dir};
use crate::error::Error;
use crate::files;
use crate::secret::Secret;
use std::fmt;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

/// Keyring service name: `secret-tool lookup service teliqon username <profile>`.
pub const KEYRING_SERVICE: &str = "teliqon";
/// Time limit of one keyring call.
pub const KEYRING_TIMEOUT: Duration = Duration::from_secs(3);
/// The environment variable that overrides stored tokens.
pub const TOKEN_ENV: &str = "TELIQON_TOKEN";

/// Where the token in use came from (shown by `auth status`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TokenSource {
    Env,
    Keyring,
    File(PathBuf),
    Sandbox,
}

impl fmt::Display for TokenSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TokenSource::Env => f.write_str("env"),
            TokenSource::Keyring => f.write_str("keyring"),
            TokenSource::File(path) => write!(f, "file:{}", path.display()),
            TokenSource::Sandbox => f.write_str("sandbox"),
        }
    }
}

impl TokenSource {
    /// Where a token kept in `store` for `profile` lives.
    pub fn from_store(store: TokenStore, profile: &str) -> Result<TokenSource, Error> {
        Ok(match store {
            TokenStore::Keyring => TokenSource::Keyring,
            TokenStore::InsecureFile => TokenSource::File(token_file(profile)?),
        })
    }
}

/// The token from `TELIQON_TOKEN`, if set and not empty.
pub fn token_from_env() -> Option<Secret> {
    std::env::var(TOKEN_ENV)
        .ok()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .map(Secret::new)
}

/// Reads the stored token of `profile` from `store`.
pub fn load(profile: &str, store: TokenStore) -> Result<Option<(Secret, TokenSource)>, Error> {
    match store {
        TokenStore::Keyring => Ok(keyring::get(profile)?.map(|t| (t, TokenSource::Keyring))),
        TokenStore::InsecureFile => {
            let path = token_file(profile)?;
            match std::fs::read_to_string(&path) {
                Ok(text) => {
                    if let Some(warning) = files::loose_permissions_warning(&path) {
                        crate::io::stderr_line(&format!("warning: {warning}"));
                    }
                    let token = text.trim().to_owned();
                    Ok((!token.is_empty()).then(|| (Secret::new(token), TokenSource::File(path))))
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(Error::failure(format!(
                    "cannot read {}: {e}",
                    path.display()
                ))),
            }
        }
    }
}

/// Stores `token` for `profile`; answers where it went.
pub fn store(profile: &str, store: TokenStore, token: &Secret) -> Result<TokenSource, Error> {
    match store {
        TokenStore::Keyring => {
            keyring::set(profile, token)?;
            Ok(TokenSource::Keyring)
        }
        TokenStore::InsecureFile => {
            let path = token_file(profile)?;
            files::write_private(&path, format!("{}\n", token.expose()).as_bytes())?;
            Ok(TokenSource::File(path))
        }
    }
}

/// Removes the stored token; answers whether there was one.
pub fn remove(profile: &str, store: TokenStore) -> Result<bool, Error> {
    match store {
        TokenStore::Keyring => keyring::delete(profile),
        TokenStore::InsecureFile => {
            let path = token_file(profile)?;
            match std::fs::remove_file(&path) {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
                Err(e) => Err(Error::failure(format!(
                    "cannot remove {}: {e}",
                    path.display()
                ))),
            }
        }
    }
}

/// The insecure token file of a profile.
pub fn token_file(profile: &str) -> Result<PathBuf, Error> {
    Ok(config_dir()?.join("tokens").join(profile))
}

/// The OS keyring behind a time limit.
mod keyring {
    use super::*;

    fn unavailable(detail: &str) -> Error {
        Error::failure(format!("the OS keyring is not usable: {detail}")).with_hint(
            "set TELIQON_TOKEN instead, or run `teliqon auth login --insecure-storage` to keep the token in a 0600 file",
        )
    }

    /// Runs `op` on a fresh thread; gives up after [`KEYRING_TIMEOUT`].
    fn with_time_limit<T: Send + 'static>(
        op: impl FnOnce() -> keyring_core::Result<T> + Send + 'static,
    ) -> Result<keyring_core::Result<T>, Error> {
        let (sender, receiver) = mpsc::channel();
        std::thread::Builder::new()
            .name("keyring".into())
            .spawn(move || {
                let _ = sender.send(op());
            })
            .map_err(|e| unavailable(&e.to_string()))?;
        receiver.recv_timeout(KEYRING_TIMEOUT).map_err(|_| {
            unavailable(&format!(
                "no answer within {} s (locked, or no Secret Service running?)",
                KEYRING_TIMEOUT.as_secs()
            ))
        })
    }

    /// The platform's credential store: Secret Service on Linux, the login
    /// Keychain on macOS, Credential Manager on Windows.
    #[cfg(target_os = "linux")]
    fn open_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
        let store: std::sync::Arc<keyring_core::CredentialStore> =
            zbus_secret_service_keyring_store::Store::new()?;
        Ok(store)
    }

    #[cfg(target_os = "macos")]
    fn open_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
        let store: std::sync::Arc<keyring_core::CredentialStore> =
            apple_native_keyring_store::keychain::Store::new()?;
        Ok(store)
    }

    #[cfg(target_os = "windows")]
    fn open_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
        let store: std::sync::Arc<keyring_core::CredentialStore> =
            windows_native_keyring_store::Store::new()?;
        Ok(store)
    }

    #[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
    fn open_store() -> keyring_core::Result<std::sync::Arc<keyring_core::CredentialStore>> {
        Err(keyring_core::Error::NoDefaultStore)
    }

    fn entry(profile: &str) -> keyring_core::Result<keyring_core::Entry> {
        keyring_core::Entry::new_in_store(&open_store()?, KEYRING_SERVICE, profile)
    }

    fn describe(error: &keyring_core::Error) -> Error {
        use keyring_core::Error as E;
        match error {
            E::NoStorageAccess(_) => unavailable("it is locked or access was denied"),
            E::NoDefaultStore => unavailable("this build has no keyring support on this platform"),
            other => unavailable(&other.to_string().replace('\n', " ")),
        }
    }

    pub fn get(profile: &str) -> Result<Option<Secret>, Error> {
        let profile = profile.to_owned();
        match with_time_limit(move || entry(&profile)?.get_password())? {
            Ok(token) => Ok(Some(Secret::new(token))),
            Err(keyring_core::Error::NoEntry) => Ok(None),
            Err(e) => Err(describe(&e)),
        }
    }

    pub fn set(profile: &str, token: &Secret) -> Result<(), Error> {
        let profile = profile.to_owned();
        let token = Secret::new(token.expose());
        with_time_limit(move || entry(&profile)?.set_password(token.expose()))?
            .map_err(|e| describe(&e))
    }

    pub fn delete(profile: &str) -> Result<bool, Error> {
        let profile = profile.to_owned();
        match with_time_limit(move || entry(&profile)?.delete_credential())? {
            Ok(()) => Ok(true),
            Err(keyring_core::Error::NoEntry) => Ok(false),
            Err(e) => Err(describe(&e)),
        }
    }
}
