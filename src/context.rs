//! What a command gets: the terminal, the config, and a lazily built client.
//!
//! Nothing here runs before a command asks for it, so `--help` and
//! `--version` never touch the config, the keyring or the network.

use crate::cli::GlobalArgs;
use crate::client::{Client, ClientOptions};
use crate::config::{LoadedConfig, TokenStore, check_profile_name};
use crate::credentials::{self, TokenSource};
use crate::error::Error;
use crate::io::Io;
use crate::output::Format;
use crate::secret::Secret;
use std::cell::OnceCell;
use std::time::Duration;

/// Where the API URL in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlSource {
    Flag,
    Env,
    Config,
    Sandbox,
}

impl std::fmt::Display for UrlSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            UrlSource::Flag => "--api-url",
            UrlSource::Env => "env",
            UrlSource::Config => "config",
            UrlSource::Sandbox => "sandbox",
        })
    }
}

/// The credentials a command runs with.
#[derive(Debug)]
pub struct Credentials {
    pub api_url: String,
    pub url_source: UrlSource,
    pub token: Secret,
    pub token_source: TokenSource,
}

/// A signed-in client and where its credentials came from.
#[derive(Debug)]
pub struct Session {
    pub client: Client,
    pub api_url: String,
    pub url_source: UrlSource,
    pub token_source: TokenSource,
    /// The token masked to its last 4 characters.
    pub token_masked: String,
}

pub struct Context {
    pub global: GlobalArgs,
    pub io: Io,
    config: OnceCell<LoadedConfig>,
    session: tokio::sync::OnceCell<Session>,
    #[cfg(feature = "sandbox")]
    sandbox: tokio::sync::OnceCell<crate::sandbox::Running>,
}

impl Context {
    pub fn new(global: GlobalArgs) -> Context {
        let io = Io::detect(global.quiet, global.no_input);
        Context {
            global,
            io,
            config: OnceCell::new(),
            session: tokio::sync::OnceCell::new(),
            #[cfg(feature = "sandbox")]
            sandbox: tokio::sync::OnceCell::new(),
        }
    }

    pub fn format(&self) -> Format {
        self.global.output
    }

    /// The format of a `show` command, checked before anything is fetched.
    pub fn show_format(&self) -> Result<Format, Error> {
        self.format()
            .expect_one_of(crate::output::settings::SHOW_FORMATS)
    }

    /// The profile name, checked.
    pub fn profile(&self) -> Result<&str, Error> {
        check_profile_name(&self.global.profile)?;
        Ok(&self.global.profile)
    }

    /// The config file, read on first use; its warnings are shown once.
    pub fn config(&self) -> Result<&LoadedConfig, Error> {
        if let Some(config) = self.config.get() {
            return Ok(config);
        }
        let loaded = LoadedConfig::load()?;
        for warning in &loaded.warnings {
            self.io.warn(warning);
        }
        Ok(self.config.get_or_init(|| loaded))
    }

    /// Connection settings: flags, then config, then defaults.
    pub fn client_options(&self) -> Result<ClientOptions, Error> {
        let http = &self.config()?.config.http;
        let defaults = ClientOptions::default();
        let seconds = |flag: Option<u64>, config: Option<u64>, default: Duration| {
            flag.or(config).map_or(default, Duration::from_secs)
        };
        Ok(ClientOptions {
            connect_timeout: seconds(
                self.global.connect_timeout,
                http.connect_timeout,
                defaults.connect_timeout,
            ),
            timeout: seconds(self.global.timeout, http.timeout, defaults.timeout),
            max_retries: self
                .global
                .max_retries
                .or(http.max_retries)
                .unwrap_or(defaults.max_retries),
            ca_file: self.global.ca_file.clone().or_else(|| http.ca_file.clone()),
            allow_insecure_http: self.global.allow_insecure_http,
        })
    }

