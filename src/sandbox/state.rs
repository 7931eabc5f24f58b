//! The persisted state of the sandbox: one JSON file, written atomically, guarded by
//! an in-process lock and an OS file lock on a sidecar `<file>.lock`, so that several
//! sandbox processes sharing one file never lose an update.

use super::errors::ApiFailure;
use super::seed;
use crate::api::{Account, Money, Notifications, SpendingReports};
use serde::{Deserialize, Serialize};
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Format version written into the file; a file with a newer one is refused, never rewritten.
pub const FORMAT_VERSION: u32 = 1;

/// Everything the sandbox remembers. Billing rows are not stored: only the parameters
/// they are generated from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    pub version: u32,
    /// The access token every request must carry.
    pub token: String,
    pub account: Account,
    pub two_factor: TwoFactorState,
    pub notifications: Notifications,
    pub low_balance_limit: Money,
    pub spending_reports: SpendingReports,
    pub balances: StoredBalances,
    pub billings: BillingParams,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TwoFactorState {
    pub email: bool,
    pub totp: bool,
    /// Base32 secret of the active TOTP (present when `totp` is on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub totp_secret: Option<String>,
    /// An enrolment started and not yet confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending: Option<PendingEnrolment>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PendingEnrolment {
    pub secret: String,
    pub expires_at: jiff::Timestamp,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StoredBalances {
    pub voice: Money,
    pub additional: Money,
    pub sms: Money,
}

/// What the billing rows are generated from (see `billings.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BillingParams {
    /// Rows of both kinds together.
    pub count: u64,
    /// End of the 90 days the rows are spread over.
    pub anchor: jiff::Timestamp,
    pub seed: u64,
}

/// Why the state could not be read or written: one line, plus how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub message: String,
    pub hint: Option<String>,
}

impl StoreError {
    fn io(what: &str, path: &Path, e: &io::Error) -> StoreError {
        StoreError {
            message: format!("cannot {what} sandbox state {}: {e}", path.display()),
            hint: None,
        }
    }
}

impl From<StoreError> for crate::error::Error {
    fn from(e: StoreError) -> crate::error::Error {
        let error = crate::error::Error::failure(e.message);
        match e.hint {
            Some(hint) => error.with_hint(hint),
            None => error,
        }
    }
}

impl From<StoreError> for ApiFailure {
    fn from(e: StoreError) -> ApiFailure {
        match e.hint {
            Some(hint) => ApiFailure::internal(format!("{} ({hint})", e.message)),
            None => ApiFailure::internal(e.message),
        }
    }
}

/// What a fresh state is seeded with, and what startup flags replace in a stored one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Overrides {
    pub billings: Option<u64>,
    pub anchor: Option<jiff::Timestamp>,
}

/// The state file with its locks.
#[derive(Debug)]
pub struct Store {
    path: PathBuf,
    lock_path: PathBuf,
    overrides: Overrides,
    /// Serialises this process's access (readers share); the file lock does the same across processes.
    local: tokio::sync::RwLock<()>,
}

impl Store {
    pub fn new(path: PathBuf, overrides: Overrides) -> Store {
        let mut lock_name = path
            .file_name()
            .map(|n| n.to_os_string())
            .unwrap_or_else(|| "sandbox.json".into());
        lock_name.push(".lock");
        let lock_path = path.with_file_name(lock_name);
        Store {
            path,
            lock_path,
            overrides,
            local: tokio::sync::RwLock::new(()),
        }
    }

    /// At startup: load the state (or seed it), apply the startup overrides, save, and
    /// return it. Fails on an unreadable, corrupt or too new file.
    pub async fn open(&self) -> Result<State, StoreError> {
        let overrides = self.overrides;
        self.write(move |state| {
            if let Some(count) = overrides.billings {
                state.billings.count = count;
            }
            if let Some(anchor) = overrides.anchor {
                state.billings.anchor = anchor;
            }
            Ok(state.clone())
        })
        .await
        .map_err(|e| match e {
            Failure::Store(e) => e,
            Failure::Api(e) => StoreError {
                message: e.message,
                hint: None,
            },
        })
    }

