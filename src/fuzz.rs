//! A small mutation fuzzer on the stable toolchain, run as unit tests (`cargo test --lib fuzz`).
//!
//! Each target starts from a seed corpus of valid and invalid inputs and, for a bounded
//! time, applies random mutations (bit flips, inserts, deletes, splices, repeats and
//! token swaps) to inputs of its corpus; inputs the parser accepts join the corpus. Every
//! input must not panic, and the target's properties must hold (round trips, error
//! shape, classification, memory).
//!
//! - `TELIQON_FUZZ_SECONDS`: time per target (default 5; `.ci/run` uses 30).
//! - `TELIQON_FUZZ_SEED`: replay a run. The seed is drawn from the OS otherwise; a
//!   failure prints it with the failing input (add that input to the target's seeds).
//!
//! Each target is bounded by the budget alone (no iteration count), so a run costs
//! about N seconds of one core per target; the harness runs targets in parallel.

use crate::api::Money;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::time::{Duration, Instant};

/// Longest input a mutation may produce.
const MAX_INPUT: usize = 8 * 1024;
/// Most inputs a target's corpus keeps.
const CORPUS_CAP: usize = 1024;

/// What a target says about one input.
enum Verdict {
    /// Accepted: worth mutating further.
    Accepted,
    /// Rejected cleanly.
    Rejected,
}

type Check<'a> = &'a dyn Fn(&[u8]) -> Result<Verdict, String>;

/// splitmix64: small, fast, and good enough to drive mutations.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// `TELIQON_FUZZ_SEED` (decimal or `0x` hex), else fresh from the OS.
fn master_seed() -> u64 {
    if let Ok(text) = std::env::var("TELIQON_FUZZ_SEED") {
        let text = text.trim();
        let parsed = match text.strip_prefix("0x") {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => text.parse(),
        };
        return parsed.unwrap_or_else(|_| panic!("TELIQON_FUZZ_SEED={text:?} is not a u64"));
    }
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("OS random source");
    u64::from_le_bytes(bytes)
}

/// `TELIQON_FUZZ_SECONDS` (whole seconds), default 5.
fn budget() -> Duration {
    let seconds = std::env::var("TELIQON_FUZZ_SECONDS")
        .ok()
        .map(|s| {
            s.trim()
                .parse::<u64>()
                .unwrap_or_else(|_| panic!("TELIQON_FUZZ_SECONDS={s:?} is not whole seconds"))
        })
        .unwrap_or(5);
    Duration::from_secs(seconds)
}

/// Bytes that often matter to parsers.
const BYTES: &[u8] = b"\"'[]{}()=,.:;-+_ \t\n\r\\/#0123456789eEtfnxTZ\x00\x7f\xc3\xa9\xff";

/// Tokens every target may swap in.
const COMMON_TOKENS: &[&str] = &[
    "0",
    "-1",
    "1",
    "255",
    "65536",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775808",
    "18446744073709551616",
    "99999999999999999999999",
    "1e309",
    "NaN",
    "true",
    "false",
    "null",
    "\"\"",
    "\\u0000",
    "\\ud800",
    "é",
    "\u{1b}[31m",
    "\u{202e}",
];

