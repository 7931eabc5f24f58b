//! `reports print` and `billings list` against the real sandbox: totals checked
//! against sums computed here from the sandbox's own rows (read over HTTP),
//! period boundaries (DST, month ends, ISO week 53), empty periods, output
//! shapes, bad input, and concurrency (nothing dropped, doubled or reordered).

use crate::support::cmd::{Home, Outcome, bin};
use crate::support::sandbox::SandboxProcess;
use crate::support::tmux::Tmux;
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;

fn sandbox(rows: u64, anchor: &str) -> SandboxProcess {
    SandboxProcess::start_with(&["--billings", &rows.to_string(), "--anchor", anchor], &[])
}

/// `teliqon ARGS` signed in to the sandbox, with the given system time zone.
fn run(home: &Home, sandbox: &SandboxProcess, tz: &str, args: &[&str]) -> Outcome {
    home.teliqon_at(&sandbox.url, &sandbox.token)
        .env("TZ", tz)
        .args(args)
        .run()
}

fn ok(home: &Home, sandbox: &SandboxProcess, tz: &str, args: &[&str]) -> Outcome {
    home.teliqon_at(&sandbox.url, &sandbox.token)
        .env("TZ", tz)
        .args(args)
        .ok()
}

/// Minor units of a decimal string, parsed here (not with the crate's Money).
fn cents(text: &str) -> i64 {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (units, fraction) = rest.split_once('.').expect("two decimals");
    assert_eq!(fraction.len(), 2, "{text}");
    let value = units.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap();
    if negative { -value } else { value }
}

fn amount(minor: i64) -> String {
    format!("{}.{:02}", minor / 100, minor % 100)
}

/// Every row of a list in `[from, to)`, read page by page over HTTP.
fn server_rows(sandbox: &SandboxProcess, kind: &str, from: &str, to: &str) -> Vec<Value> {
    let mut rows = Vec::new();
    let mut page = 1;
    loop {
        let data = sandbox
            .get(&format!(
                "/api/v1/billings/{kind}?from={from}&to={to}&page_size=250&page={page}"
            ))
            .data();
        let got = data["rows"].as_array().unwrap().clone();
        let total = data["total"].as_u64().unwrap();
        rows.extend(got);
        if rows.len() as u64 >= total {
            assert_eq!(rows.len() as u64, total);
            return rows;
        }
        page += 1;
    }
}

/// The server's row count for a window (page 1's `total`).
fn server_total(sandbox: &SandboxProcess, kind: &str, from: &str, to: &str) -> u64 {
    sandbox
        .get(&format!(
            "/api/v1/billings/{kind}?from={from}&to={to}&page_size=10"
        ))
        .data()["total"]
        .as_u64()
        .unwrap()
}

#[derive(Debug, Default, PartialEq, Eq, Clone, Copy)]
struct Sum {
    count: u64,
    seconds: u64,
    net: i64,
    tax: i64,
    total: i64,
}

/// Sums per `name` (service or destination) and per day key (or "" for none).
fn sums(
    rows: &[Value],
    name: &str,
    day: impl Fn(&str) -> String,
) -> BTreeMap<(String, String), Sum> {
    let mut map: BTreeMap<(String, String), Sum> = BTreeMap::new();
    for row in rows {
        let key = (
            day(row["timestamp"].as_str().unwrap()),
            row[name].as_str().unwrap().to_owned(),
        );
        let sum = map.entry(key).or_default();
        match name {
            "destination" => {
                sum.count += 1;
                sum.seconds += row["duration_seconds"].as_u64().unwrap();
            }
            _ => sum.count += row["quantity"].as_u64().unwrap(),
        }
        sum.net += cents(row["net"].as_str().unwrap());
        sum.tax += cents(row["tax"].as_str().unwrap());
        sum.total += cents(row["total"].as_str().unwrap());
    }
    map
}

fn grand(map: &BTreeMap<(String, String), Sum>) -> Sum {
    map.values().fold(Sum::default(), |a, s| Sum {
        count: a.count + s.count,
        seconds: a.seconds + s.seconds,
        net: a.net + s.net,
        tax: a.tax + s.tax,
        total: a.total + s.total,
    })
}