    /// The API URL from `--api-url`, `TELIQON_API_URL` or the profile.
    pub fn api_url(&self) -> Result<Option<(String, UrlSource)>, Error> {
        if let Some(url) = &self.global.api_url {
            return Ok(Some((url.clone(), UrlSource::Flag)));
        }
        if let Some(url) = std::env::var("TELIQON_API_URL")
            .ok()
            .filter(|u| !u.trim().is_empty())
        {
            return Ok(Some((url, UrlSource::Env)));
        }
        let profile = self.profile()?;
        Ok(self
            .config()?
            .profile(profile)
            .and_then(|p| p.api_url.clone())
            .map(|url| (url, UrlSource::Config)))
    }

    /// The profile's token store (keyring unless chosen otherwise at login).
    pub fn token_store(&self) -> Result<TokenStore, Error> {
        let profile = self.profile()?;
        Ok(self
            .config()?
            .profile(profile)
            .and_then(|p| p.token_store)
            .unwrap_or(TokenStore::Keyring))
    }

    fn not_signed_in(&self, what: &str) -> Error {
        Error::auth(format!(
            "not signed in: {what} (profile {:?})",
            self.global.profile
        ))
        .with_hint(
            "run `teliqon auth login`, set TELIQON_API_URL and TELIQON_TOKEN, or try `--sandbox`",
        )
    }

    /// Resolves the credentials without contacting the API.
    pub async fn credentials(&self) -> Result<Credentials, Error> {
        #[cfg(feature = "sandbox")]
        if self.global.sandbox {
            let running = self.sandbox().await?;
            return Ok(Credentials {
                api_url: running.base_url.clone(),
                url_source: UrlSource::Sandbox,
                token: Secret::new(running.token.expose()),
                token_source: TokenSource::Sandbox,
            });
        }
        #[cfg(not(feature = "sandbox"))]
        if self.global.sandbox {
            return Err(Error::usage("this build of teliqon has no sandbox")
                .with_hint("build with the default `sandbox` feature"));
        }
        let Some((api_url, url_source)) = self.api_url()? else {
            return Err(self.not_signed_in("no API URL"));
        };
        if let Some(token) = credentials::token_from_env() {
            return Ok(Credentials {
                api_url,
                url_source,
                token,
                token_source: TokenSource::Env,
            });
        }
        let profile = self.profile()?;
        match credentials::load(profile, self.token_store()?)? {
            Some((token, token_source)) => Ok(Credentials {
                api_url,
                url_source,
                token,
                token_source,
            }),
            None => Err(self.not_signed_in("no stored token")),
        }
    }

    /// The signed-in client, built on first use.
    pub async fn session(&self) -> Result<&Session, Error> {
        self.session
            .get_or_try_init(|| async {
                let credentials = self.credentials().await?;
                let token_masked = credentials.token.masked();
                let client = Client::new(
                    &credentials.api_url,
                    credentials.token,
                    &self.client_options()?,
                )?;
                Ok(Session {
                    token_masked,
                    client,
                    api_url: credentials.api_url,
                    url_source: credentials.url_source,
                    token_source: credentials.token_source,
                })
            })
            .await
    }

    /// The client of the session.
    pub async fn client(&self) -> Result<&Client, Error> {
        Ok(&self.session().await?.client)
    }

    #[cfg(feature = "sandbox")]
    async fn sandbox(&self) -> Result<&crate::sandbox::Running, Error> {
        self.sandbox
            .get_or_try_init(|| async {
                let running = crate::sandbox::start(crate::sandbox::ServeArgs::from_env()?).await?;
                self.io.note(&format!(
                    "Using the embedded sandbox at {}",
                    running.base_url
                ));
                Ok(running)
            })
            .await
    }

    /// Stops the in-process sandbox, if one was started.
    pub async fn shutdown(self) {
        #[cfg(feature = "sandbox")]
        if let Some(running) = self.sandbox.into_inner() {
            running.shutdown().await;
        }
    }
}