fn mutate(rng: &mut Rng, input: &mut Vec<u8>, corpus: &[Vec<u8>], tokens: &[&str]) {
    let pos = |rng: &mut Rng, len: usize| rng.below(len + 1);
    match rng.below(8) {
        // Flip a bit.
        0 if !input.is_empty() => {
            let i = rng.below(input.len());
            input[i] ^= 1 << rng.below(8);
        }
        // Insert an interesting or random byte.
        1 => {
            let byte = if rng.below(4) == 0 {
                rng.next() as u8
            } else {
                *rng.pick(BYTES)
            };
            let at = pos(rng, input.len());
            input.insert(at, byte);
        }
        // Delete a short range.
        2 if !input.is_empty() => {
            let at = rng.below(input.len());
            let len = 1 + rng.below(16.min(input.len() - at));
            input.drain(at..at + len);
        }
        // Splice in a piece of another input.
        3 => {
            let other = rng.pick(corpus);
            if !other.is_empty() {
                let from = rng.below(other.len());
                let len = 1 + rng.below((other.len() - from).min(64));
                let at = pos(rng, input.len());
                let piece = other[from..from + len].to_vec();
                if rng.below(2) == 0 {
                    input.truncate(at);
                    input.extend_from_slice(&piece);
                } else {
                    input.splice(at..at, piece);
                }
            }
        }
        // Repeat a slice.
        4 if !input.is_empty() => {
            let from = rng.below(input.len());
            let len = 1 + rng.below((input.len() - from).min(32));
            let most = if rng.below(8) == 0 { 256 } else { 8 };
            let times = 2 + rng.below(most);
            let piece = input[from..from + len].repeat(times - 1);
            input.splice(from + len..from + len, piece);
        }
        // Swap two slices.
        5 if input.len() >= 2 => {
            let a = rng.below(input.len());
            let b = rng.below(input.len());
            input.swap(a, b);
        }
        // Replace a token with another (or insert one).
        _ => {
            let all = |rng: &mut Rng| -> &str {
                if tokens.is_empty() || rng.below(3) == 0 {
                    rng.pick::<&str>(COMMON_TOKENS)
                } else {
                    rng.pick::<&str>(tokens)
                }
            };
            let old = all(rng).as_bytes();
            let new = all(rng).as_bytes().to_vec();
            let found = (!old.is_empty() && input.len() >= old.len())
                .then(|| {
                    let starts: Vec<usize> = input
                        .windows(old.len())
                        .enumerate()
                        .filter(|(_, w)| *w == old)
                        .map(|(i, _)| i)
                        .collect();
                    (!starts.is_empty()).then(|| starts[rng.below(starts.len())])
                })
                .flatten();
            match found {
                Some(at) => {
                    input.splice(at..at + old.len(), new);
                }
                None => {
                    let at = pos(rng, input.len());
                    input.splice(at..at, new);
                }
            }
        }
    }
    input.truncate(MAX_INPUT);
}

fn hash_name(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn show(input: &[u8]) -> String {
    match std::str::from_utf8(input) {
        Ok(text) => format!("{text:?}"),
        Err(_) if input.len() <= 256 => format!("{input:?}"),
        Err(_) => format!("(not UTF-8, lossy) {:?}", String::from_utf8_lossy(input)),
    }
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic".into())
}

/// Runs one target for the time budget; panics with the seed and the input on failure.
fn fuzz(name: &str, seeds: &[&[u8]], tokens: &[&str], check: Check<'_>) {
    let master = master_seed();
    let mut rng = Rng(master ^ hash_name(name));
    let run = |input: &[u8], iteration: u64| {
        let verdict = catch_unwind(AssertUnwindSafe(|| check(input)))
            .unwrap_or_else(|payload| Err(format!("panicked: {}", panic_text(&*payload))));
        verdict.unwrap_or_else(|why| {
            panic!(
                "fuzz target `{name}` failed at iteration {iteration} \
                 (replay: TELIQON_FUZZ_SEED={master}): {why}\n  input ({} bytes): {}",
                input.len(),
                show(input)
            )
        })
    };
    let mut corpus: Vec<Vec<u8>> = seeds.iter().map(|s| s.to_vec()).collect();
    for seed in seeds {
        run(seed, 0);
    }
    let deadline = Instant::now() + budget();
    let mut iterations = 0u64;
    let mut accepted = 0u64;
    while Instant::now() < deadline {
        for _ in 0..64 {
            iterations += 1;
            let mut input = rng.pick(&corpus).clone();
            let rounds = 1 + rng.below(4).saturating_sub(rng.below(3));
            for _ in 0..rounds {
                mutate(&mut rng, &mut input, &corpus, tokens);
            }
            let keep = match run(&input, iterations) {
                Verdict::Accepted => {
                    accepted += 1;
                    true
                }
                Verdict::Rejected => rng.below(32) == 0,
            };
            if keep {
                if corpus.len() < CORPUS_CAP {
                    corpus.push(input);
                } else {
                    let at = seeds.len() + rng.below(CORPUS_CAP - seeds.len());
                    corpus[at] = input;
                }
            }
        }
    }
    eprintln!("fuzz {name}: {iterations} inputs, {accepted} accepted (TELIQON_FUZZ_SEED={master})");
}

/// Counts the memory the current thread holds, for "never allocates beyond the body".
mod memory {
    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;

    thread_local! {
        static TRACKING: Cell<bool> = const { Cell::new(false) };
        static LIVE: Cell<isize> = const { Cell::new(0) };
        static PEAK: Cell<isize> = const { Cell::new(0) };
    }

    pub struct Tracking;

    fn note(delta: isize) {
        let _ = TRACKING.try_with(|tracking| {
            if tracking.get() {
                let live = LIVE.get() + delta;
                LIVE.set(live);
                if live > PEAK.get() {
                    PEAK.set(live);
                }
            }
        });
    }

    // SAFETY: every call is forwarded to `System`; the bookkeeping touches only
    // destructor-free thread-locals and never allocates.
    unsafe impl GlobalAlloc for Tracking {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc(layout) };
            if !p.is_null() {
                note(layout.size() as isize);
            }
            p
        }
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            let p = unsafe { System.alloc_zeroed(layout) };
            if !p.is_null() {
                note(layout.size() as isize);
            }
            p
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            unsafe { System.dealloc(ptr, layout) };
            note(-(layout.size() as isize));
        }
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            let p = unsafe { System.realloc(ptr, layout, new_size) };
            if !p.is_null() {
                note(new_size as isize - layout.size() as isize);
            }
            p
        }
    }

    struct Stop;
    impl Drop for Stop {
        fn drop(&mut self) {
            TRACKING.set(false);
        }
    }

    /// Runs `f`, answering its result and the most memory this thread held meanwhile
    /// beyond what it held before.
    pub fn peak_during<R>(f: impl FnOnce() -> R) -> (R, usize) {
        LIVE.set(0);
        PEAK.set(0);
        TRACKING.set(true);
        let stop = Stop;
        let result = f();
        drop(stop);
        (result, PEAK.get().max(0) as usize)
    }
}