/// The report's rows of one table as the same map.
fn report_sums(doc: &Value, table: &str) -> BTreeMap<(String, String), Sum> {
    let name = if table == "voice" {
        "destination"
    } else {
        "service"
    };
    let count = if table == "voice" {
        "calls"
    } else {
        "quantity"
    };
    let mut map = BTreeMap::new();
    for row in doc[table]["rows"].as_array().unwrap() {
        let day = row
            .get("day")
            .map_or(String::new(), |d| d.as_str().unwrap().to_owned());
        let seconds = row.get("seconds").map_or(0, |s| s.as_u64().unwrap());
        if table == "voice" {
            // minutes is seconds / 60, exact to 2 decimals, half up.
            let expected = (seconds * 100 + 30) / 60;
            assert_eq!(
                row["minutes"].as_str().unwrap(),
                amount(expected as i64),
                "{row}"
            );
        }
        let previous = map.insert(
            (day, row[name].as_str().unwrap().to_owned()),
            Sum {
                count: row[count].as_u64().unwrap(),
                seconds,
                net: cents(row["net"].as_str().unwrap()),
                tax: cents(row["tax"].as_str().unwrap()),
                total: cents(row["total"].as_str().unwrap()),
            },
        );
        assert!(previous.is_none(), "a row appears twice: {row}");
    }
    map
}

/// Checks a report document against the server's rows of `[from, to)`.
fn assert_matches_server(
    doc: &Value,
    sandbox: &SandboxProcess,
    from: &str,
    to: &str,
    day: impl Fn(&str) -> String + Copy,
) {
    for (table, name) in [("additional", "service"), ("voice", "destination")] {
        let rows = server_rows(sandbox, table, from, to);
        assert!(!rows.is_empty(), "the test period should have {table} rows");
        let expected = sums(&rows, name, day);
        assert_eq!(report_sums(doc, table), expected, "{table} rows");
        let all = grand(&expected);
        let totals = &doc[table]["totals"];
        assert_eq!(totals["net"], amount(all.net), "{table} net");
        assert_eq!(totals["tax"], amount(all.tax), "{table} tax");
        assert_eq!(totals["total"], amount(all.total), "{table} total");
        assert_eq!(
            totals.as_object().unwrap().keys().collect::<Vec<_>>(),
            ["net", "tax", "total"]
        );
    }
    assert_eq!(doc["currency"], "EUR");
}

fn no_day(_: &str) -> String {
    String::new()
}

fn write_config(home: &Home, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    let dir = home.config_dir();
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.toml");
    std::fs::write(&path, text).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
}

#[test]
fn monthly_report_with_a_dst_change_matches_the_servers_rows() {
    // October 2026 in Berlin: starts at +02:00, ends at +01:00 (25 Oct).
    let sandbox = sandbox(20_000, "2026-11-20T00:00:00Z");
    let home = Home::new();
    write_config(
        &home,
        "version = 1\n[profiles.default]\ntime_zone = \"Europe/Berlin\"\n",
    );
    let out = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--period",
            "monthly",
            "--date",
            "2026-10-17",
            "-o",
            "json",
        ],
    );
    let doc = out.json();
    assert_eq!(
        doc.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["from", "to", "currency", "additional", "voice"]
    );
    assert_eq!(doc["from"], "2026-10-01");
    assert_eq!(doc["to"], "2026-10-31");
    assert_matches_server(
        &doc,
        &sandbox,
        "2026-09-30T22:00:00Z",
        "2026-10-31T23:00:00Z",
        no_day,
    );
    // The UTC month differs: the boundaries really moved with the zone.
    let utc = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--period",
            "monthly",
            "--date",
            "2026-10",
            "--time-zone",
            "UTC",
            "-o",
            "json",
        ],
    )
    .json();
    assert_ne!(utc["voice"]["totals"], doc["voice"]["totals"]);
    assert_matches_server(
        &utc,
        &sandbox,
        "2026-10-01T00:00:00Z",
        "2026-11-01T00:00:00Z",
        no_day,
    );
}

