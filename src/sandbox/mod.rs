//! The embedded sandbox: a local HTTP server implementing the whole contract of
//! [`crate::api`] with persisted state, so every command can be tried without an account.
//!
//! - `teliqon sandbox serve` runs it in the foreground ([`serve`]); `--sandbox` starts it
//!   in-process on a free loopback port ([`start`]).
//! - Every endpoint of [`crate::api::paths::ALL`] with exactly its methods; every request
//!   needs the `X-Access-Token` of the state; answers are envelopes, errors too (unknown
//!   path 404, wrong method 405 with `Allow`, malformed input 400, wrong TOTP code 422,
//!   state conflicts 409).
//! - State: one JSON file (default `<data dir>/sandbox.json`, `--state`,
//!   `TELIQON_SANDBOX_STATE`), 0600, written atomically, each change done as
//!   lock → load → change → save under an in-process lock and an OS lock on
//!   `<file>.lock`, so several sandboxes can share it. A missing file is seeded with a
//!   deterministic demo project (only the token differs).
//! - Billings are generated from `(seed, kind, index)`, not stored (see `billings.rs`).
//! - Test faults: see [`faults`] for the `--fault` grammar.
//!
//! It imports only `crate::api`, `crate::error` and `crate::secret`, never the client.

mod auth;
mod billings;
mod errors;
pub mod faults;
mod handlers;
mod seed;
mod state;
mod totp;

#[cfg(test)]
mod contract_tests;

/// The billings query parser, for the fuzzer (`src/fuzz.rs`).
#[cfg(test)]
pub(crate) use handlers::fuzz_query as fuzz_billing_query;

use crate::error::Error;
use crate::secret::Secret;
use axum::Router;
use axum::extract::DefaultBodyLimit;
use std::future::IntoFuture;
use std::io::Write;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// Address `teliqon sandbox serve` listens on unless told otherwise.
pub const DEFAULT_ADDR: &str = "127.0.0.1:8787";

/// How long a stopping server waits for answers in flight before it closes anyway.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(3);

/// Options of `teliqon sandbox serve`. Derives `clap::Args` so the CLI can flatten it.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct ServeArgs {
    /// Address to listen on (loopback by default; port 0 picks a free port)
    #[arg(long, default_value = DEFAULT_ADDR, value_name = "HOST:PORT")]
    pub addr: SocketAddr,

    /// State file [default: <data dir>/teliqon/sandbox.json]
    #[arg(long, env = "TELIQON_SANDBOX_STATE", value_name = "FILE")]
    pub state: Option<PathBuf>,

    /// Seed this many billing rows, voice and additional together (replaces the stored count)
    #[arg(
        long,
        env = "TELIQON_SANDBOX_BILLINGS",
        value_name = "N",
        value_parser = clap::value_parser!(u64).range(0..=billings::MAX_ROWS)
    )]
    pub billings: Option<u64>,

    /// Anchor (end) of the 90 days of generated billings, RFC 3339, stored in the state (reproducible tests) [default: follows the start of the current UTC day]
    #[arg(long, env = "TELIQON_SANDBOX_ANCHOR", value_name = "TIME", hide = true)]
    pub anchor: Option<jiff::Timestamp>,

    /// Test-only fault, repeatable (grammar in the `sandbox::faults` docs); env specs are separated by ';'
    #[arg(
        long = "fault",
        env = "TELIQON_SANDBOX_FAULTS",
        value_name = "SPEC",
        value_delimiter = ';',
        hide = true
    )]
    pub faults: Vec<String>,
}

/// Parses only [`ServeArgs`], for [`ServeArgs::from_env`].
#[derive(Debug, clap::Parser)]
#[command(name = "teliqon-sandbox")]
struct EnvOnly {
    #[command(flatten)]
    args: ServeArgs,
}

impl ServeArgs {
    /// The options of `--sandbox`: `127.0.0.1:0`, everything else from the
    /// `TELIQON_SANDBOX_*` environment variables (or the defaults).
    pub fn from_env() -> Result<ServeArgs, Error> {
        use clap::Parser;
        EnvOnly::try_parse_from(["teliqon-sandbox", "--addr", "127.0.0.1:0"])
            .map(|e| e.args)
            .map_err(|e| {
                let text = e.to_string();
                let line = text.lines().next().unwrap_or("invalid sandbox settings");
                Error::usage(line.strip_prefix("error: ").unwrap_or(line).to_string())
                    .with_hint("check the TELIQON_SANDBOX_* environment variables")
            })
    }

    /// The state file: `--state`, else `<data dir>/sandbox.json`.
    pub fn state_path(&self) -> Result<PathBuf, Error> {
        if let Some(path) = &self.state {
            return Ok(path.clone());
        }
        directories::ProjectDirs::from("", "", "teliqon")
            .map(|dirs| dirs.data_dir().join("sandbox.json"))
            .ok_or_else(|| {
                Error::failure("cannot find a data directory for the sandbox state")
                    .with_hint("pass --state FILE or set TELIQON_SANDBOX_STATE")
            })
    }
}

