#!/usr/bin/env bash
# bench/compare.sh (make bench-compare): stemewatch side by side with the
# tools operators use today, on the same generated entries, in one run.
#
#   stemewatch classify      journalctl JSON and plain text, one core
#   the runbook pipelines    grep -i error | grep -oP ... | sort | uniq -c (text),
#                            jq -r .MESSAGE | grep -oP ... (JSON)
#   mtail --one_shot         bench/stemedb.mtail, the same rules in RE2
#   journalctl -o json/cat   over journal files of the same entries (floors)
#   stemewatch run           the same journal files read natively (sd-journal)
#
# Each figure is the median of BENCH_RUNS runs (default 3) of /usr/bin/time
# (wall, user+sys CPU, peak RSS). What each tool counted is checked against
# the generator's labels. Writes docs/PERFORMANCE.md and docs/performance.png;
# inputs go to bench/out/ (ignored by git). Bounded: about 4-6 minutes here.
#
# Both cores (issue 14): stemewatch with its defaults (every core) against
# the peer it must keep up with, in BENCH_PAIRS (5) alternating pairs so both
# see the same load: classify --format json against the runbook grep on the
# same JSON file, classify --journal-dir against journalctl -o cat. And
# `run` following a live journal at 10,000 entries/s (TestMeasureCost, root,
# about 2 minutes; BENCH_RUN_COST=0 skips it).
#
# Environment: BENCH_RUNS (3), BENCH_ENTRIES (200000), BENCH_BIG_ENTRIES
# (1000000, about 1 GB of JSON for the memory check; 0 skips it),
# BENCH_MAX_LOAD (0.5: wait for a 1-minute load average below it),
# BENCH_WAIT (300: give up waiting after that many seconds and go on,
# noting the load), BENCH_SEED (1), BENCH_DOCS (docs: where the report and
# chart go; a short CI run sets bench/out so docs/ keeps the real figures).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${BENCH_RUNS:-3}
PAIRS=${BENCH_PAIRS:-5}
RUN_COST=${BENCH_RUN_COST:-1}
ENTRIES=${BENCH_ENTRIES:-200000}
BIG_ENTRIES=${BENCH_BIG_ENTRIES:-1000000}
MAX_LOAD=${BENCH_MAX_LOAD:-0.5}
WAIT=${BENCH_WAIT:-300}
SEED=${BENCH_SEED:-1}
OUT=bench/out
DOC=${BENCH_DOCS:-docs}/PERFORMANCE.md # BENCH_DOCS=bench/out for a trial run
PNG=${BENCH_DOCS:-docs}/performance.png
# The operator's locale: a UTF-8 one, as on any current distribution. It
# matters: grep treats invalid UTF-8 as binary data only in a UTF-8 locale.
export LC_ALL=C.UTF-8
# mtail in one-shot mode still serves HTTP: keep it on loopback.
MTAIL="mtail --one_shot --one_shot_format=prometheus --max_regexp_length 4096 --address 127.0.0.1 --port 0 --logtostderr --progs bench/"
PIN="GOMAXPROCS=1 taskset -c 0"
SW=bin/stemewatch

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
have() { command -v "$1" >/dev/null 2>&1; }
load1() { cut -d' ' -f1 /proc/loadavg; }

for t in /usr/bin/time taskset go jq; do
  [ -x "$t" ] || have "$t" || { echo "bench: $t is missing (run scripts/setup.sh)" >&2; exit 1; }
done
JREMOTE=/lib/systemd/systemd-journal-remote
[ -x "$JREMOTE" ] || JREMOTE=/usr/lib/systemd/systemd-journal-remote

mkdir -p "$OUT"
rm -f "$OUT"/time.* "$OUT"/res.* "$OUT"/err.* "$OUT"/counts.*

# ---------------------------------------------------------------- build
say "building bin/stemewatch and stemegen"
make -s build >&2
go build -o "$OUT/stemegen" ./cmd/stemegen

# ---------------------------------------------------------------- inputs
gen() { "$OUT/stemegen" --seed "$SEED" --entries "$ENTRIES" "$@"; }
say "generating $ENTRIES entries (seed $SEED): JSON + labels, text, export"
gen --format json -o "$OUT/bench.json" --labels "$OUT/bench.labels.jsonl"
gen --format text -o "$OUT/bench.txt"
gen --format export -o "$OUT/bench.export"
# mtail stops counting at the first line with invalid UTF-8 (see the
# report), so it is timed on a copy without those lines as well.
LC_ALL=C grep -v $'\xff' "$OUT/bench.txt" >"$OUT/bench.clean.txt" || true
say "building a journal directory from the export with systemd-journal-remote"
rm -rf "$OUT/journal" && mkdir -p "$OUT/journal"
"$JREMOTE" -o "$OUT/journal/bench.journal" - <"$OUT/bench.export" 2>"$OUT/journal-remote.log"
rm -f "$OUT/bench.export"