#[test]
fn dst_days_are_23_and_25_hours_long() {
    let sandbox = sandbox(40_000, "2026-11-20T00:00:00Z");
    let home = Home::new();
    // The local zone (TZ) is the default when the profile names none.
    let autumn = ok(
        &home,
        &sandbox,
        "Europe/Berlin",
        &[
            "reports",
            "print",
            "--period",
            "daily",
            "--date",
            "2026-10-25",
            "-o",
            "json",
        ],
    )
    .json();
    assert_eq!(autumn["from"], "2026-10-25");
    // 25 Oct 2026 in Berlin: 00:00 +02:00 to 24:00 +01:00, 25 hours.
    assert_matches_server(
        &autumn,
        &sandbox,
        "2026-10-24T22:00:00Z",
        "2026-10-25T23:00:00Z",
        no_day,
    );
    let calls = server_total(
        &sandbox,
        "voice",
        "2026-10-24T22:00:00Z",
        "2026-10-25T23:00:00Z",
    );
    let naive = server_total(
        &sandbox,
        "voice",
        "2026-10-24T22:00:00Z",
        "2026-10-25T22:00:00Z",
    );
    assert_ne!(
        calls, naive,
        "the data should tell a 25-hour day from a 24-hour one"
    );

    // 29 Mar 2026 (23 hours) lies before this sandbox's 90 days; use another anchor.
    let spring = sandbox_for_march();
    let doc = ok(
        &home,
        &spring,
        "Europe/Berlin",
        &[
            "reports",
            "print",
            "--from",
            "2026-03-29",
            "--to",
            "2026-03-29",
            "-o",
            "json",
        ],
    )
    .json();
    assert_matches_server(
        &doc,
        &spring,
        "2026-03-28T23:00:00Z",
        "2026-03-29T22:00:00Z",
        no_day,
    );
}

fn sandbox_for_march() -> SandboxProcess {
    sandbox(40_000, "2026-04-20T00:00:00Z")
}

#[test]
fn iso_week_53_and_month_ends_split_exactly() {
    let sandbox = sandbox(20_000, "2027-01-20T00:00:00Z");
    let home = Home::new();
    let week = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports", "print", "--period", "weekly", "--date", "2026-W53", "-o", "json",
        ],
    )
    .json();
    assert_eq!(
        (week["from"].as_str(), week["to"].as_str()),
        (Some("2026-12-28"), Some("2027-01-03"))
    );
    assert_matches_server(
        &week,
        &sandbox,
        "2026-12-28T00:00:00Z",
        "2027-01-04T00:00:00Z",
        no_day,
    );
    // Any day of the week names the same week.
    let same = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--period",
            "weekly",
            "--date",
            "2027-01-03",
            "-o",
            "json",
        ],
    )
    .json();
    assert_eq!(same, week);

    // Per day: the week's rows split on UTC midnights, across the year end.
    let by_day = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--period",
            "weekly",
            "--date",
            "2026-W53",
            "--group-by",
            "day",
            "-o",
            "json",
        ],
    )
    .json();
    assert_matches_server(
        &by_day,
        &sandbox,
        "2026-12-28T00:00:00Z",
        "2027-01-04T00:00:00Z",
        |t| t[..10].to_owned(),
    );
    let days: std::collections::BTreeSet<&str> = by_day["voice"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["day"].as_str().unwrap())
        .collect();
    assert_eq!(days.len(), 7, "{days:?}");
    assert_eq!(by_day["voice"]["totals"], week["voice"]["totals"]);

    // December's last day and January's first add up to the two-day range.
    let dec31 = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-12-31",
            "--to",
            "2026-12-31",
            "-o",
            "json",
        ],
    )
    .json();
    let jan1 = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2027-01-01",
            "--to",
            "2027-01-01",
            "-o",
            "json",
        ],
    )
    .json();
    let both = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-12-31",
            "--to",
            "2027-01-01",
            "-o",
            "json",
        ],
    )
    .json();
    assert_matches_server(
        &dec31,
        &sandbox,
        "2026-12-31T00:00:00Z",
        "2027-01-01T00:00:00Z",
        no_day,
    );
    assert_matches_server(
        &jan1,
        &sandbox,
        "2027-01-01T00:00:00Z",
        "2027-01-02T00:00:00Z",
        no_day,
    );
    for table in ["additional", "voice"] {
        let sum = cents(dec31[table]["totals"]["total"].as_str().unwrap())
            + cents(jan1[table]["totals"]["total"].as_str().unwrap());
        assert_eq!(amount(sum), both[table]["totals"]["total"], "{table}");
    }
    // The monthly report of December ends at the month's last instant.
    let december = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--period",
            "monthly",
            "--date",
            "2026-12-05",
            "-o",
            "json",
        ],
    )
    .json();
    assert_eq!(december["to"], "2026-12-31");
    assert_matches_server(
        &december,
        &sandbox,
        "2026-12-01T00:00:00Z",
        "2027-01-01T00:00:00Z",
        no_day,
    );
}