/// What every handler can reach.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    store: Arc<state::Store>,
    /// `http://HOST:PORT`, answered by `GET /api/v1/settings/api`.
    base_url: Arc<str>,
}

/// The app: faults first, then the body limit and the token check, then the endpoints.
fn app(ctx: Ctx, faults: Arc<faults::Faults>) -> Router {
    handlers::router()
        .layer(axum::middleware::from_fn_with_state(
            ctx.clone(),
            auth::require_token,
        ))
        .layer(DefaultBodyLimit::max(errors::BODY_LIMIT))
        .layer(axum::middleware::from_fn_with_state(faults, faults::inject))
        .with_state(ctx)
}

/// A bound, not yet serving, sandbox.
struct Prepared {
    listener: tokio::net::TcpListener,
    app: Router,
    base_url: String,
    token: Secret,
    state_path: PathBuf,
    stop: watch::Sender<bool>,
}

async fn prepare(args: ServeArgs) -> Result<Prepared, Error> {
    let specs = faults::parse_all(&args.faults)?;
    if args.billings.is_some_and(|n| n > billings::MAX_ROWS) {
        return Err(Error::usage(format!(
            "--billings is at most {}",
            billings::MAX_ROWS
        )));
    }
    let state_path = args.state_path()?;
    let store = state::Store::new(
        state_path.clone(),
        state::Overrides {
            billings: args.billings,
            anchor: args.anchor,
        },
    );
    let loaded = store.open().await?;
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .map_err(|e| {
            Error::failure(format!("cannot listen on {}: {e}", args.addr)).with_hint(
                "stop what uses that port, or pick another with --addr (port 0 picks a free one)",
            )
        })?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::failure(format!("cannot read the listening address: {e}")))?;
    let base_url = base_url(local);
    let (stop, stopping) = watch::channel(false);
    let ctx = Ctx {
        store: Arc::new(store),
        base_url: base_url.as_str().into(),
    };
    let app = app(ctx, Arc::new(faults::Faults::new(specs, stopping)));
    Ok(Prepared {
        listener,
        app,
        base_url,
        token: Secret::new(loaded.token.clone()),
        state_path,
        stop,
    })
}

/// `http://HOST:PORT`, with a loopback host when listening on all interfaces.
fn base_url(local: SocketAddr) -> String {
    let ip = match local.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    format!("http://{}", SocketAddr::new(ip, local.port()))
}

/// Serves until `stop` turns true, then finishes the answers in flight (at most [`SHUTDOWN_GRACE`]).
async fn run(
    listener: tokio::net::TcpListener,
    app: Router,
    stop: watch::Receiver<bool>,
) -> Result<(), Error> {
    let mut graceful = stop.clone();
    let server = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = graceful.wait_for(|s| *s).await;
        })
        .into_future();
    let mut forced = stop;
    tokio::select! {
        served = server => served.map_err(|e| Error::failure(format!("the sandbox server failed: {e}"))),
        _ = async move {
            let _ = forced.wait_for(|s| *s).await;
            tokio::time::sleep(SHUTDOWN_GRACE).await;
        } => Ok(()),
    }
}

/// `teliqon sandbox serve`: serves in the foreground until Ctrl-C or SIGTERM (then exits 0).
///
/// Prints, flushed at once, `TELIQON_API_URL=http://HOST:PORT` and `TELIQON_TOKEN=<token>`
/// on stdout (one per line, ready for `export`), and a short note on stderr.
pub async fn serve(args: ServeArgs) -> Result<(), Error> {
    // Catch the signals before anyone can learn the address and send one.
    let signals = StopSignals::install()?;
    let prepared = prepare(args).await?;
    {
        let mut out = std::io::stdout().lock();
        let printed = writeln!(out, "TELIQON_API_URL={}", prepared.base_url)
            .and_then(|_| writeln!(out, "TELIQON_TOKEN={}", prepared.token.expose()))
            .and_then(|_| out.flush());
        if let Err(e) = printed
            && e.kind() != std::io::ErrorKind::BrokenPipe
        {
            return Err(Error::failure(format!("cannot write to stdout: {e}")));
        }
    }
    // A closed stderr must not stop the server (eprintln! would panic).
    let _ = writeln!(
        std::io::stderr(),
        "teliqon sandbox: serving {} (state: {}); Ctrl-C to stop",
        prepared.base_url,
        prepared.state_path.display()
    );
    let stop = prepared.stop;
    let stopping = stop.subscribe();
    tokio::spawn(async move {
        signals.wait().await;
        let _ = stop.send(true);
    });
    let result = run(prepared.listener, prepared.app, stopping).await;
    if result.is_ok() {
        let _ = writeln!(std::io::stderr(), "teliqon sandbox: stopped");
    }
    result
}

/// Ctrl-C and (on Unix) SIGTERM, registered up front.
struct StopSignals {
    #[cfg(unix)]
    interrupt: tokio::signal::unix::Signal,
    #[cfg(unix)]
    terminate: tokio::signal::unix::Signal,
}

