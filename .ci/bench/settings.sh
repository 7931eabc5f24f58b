#!/usr/bin/env bash
# Benchmark for issue 10: startup, `settings show` against the curl floor, the
# spending report over 100,000 rows, binary size and peak memory.
# Needs hyperfine, curl and GNU time (Debian: hyperfine curl time).
# Usage: .ci/bench/settings.sh [rows]   (default 100000); prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-100000}

cargo build --release --quiet
bin=$PWD/target/release/teliqon
work=$(mktemp -d)
cleanup() { [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$bin" sandbox serve --addr 127.0.0.1:0 --state "$work/state.json" --billings "$rows" >"$work/env" 2>/dev/null &
server=$!
for _ in $(seq 100); do grep -q TELIQON_TOKEN "$work/env" 2>/dev/null && break; sleep 0.05; done
# shellcheck disable=SC1090
set -a; source "$work/env"; set +a
printf 'X-Access-Token: %s\n' "$TELIQON_TOKEN" >"$work/header"
export TELIQON_CONFIG_DIR="$work/config"

# The report covers every generated row: the sandbox spreads them over the 90 days before now.
from=$(date -u -d '100 days ago' +%F)
to=$(date -u -d 'tomorrow' +%F)

hyperfine --style basic --warmup 10 --runs 200 -N --export-markdown "$work/startup.md" \
    -n "teliqon --version" "$bin --version" \
    -n "teliqon settings show -o json" "$bin settings show -o json" \
    -n "curl (one GET of the same sandbox)" "curl -sf -H @$work/header $TELIQON_API_URL/api/v1/settings/notifications" >&2
hyperfine --style basic --warmup 1 --runs 5 --export-markdown "$work/report.md" \
    -n "teliqon reports print ($rows rows) -o json" "$bin reports print --from $from --to $to --time-zone UTC -o json" >&2

peak() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1; }
show_kib=$(peak "$bin" settings show -o json)
report_kib=$(peak "$bin" reports print --from "$from" --to "$to" --time-zone UTC -o json)
size=$(stat -c %s "$bin")

echo "Measured $(date -u +%F) on $(nproc) cores, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $rows billing rows:"
echo
cat "$work/startup.md"
echo
cat "$work/report.md"
echo
echo "| Measure | Value | Target |"
echo "|:---|---:|---:|"
echo "| release binary size | $((size / 1024)) KiB | < 12 MiB |"
echo "| peak memory, settings show -o json | $((show_kib / 1024)) MiB | < 20 MiB |"
echo "| peak memory, reports print ($rows rows) | $((report_kib / 1024)) MiB | < 64 MiB |"