#[test]
fn empty_period_prints_zero_totals_and_a_note() {
    let sandbox = sandbox(2_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let args = [
        "reports",
        "print",
        "--from",
        "2020-01-01",
        "--to",
        "2020-01-31",
    ];
    let json = ok(
        &home,
        &sandbox,
        "UTC",
        &[&args[..], &["-o", "json"]].concat(),
    );
    let doc = json.json();
    for table in ["additional", "voice"] {
        assert_eq!(doc[table]["rows"], Value::Array(vec![]));
        assert_eq!(
            doc[table]["totals"],
            serde_json::json!({"net": "0.00", "tax": "0.00", "total": "0.00"})
        );
    }
    assert!(
        json.stderr
            .contains("note: no billings from 2020-01-01 to 2020-01-31"),
        "{}",
        json.stderr
    );
    // --quiet drops the note, not the data.
    let quiet = ok(
        &home,
        &sandbox,
        "UTC",
        &[&args[..], &["-o", "json", "-q"]].concat(),
    );
    assert_eq!(quiet.stderr, "");
    assert_eq!(quiet.json(), doc);
    let csv = ok(
        &home,
        &sandbox,
        "UTC",
        &[&args[..], &["-o", "csv"]].concat(),
    );
    assert_eq!(
        csv.stdout,
        "table,name,quantity,calls,minutes,seconds,net,tax,total,currency\n"
    );
    // On a terminal: both titled tables with a zero totals row.
    let screen = on_terminal(&home, &sandbox, &args);
    for expected in [
        "Spending report 2020-01-01 to 2020-01-31",
        "Additional balance",
        "Voice balance",
        "0.00 EUR",
        "note: no billings",
    ] {
        assert!(
            screen.contains(expected),
            "{expected:?} missing from:\n{screen}"
        );
    }
    let totals: Vec<&str> = screen.lines().filter(|l| l.contains("│ Total ")).collect();
    assert_eq!(totals.len(), 2, "{screen}");
    assert!(
        totals.iter().all(|l| l.matches("0.00 EUR").count() == 3),
        "{totals:?}"
    );
}

/// Runs teliqon in a tmux pseudo-terminal (UTC, no colour); answers the screen
/// once it exited 0.
fn on_terminal(home: &Home, sandbox: &SandboxProcess, args: &[&str]) -> String {
    let config = home.config_dir().to_string_lossy().into_owned();
    let env = [
        ("TELIQON_API_URL", sandbox.url.as_str()),
        ("TELIQON_TOKEN", sandbox.token.as_str()),
        ("TELIQON_CONFIG_DIR", config.as_str()),
        ("TZ", "UTC"),
        ("NO_COLOR", "1"),
    ];
    let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
    let term = Tmux::start(
        home.path(),
        &env,
        &format!("{} {}", bin(), quoted.join(" ")),
    );
    let code = term.wait_exit(Duration::from_secs(60));
    let screen = term.screen(false);
    assert_eq!(code, 0, "{screen}");
    screen
}

#[test]
fn report_on_a_terminal_has_aligned_money_and_totals_rows() {
    let sandbox = sandbox(5_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let doc = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
            "-o",
            "json",
        ],
    )
    .json();
    let screen = on_terminal(
        &home,
        &sandbox,
        &[
            "reports",
            "print",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
        ],
    );
    for table in ["additional", "voice"] {
        let total = format!("{} EUR", doc[table]["totals"]["total"].as_str().unwrap());
        let line = screen
            .lines()
            .find(|l| l.contains("│ Total ") && l.contains(&total))
            .unwrap_or_else(|| panic!("no totals row with {total}:\n{screen}"));
        // Right-aligned: the amount ends at its column's border.
        assert!(line.contains(&format!("{total} │")), "{line}");
    }
    assert!(screen.find("Additional balance").unwrap() < screen.find("Voice balance").unwrap());
}