    /// The current state, as other processes may have left it (seeded if the file is gone).
    pub async fn read(&self) -> Result<State, ApiFailure> {
        let found = {
            let _guard = self.local.read().await;
            let path = self.path.clone();
            let lock_path = self.lock_path.clone();
            blocking(move || {
                let _lock = lock(&lock_path, false)?;
                load(&path)
            })
            .await?
        };
        match found {
            Some(state) => Ok(state),
            // Deleted under us: seed a fresh one, as at startup.
            None => self.update(|state| Ok(state.clone())).await,
        }
    }

    /// lock → load → `change` → save. Nothing is written when `change` fails.
    pub async fn update<R, F>(&self, change: F) -> Result<R, ApiFailure>
    where
        R: Send + 'static,
        F: FnOnce(&mut State) -> Result<R, ApiFailure> + Send + 'static,
    {
        self.write(change).await.map_err(|e| match e {
            Failure::Store(e) => e.into(),
            Failure::Api(e) => e,
        })
    }

    async fn write<R, F>(&self, change: F) -> Result<R, Failure>
    where
        R: Send + 'static,
        F: FnOnce(&mut State) -> Result<R, ApiFailure> + Send + 'static,
    {
        let _guard = self.local.write().await;
        let path = self.path.clone();
        let lock_path = self.lock_path.clone();
        let overrides = self.overrides;
        let joined = tokio::task::spawn_blocking(move || -> Result<R, Failure> {
            let _lock = lock(&lock_path, true).map_err(Failure::Store)?;
            let mut state = match load(&path).map_err(Failure::Store)? {
                Some(state) => state,
                None => seed::seed(new_token().map_err(Failure::Store)?, overrides),
            };
            let before = state.clone();
            let answer = change(&mut state).map_err(Failure::Api)?;
            if state != before || !path.exists() {
                save(&path, &state).map_err(Failure::Store)?;
            }
            Ok(answer)
        })
        .await;
        match joined {
            Ok(result) => result,
            Err(e) => Err(Failure::Store(StoreError {
                message: format!("sandbox state task failed: {e}"),
                hint: None,
            })),
        }
    }
}

enum Failure {
    Store(StoreError),
    Api(ApiFailure),
}

async fn blocking<R: Send + 'static>(
    f: impl FnOnce() -> Result<R, StoreError> + Send + 'static,
) -> Result<R, StoreError> {
    match tokio::task::spawn_blocking(f).await {
        Ok(result) => result,
        Err(e) => Err(StoreError {
            message: format!("sandbox state task failed: {e}"),
            hint: None,
        }),
    }
}

/// A fresh access token: `tq_` and 40 lowercase hex digits from the OS random source.
pub fn new_token() -> Result<String, StoreError> {
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|e| StoreError {
        message: format!("cannot make a sandbox token: {e}"),
        hint: None,
    })?;
    let mut token = String::from("tq_");
    for b in bytes {
        token.push_str(&format!("{b:02x}"));
    }
    Ok(token)
}

fn corrupt_hint(path: &Path) -> String {
    format!("delete it to reset the sandbox: rm '{}'", path.display())
}

/// Reads the state; `None` when the file does not exist.
pub fn load(path: &Path) -> Result<Option<State>, StoreError> {
    let bytes = match std::fs::read(path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io("read", path, &e)),
    };
    parse(&bytes, path).map(Some)
}

/// Decodes a state file's bytes, refusing a newer format version.
pub fn parse(bytes: &[u8], path: &Path) -> Result<State, StoreError> {
    let corrupt = |detail: String| StoreError {
        message: format!("sandbox state {} is corrupt: {detail}", path.display()),
        hint: Some(corrupt_hint(path)),
    };
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| corrupt(e.to_string()))?;
    let version = value.get("version").and_then(serde_json::Value::as_u64);
    match version {
        None => return Err(corrupt("no format version".into())),
        Some(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(StoreError {
                message: format!(
                    "sandbox state {} has format version {v}, newer than this teliqon reads ({FORMAT_VERSION})",
                    path.display()
                ),
                hint: Some(format!(
                    "upgrade teliqon, or use another --state file, or {}",
                    corrupt_hint(path)
                )),
            });
        }
        Some(_) => {}
    }
    let state: State = serde_json::from_value(value).map_err(|e| corrupt(e.to_string()))?;
    if state.version != FORMAT_VERSION {
        return Err(corrupt(format!("unknown format version {}", state.version)));
    }
    if state.token.trim().is_empty() {
        return Err(corrupt("empty token".into()));
    }
    if state.billings.count > super::billings::MAX_ROWS {
        return Err(corrupt(format!(
            "more than {} billing rows",
            super::billings::MAX_ROWS
        )));
    }
    Ok(state)
}

