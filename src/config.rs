//! The local configuration: profiles, API URLs and non-secret preferences.
//!
//! TOML at `$TELIQON_CONFIG_DIR/config.toml`, else the platform config dir
//! (`$XDG_CONFIG_HOME/teliqon/config.toml` on Linux). Never holds a token.

use crate::error::Error;
use crate::files;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The config format this build reads and writes.
pub const CONFIG_VERSION: u32 = 1;
/// The profile used when neither `--profile` nor `TELIQON_PROFILE` names one.
pub const DEFAULT_PROFILE: &str = "default";

/// The whole config file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Format version; a newer one is read but never rewritten.
    #[serde(default = "current_version")]
    pub version: u32,
    /// Connection settings shared by every profile.
    #[serde(default, skip_serializing_if = "HttpConfig::is_empty")]
    pub http: HttpConfig,
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

fn current_version() -> u32 {
    CONFIG_VERSION
}

/// `[http]`: connection settings; flags override them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HttpConfig {
    /// Seconds to establish a connection.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub connect_timeout: Option<u64>,
    /// Seconds for a whole request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_retries: Option<u32>,
    /// Extra trusted CAs (PEM).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
}

impl HttpConfig {
    fn is_empty(&self) -> bool {
        *self == HttpConfig::default()
    }
}

/// `[profiles.NAME]`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// The API URL as the portal's API Settings section shows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_url: Option<String>,
    /// Where the token is kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token_store: Option<TokenStore>,
    /// IANA time zone for report dates (default: the local one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_zone: Option<String>,
}

/// Where a profile's token lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TokenStore {
    /// The OS keyring (default).
    Keyring,
    /// A 0600 file, chosen with `auth login --insecure-storage`.
    InsecureFile,
}

/// The config file and what it holds.
#[derive(Debug, Clone)]
pub struct LoadedConfig {
    pub path: PathBuf,
    pub config: Config,
    /// Warnings to show once (loose permissions, newer version).
    pub warnings: Vec<String>,
}

/// The directory holding `config.toml` (and insecure token files).
pub fn config_dir() -> Result<PathBuf, Error> {
    if let Some(dir) = std::env::var_os("TELIQON_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "teliqon")
        .map(|dirs| dirs.config_dir().to_path_buf())
        .ok_or_else(|| {
            Error::failure("cannot find a config directory (no home directory)")
                .with_hint("set TELIQON_CONFIG_DIR")
        })
}

/// Checks a profile name: it becomes a keyring user name and a file name.
pub fn check_profile_name(name: &str) -> Result<(), Error> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid profile name {name:?}"))
            .with_hint("use 1-64 letters, digits, '-' or '_'"))
    }
}

impl LoadedConfig {
    /// Reads the config file; a missing file is an empty config.
    pub fn load() -> Result<LoadedConfig, Error> {
        let path = config_dir()?.join("config.toml");
        Self::load_from(path)
    }

    pub fn load_from(path: PathBuf) -> Result<LoadedConfig, Error> {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(LoadedConfig {
                    path,
                    config: Config::default(),
                    warnings: Vec::new(),
                });
            }
            Err(e) => {
                return Err(
                    Error::failure(format!("cannot read {}: {e}", path.display()))
                        .with_hint("check the file's permissions"),
                );
            }
        };
        let config = parse(&path, &text)?;
        let mut warnings = Vec::new();
        warnings.extend(files::loose_permissions_warning(&path));
        if config.version > CONFIG_VERSION {
            warnings.push(format!(
                "{} was written by a newer teliqon (format {}); it is read but never rewritten",
                path.display(),
                config.version
            ));
        }
        Ok(LoadedConfig {
            path,
            config,
            warnings,
        })
    }

    /// Writes the config atomically with mode 0600.
    pub fn save(&self) -> Result<(), Error> {
        if self.config.version > CONFIG_VERSION {
            return Err(Error::failure(format!(
                "{} was written by a newer teliqon (format {}); not rewriting it",
                self.path.display(),
                self.config.version
            ))
            .with_hint("upgrade teliqon, or set TELIQON_CONFIG_DIR to use another config"));
        }
        let body = toml::to_string_pretty(&self.config)
            .map_err(|e| Error::failure(format!("cannot encode the config: {e}")))?;
        let text = format!(
            "# teliqon configuration. No secrets here: tokens live in the OS keyring\n# (or, after `auth login --insecure-storage`, in tokens/ next to this file).\n{body}"
        );
        files::write_private(&self.path, text.as_bytes())
    }

    pub fn profile(&self, name: &str) -> Option<&Profile> {
        self.config.profiles.get(name)
    }

    pub fn profile_mut(&mut self, name: &str) -> &mut Profile {
        self.config.profiles.entry(name.to_owned()).or_default()
    }
}

/// Parses config text; errors name the file, line and column.
pub fn parse(path: &Path, text: &str) -> Result<Config, Error> {
    toml::from_str(text).map_err(|e| {
        let place = e
            .span()
            .map(|span| {
                let (line, column) = line_column(text, span.start);
                format!(":{line}:{column}")
            })
            .unwrap_or_default();
        let message = e.message().replace('\n', " ");
        Error::failure(format!(
            "invalid config {}{place}: {message}",
            path.display()
        ))
        .with_hint("fix the file, or move it away to start over")
    })
}

/// 1-based line and column of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let mut loaded = LoadedConfig::load_from(dir.path().join("config.toml")).unwrap();
        loaded.profile_mut("work").api_url = Some("https://api.example".into());
        loaded.profile_mut("work").token_store = Some(TokenStore::InsecureFile);
        loaded.save().unwrap();
        let again = LoadedConfig::load_from(loaded.path.clone()).unwrap();
        assert_eq!(again.config, loaded.config);
        assert!(again.warnings.is_empty());
    }

    #[test]
    fn errors_name_line_and_column() {
        let err = parse(
            Path::new("c.toml"),
            "version = 1\n[profiles.x]\napi_ur = \"a\"\n",
        )
        .unwrap_err();
        assert!(
            err.message.starts_with("invalid config c.toml:3:1:"),
            "{}",
            err.message
        );
        assert!(err.message.contains("api_ur"), "{}", err.message);
    }

    #[test]
    fn newer_config_is_never_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "version = 9\n").unwrap();
        let loaded = LoadedConfig::load_from(path.clone()).unwrap();
        assert!(loaded.warnings.iter().any(|w| w.contains("newer teliqon")));
        assert!(loaded.save().is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "version = 9\n");
    }

    #[test]
    fn profile_names_are_path_safe() {
        assert!(check_profile_name("work-eu_1").is_ok());
        for bad in ["", "../x", "a b", "x/y"] {
            assert!(check_profile_name(bad).is_err(), "{bad}");
        }
    }
}