size() { stat -c %s "$1"; }
lines() { wc -l <"$1"; }
JSON_BYTES=$(size "$OUT/bench.json")
TEXT_BYTES=$(size "$OUT/bench.txt")
CLEAN_BYTES=$(size "$OUT/bench.clean.txt")
CLEAN_ENTRIES=$(lines "$OUT/bench.clean.txt")
JOURNAL_BYTES=$(du -cb "$OUT"/journal/*.journal | tail -1 | cut -f1)
say "inputs: JSON $((JSON_BYTES >> 20)) MiB, text $((TEXT_BYTES >> 20)) MiB, journal files $((JOURNAL_BYTES >> 20)) MiB"

# ---------------------------------------------------------------- wait for quiet
start_wait=$(date +%s)
while awk -v l="$(load1)" -v m="$MAX_LOAD" 'BEGIN{exit !(l >= m)}'; do
  if (($(date +%s) - start_wait >= WAIT)); then
    say "load average still $(load1) after ${WAIT}s: measuring anyway (noted in the report)"
    break
  fi
  say "waiting for a quiet machine: load average $(load1) >= $MAX_LOAD"
  sleep 10
done
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- measuring
# Rows: id, group, tool, what it reads, input bytes, entries, command
ROWS=()
US=$'\x1f' # field separator of ROWS (commands hold "|")
row() { ROWS+=("$1$US$2$US$3$US$4$US$5$US$6$US$7"); }

# measure ID RUNS COMMAND: runs COMMAND (a bash command line, exactly as
# printed in the report) RUNS times under /usr/bin/time; stderr of the last
# run is kept in $OUT/err.ID.
measure() {
  local id=$1 n=$2 cmd=$3 i
  for ((i = 1; i <= n; i++)); do
    measure_one "$id" "$i" "$cmd"
    say "  $id run $i/$n: $(tail -1 "$OUT/time.$id.$i" | awk '{printf "%.2f s wall, %.2f s CPU, %d MB RSS, exit %s", $1, $2+$3, $4/1024, $5}')"
  done
}

# measure_one ID I COMMAND: one run of COMMAND, timed into $OUT/time.ID.I.
measure_one() {
  local id=$1 i=$2 cmd=$3 t0 t1
  sync
  t0=$(date +%s%N)
  /usr/bin/time -o "$OUT/time.$id.$i" -f '%e %U %S %M %x' bash -c "$cmd" 2>"$OUT/err.$id" || true
  t1=$(date +%s%N)
  # /usr/bin/time's wall clock has 10 ms steps: keep our own in field 1.
  tail -1 "$OUT/time.$id.$i" | awk -v w="$(((t1 - t0) / 1000))" '{$1 = sprintf("%.3f", w / 1e6); print}' >"$OUT/time.$id.$i.tmp"
  mv "$OUT/time.$id.$i.tmp" "$OUT/time.$id.$i"
}

# pairs A CMD_A B CMD_B: BENCH_PAIRS alternating runs, A then B.
pairs() {
  local i
  for ((i = 1; i <= PAIRS; i++)); do
    measure_one "$1" "$i" "$2"
    measure_one "$3" "$i" "$4"
    say "  pair $i/$PAIRS: $1 $(tail -1 "$OUT/time.$1.$i" | cut -d' ' -f1) s, $3 $(tail -1 "$OUT/time.$3.$i" | cut -d' ' -f1) s"
  done
}

# pair_ratio A B: the median over the pairs of wall(A) / wall(B).
pair_ratio() {
  local i
  for ((i = 1; i <= PAIRS; i++)); do
    paste <(tail -1 "$OUT/time.$1.$i") <(tail -1 "$OUT/time.$2.$i") | awk '{b = $6; if (b <= 0) b = 0.001; printf "%.4f\n", $1 / b}'
  done | sort -g | awk '{v[NR] = $1} END {printf "%.2f", v[int((NR + 1) / 2)]}'
}

# median ID FIELD: the median of one /usr/bin/time field over the runs
# (1 wall, 2 user, 3 sys, 4 max RSS KiB, 5 exit; 6 = user+sys).
median() {
  local id=$1 f=$2
  for t in "$OUT"/time."$id".*; do tail -1 "$t"; done | awk -v f="$f" '{print (f == 6 ? $2 + $3 : $f)}' | sort -g |
    awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'
}

J="$OUT/journal"
row sw_json   json    "stemewatch classify --format json (1 core)" "journalctl JSON" "$JSON_BYTES" "$ENTRIES" \
  "$PIN $SW classify --format json --input $OUT/bench.json >$OUT/res.sw_json"
row jq        json    "runbook: jq -r .MESSAGE | grep -oP | sort | uniq -c" "journalctl JSON" "$JSON_BYTES" "$ENTRIES" \
  "jq -r .MESSAGE $OUT/bench.json | grep -oP 'Error: \\K[^:]+' | sort | uniq -c >$OUT/res.jq"
row jctl_json json    "journalctl -o json >/dev/null (printing only)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" \
  "journalctl -D $J -o json >/dev/null"
row sw_text   text    "stemewatch classify --format json (1 core)" "text (-o cat)" "$TEXT_BYTES" "$ENTRIES" \
  "$PIN $SW classify --format json --input $OUT/bench.txt >$OUT/res.sw_text"
row grep      text    "runbook: grep -i error | grep -oP | sort | uniq -c" "text (-o cat)" "$TEXT_BYTES" "$ENTRIES" \
  "grep -i error $OUT/bench.txt | grep -oP 'Error: \\K[^:]+' | sort | uniq -c >$OUT/res.grep"
row mtail     text    "mtail --one_shot (bench/stemedb.mtail)" "text without invalid-UTF-8 lines" "$CLEAN_BYTES" "$CLEAN_ENTRIES" \
  "$MTAIL --logs $OUT/bench.clean.txt >$OUT/res.mtail"
row sw_files  journal "stemewatch run --once, built-in reader (1 core)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" \
  "rm -rf $OUT/state && $PIN $SW run --journal-dir $J --from head --once --journal-backend files --state-dir $OUT/state --listen 127.0.0.1:0 >/dev/null"
row sw_native journal "stemewatch run --once, sd-journal (1 core)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" \
  "rm -rf $OUT/state && $PIN $SW run --journal-dir $J --from head --once --journal-backend sdjournal --state-dir $OUT/state --listen 127.0.0.1:0 >/dev/null"
row sw_jctl   journal "stemewatch run --once, journalctl child (1 core)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" \
  "rm -rf $OUT/state && $PIN $SW run --journal-dir $J --from head --once --journal-backend journalctl --state-dir $OUT/state --listen 127.0.0.1:0 >/dev/null"
row jctl_cat  journal "journalctl -o cat >/dev/null (floor)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" \
  "journalctl -D $J -o cat >/dev/null"
# classify --journal-dir is measured only once it exists (helper-2's native
# source wired into classify); until then the report says so.
CLASSIFY_DIR_CMD="$PIN $SW classify --format json --journal-dir $J --unit '' >$OUT/res.sw_dir"
if bash -c "$CLASSIFY_DIR_CMD" 2>"$OUT/err.sw_dir_probe"; then
  row sw_dir journal "stemewatch classify --journal-dir (1 core)" "journal files" "$JOURNAL_BYTES" "$ENTRIES" "$CLASSIFY_DIR_CMD"
  CLASSIFY_DIR_NOTE=""
else
  CLASSIFY_DIR_NOTE="$(head -1 "$OUT/err.sw_dir_probe")"
fi

total=${#ROWS[@]}
k=0
for r in "${ROWS[@]}"; do
  IFS=$US read -r id group tool what bytes n cmd <<<"$r"
  k=$((k + 1))
  say "[$k/$total] $tool on $what"
  measure "$id" "$RUNS" "$cmd"
done

# Both cores: the issue-14 ratios, alternating pairs.
say "both cores: classify --format json against the runbook grep on the same JSON, $PAIRS pairs"
PAR_JSON_CMD="$SW classify --format json --input $OUT/bench.json >$OUT/res.par_json"
GREP_JSON_CMD="grep -i error $OUT/bench.json | grep -oP 'Error: \\K[^:]+' | sort | uniq -c >$OUT/res.grep_json"
pairs par_json "$PAR_JSON_CMD" grep_json "$GREP_JSON_CMD"
say "both cores: classify --journal-dir against journalctl -o cat, $PAIRS pairs"
PAR_DIR_CMD="$SW classify --format json --journal-dir $J --unit '' >$OUT/res.par_dir"
JCTL_CAT_CMD="journalctl -D $J -o cat >/dev/null"
pairs par_dir "$PAR_DIR_CMD" jctl_pair "$JCTL_CAT_CMD"
R_JSON=$(pair_ratio par_json grep_json)
R_DIR=$(pair_ratio jctl_pair par_dir) # entry rates: the inverse of the walls
say "classify/grep wall $R_JSON (goal <= 1.0, floor 1.1); classify --journal-dir/journalctl -o cat entry rate $R_DIR (goal >= 1.5, floor 1.2)"

# run following a live journal at 10,000 entries/s (root: a private
# journald namespace). Its own test; its log lines go into the report.
RUN_COST_LINES=""
if [ "$RUN_COST" = 1 ]; then
  say "run at 10,000 entries/s: STEMEWATCH_MEASURE=1 go test -run TestMeasureCost (about 2 minutes)"
  if STEMEWATCH_MEASURE=1 go test -count=1 -run TestMeasureCost -v -timeout 10m ./cmd/stemewatch/ >"$OUT/run-cost.log" 2>&1; then
    RUN_COST_LINES=$(grep -E 'measure_test.go:[0-9]+: (idle|load|RSS now|machine)' "$OUT/run-cost.log" | sed -e 's/^ *measure_test.go:[0-9]*: //')
  fi
  [ -n "$RUN_COST_LINES" ] || RUN_COST_LINES="not measured: $(grep -m1 -E 'SKIP|FAIL|Error' "$OUT/run-cost.log" || echo 'see bench/out/run-cost.log')"
  # The same with sd-journal in its child process (the reader before the
  # built-in one, still auto's for XZ/LZ4 files and --lines).
  say "run at 10,000 entries/s with --journal-backend sdjournal (about 2 minutes)"
  RUN_COST_SD_LINES=""
  if STEMEWATCH_MEASURE_BACKEND=sdjournal STEMEWATCH_MEASURE=1 go test -count=1 -run TestMeasureCost -v -timeout 10m ./cmd/stemewatch/ >"$OUT/run-cost-sdjournal.log" 2>&1; then
    RUN_COST_SD_LINES=$(grep -E 'measure_test.go:[0-9]+: (idle|load|RSS now)' "$OUT/run-cost-sdjournal.log" | sed -e 's/^ *measure_test.go:[0-9]*: //')
  fi
  [ -n "$RUN_COST_SD_LINES" ] || RUN_COST_SD_LINES="not measured: see bench/out/run-cost-sdjournal.log"
fi

# Correctness only, once: mtail on the full text (it stops at the first
# invalid UTF-8 line) and the runbook grep on the same text under LC_ALL=C.
say "mtail on the full text, once (bounded to 180 s)"
MTAIL_FULL_CMD="timeout 180 $MTAIL --logs $OUT/bench.txt >$OUT/res.mtail_full"
measure mtail_full 1 "$MTAIL_FULL_CMD"

# The memory check: ~1 GB of JSON, generated streaming, deleted after.
BIG_CMD=""
if ((BIG_ENTRIES > 0)); then
  say "generating $BIG_ENTRIES entries of JSON for the memory check"
  "$OUT/stemegen" --seed "$SEED" --entries "$BIG_ENTRIES" --format json -o "$OUT/big.json"
  BIG_BYTES=$(size "$OUT/big.json")
  BIG_CMD="$SW classify --format json --input $OUT/big.json >$OUT/res.big" # --jobs at its default: every core
  say "classify over $((BIG_BYTES >> 20)) MiB"
  measure big 1 "$BIG_CMD"
  rm -f "$OUT/big.json"
fi
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------- counts
say "checking counts against the labels"
# Each counts file holds "key value" lines: entries, errors, sig, type:X.
jq -r '"entries 1", (select(.is_error) | "errors 1", "type:\(.error_type) 1"), (select(.signature_failure) | "sig 1")' \
  "$OUT/bench.labels.jsonl" | awk '{c[$1] += $2} END {for (k in c) print k, c[k]}' >"$OUT/counts.labels"
sw_counts() { jq -r '"entries \(.entries)", "errors \(.errors)", "sig \(.signature_failures)", "truncated \(.truncated // 0)", (.by_type | to_entries[] | "type:\(.key) \(.value)")' "$1"; }
uniq_counts() { awk '{print "type:" $2, $1}' "$1"; }
mtail_counts() {
  awk '/^stemedb_entries_total/ {print "entries", $NF}
       /^stemedb_signature_failures_total/ {print "sig", $NF}
       /^stemedb_error_count_by_type/ {match($0, /error_type="[^"]*"/); t = substr($0, RSTART + 12, RLENGTH - 13); print "type:" t, $NF; e += $NF}
       END {print "errors", e + 0}' "$1"
}
for f in "$OUT/res.sw_json" "$OUT/res.sw_text"; do
  # classify --format json prints one summary object: anything else would
  # turn the counts below into nonsense, so stop here.
  [ "$(jq -s 'length' "$f")" = 1 ] || { echo "bench: $f is not one JSON document" >&2; exit 1; }
done
sw_counts "$OUT/res.sw_json" >"$OUT/counts.sw_json"
sw_counts "$OUT/res.sw_text" >"$OUT/counts.sw_text"
uniq_counts "$OUT/res.grep" >"$OUT/counts.grep"
uniq_counts "$OUT/res.jq" >"$OUT/counts.jq"
mtail_counts "$OUT/res.mtail" >"$OUT/counts.mtail"
mtail_counts "$OUT/res.mtail_full" >"$OUT/counts.mtail_full"
# The runbook grep under LC_ALL=C: does the locale change its answer?
LC_ALL=C bash -c "grep -i error $OUT/bench.txt | grep -oP 'Error: \\K[^:]+' | sort | uniq -c" >"$OUT/res.grep_c" 2>"$OUT/err.grep_c" || true
uniq_counts "$OUT/res.grep_c" >"$OUT/counts.grep_c"

# stemewatch's own misses, entry by entry (untimed): its ndjson joined
# with the labels on the cursor, as "label_type label_sig sw_type sw_sig".
$SW classify --format ndjson --input "$OUT/bench.json" >"$OUT/res.sw_ndjson" 2>/dev/null || true
jq -r '[.cursor, (.error_type // "-"), (if .signature_failure then "sig" else "-" end)] | @tsv' \
  "$OUT/res.sw_ndjson" | sort >"$OUT/sw.tsv"
jq -r 'select(.is_error or .signature_failure) | [.cursor, (.error_type // "-"), (if .signature_failure then "sig" else "-" end)] | @tsv' \
  "$OUT/bench.labels.jsonl" | sort >"$OUT/labels.tsv"
join -t $'\t' -a1 -a2 -e none -o 0,1.2,1.3,2.2,2.3 "$OUT/labels.tsv" "$OUT/sw.tsv" |
  awk -F'\t' '$2 != $4 || $3 != $5' >"$OUT/sw.misses.tsv"
# One line per kind of miss: count, label -> stemewatch, a sample message.
sw_misses() {
  awk -F'\t' '{k = "type " $2 " -> " $4; if ($2 == $4) k = "signature " $3 " -> " $5; n[k]++; if (!(k in ex)) ex[k] = $1}
               END {for (k in n) print n[k] "\t" k "\t" ex[k]}' "$OUT/sw.misses.tsv" | sort -rn |
    while IFS=$'\t' read -r n what cur; do
      msg=$(grep -F -m1 "\"$cur\"" "$OUT/bench.json" | jq -r '.MESSAGE | if type == "array" then implode elif . == null then "(null: over 4096 bytes)" else . end' | tr -d '\033' | cut -c1-150)
      printf -- '- %s: %s, e.g. `%s`\n' "$n" "$what" "$msg"
    done
}

get() { awk -v k="$2" '$1 == k {print $2; f = 1} END {if (!f) print "-"}' "$OUT/counts.$1"; }

# ---------------------------------------------------------------- report
say "writing $DOC and $PNG"
fmt_rate() { awk -v b="$1" -v s="$2" 'BEGIN {if (s <= 0) s = 0.001; printf "%.1f", b / 1e6 / s}'; }
fmt_eps() { awk -v n="$1" -v s="$2" 'BEGIN {if (s <= 0) s = 0.001; printf "%d", n / s}'; }
kfmt() { echo "$1" | sed -e ':a' -e 's/\B[0-9]\{3\}\>/,&/' -e 'ta'; }
md() { echo "${1//|/\\|}"; } # a markdown table cell

declare -A WALL CPU RSS EXIT EPS MBS
for r in "${ROWS[@]}" "mtail_full$US$US$US$US$US$ENTRIES$US" ${BIG_CMD:+"big$US$US$US$US$US$BIG_ENTRIES$US"} \
  "par_json$US$US$US$US$JSON_BYTES$US$ENTRIES$US" "grep_json$US$US$US$US$JSON_BYTES$US$ENTRIES$US" \
  "par_dir$US$US$US$US$JOURNAL_BYTES$US$ENTRIES$US" "jctl_pair$US$US$US$US$JOURNAL_BYTES$US$ENTRIES$US"; do
  IFS=$US read -r id group tool what bytes n cmd <<<"$r"
  WALL[$id]=$(median "$id" 1)
  CPU[$id]=$(median "$id" 6)
  RSS[$id]=$(($(median "$id" 4) / 1024))
  EXIT[$id]=$(median "$id" 5)
  EPS[$id]=$(fmt_eps "$n" "${WALL[$id]}")
  [ -n "$bytes" ] && MBS[$id]=$(fmt_rate "$bytes" "${WALL[$id]}")
done
[ -n "$BIG_CMD" ] && MBS[big]=$(fmt_rate "$BIG_BYTES" "${WALL[big]}")

# "stemewatch is N x faster" against the stemewatch row of each group.
declare -A REF=([json]=sw_json [text]=sw_text [journal]=sw_files)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b <= 0) b = 0.001; r = a / b; printf (r >= 10 ? "%.0f×" : r >= 1 ? "%.1f×" : "%.2f×"), r}'; }

{
  echo "# Performance: stemewatch beside the tools in use today"
  echo
  echo "Generated by \`make bench-compare\` (bench/compare.sh) on $(date -u '+%Y-%m-%d %H:%M UTC'); do not edit by hand."
  echo "Every figure below comes from that one run."
  echo
  echo "## Summary"
  echo
  g_json=${MBS[sw_json]}
  echo "- \`stemewatch classify --format json\` over $(kfmt "$ENTRIES") entries of journalctl JSON ($((JSON_BYTES / 1000000)) MB) on **one core**: **${g_json} MB/s** ($(kfmt "${EPS[sw_json]}") entries/s, ${RSS[sw_json]} MB peak RSS). Goal: 200 MB/s."
  echo "- On both cores ($(nproc); \`--jobs\` at its default): \`classify --format json\` takes **${R_JSON}×** the wall time of the runbook's \`grep\` pipeline over the same JSON (goal: <= 1.0×, floor 1.1×), and \`classify --journal-dir\` reads **${R_DIR}×** as many entries/s as \`journalctl -o cat\` prints (goal: >= 1.5×, floor 1.2×). Medians of $PAIRS alternating pairs; load average before $LOAD_BEFORE, after $LOAD_AFTER."
  if [ -n "$BIG_CMD" ]; then
    echo "- Memory stays flat: over $((BIG_BYTES / 1000000)) MB of JSON ($(kfmt "$BIG_ENTRIES") entries), with \`--jobs\` at its default ($(nproc) cores), peak RSS was **${RSS[big]} MB** (goal: under 64 MB) at ${MBS[big]} MB/s."
  fi
  echo "- On the same entries as text, classify is **$(ratio "${WALL[mtail]}" "${WALL[sw_text]}")** mtail's speed on one core against mtail's two (goal: 10×), and uses $(ratio "${CPU[mtail]}" "${CPU[sw_text]}") less CPU."
  echo "- Classifying journalctl JSON takes **$(ratio "${WALL[jctl_json]}" "${WALL[sw_json]}")** less time than \`journalctl -o json\` takes just to print the same entries, and **$(ratio "${WALL[jq]}" "${WALL[sw_json]}")** less than the runbook's jq pipeline."
  echo "- Reading the journal files natively (the whole sidecar: the built-in reader, classify, metrics, anomalies, checkpoint) is **$(ratio "${WALL[jctl_json]}" "${WALL[sw_files]}")** faster than \`journalctl -o json\` (goal: 3×; $(kfmt "${EPS[sw_files]}") entries/s; with sd-journal $(ratio "${WALL[jctl_json]}" "${WALL[sw_native]}"), $(kfmt "${EPS[sw_native]}") entries/s)."
  echo "- The runbook's \`grep\` pipeline is faster than anything here ($(kfmt "${EPS[grep]}") entries/s): it does much less and its counts are wrong (see *What each tool counted*)."
  echo
  echo "## Both cores"
  echo
  echo "stemewatch with its defaults (\`--jobs\` = every core, $(nproc) here) against the peer it must keep up with,"
  echo "in $PAIRS alternating pairs (stemewatch, then the peer) so both see the same load. The ratio is the median"
  echo "of the $PAIRS per-pair ratios; the walls are the medians of each side."
  echo
  echo "| pair | stemewatch wall s | CPU s | RSS MB | peer wall s | CPU s | ratio | goal | floor |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| \`classify --format json\` vs runbook grep, same JSON file ($((JSON_BYTES / 1000000)) MB), wall time | ${WALL[par_json]} | ${CPU[par_json]} | ${RSS[par_json]} | ${WALL[grep_json]} | ${CPU[grep_json]} | **${R_JSON}×** | <= 1.0× | 1.1× |"
  echo "| \`classify --journal-dir\` vs \`journalctl -o cat\`, entries/s ($(kfmt "${EPS[par_dir]}") vs $(kfmt "${EPS[jctl_pair]}")) | ${WALL[par_dir]} | ${CPU[par_dir]} | ${RSS[par_dir]} | ${WALL[jctl_pair]} | ${CPU[jctl_pair]} | **${R_DIR}×** | >= 1.5× | 1.2× |"
  echo
  if cmp -s <(jq -S . "$OUT/res.par_json") <(jq -S . "$OUT/res.sw_json"); then
    echo "The summary classify printed on every core is identical to the one-core run's below."
  else
    echo "**The summary classify printed on every core differs from the one-core run's below.**"
  fi
  echo
  echo '```'
  echo "$PAR_JSON_CMD"
  echo "$GREP_JSON_CMD"
  echo "$PAR_DIR_CMD"
  echo "$JCTL_CAT_CMD"
  echo '```'
  echo
  if [ "$RUN_COST" = 1 ]; then
    echo "\`run\` following a live journal (\`STEMEWATCH_MEASURE=1 go test -run TestMeasureCost -v ./cmd/stemewatch/\`:"
    echo "a private journald namespace, the built binary, the whole process tree counted):"
    echo
    echo '```'
    echo "$RUN_COST_LINES"
    echo '```'
    echo
    echo "The same with \`--journal-backend sdjournal\` (\`STEMEWATCH_MEASURE_BACKEND=sdjournal\`: libsystemd in a reader child, auto's reader before the built-in one):"
    echo
    echo '```'
    echo "$RUN_COST_SD_LINES"
    echo '```'
    echo
  fi
  echo "## Throughput"
  echo
  echo "Median of $RUNS runs each; wall time, CPU = user + sys, peak RSS of the largest process."
  echo "stemewatch always runs on one core (\`GOMAXPROCS=1 taskset -c 0\`); the peers run unrestricted on both cores,"
  echo "so where a peer's pipeline runs stages in parallel its wall time is flattered (CPU shows the cost)."
  echo "*vs stemewatch* is the peer's wall time over the stemewatch row of its group."
  echo
  echo "| group | tool | reads | wall s | CPU s | peak RSS MB | MB/s | entries/s | vs stemewatch |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|"
  for r in "${ROWS[@]}"; do
    IFS=$US read -r id group tool what bytes n cmd <<<"$r"
    ref=${REF[$group]}
    if [ "$id" = "$ref" ]; then vs="1×"; else vs=$(ratio "${WALL[$id]}" "${WALL[$ref]}"); fi
    ex=""
    [ "${EXIT[$id]}" = 0 ] || ex=" (exit ${EXIT[$id]})"
    echo "| $group | $(md "$tool")$ex | $what | ${WALL[$id]} | ${CPU[$id]} | ${RSS[$id]} | ${MBS[$id]} | $(kfmt "${EPS[$id]}") | $vs |"
  done
  if [ -n "$CLASSIFY_DIR_NOTE" ]; then
    echo "| journal | stemewatch classify --journal-dir | journal files | TODO | | | | | |"
  fi
  if [ -n "$BIG_CMD" ]; then
    echo "| memory | stemewatch classify --format json (--jobs default: $(nproc) cores) | $((BIG_BYTES / 1000000)) MB JSON | ${WALL[big]} | ${CPU[big]} | **${RSS[big]}** | ${MBS[big]} | $(kfmt "${EPS[big]}") | |"
  fi
  echo
  if [ -n "$CLASSIFY_DIR_NOTE" ]; then
    echo "TODO: \`stemewatch classify --journal-dir\` is not measured yet: it answered \`$CLASSIFY_DIR_NOTE\`."
    echo "The native rows above use \`stemewatch run --once\`, which reads the same files through the same source."
    echo
  fi
  echo "The \`group\` decides the input: *json* is the journalctl JSON file, *text* the same entries one message"
  echo "per line (\`journalctl -o cat\`, multi-line messages folded), *journal* journal files built from the same"
  echo "entries with systemd-journal-remote ($((JOURNAL_BYTES / 1000000)) MB, $(ls "$J"/*.journal | wc -l) file(s)). MB/s is of each tool's own input."
  echo
  echo "![throughput per tool](performance.png)"
  echo
  echo "## What each tool counted"
  echo
  echo "Against the generator's labels for the same $(kfmt "$ENTRIES") entries. \`-\` = the tool does not count it."
  echo "The runbook pipelines count mentions of \`Error: XError\` in any line, whatever its level."
  echo
  cols=(labels sw_json sw_text grep jq mtail mtail_full)
  echo "| | labels | stemewatch (JSON) | stemewatch (text) | runbook grep (text) | runbook jq (JSON) | mtail (clean text) | mtail (full text) |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  keys=(entries errors sig)
  mapfile -t types < <(cat "$OUT"/counts.* | awk '$1 ~ /^type:/ {print $1}' | sort -u)
  for key in "${keys[@]}" "${types[@]}"; do
    case $key in
      entries) name="entries read" ;;
      errors) name="errors" ;;
      sig) name="signature failures" ;;
      *) name=${key#type:} ;;
    esac
    line="| $name |"
    for c in "${cols[@]}"; do line+=" $(get "$c" "$key") |"; done
    echo "$line"
  done
  echo
  echo "Where a peer gave wrong counts or stopped:"
  echo
  echo "- **mtail** stopped counting at the first line holding invalid UTF-8 (line $(awk '/\xff/ {print NR; exit}' "$OUT/bench.txt") of the text):"
  echo "  on the full text it reported $(get mtail_full entries) of $(kfmt "$ENTRIES") entries, ran ${WALL[mtail_full]} s and peaked at ${RSS[mtail_full]} MB (exit ${EXIT[mtail_full]})."
  echo "  It is timed above on a copy without those $((ENTRIES - CLEAN_ENTRIES)) lines, so its throughput is its best case."
  echo "  It runs stemewatch's default rules ported to RE2 (bench/stemedb.mtail), so its other differences from the labels"
  echo "  come from those removed lines and the two lookaheads RE2 lacks. mtail rejects regexps over 1024 bytes by default;"
  echo "  it gets \`--max_regexp_length 4096\` so each type stays one alternation (fewer passes over the line: its best case)."
  nbin=$(grep -c 'binary file matches' "$OUT/err.grep" || true)
  echo "- **runbook grep** (\`LC_ALL=C.UTF-8\`): $( ((nbin > 0)) && echo "printed \`$(grep -m1 'binary file matches' "$OUT/err.grep")\` and dropped the matching lines with invalid UTF-8 from its output" || echo "no binary-file message")."
  if cmp -s "$OUT/counts.grep" "$OUT/counts.grep_c"; then
    echo "  Under \`LC_ALL=C\` it gave the same counts."
  else
    echo "  Under \`LC_ALL=C\` it counted $(join <(sort "$OUT/counts.grep_c") <(sort "$OUT/counts.grep") | awk '$2 != $3 {printf "%s%s %s (not %s)", s, substr($1, 6), $2, $3; s = ", "}')."
  fi
  echo "  Either way it counts only explicitly named types (StorageError $(get grep type:StorageError) of $(get labels type:StorageError)),"
  echo "  and counts WARN lines too: its AuthenticationError ($(get grep type:AuthenticationError)) includes signature failures logged at WARN."
  echo "- **runbook jq**: journalctl prints a MESSAGE with ANSI colours or invalid UTF-8 as an array of byte values and one over 4096 bytes"
  echo "  as \`null\`; \`jq -r .MESSAGE\` prints those as numbers or \`null\`, so their errors vanish (AuthenticationError $(get jq type:AuthenticationError) against grep's $(get grep type:AuthenticationError) on the same entries)."
  echo "- **stemewatch** (JSON), entry by entry against the labels: $(wc -l <"$OUT/sw.misses.tsv") of $(wc -l <"$OUT/labels.tsv") error or signature-failure entries differ"
  echo "  ($(get sw_json truncated) entries with a null MESSAGE are counted as truncated, not classified):"
  echo
  [ -s "$OUT/sw.misses.tsv" ] || echo "  - none"
  sw_misses | sed 's/^/  /'
  echo
  echo "## Commands"
  echo
  echo "Run from the repository root with \`LC_ALL=C.UTF-8\`. Inputs: \`$OUT/stemegen --seed $SEED --entries $ENTRIES --format json|text|export\`,"
  echo "the export piped into \`$JREMOTE -o $J/bench.journal -\`."
  echo
  echo '```'
  for r in "${ROWS[@]}"; do
    IFS=$US read -r id group tool what bytes n cmd <<<"$r"
    echo "$cmd"
  done
  echo "$MTAIL_FULL_CMD"
  [ -n "$BIG_CMD" ] && echo "$BIG_CMD   # $OUT/stemegen --seed $SEED --entries $BIG_ENTRIES --format json -o $OUT/big.json"
  echo '```'
  echo
  echo "Each under \`/usr/bin/time -f '%e %U %S %M %x' bash -c '...'\`."
  echo
  echo "## Machine"
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| CPU | $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}'), $(nproc) cores |"
  echo "| memory | $(free -g | awk '/^Mem:/ {print $2}') GiB |"
  echo "| kernel | $(uname -r) |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME") |"
  echo "| Go | $(go version | cut -d' ' -f3-) |"
  echo "| stemewatch | $($SW version 2>/dev/null | head -1) |"
  echo "| peers | $(grep --version | head -1); $(jq --version); $(mtail --version 2>&1 | head -1 | cut -d' ' -f1-3); $(journalctl --version | head -1) |"
  echo "| load average | before $LOAD_BEFORE; after $LOAD_AFTER |"
} >"$DOC"

# ---------------------------------------------------------------- chart
{
  for r in "${ROWS[@]}"; do
    IFS=$US read -r id group tool what bytes n cmd <<<"$r"
    short=$(echo "$tool" | sed -e 's/ (bench\/stemedb.mtail)//' -e 's/ | grep -oP | sort | uniq -c//' \
      -e 's/ >\/dev\/null//' -e 's/ --format json//' -e 's/ (printing only)//' -e 's/ (floor)//' -e 's/^runbook: //')
    printf '%s [%s]\t%s\t%s\n' "$short" "$group" "${EPS[$id]}" "$([[ $id == sw_* ]] && echo 1 || echo 2)"
  done
  printf '%s\t%s\t1\n' "classify, every core [json]" "${EPS[par_json]}"
  printf '%s\t%s\t2\n' "grep -i error, same JSON [json]" "${EPS[grep_json]}"
  printf '%s\t%s\t1\n' "classify --journal-dir, every core [journal]" "${EPS[par_dir]}"
} >"$OUT/chart.tsv"
if have gnuplot; then
  gnuplot <<EOF
set terminal pngcairo size 1100,600 font "DejaVu Sans,10"
set output "$PNG"
set title "Entries per second over the same $(kfmt "$ENTRIES") entries (log scale; green: stemewatch, on one core unless marked)"
set style fill solid 0.8 border -1
set termoption noenhanced
set logscale x
set xrange [1000:*]
set format x "%.0s%c"
set xlabel "entries/s (median of $RUNS runs)"
set grid xtics
set yrange [${#ROWS[@]}+3-0.5:-0.5]
set ytics nomirror
set lmargin 52
set rmargin 12
set key off
set datafile separator "\t"
plot "$OUT/chart.tsv" using (sqrt(1000*\$2)):0:(1000):2:(\$0-0.35):(\$0+0.35):(\$3 == 1 ? 0x2e7d32 : 0x9e9e9e):yticlabels(1) \\
       with boxxyerror lc rgb variable, \\
     "" using 2:0:(sprintf(" %d", \$2)) with labels left
EOF
else
  say "gnuplot not installed: no chart"
fi
say "done: $DOC, $PNG"