#[test]
fn csv_shapes_for_spreadsheets() {
    let sandbox = sandbox(5_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let base = [
        "reports",
        "print",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-07",
        "--time-zone",
        "UTC",
    ];
    let doc = ok(
        &home,
        &sandbox,
        "UTC",
        &[&base[..], &["-o", "json"]].concat(),
    )
    .json();
    let both = ok(
        &home,
        &sandbox,
        "UTC",
        &[&base[..], &["-o", "csv"]].concat(),
    )
    .stdout;
    let lines: Vec<&str> = both.lines().collect();
    assert_eq!(
        lines[0],
        "table,name,quantity,calls,minutes,seconds,net,tax,total,currency"
    );
    let additional = doc["additional"]["rows"].as_array().unwrap();
    let voice = doc["voice"]["rows"].as_array().unwrap();
    assert_eq!(lines.len(), 1 + additional.len() + voice.len());
    for (line, row) in lines[1..].iter().zip(additional) {
        assert_eq!(
            *line,
            format!(
                "additional,{},{},,,,{},{},{},EUR",
                row["service"].as_str().unwrap(),
                row["quantity"],
                row["net"].as_str().unwrap(),
                row["tax"].as_str().unwrap(),
                row["total"].as_str().unwrap()
            )
        );
    }
    for (line, row) in lines[1 + additional.len()..].iter().zip(voice) {
        assert_eq!(
            *line,
            format!(
                "voice,{},,{},{},{},{},{},{},EUR",
                row["destination"].as_str().unwrap(),
                row["calls"],
                row["minutes"].as_str().unwrap(),
                row["seconds"],
                row["net"].as_str().unwrap(),
                row["tax"].as_str().unwrap(),
                row["total"].as_str().unwrap()
            )
        );
    }
    let only_voice = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            &base[..],
            &["-o", "csv", "--table", "voice", "--group-by", "day"],
        ]
        .concat(),
    )
    .stdout;
    let mut voice_lines = only_voice.lines();
    assert_eq!(
        voice_lines.next(),
        Some("day,destination,calls,minutes,seconds,net,tax,total,currency")
    );
    let calls: u64 = voice_lines
        .map(|l| l.split(',').nth(2).unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(
        calls,
        voice
            .iter()
            .map(|r| r["calls"].as_u64().unwrap())
            .sum::<u64>()
    );
    let only_additional = ok(
        &home,
        &sandbox,
        "UTC",
        &[&base[..], &["-o", "csv", "--table", "additional"]].concat(),
    )
    .stdout;
    assert_eq!(
        only_additional.lines().next(),
        Some("service,quantity,net,tax,total,currency")
    );
    assert_eq!(only_additional.lines().count(), 1 + additional.len());
    // A pipe without -o gets the same columns, tab-separated.
    let tsv = ok(&home, &sandbox, "UTC", &base).stdout;
    assert_eq!(tsv.replace('\t', ","), both);
}

