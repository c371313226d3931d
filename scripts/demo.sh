#!/usr/bin/env bash
# The Quick start demo: runs the whole sidecar (`stemewatch run`) on the
# bundled sample journal, scrapes its /metrics like Prometheus would, and
# shows what it found: errors by runbook type, signature failures, the
# noisiest agents, its own health, and the anomalies it would publish to NATS
# (printed as JSON lines, since no NATS URL is set). Then it stops the
# sidecar with SIGTERM, as systemd would.
#
# Usage: scripts/demo.sh [JOURNAL]   (default testdata/sample.json.gz; `make demo`)
set -euo pipefail
cd "$(dirname "$0")/.."

input=${1:-testdata/sample.json.gz}
bin=${BIN:-bin/stemewatch}
command -v curl >/dev/null || { echo "demo: needs curl" >&2; exit 1; }
if [[ ! -x $bin ]]; then
  echo "demo: building $bin (make build)" >&2
  make -s build
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/stemewatch-demo.XXXXXX")
pid=
cleanup() {
  [[ -n $pid ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

bold=$'\e[1m' dim=$'\e[2m' off=$'\e[0m'
[[ -t 1 && -z ${NO_COLOR:-} ]] || { bold= dim= off=; }

echo "${bold}\$ stemewatch run --input $input --listen 127.0.0.1:0 --state-dir $work/state --config /dev/null${off}"
"$bin" run --input "$input" --listen 127.0.0.1:0 --addr-file "$work/addr" \
  --state-dir "$work/state" --config /dev/null >"$work/anomalies.jsonl" 2>"$work/stemewatch.log" &
pid=$!

# Wait for the address, then for the replay to be read to the end.
for _ in $(seq 200); do [[ -s $work/addr ]] && break; kill -0 "$pid" 2>/dev/null || break; sleep 0.05; done
[[ -s $work/addr ]] || { echo "demo: stemewatch did not start:" >&2; cat "$work/stemewatch.log" >&2; exit 1; }
addr=$(cat "$work/addr")
for _ in $(seq 600); do
  curl -fsS "http://$addr/metrics" >"$work/metrics" 2>/dev/null || true
  grep -q '^stemewatch_source_finished 1$' "$work/metrics" && break
  sleep 0.1
done
grep -q '^stemewatch_source_finished 1$' "$work/metrics" || { echo "demo: replay did not finish" >&2; exit 1; }

metric() { awk -v n="$1" '$1 == n { print $2 }' "$work/metrics"; }

echo
echo "${bold}Serving http://$addr/metrics${off} ${dim}(curl http://$addr/metrics | grep ^stemedb_)${off}"
echo
echo "${bold}Errors by runbook type${off}  ${dim}stemedb_error_count_by_type${off}"
grep '^stemedb_error_count_by_type{' "$work/metrics" \
  | sed -E 's/^stemedb_error_count_by_type\{error_type="(.*)"\} (.*)$/\2 \1/' \
  | sort -rn | awk '{ printf "  %-22s %6d\n", $2, $1 }'
printf "  %-22s %6d\n" "(signature failures)" "$(metric stemedb_signature_failures_total)"

echo
echo "${bold}Agents with the most errors${off}  ${dim}stemedb_errors_by_agent_total (top 5 of the bounded series)${off}"
grep '^stemedb_errors_by_agent_total{' "$work/metrics" | grep -v 'agent_id="other"' \
  | sed -E 's/^stemedb_errors_by_agent_total\{agent_id="(.*)"\} (.*)$/\2 \1/' \
  | sort -rn | head -5 | awk '{ printf "  %-22s %6d\n", $2, $1 }'
other=$(grep '^stemedb_errors_by_agent_total{agent_id="other"}' "$work/metrics" | awk '{print $2}')
[[ -n $other ]] && printf "  %-22s %6d\n" "(all other agents)" "$other"

echo
echo "${bold}The sidecar's own health${off}  ${dim}stemewatch_*${off}"
for m in stemewatch_entries_read_total stemewatch_entries_malformed_total stemewatch_entries_truncated_total \
         stemewatch_entries_unclassified_total stemewatch_rule_timeouts_total process_resident_memory_bytes; do
  printf "  %-40s %s\n" "$m" "$(metric $m)"
done
grep '^stemewatch_patterns_info' "$work/metrics" | sed 's/^/  /'

n=$(wc -l <"$work/anomalies.jsonl")
echo
echo "${bold}Anomalies: $n${off} ${dim}(no --nats-url, so printed on stdout as JSON lines; with NATS they go to stemedb.anomalies.<kind>.<node>)${off}"
echo "${dim}  Each incident opens, may update, and resolves; the ones that opened:${off}"
grep '"status":"open"' "$work/anomalies.jsonl" | while IFS= read -r line; do
  kind=$(sed -E 's/.*"kind":"([^"]*)".*/\1/' <<<"$line")
  sev=$(sed -E 's/.*"severity":"([^"]*)".*/\1/' <<<"$line")
  summary=$(sed -E 's/.*"summary":"(([^"\\]|\\.)*)".*/\1/' <<<"$line")
  printf "  %-19s %-8s %s\n" "$kind" "$sev" "$summary"
done
echo
echo "${bold}One anomaly as published:${off}"
grep -m1 '"kind":"signature_failures"' "$work/anomalies.jsonl" || head -1 "$work/anomalies.jsonl"

echo
echo "${bold}\$ kill -TERM $pid${off} ${dim}(what systemd does on stop)${off}"
start=$(date +%s%N)
kill -TERM "$pid"
wait "$pid" && status=0 || status=$?
pid=
ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "  exited with status $status after ${ms} ms; checkpoint: $(head -n1 "$work/state/input.cursor" | cut -d' ' -f4- | cut -c1-60)..."
echo
echo "${dim}Next: stemewatch tail --input $input (live view), stemewatch classify --input $input (investigation),"
echo "deploy/stemewatch.service + deploy/stemewatch.toml (a node), deploy/prometheus/alerts.yml (alerts).${off}"