impl StopSignals {
    fn install() -> Result<StopSignals, Error> {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let failed =
                |e: std::io::Error| Error::failure(format!("cannot install signal handlers: {e}"));
            Ok(StopSignals {
                interrupt: signal(SignalKind::interrupt()).map_err(failed)?,
                terminate: signal(SignalKind::terminate()).map_err(failed)?,
            })
        }
        #[cfg(not(unix))]
        Ok(StopSignals {})
    }

    async fn wait(mut self) {
        #[cfg(unix)]
        tokio::select! {
            _ = self.interrupt.recv() => {}
            _ = self.terminate.recv() => {}
        }
        #[cfg(not(unix))]
        {
            let _ = &mut self;
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

/// A sandbox serving in the background of the current tokio runtime (for `--sandbox`).
/// Dropping it stops the server too; [`Running::shutdown`] also waits for it.
#[derive(Debug)]
pub struct Running {
    /// `http://127.0.0.1:PORT`.
    pub base_url: String,
    /// The access token of the state.
    pub token: Secret,
    /// The state file in use.
    pub state_path: PathBuf,
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<Result<(), Error>>>,
}

impl Running {
    /// Stops serving and waits until the server is gone (answers in flight get a short grace).
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Starts the sandbox in the background on the current tokio runtime, listening on
/// `args.addr` (use [`ServeArgs::from_env`] for `--sandbox`: `127.0.0.1:0` and the
/// `TELIQON_SANDBOX_*` variables). Prints nothing.
pub async fn start(args: ServeArgs) -> Result<Running, Error> {
    let prepared = prepare(args).await?;
    let stopping = prepared.stop.subscribe();
    let task = tokio::spawn(run(prepared.listener, prepared.app, stopping));
    Ok(Running {
        base_url: prepared.base_url,
        token: prepared.token,
        state_path: prepared.state_path,
        stop: prepared.stop,
        task: Some(task),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    async fn get(base_url: &str, path: &str, token: &str) -> String {
        let authority = base_url.strip_prefix("http://").unwrap();
        let mut stream = tokio::net::TcpStream::connect(authority).await.unwrap();
        let request = format!(
            "GET {path} HTTP/1.1\r\nHost: {authority}\r\nX-Access-Token: {token}\r\nConnection: close\r\n\r\n"
        );
        stream.write_all(request.as_bytes()).await.unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.unwrap();
        answer
    }

    #[test]
    fn from_env_listens_on_a_free_loopback_port() {
        let args = ServeArgs::from_env().unwrap();
        assert_eq!(args.addr, "127.0.0.1:0".parse().unwrap());
    }

    #[test]
    fn base_url_is_reachable() {
        assert_eq!(
            base_url("0.0.0.0:80".parse().unwrap()),
            "http://127.0.0.1:80"
        );
        assert_eq!(base_url("[::]:80".parse().unwrap()), "http://[::1]:80");
        assert_eq!(
            base_url("127.0.0.2:9".parse().unwrap()),
            "http://127.0.0.2:9"
        );
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn starts_in_process_and_shuts_down() {
        let dir = tempfile::tempdir().unwrap();
        let args = ServeArgs {
            addr: "127.0.0.1:0".parse().unwrap(),
            state: Some(dir.path().join("state.json")),
            billings: Some(10),
            anchor: None,
            faults: vec![],
        };
        let running = start(args).await.unwrap();
        assert!(running.base_url.starts_with("http://127.0.0.1:"));
        assert!(
            !format!("{running:?}").contains(running.token.expose()),
            "the token stays redacted"
        );
        let answer = get(
            &running.base_url,
            crate::api::paths::API_SETTINGS,
            running.token.expose(),
        )
        .await;
        assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
        assert!(
            answer.contains(&format!("\"api_url\":\"{}\"", running.base_url)),
            "{answer}"
        );
        let denied = get(&running.base_url, crate::api::paths::API_SETTINGS, "nope").await;
        assert!(denied.starts_with("HTTP/1.1 401"), "{denied}");
        let url = running.base_url.clone();
        tokio::time::timeout(Duration::from_secs(5), running.shutdown())
            .await
            .expect("shuts down promptly");
        let authority = url.strip_prefix("http://").unwrap().to_string();
        assert!(
            tokio::net::TcpStream::connect(authority).await.is_err(),
            "no longer listening"
        );
    }

    #[tokio::test]
    async fn refuses_a_bad_fault_spec_and_too_many_rows() {
        let dir = tempfile::tempdir().unwrap();
        let args = ServeArgs {
            addr: "127.0.0.1:0".parse().unwrap(),
            state: Some(dir.path().join("state.json")),
            billings: None,
            anchor: None,
            faults: vec!["kind=nope".into()],
        };
        let e = start(args.clone()).await.unwrap_err();
        assert_eq!(e.exit, crate::error::Exit::Usage);
        let e = start(ServeArgs {
            faults: vec![],
            billings: Some(billings::MAX_ROWS + 1),
            ..args
        })
        .await
        .unwrap_err();
        assert_eq!(e.exit, crate::error::Exit::Usage);
        assert!(
            !dir.path().join("state.json").exists(),
            "nothing written for a refused start"
        );
    }
}