#[test]
fn bad_periods_are_usage_errors() {
    let sandbox = sandbox(1_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let cases: &[(&[&str], &str)] = &[
        (
            &["--from", "2026-02-30", "--to", "2026-03-01"],
            "no such day",
        ),
        (
            &["--from", "01/02/2026", "--to", "2026-03-01"],
            "expected an ISO 8601 date",
        ),
        (
            &["--from", "2026-03-02", "--to", "2026-03-01"],
            "is after --to",
        ),
        (
            &["--from", "2025-01-01", "--to", "2026-01-02"],
            "more than 366",
        ),
        (
            &["--period", "weekly", "--date", "2025-W53"],
            "no such ISO week",
        ),
        (
            &["--period", "daily", "--date", "tomorrow"],
            "expected an ISO 8601 date",
        ),
        (
            &["--period", "daily", "--time-zone", "Mars/Olympus"],
            "unknown time zone",
        ),
    ];
    for (args, message) in cases {
        let out = run(
            &home,
            &sandbox,
            "UTC",
            &[&["reports", "print"][..], args].concat(),
        );
        assert_eq!(out.code, 2, "{args:?}: {out:#?}");
        out.assert_clean_error();
        assert!(out.stderr.contains(message), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("hint: "), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "");
    }
    // clap's own checks: no period at all, --date without --period, --from without --to.
    for args in [
        &[][..],
        &["--date", "2026-01-01"][..],
        &["--from", "2026-01-01"][..],
        &["--period", "hourly"][..],
    ] {
        let out = run(
            &home,
            &sandbox,
            "UTC",
            &[&["reports", "print"][..], args].concat(),
        );
        assert_eq!(out.code, 2, "{args:?}: {out:#?}");
        assert!(out.stderr.starts_with("error: "), "{}", out.stderr);
    }
    // --force allows a long range.
    ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2025-01-01",
            "--to",
            "2026-06-30",
            "--force",
            "-o",
            "json",
        ],
    );
    // A bad zone in the profile is named.
    write_config(
        &home,
        "version = 1\n[profiles.default]\ntime_zone = \"Nowhere/Land\"\n",
    );
    let out = run(
        &home,
        &sandbox,
        "UTC",
        &["reports", "print", "--period", "daily"],
    );
    assert_eq!(out.code, 2);
    out.assert_clean_error();
    assert!(
        out.stderr.contains("profiles.default.time_zone"),
        "{}",
        out.stderr
    );
}

#[test]
fn concurrent_reads_neither_drop_double_nor_reorder_rows() {
    let sandbox = sandbox(100_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let (from, to) = ("2026-05-01T00:00:00Z", "2026-05-08T00:00:00Z");
    // billings list --all reads ~25 pages concurrently but prints in list order.
    let expected: Vec<u64> = server_rows(&sandbox, "voice", from, to)
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert!(expected.len() > 250 * 10, "{}", expected.len());
    let out = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "billings",
            "list",
            "--all",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-07",
            "-o",
            "json",
        ],
    );
    let ids: Vec<u64> = out
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, expected);

    // The report over the whole 90 days counts exactly the server's rows.
    let (all_from, all_to) = ("2026-03-03T00:00:00Z", "2026-06-01T00:00:00Z");
    let out = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-03-03",
            "--to",
            "2026-05-31",
            "-o",
            "json",
        ],
    );
    // stderr is a pipe: no progress bar, however long reading takes.
    assert_eq!(out.stderr, "", "nothing but data on a pipe");
    let doc = out.json();
    let calls: u64 = doc["voice"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["calls"].as_u64().unwrap())
        .sum();
    assert_eq!(calls, server_total(&sandbox, "voice", all_from, all_to));
    assert_eq!(calls, 80_000);

    // Transient 503s on some pages are retried; the totals do not change.
    let flaky = SandboxProcess::start_with(
        &[
            "--billings",
            "100000",
            "--anchor",
            "2026-06-01T00:00:00Z",
            "--fault",
            "kind=status:503,path=/api/v1/billings/voice,nth=7,times=3",
        ],
        &[],
    );
    let again = ok(
        &home,
        &flaky,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-03-03",
            "--to",
            "2026-05-31",
            "-o",
            "json",
        ],
    )
    .json();
    assert_eq!(again, doc);

    // A page that fails for good fails the report: exit 6, nothing on stdout.
    let broken = SandboxProcess::start_with(
        &[
            "--billings",
            "100000",
            "--anchor",
            "2026-06-01T00:00:00Z",
            "--fault",
            "kind=truncated,path=/api/v1/billings/voice,nth=5,times=0",
        ],
        &[],
    );
    let out = run(
        &home,
        &broken,
        "UTC",
        &[
            "reports",
            "print",
            "--from",
            "2026-03-03",
            "--to",
            "2026-05-31",
            "-o",
            "json",
        ],
    );
    assert_eq!(out.code, 6, "{out:#?}");
    assert_eq!(out.stdout, "");
    out.assert_clean_error();
}