#[global_allocator]
static ALLOCATOR: memory::Tracking = memory::Tracking;

/// What the user sees of `error`: an `error:` line, maybe a `hint:` line, no other control character.
fn printed_cleanly(error: &crate::error::Error) -> Result<(), String> {
    let printed = crate::io::render_error(error, false);
    let lines: Vec<&str> = printed.lines().collect();
    let shape = match lines.as_slice() {
        [error] => error.starts_with("error: "),
        [error, hint] => error.starts_with("error: ") && hint.starts_with("hint: "),
        _ => false,
    };
    if !shape
        || printed
            .trim_end_matches('\n')
            .chars()
            .any(|c| c != '\n' && c.is_control())
    {
        return Err(format!("printed as {printed:?}"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Target: money (`crate::api::Money::from_str`)
// ---------------------------------------------------------------------------------------

/// The grammar `-?DIGITS(.D{1,2})?`, written independently of the parser.
fn plain_decimal(text: &str) -> bool {
    let body = text.strip_prefix('-').unwrap_or(text);
    let (units, fraction) = match body.split_once('.') {
        Some((u, f)) => (u, Some(f)),
        None => (body, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(units) && fraction.is_none_or(|f| digits(f) && f.len() <= 2)
}

fn check_money(input: &[u8]) -> Result<Verdict, String> {
    let text = String::from_utf8_lossy(input);
    let parsed = text.parse::<Money>();
    // Through JSON (a string) it must answer the same.
    let json = serde_json::to_string(&*text).map_err(|e| e.to_string())?;
    let via_json = serde_json::from_str::<Money>(&json).ok();
    if via_json != parsed.clone().ok() {
        return Err(format!("JSON {via_json:?} differs from parse {parsed:?}"));
    }
    match parsed {
        Ok(money) => {
            if !plain_decimal(&text) {
                return Err(format!("accepted {money:?} outside the grammar"));
            }
            let shown = money.to_string();
            if shown.parse::<Money>() != Ok(money) {
                return Err(format!(
                    "{money:?} prints as {shown:?}, which parses differently"
                ));
            }
            let units = text.trim_start_matches('-').split('.').next().unwrap_or("");
            if money.minor().unsigned_abs() / 100
                != units.trim_start_matches('0').parse().unwrap_or(0)
            {
                return Err(format!("{money:?} lost the whole units of {text:?}"));
            }
            Ok(Verdict::Accepted)
        }
        Err(e) => {
            let units = text.trim_start_matches('-').split('.').next().unwrap_or("");
            if plain_decimal(&text) && units.trim_start_matches('0').len() <= 12 {
                return Err(format!("rejected a plain decimal: {e}"));
            }
            Ok(Verdict::Rejected)
        }
    }
}

#[test]
fn fuzz_money() {
    fuzz(
        "money",
        &[
            b"0",
            b"50",
            b"50.5",
            b"12.34",
            b"-0.05",
            b"007.10",
            b"1000000000000.99",
            b"",
            b"1e3",
            b"12.345",
            b"1.",
            b".5",
            b"+5",
            b" 5",
            b"1,5",
            b"NaN",
            b"99999999999999",
        ],
        &["0", "9", ".", "-", "00", ".99", "1000000000000"],
        &check_money,
    );
}

// ---------------------------------------------------------------------------------------
// Target: the settings file (`crate::settings_file::parse`), TOML and JSON
// ---------------------------------------------------------------------------------------

fn check_settings_file(name: &str, input: &[u8]) -> Result<Verdict, String> {
    use crate::settings_file::{SettingsFile, parse};
    let text = String::from_utf8_lossy(input);
    match parse(name, &text) {
        Ok(file) => {
            let toml = toml::to_string(&file).map_err(|e| format!("cannot re-export: {e}"))?;
            let again: SettingsFile = parse("again.toml", &toml)
                .map_err(|e| format!("re-exported TOML does not parse: {}\n{toml}", e.message))?;
            if again != file {
                return Err(format!("TOML round trip changed {file:?} into {again:?}"));
            }
            let json = serde_json::to_string(&file).map_err(|e| e.to_string())?;
            let again = parse("again.json", &json)
                .map_err(|e| format!("re-exported JSON does not parse: {}\n{json}", e.message))?;
            if again != file {
                return Err(format!("JSON round trip changed {file:?} into {again:?}"));
            }
            Ok(Verdict::Accepted)
        }
        Err(e) => {
            if !e.message.starts_with(name) {
                return Err(format!("error does not name the file: {}", e.message));
            }
            printed_cleanly(&e)?;
            if e.exit != crate::error::Exit::Usage {
                return Err(format!("exit {:?} for a bad settings file", e.exit));
            }
            Ok(Verdict::Rejected)
        }
    }
}

const SETTINGS_TOKENS: &[&str] = &[
    "two_factor",
    "did.spam",
    "balance.low_limit",
    "balance.top_up",
    "subscriptions.expiring",
    "subscriptions.billing",
    "spending_reports",
    "email",
    "portal",
    "totp",
    "amount",
    "currency",
    "daily",
    "weekly",
    "monthly",
    "\"50.00\"",
    "\"-1\"",
    "12.5",
    "[",
    "]",
    "{",
    "}",
    "[[",
    "\"\"\"",
    "'''",
    " = ",
    "\": ",
];

#[test]
fn fuzz_settings_file_toml() {
    let export =
        crate::settings_file::export_toml(&crate::settings_file::tests_support::sample_view());
    fuzz(
        "settings_file_toml",
        &[
            export.as_bytes(),
            b"",
            b"[two_factor]\nemail = true\n",
            b"[balance.low_limit]\namount = \"50.00\"\ncurrency = \"EUR\"\n",
            b"[balance.low_limit]\namount = 50\n",
            b"[balance.low_limit]\namount = 12.5\n",
            b"did = { spam = { email = false } }\n",
            b"[spending_reports]\ndaily = true\nhourly = true\n",
            b"[profiles.x\n",
            b"two_factor = 3\n",
        ],
        SETTINGS_TOKENS,
        &|input| check_settings_file("teliqon.toml", input),
    );
}

#[test]
fn fuzz_settings_file_json() {
    let file = crate::settings_file::SettingsFile::from_view(
        &crate::settings_file::tests_support::sample_view(),
    );
    let full = serde_json::to_string_pretty(&file).unwrap();
    fuzz(
        "settings_file_json",
        &[
            full.as_bytes(),
            b"{}",
            br#"{"two_factor":{"email":true,"totp":false}}"#,
            br#"{"balance":{"low_limit":{"amount":"7.5","currency":"EUR","email":true}}}"#,
            br#"{"balance":{"low_limit":{"amount":7}}}"#,
            br#"{"balance":{"low_limit":{"amount":7.25}}}"#,
            br#"{"spending_reports":{"daily":true,"yearly":true}}"#,
            br#"{"did":{"spam":{"email":"yes"}}}"#,
            b"[1,2]",
        ],
        SETTINGS_TOKENS,
        &|input| check_settings_file("teliqon.json", input),
    );
}

// ---------------------------------------------------------------------------------------
// Target: the config file (`crate::config::parse`)
// ---------------------------------------------------------------------------------------

fn check_config(input: &[u8]) -> Result<Verdict, String> {
    use crate::config::parse;
    use std::path::Path;
    let text = String::from_utf8_lossy(input);
    match parse(Path::new("/c/config.toml"), &text) {
        Ok(config) => {
            let body = toml::to_string_pretty(&config).map_err(|e| format!("cannot save: {e}"))?;
            let again = parse(Path::new("/c/config.toml"), &body)
                .map_err(|e| format!("saved config does not parse: {}\n{body}", e.message))?;
            if again != config {
                return Err(format!("save round trip changed {config:?} into {again:?}"));
            }
            Ok(Verdict::Accepted)
        }
        Err(e) => {
            if !e.message.starts_with("invalid config /c/config.toml") {
                return Err(format!("error does not name the file: {}", e.message));
            }
            printed_cleanly(&e)?;
            Ok(Verdict::Rejected)
        }
    }
}

#[test]
fn fuzz_config() {
    fuzz(
        "config",
        &[
            b"",
            b"version = 1\n",
            b"version = 9\n",
            b"version = 1\n[http]\ntimeout = 30\nconnect_timeout = 5\nmax_retries = 3\nca_file = \"/etc/ca.pem\"\n",
            b"[profiles.default]\napi_url = \"https://api.example\"\ntoken_store = \"keyring\"\ntime_zone = \"Europe/Berlin\"\n",
            b"[profiles.\"x y\"]\ntoken_store = \"insecure-file\"\n",
            b"[profiles.x\n",
            b"version = \"one\"\n",
            b"[profiles.x]\napi_ur = \"a\"\n",
        ],
        &[
            "version",
            "[http]",
            "timeout",
            "max_retries",
            "ca_file",
            "[profiles.",
            "api_url",
            "token_store",
            "\"keyring\"",
            "\"insecure-file\"",
            "time_zone",
            " = ",
            "\"",
        ],
        &check_config,
    );
}

// ---------------------------------------------------------------------------------------
// Target: the client's envelope decoder (`client::transport::decode`)
// ---------------------------------------------------------------------------------------

const STATUSES: [u16; 16] = [
    200, 201, 204, 301, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504, 299,
];
const CONTENT_TYPES: [Option<&str>; 6] = [
    Some("application/json"),
    Some("application/json; charset=utf-8"),
    Some("application/problem+json"),
    Some("text/html"),
    None,
    Some("APPLICATION/JSON"),
];

/// Byte 0 picks the status (or, past the table, any of 100–999), byte 1 the content type.
fn decode_input(input: &[u8]) -> (u16, Option<&'static str>, &[u8]) {
    let status = match input.first() {
        Some(&b) if usize::from(b) < STATUSES.len() => STATUSES[usize::from(b)],
        Some(&b) => 100 + u16::from(b) * 3,
        None => 200,
    };
    let content_type =
        CONTENT_TYPES[usize::from(*input.get(1).unwrap_or(&0)) % CONTENT_TYPES.len()];
    (status, content_type, input.get(2..).unwrap_or(&[]))
}

fn check_decode<T: serde::de::DeserializeOwned>(input: &[u8]) -> Result<Verdict, String> {
    use crate::client::ClientError;
    use crate::client::fuzz_entry::{EXCERPT_CHARS, decode_parts};
    let (status, content_type, body) = decode_input(input);
    let body = body.to_vec();
    let len = body.len();
    let (answer, peak) = memory::peak_during(|| {
        decode_parts::<T>(status, content_type, body).map(|r| r.map(|a| a.data))
    });
    let Some(answer) = answer else {
        return Ok(Verdict::Rejected);
    };
    let limit = 8 * len + 64 * 1024;
    if peak > limit {
        return Err(format!(
            "decoding {len} bytes held {peak} bytes (limit {limit})"
        ));
    }
    let json = content_type.is_some_and(|c| c.to_ascii_lowercase().contains("json"));
    match answer {
        Ok(_) if (200..300).contains(&status) && json => Ok(Verdict::Accepted),
        Ok(_) => Err(format!("data from HTTP {status} {content_type:?}")),
        Err(error) => {
            let expected = match status {
                401 | 403 => matches!(error, ClientError::Auth { .. }),
                429 => matches!(error, ClientError::RateLimited { .. }),
                300..=399 => matches!(error, ClientError::Decode { .. }),
                400..=499 => matches!(error, ClientError::Rejected { .. }),
                // A 200 envelope saying `internal`/`unavailable` is a server failure.
                200..=299 => matches!(
                    error,
                    ClientError::Decode { .. }
                        | ClientError::Rejected { .. }
                        | ClientError::Server { .. }
                ),
                _ => matches!(error, ClientError::Server { .. }),
            };
            if !expected {
                return Err(format!("HTTP {status} classified as {error:?}"));
            }
            if let ClientError::Decode { excerpt, .. } = &error
                && excerpt.chars().count() > EXCERPT_CHARS + 1
            {
                return Err(format!("excerpt of {} characters", excerpt.chars().count()));
            }
            printed_cleanly(&crate::error::Error::from(error))?;
            Ok(Verdict::Rejected)
        }
    }
}

fn decode_seeds() -> Vec<Vec<u8>> {
    let with = |status: u8, ct: u8, body: &str| {
        let mut v = vec![status, ct];
        v.extend_from_slice(body.as_bytes());
        v
    };
    let notifications = serde_json::to_string(&crate::api::Envelope::ok(
        crate::api::Notifications::default(),
    ))
    .unwrap();
    vec![
        with(0, 0, &notifications),
        with(
            0,
            1,
            r#"{"status":true,"data":{"rows":[{"id":1,"timestamp":"2026-01-01T00:00:00Z","comment":"Call to +49 30 1","destination":"Germany (landline)","number":"+49 30 1","duration_seconds":61,"net":"0.12","tax":"0.02","total":"0.14"}],"total":1,"page":1,"page_size":25,"currency":"EUR"}}"#,
        ),
        with(0, 0, r#"{"status":true}"#),
        with(0, 0, r#"{"status":true,"da"#),
        with(0, 3, "<html><body>Bad gateway</body></html>"),
        with(
            0,
            0,
            r#"{"status":false,"error":{"code":"internal","message":"boom"}}"#,
        ),
        with(
            5,
            0,
            r#"{"status":false,"error":{"code":"unauthorized","message":"bad token"}}"#,
        ),
        with(
            4,
            0,
            r#"{"status":false,"error":{"code":"invalid_request","message":"bad\nline"}}"#,
        ),
        with(10, 4, ""),
        with(12, 3, "<h1>down</h1>"),
        with(3, 0, ""),
        with(200, 0, "{}"),
    ]
}

const ENVELOPE_TOKENS: &[&str] = &[
    "\"status\"",
    "\"data\"",
    "\"error\"",
    "\"code\"",
    "\"message\"",
    "\"rows\"",
    "true",
    "false",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"0.00\"",
    "\"2026-01-01T00:00:00Z\"",
    "\\n",
    "\\u001b",
];

#[test]
fn fuzz_envelope_decoder() {
    let seeds = decode_seeds();
    let seeds: Vec<&[u8]> = seeds.iter().map(Vec::as_slice).collect();
    fuzz(
        "envelope_notifications",
        &seeds,
        ENVELOPE_TOKENS,
        &check_decode::<crate::api::Notifications>,
    );
    fuzz(
        "envelope_billings",
        &seeds,
        ENVELOPE_TOKENS,
        &check_decode::<crate::api::BillingPage<crate::api::VoiceBilling>>,
    );
}

// ---------------------------------------------------------------------------------------
// Targets: the client's header and URL parsers
// ---------------------------------------------------------------------------------------

#[test]
fn fuzz_retry_after_and_base_url() {
    use crate::client::fuzz_entry::{MAX_DELAY, check_base_url, parse_retry_after};
    let now = std::time::UNIX_EPOCH + Duration::from_secs(1_780_000_000);
    fuzz(
        "retry_after",
        &[
            b"0",
            b"2",
            b"120",
            b"Wed, 21 Oct 2026 07:28:00 GMT",
            b"soon",
            b"-1",
            b"",
        ],
        &[
            "GMT",
            "Mon,",
            " 2026 ",
            "00:00:00",
            "+0000",
            "99999999999999999999",
        ],
        &|input| {
            let text = String::from_utf8_lossy(input);
            match parse_retry_after(&text, now) {
                Some(delay) if delay > MAX_DELAY => Err(format!("{delay:?} beyond the cap")),
                Some(_) => Ok(Verdict::Accepted),
                None => Ok(Verdict::Rejected),
            }
        },
    );
    fuzz(
        "base_url",
        &[
            b"https://api.teliqon.example",
            b"http://127.0.0.1:8787",
            b"http://[::1]:1/api",
            b"http://localhost:1",
            b"http://api.example",
            b"ftp://x",
            b"https://user@host/",
            b"not a url",
        ],
        &[
            "http://",
            "https://",
            "127.0.0.1",
            "[::1]",
            "localhost",
            ":",
            "@",
            "?",
            "#",
            "%00",
            "/",
        ],
        &|input| {
            let text = String::from_utf8_lossy(input);
            match check_base_url(&text, false) {
                Ok(url) => {
                    let loopback = match url.host() {
                        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
                        None => false,
                    };
                    match url.scheme() {
                        "https" => Ok(Verdict::Accepted),
                        "http" if loopback => Ok(Verdict::Accepted),
                        _ => Err(format!("accepted {url} without --allow-insecure-http")),
                    }
                }
                Err(e) => {
                    if crate::error::exit_of(&e) != crate::error::Exit::Usage {
                        return Err(format!("{e:?} is not a usage error"));
                    }
                    Ok(Verdict::Rejected)
                }
            }
        },
    );
}

// ---------------------------------------------------------------------------------------
// Targets: the sandbox's `--fault` spec and billings query parsers
// ---------------------------------------------------------------------------------------

#[cfg(feature = "sandbox")]
fn render_fault(spec: &crate::sandbox::faults::FaultSpec) -> String {
    use crate::sandbox::faults::FaultKind;
    let kind = match spec.kind {
        FaultKind::Status(code) => format!("status:{code}"),
        FaultKind::Html => "html".into(),
        FaultKind::Truncated => "truncated".into(),
        FaultKind::EnvelopeFalse => "envelope-false".into(),
        FaultKind::Hang => "hang".into(),
        FaultKind::Reset => "reset".into(),
        FaultKind::Huge => "huge".into(),
        FaultKind::Clock(seconds) => format!("clock:{seconds}"),
        FaultKind::Delay(ms) => format!("delay:{ms}"),
    };
    let mut out = format!("kind={kind},nth={},times={}", spec.nth, spec.times);
    if let Some(method) = &spec.method {
        out.push_str(&format!(",method={method}"));
    }
    if let Some(path) = &spec.path {
        out.push_str(&format!(",path={path}"));
    }
    if let Some(seconds) = spec.retry_after {
        out.push_str(&format!(",retry-after={seconds}"));
    }
    out
}

#[cfg(feature = "sandbox")]
#[test]
fn fuzz_sandbox_fault_spec() {
    use crate::sandbox::faults::{FaultSpec, parse_all};
    fuzz(
        "fault_spec",
        &[
            b"kind=status:503,retry-after=2,times=2",
            b"kind=status:500,method=PATCH,path=/api/v1/settings/notifications,nth=2",
            b"kind=html,path=/api/v1/balances;kind=hang,method=POST",
            b"kind=huge,times=0",
            b"kind=nope",
            b"kind=status:200",
            b"nth=0,kind=reset",
            b"kind=html,kind=html",
        ],
        &[
            "kind=",
            "status:",
            "html",
            "truncated",
            "envelope-false",
            "hang",
            "reset",
            "huge",
            "method=",
            "GET",
            "patch",
            "path=/",
            "nth=",
            "times=",
            "retry-after=",
            "retry_after=",
            ",",
            ";",
            "=",
        ],
        &|input| {
            let text = String::from_utf8_lossy(input);
            let all = parse_all(&[text.to_string()]);
            match text.parse::<FaultSpec>() {
                Ok(spec) => {
                    let rendered = render_fault(&spec);
                    let again = rendered
                        .parse::<FaultSpec>()
                        .map_err(|e| format!("{rendered:?} does not parse again: {e}"))?;
                    if again != spec {
                        return Err(format!("{rendered:?} parses to {again:?}, not {spec:?}"));
                    }
                    if !text.contains(';') && all.map(|v| v.len()) != Ok(1) {
                        return Err("parse_all disagrees with from_str".into());
                    }
                    Ok(Verdict::Accepted)
                }
                Err(e) if e.0.is_empty() => Err("an empty error message".into()),
                Err(_) => {
                    if let Err(e) = &all {
                        if e.exit != crate::error::Exit::Usage {
                            return Err(format!("exit {:?} for a bad spec", e.exit));
                        }
                        printed_cleanly(e)?;
                    }
                    Ok(Verdict::Rejected)
                }
            }
        },
    );
}

#[cfg(feature = "sandbox")]
#[test]
fn fuzz_sandbox_billings_query() {
    use crate::api::PAGE_SIZES;
    let now: jiff::Timestamp = "2026-06-01T12:34:56Z".parse().unwrap();
    fuzz(
        "billings_query",
        &[
            b"",
            b"page=2&page_size=10",
            b"from=2026-03-01T00:00:00Z&to=2026-06-02T00:00:00Z&page_size=250",
            b"search=CALL%20TO%20%2B49&min_total=0.50&max_total=2",
            b"min_net=5&max_net=4",
            b"from=yesterday",
            b"page=0",
            b"page=1&page=2",
            b"sort=asc",
            b"search=x",
            b"page=4294967295&page_size=250",
        ],
        &[
            "from=",
            "to=",
            "search=",
            "min_net=",
            "max_net=",
            "min_total=",
            "max_total=",
            "page=",
            "page_size=",
            "&",
            "%",
            "%2B",
            "%00",
            "+",
            "2026-01-01T00:00:00Z",
            "1970-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "-009999-01-01T00:00:00Z",
        ],
        &|input| {
            let text = String::from_utf8_lossy(input);
            match crate::sandbox::fuzz_billing_query(&text, now, 2000) {
                None => Ok(Verdict::Rejected),
                Some(Err(message)) if message.is_empty() => Err("an empty error message".into()),
                Some(Err(_)) => Ok(Verdict::Rejected),
                Some(Ok(page)) => {
                    if !PAGE_SIZES.contains(&page.page_size)
                        || page.rows.len() > page.page_size as usize
                        || (page.rows.len() as u64) > page.total
                    {
                        return Err(format!(
                            "page {} of size {} with {} rows of {}",
                            page.page,
                            page.page_size,
                            page.rows.len(),
                            page.total
                        ));
                    }
                    for pair in page.rows.windows(2) {
                        if (pair[0].timestamp, pair[0].id) <= (pair[1].timestamp, pair[1].id) {
                            return Err(format!(
                                "not newest first: {} then {}",
                                pair[0].id, pair[1].id
                            ));
                        }
                    }
                    Ok(Verdict::Accepted)
                }
            }
        },
    );
}

// ---------------------------------------------------------------------------------------
// Target: report dates (`crate::report::period::parse_date`, `parse_period_date`)
// ---------------------------------------------------------------------------------------

fn check_report_date(input: &[u8]) -> Result<Verdict, String> {
    use crate::report::period::{Frequency, parse_date, parse_period_date};
    use jiff::civil::Weekday;
    let text = String::from_utf8_lossy(input);
    let mut accepted = false;
    for frequency in [Frequency::Daily, Frequency::Weekly, Frequency::Monthly] {
        match parse_period_date(frequency, &text) {
            Ok(date) => {
                accepted = true;
                if !(1900..=2999).contains(&date.year()) {
                    return Err(format!("{date} is outside 1900–2999"));
                }
                let iso = date.to_string();
                match parse_date("--date", &iso) {
                    Ok(again) if again == date => {}
                    other => {
                        return Err(format!(
                            "{date} prints as {iso:?}, which parses as {other:?}"
                        ));
                    }
                }
                let shape = text.len();
                if frequency == Frequency::Weekly && shape == 8 && date.weekday() != Weekday::Monday
                {
                    return Err(format!("ISO week {text:?} starts on {date}, not a Monday"));
                }
                if frequency == Frequency::Monthly && shape == 7 && date.day() != 1 {
                    return Err(format!("month {text:?} starts on {date}"));
                }
            }
            Err(e) => {
                if e.exit != crate::error::Exit::Usage {
                    return Err(format!("exit {:?} for a bad date", e.exit));
                }
                printed_cleanly(&e)?;
            }
        }
    }
    Ok(if accepted {
        Verdict::Accepted
    } else {
        Verdict::Rejected
    })
}

#[test]
fn fuzz_report_dates() {
    fuzz(
        "report_dates",
        &[
            b"2026-05-01",
            b"2026-02-28",
            b"2024-02-29",
            b"2026-W01",
            b"2026-w53",
            b"2020-W53",
            b"2026-03",
            b"2026-13-01",
            b"2026-02-30",
            b"1899-12-31",
            b"3000-01-01",
            b"today",
            b"",
            b"-1d",
            b"2026-5-1",
            b"2026-W00",
        ],
        &[
            "-", "W", "w", "00", "01", "12", "13", "29", "30", "31", "53", "54", "1900", "2999",
            "+", "é",
        ],
        &check_report_date,
    );
}

#[test]
fn mutations_are_reproducible_from_the_seed() {
    let corpus = vec![b"kind=html".to_vec(), b"{\"a\":1}".to_vec()];
    let run = |seed| {
        let mut rng = Rng(seed);
        let mut input = corpus[0].clone();
        for _ in 0..200 {
            mutate(&mut rng, &mut input, &corpus, &["kind", "=", "\"x\""]);
            assert!(input.len() <= MAX_INPUT);
        }
        input
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

#[test]
fn a_failing_target_reports_seed_and_input() {
    let failure = catch_unwind(|| {
        fuzz("self_test", &[b"ok", b"boom"], &[], &|input| {
            if input == b"boom" {
                Err("found it".into())
            } else {
                Ok(Verdict::Accepted)
            }
        })
    })
    .expect_err("the target must fail");
    let message = panic_text(&*failure);
    assert!(
        message.contains("fuzz target `self_test` failed"),
        "{message}"
    );
    assert!(message.contains("TELIQON_FUZZ_SEED="), "{message}");
    assert!(message.contains("\"boom\""), "{message}");
}

#[test]
fn memory_is_counted() {
    let (v, peak) = memory::peak_during(|| vec![0u8; 100_000]);
    assert!(peak >= 100_000, "{peak}");
    drop(v);
}
