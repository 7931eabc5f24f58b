#!/usr/bin/env bash
# Benchmark of `teliqon reports print` over every billing row of a seeded sandbox.
#
# For each row count (default: 100000 and 1000000) it starts
# `teliqon sandbox serve --billings N` (release build), then measures
#   - wall time with hyperfine (1 warm-up, 5 runs), and
#   - peak resident memory with /usr/bin/time -v,
# of `teliqon reports print --from … --to … -o json` over all N rows, checks that
# the report counted every row, and prints the table as Markdown (or to $BENCH_OUT).
#
# Usage: .ci/bench/reports.sh [ROWS…]          e.g. .ci/bench/reports.sh 100000
# Needs: hyperfine, GNU time (/usr/bin/time), python3. TELIQON_BIN=… skips the build.
set -euo pipefail

cd "$(dirname "$0")/../.."
rows=("$@")
[ ${#rows[@]} -eq 0 ] && rows=(100000 1000000)
runs=${BENCH_RUNS:-5}

if [ -z "${TELIQON_BIN:-}" ]; then
    cargo build --release --quiet
    TELIQON_BIN=$PWD/target/release/teliqon
fi
for tool in hyperfine /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench: $tool is required" >&2; exit 1; }
done

work=$(mktemp -d)
server_pid=
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The sandbox's rows span the 90 days before the anchor; the report covers them all.
anchor=2026-06-01T00:00:00Z
from=2026-03-03
to=2026-05-31

results=()
for n in "${rows[@]}"; do
    : >"$work/serve.out"
    env -u TELIQON_SANDBOX_FAULTS "$TELIQON_BIN" sandbox serve --addr 127.0.0.1:0 \
        --state "$work/state-$n.json" --billings "$n" --anchor "$anchor" \
        >"$work/serve.out" 2>"$work/serve.err" &
    server_pid=$!
    for _ in $(seq 100); do
        grep -q TELIQON_TOKEN "$work/serve.out" && break
        sleep 0.1
    done
    url=$(sed -n 's/^TELIQON_API_URL=//p' "$work/serve.out")
    token=$(sed -n 's/^TELIQON_TOKEN=//p' "$work/serve.out")
    [ -n "$token" ] || { echo "bench: the sandbox did not start" >&2; cat "$work/serve.err" >&2; exit 1; }
    export TELIQON_API_URL=$url TELIQON_TOKEN=$token TELIQON_CONFIG_DIR=$work/config
    cmd="$TELIQON_BIN reports print --from $from --to $to --time-zone UTC -o json"

    # Correctness first: every row is counted.
    $cmd >"$work/report.json"
    python3 - "$work/report.json" "$n" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1]))
n = int(sys.argv[2])
calls = sum(r["calls"] for r in doc["voice"]["rows"])
assert calls == n - n // 5, f"voice rows counted {calls}, expected {n - n // 5}"
PY

    hyperfine --style basic --warmup 1 --runs "$runs" --export-json "$work/h-$n.json" "$cmd" >&2
    /usr/bin/time -v $cmd 2>"$work/time-$n.txt" >/dev/null
    rss_kib=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time-$n.txt")
    line=$(python3 - "$work/h-$n.json" "$n" "$rss_kib" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
n, rss = int(sys.argv[2]), int(sys.argv[3])
print(f"| {n:,} | {r['mean']:.3f} s ± {r['stddev']:.3f} | {r['min']:.3f} s | {r['max']:.3f} s "
      f"| {r['user']:.2f} s | {r['system']:.2f} s | {rss / 1024:.1f} MiB |")
PY
)
    results+=("$line")
    kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=
done

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
{
    echo "# Benchmark: spending report over all billing rows"
    echo
    echo "Measured $(date -u +%Y-%m-%d) on $(uname -sm), ${cpu:-unknown CPU}, $(nproc) cores"
    echo "available to the benchmark (client and sandbox share them), load average before the run:"
    echo "$(cut -d' ' -f1-3 /proc/loadavg). Release build; the sandbox runs on the same machine."
    echo
    echo "Command: \`teliqon reports print --from $from --to $to --time-zone UTC -o json\`"
    echo "against \`teliqon sandbox serve --billings N\` (4/5 voice, 1/5 additional rows; pages of 250,"
    echo "up to 6 requests in flight). Wall time by hyperfine (1 warm-up, $runs runs); user/system are"
    echo "the client's CPU; peak RSS of the client by \`/usr/bin/time -v\`. Reproduce with \`.ci/bench/reports.sh\`."
    echo
    echo "| Rows | Wall (mean ± σ) | Min | Max | User | System | Peak RSS |"
    echo "|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${results[@]}"
    echo
    echo "Targets (issue 6): 100,000 rows < 1 s, 1,000,000 rows < 8 s, peak memory < 64 MiB."
} >"${BENCH_OUT:-/dev/stdout}"