#[test]
fn billings_list_applies_the_portal_filters() {
    let sandbox = sandbox(20_000, "2026-06-01T00:00:00Z");
    let home = Home::new();
    let out = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "billings",
            "list",
            "--kind",
            "additional",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
            "--search",
            "did",
            "--min-total",
            "1.20",
            "--max-net",
            "3.00",
            "-o",
            "json",
        ],
    );
    let rows = out.json();
    let expected = sandbox
        .get("/api/v1/billings/additional?from=2026-05-01T00:00:00Z&to=2026-06-01T00:00:00Z&search=did&min_total=1.20&max_net=3.00&page_size=100")
        .data();
    let total = expected["total"].as_u64().unwrap();
    assert!(total > 100, "{total}");
    assert_eq!(
        rows, expected["rows"],
        "the newest 100 rows, as the API has them"
    );
    for row in rows.as_array().unwrap() {
        assert!(
            row["comment"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("did")
        );
        assert!(cents(row["total"].as_str().unwrap()) >= 120);
        assert!(cents(row["net"].as_str().unwrap()) <= 300);
    }
    assert!(
        out.stderr.contains(&format!(
            "showing the newest 100 of {total} additional billings"
        )),
        "{}",
        out.stderr
    );

    // CSV holds the same rows, quoted where a comment has commas.
    let csv = ok(
        &home,
        &sandbox,
        "UTC",
        &[
            "billings",
            "list",
            "--kind",
            "additional",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-31",
            "--search",
            "SMS",
            "--limit",
            "20",
            "-o",
            "csv",
        ],
    )
    .stdout;
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("id,timestamp,service,quantity,comment,net,tax,total,currency")
    );
    let records: Vec<&str> = lines.collect();
    assert_eq!(records.len(), 20);
    for line in &records {
        assert!(line.contains(",\"SMS subscription: "), "{line}");
        assert!(line.ends_with(",EUR"), "{line}");
    }

    // Bad filters are usage errors.
    for (args, message) in [
        (&["--search", "x"][..], "at least 2 characters"),
        (
            &["--min-net", "5", "--max-net", "1"][..],
            "larger than --max-net",
        ),
        (
            &["--from", "2026-05-02", "--to", "2026-05-01"][..],
            "is after --to",
        ),
    ] {
        let out = run(
            &home,
            &sandbox,
            "UTC",
            &[&["billings", "list"][..], args].concat(),
        );
        assert_eq!(out.code, 2, "{args:?}");
        out.assert_clean_error();
        assert!(out.stderr.contains(message), "{}", out.stderr);
    }
    let out = run(
        &home,
        &sandbox,
        "UTC",
        &["billings", "list", "--min-total", "1.234"],
    );
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("at most 2 decimals"), "{}", out.stderr);
}

#[test]
fn a_slow_report_shows_a_progress_bar_on_a_terminal() {
    // Every billings page answers 1.5 s late, so the report takes long enough.
    let sandbox = SandboxProcess::start_with(
        &[
            "--billings",
            "5000",
            "--anchor",
            "2026-06-01T00:00:00Z",
            "--fault",
            "kind=delay:1500,path=/api/v1/billings,times=0",
        ],
        &[],
    );
    let home = Home::new();
    let config = home.config_dir().to_string_lossy().into_owned();
    let env = [
        ("TELIQON_API_URL", sandbox.url.as_str()),
        ("TELIQON_TOKEN", sandbox.token.as_str()),
        ("TELIQON_CONFIG_DIR", config.as_str()),
        ("NO_COLOR", "1"),
    ];
    let term = Tmux::start(
        home.path(),
        &env,
        &format!(
            "{} reports print --from 2026-03-01 --to 2026-05-31 --time-zone UTC -o json > {}/out.json",
            bin(),
            home.path().display()
        ),
    );
    let screen = term.wait_for(" rows (", Duration::from_secs(30));
    assert!(screen.contains('['), "a bar: {screen}");
    assert_eq!(term.wait_exit(Duration::from_secs(60)), 0);
    // The data went to stdout untouched by the bar.
    let out = std::fs::read_to_string(home.path().join("out.json")).unwrap();
    assert!(
        serde_json::from_str::<serde_json::Value>(&out).is_ok(),
        "{out}"
    );
}