/// Writes the state atomically: a temp file in the same directory (0600), fsync, rename.
pub fn save(path: &Path, state: &State) -> Result<(), StoreError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_dir(&dir).map_err(|e| StoreError::io("create the directory of", path, &e))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "sandbox.json".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let mut json = serde_json::to_vec_pretty(state).map_err(|e| StoreError {
        message: format!("cannot encode sandbox state: {e}"),
        hint: None,
    })?;
    json.push(b'\n');
    let written = (|| -> io::Result<()> {
        let mut file = private_options()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        file.write_all(&json)?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&tmp, path)?;
        #[cfg(unix)]
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(StoreError::io("write", path, &e));
    }
    Ok(())
}

/// Takes the sidecar lock file (shared or exclusive); released when the `File` drops.
fn lock(lock_path: &Path, exclusive: bool) -> Result<File, StoreError> {
    if let Some(dir) = lock_path.parent().filter(|d| !d.as_os_str().is_empty()) {
        create_dir(dir).map_err(|e| StoreError::io("create the directory of", lock_path, &e))?;
    }
    let file = private_options()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(lock_path)
        .map_err(|e| StoreError::io("open the lock file of", lock_path, &e))?;
    let locked = if exclusive {
        file.lock()
    } else {
        file.lock_shared()
    };
    locked.map_err(|e| StoreError::io("lock", lock_path, &e))?;
    Ok(file)
}

fn private_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixed() -> State {
        seed::seed(
            "tq_test".into(),
            Overrides {
                billings: Some(100),
                anchor: Some("2026-01-01T00:00:00Z".parse().unwrap()),
            },
        )
    }

    #[test]
    fn round_trips_and_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/state.json");
        save(&path, &fixed()).unwrap();
        assert_eq!(load(&path).unwrap(), Some(fixed()));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // No temp file left behind.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("state.json")]);
    }

    #[test]
    fn missing_is_none_corrupt_and_newer_are_errors() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        assert_eq!(load(&path).unwrap(), None);
        std::fs::write(&path, "{not json").unwrap();
        let e = load(&path).unwrap_err();
        assert!(
            e.message.contains("state.json") && e.message.contains("corrupt"),
            "{e:?}"
        );
        assert!(e.hint.unwrap().contains("delete it to reset the sandbox"));
        assert!(!e.message.contains('\n'));

        let mut value = serde_json::to_value(fixed()).unwrap();
        value["version"] = 99.into();
        std::fs::write(&path, value.to_string()).unwrap();
        let e = load(&path).unwrap_err();
        assert!(e.message.contains("newer"), "{e:?}");

        std::fs::write(&path, r#"{"version":1}"#).unwrap();
        assert!(load(&path).unwrap_err().message.contains("corrupt"));
    }

    #[test]
    fn tokens_are_fresh() {
        let a = new_token().unwrap();
        assert!(a.starts_with("tq_") && a.len() == 43);
        assert!(
            a[3..]
                .bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase())
        );
        assert_ne!(a, new_token().unwrap());
    }

    #[tokio::test]
    async fn failed_change_writes_nothing_and_newer_file_is_not_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        let store = Store::new(path.clone(), Overrides::default());
        let opened = store.open().await.unwrap();
        let before = std::fs::read(&path).unwrap();
        let result: Result<(), _> = store
            .update(|s| {
                s.low_balance_limit = Money(1);
                Err(ApiFailure::invalid("no"))
            })
            .await;
        assert!(result.is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert_eq!(store.read().await.unwrap(), opened);

        let mut value = serde_json::to_value(&opened).unwrap();
        value["version"] = 2.into();
        let newer = value.to_string();
        std::fs::write(&path, &newer).unwrap();
        assert!(store.update(|_| Ok(())).await.is_err());
        assert_eq!(std::fs::read_to_string(&path).unwrap(), newer);
    }
}
