#!/usr/bin/env bash
# bench/chaos.sh (make chaos): the built `stemewatch run` under faults, from
# the outside, as an operator would see it. Each case checks that it keeps
# classifying, reports the fault on /readyz, in its metrics and in its own
# logs, and loses or duplicates nothing once the fault is gone.
#
#   kill9      SIGKILL at CHAOS_KILLS (20) random points of a journal-directory
#              follow (by entries read, short of the end), restarting each
#              time from its checkpoint (cursor + detector state); anomalies
#              go to JetStream: exactly the ids and count of one clean run
#   disk-full  the state directory is a small tmpfs, filled up while new
#              entries make anomalies (to JetStream), then freed: the batch is
#              held (503, checkpoint still), then nothing lost or doubled
#   read-only  the state directory remounted read-only, then read-write
#   corrupt    the checkpoint file overwritten with garbage before a start
#   nats-down  NATS unreachable at start, started a while later
#   nats-auth  a wrong NATS password, then a restart with the right one
#
# The unit-level versions of these faults are tested in sidecar/checkpoint,
# sidecar/journal (crash, rotation) and sinks (NATS outages); this script
# runs the whole binary. Needs root (tmpfs mounts), nats-server, curl, jq.
# Prints PASS/FAIL per check and exits 1 if any failed. CHAOS_CASES selects
# cases (default all), CHAOS_ENTRIES sizes the journal (default 300000),
# STEMEWATCH_BIN names a built binary (no build), CHAOS_KEEP=1 keeps the logs.
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES=${CHAOS_ENTRIES:-300000}
KILLS=${CHAOS_KILLS:-20}
CASES=${CHAOS_CASES:-kill9 disk-full read-only corrupt nats-down nats-auth}
SW=${STEMEWATCH_BIN:-$PWD/bin/stemewatch} # make chaos builds bin/stemewatch first
JREMOTE=/lib/systemd/systemd-journal-remote
[ -x "$JREMOTE" ] || JREMOTE=/usr/lib/systemd/systemd-journal-remote
[ "$(id -u)" = 0 ] || { echo "chaos: needs root (tmpfs mounts for the state directory)" >&2; exit 1; }
for t in nats-server curl jq "$JREMOTE"; do
  command -v "$t" >/dev/null || { echo "chaos: $t is missing (scripts/setup.sh)" >&2; exit 1; }
done

W=$(mktemp -d /tmp/stemewatch-chaos.XXXXXX)
PIDS=()
MOUNTS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  for m in "${MOUNTS[@]}"; do umount -l "$m" 2>/dev/null || true; done
  [ -n "${CHAOS_KEEP:-}" ] || rm -rf "$W"
}
trap cleanup EXIT

say() { printf '[chaos %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
FAILS=0
RESULTS=()
check() { # check CASE DESCRIPTION COMMAND...
  local c=$1 d=$2
  shift 2
  if "$@" >/dev/null 2>&1; then
    RESULTS+=("PASS  $c: $d")
    say "PASS $c: $d"
  else
    RESULTS+=("FAIL  $c: $d")
    say "FAIL $c: $d"
    FAILS=$((FAILS + 1))
  fi
}
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
# wait_for SECONDS COMMAND...: polls COMMAND every 50 ms until it succeeds.
wait_for() {
  local deadline=$(($(date +%s%N) + $1 * 1000000000))
  shift
  until "$@" >/dev/null 2>&1; do
    (($(date +%s%N) < deadline)) || return 1
    sleep 0.05
  done
}

# ---------------------------------------------------------------- sidecar
# start NAME STATE_DIR [run flags...]: starts `stemewatch run` following the
# chaos journal directory from its head; sets ADDR and SWPID.
start() {
  local name=$1 state=$2
  shift 2
  rm -f "$W/$name.addr"
  "$SW" run --journal-dir "$JDIR" --from head --state-dir "$state" --listen 127.0.0.1:0 \
    --addr-file "$W/$name.addr" "$@" >>"$W/$name.out" 2>>"$W/$name.log" &
  SWPID=$!
  PIDS+=("$SWPID")
  wait_for 10 test -s "$W/$name.addr" || { say "$name did not start: $(tail -3 "$W/$name.log")"; return 1; }
  ADDR=$(cat "$W/$name.addr")
}
stop() { kill -TERM "$SWPID" 2>/dev/null || true; wait "$SWPID" 2>/dev/null || true; }
metric() { curl -sf "http://$ADDR/metrics" | awk -v m="$1" '$1 == m {print $2; f = 1} END {if (!f) print 0}'; }
readyz() { curl -s -o /dev/null -w '%{http_code}' "http://$ADDR/readyz"; }
readyz_is() { [ "$(readyz)" = "$1" ]; }
metric_above() { awk -v v="$(metric "$1")" -v m="$2" 'BEGIN {exit !(v > m)}'; }
read_reaches() { awk -v v="$(metric stemewatch_entries_read_total)" -v m="$1" 'BEGIN {exit !(v >= m)}'; }
caught_up() { [ "$(metric stemewatch_entries_read_total)" -ge "$TOTAL" ]; }
not_caught_up() { [ "$(metric stemewatch_entries_read_total)" -lt "$TOTAL" ]; }
# cursor_seq STATE: the i= sequence number of the checkpoint, in decimal.
cursor_seq() { sed -n 's/.*;i=\([0-9a-f]*\);.*/\1/p' "$1/journal.cursor" 2>/dev/null | { read -r h && echo $((16#$h)); } || echo 0; }
# last_seq: the i= sequence number of the last entry of JDIR.
last_seq() { journalctl -D "$JDIR" -n 1 -o export | sed -n 's/^__CURSOR=.*;i=\([0-9a-f]*\);.*/\1/p' | { read -r h && echo $((16#$h)); }; }
at_last() { [ "$(cursor_seq "$1")" -eq "$(last_seq)" ]; }
# private_journal NAME: a copy of the journal for a case that adds to it.
private_journal() { JDIR=$W/journal-$1; rm -rf "$JDIR"; cp -r "$W/journal" "$JDIR"; TOTAL=$ENTRIES; }
# add_entries N: N more entries, an hour after the first ones, in a new file.
ADDED=0
add_entries() {
  ADDED=$((ADDED + 1))
  "$W/stemegen" --seed $((100 + ADDED)) --entries "$1" --start 2027-01-0${ADDED}T00:00:00Z --format export -o - |
    "$JREMOTE" -o "$JDIR/extra-$ADDED.journal" - 2>>"$W/journal-remote.log"
  TOTAL=$((TOTAL + $1))
}

# ---------------------------------------------------------------- NATS
# nats_start NAME PORT [extra args]: a JetStream nats-server on loopback.
nats_start() {
  local name=$1 port=$2
  shift 2
  mkdir -p "$W/$name"
  nats-server -a 127.0.0.1 -p "$port" -js -sd "$W/$name" "$@" >"$W/$name.log" 2>&1 &
  NATSPID=$!
  PIDS+=("$NATSPID")
  wait_for 10 grep -q 'Server is ready' "$W/$name.log"
}
nats_stop() { kill -TERM "$NATSPID" 2>/dev/null || true; wait "$NATSPID" 2>/dev/null || true; }
# stream_ids URL WANT [auth flags]: reads the anomaly stream from its start
# through a fresh durable consumer and prints the ids, one per line.
stream_ids() {
  local url=$1 want=$2 port_tag=${1##*:}
  shift 2
  timeout 20 "$SW" watch --nats-url "$url" --durable "chaos$RANDOM" --json --count $((want + 5)) "$@" 2>/dev/null |
    tee -a "$W/stream.$port_tag.json" | jq -r .id || true
}

# delivered CASE IDS_FILE: nothing the uninterrupted run published is
# missing and nothing is there twice. Extra ids are reported, not failed: a
# run that idles after the end may close an incident the --once reference
# stopped before closing (an "update" more).
delivered() {
  local c=$1 f=$2 missing dups extra
  missing=$(comm -23 "$W/ref.ids" <(sort -u "$f") | wc -l)
  dups=$(sort "$f" | uniq -d | wc -l)
  extra=$(comm -13 "$W/ref.ids" <(sort -u "$f") | wc -l)
  if [ "${3:-}" = report ]; then
    say "$c: $missing of the reference's $REF_N anomalies not delivered, kinds: $(comm -23 "$W/ref.ids" <(sort -u "$f") |
      jq -R . | jq -rs --slurpfile a "$W/ref.anomalies" '[.[] as $i | $a[] | select(.id == $i) | .kind] | group_by(.) | map("\(.[0]) \(length)") | join(", ")')"
  else
    check "$c" "none of the reference's $REF_N anomalies lost ($missing missing)" test "$missing" -eq 0
  fi
  check "$c" "no anomaly delivered twice ($dups repeated)" test "$dups" -eq 0
  ((extra == 0)) || say "$c: $extra anomalies beyond the reference: $(comm -13 "$W/ref.ids" <(sort -u "$f") | head -3 | tr '\n' ' ')"
}
# exactly CASE REF_IDS GOT_IDS: the same ids, each once, as the reference.
exactly() {
  local c=$1 ref=$2 got=$3 n missing dups extra
  n=$(wc -l <"$ref")
  missing=$(comm -23 "$ref" <(sort -u "$got") | wc -l)
  extra=$(comm -13 "$ref" <(sort -u "$got") | wc -l)
  dups=$(sort "$got" | uniq -d | wc -l)
  check "$c" "all of the clean run's $n anomalies delivered ($missing missing)" test "$missing" -eq 0
  check "$c" "nothing the clean run did not send ($extra extra)" test "$extra" -eq 0
  check "$c" "no anomaly delivered twice ($dups repeated)" test "$dups" -eq 0
}
nats_logged() { grep '"component":"nats"' "$1" | grep -E '"level":"(warn|error)"' | grep -qiE "$2"; }
nats_trouble() { metric_above stemewatch_nats_buffered 0 || metric_above stemewatch_nats_publish_failures_total 0; }

# ---------------------------------------------------------------- inputs
if [ -z "${STEMEWATCH_BIN:-}" ]; then
  say "building"
  make -s build >&2
fi
go build -o "$W/stemegen" ./cmd/stemegen
say "journal of $ENTRIES entries (stemegen | systemd-journal-remote)"
mkdir -p "$W/journal"
"$W/stemegen" --entries "$ENTRIES" --format export -o - |
  "$JREMOTE" -o "$W/journal/chaos.journal" - 2>"$W/journal-remote.log"
JDIR=$W/journal
TOTAL=$ENTRIES
say "reference: one clean --once run, anomalies on stdout"
"$SW" run --journal-dir "$W/journal" --from head --once --state-dir "$W/ref" --listen 127.0.0.1:0 \
  >"$W/ref.anomalies" 2>"$W/ref.log"
jq -r .id "$W/ref.anomalies" | sort >"$W/ref.ids"
REF_N=$(wc -l <"$W/ref.ids")
say "reference: $REF_N anomalies"

# ---------------------------------------------------------------- cases
case_kill9() {
  local port state=$W/kill9
  port=$(free_port)
  nats_start nats-kill9 "$port"
  local url=nats://127.0.0.1:$port started=0 seqs=() at=() c target got points margin
  # Kill points spread over the journal, short of its end: a run that caught
  # up would advance its windows on the wall clock, which the --once
  # reference never does. Each kill waits until the checkpoint (with the
  # detectors' state) moved, so restarts resume from mid-journal states.
  margin=$((TOTAL / 8 > 5000 ? TOTAL / 8 : 5000))
  mapfile -t points < <(for ((k = 0; k < KILLS; k++)); do echo $(((RANDOM * 32768 + RANDOM) % (TOTAL - margin) + 1)); done | sort -n)
  for p in "${points[@]}"; do
    c=$(cursor_seq "$state")
    target=$((p - c > 0 ? p - c : 1))
    start kill9 "$state" --nats-url "$url" && started=$((started + 1))
    wait_for 60 kill_point "$target" "$state" "$c" || true
    got=$(metric stemewatch_entries_read_total)
    kill -9 "$SWPID" 2>/dev/null || true
    wait "$SWPID" 2>/dev/null || true
    at+=("$((c + ${got%.*}))")
    seqs+=("$(cursor_seq "$state")")
  done
  say "kill9: killed at entry (checkpoint start + read): ${at[*]}"
  say "kill9: checkpoint after each kill: ${seqs[*]}"
  local rc=0
  "$SW" run --journal-dir "$W/journal" --from head --once --state-dir "$state" --listen 127.0.0.1:0 \
    --nats-url "$url" >>"$W/kill9.out" 2>>"$W/kill9.log" || rc=$?
  check kill9 "every one of $KILLS restarts after SIGKILL came up" test "$started" -eq "$KILLS"
  check kill9 "the final --once run exits 0" test "$rc" -eq 0
  check kill9 "the final checkpoint is the journal's last entry" at_last "$state"
  check kill9 "the outbox is empty at the end" bash -c "[ -z \"\$(ls -A '$state/outbox' 2>/dev/null)\" ]"
  check kill9 "restarts continued the saved incidents (log: detector state restored)" grep -q 'detector state restored' "$W/kill9.log"
  stream_ids "$url" "$REF_N" >"$W/kill9.ids"
  # Detector state travels with the checkpoint, so incidents straddling a
  # kill keep their ids: exactly the clean run's anomalies, each once.
  exactly kill9 "$W/ref.ids" "$W/kill9.ids"
  nats_stop
}
# kill_point TARGET STATE START_SEQ: TARGET entries read and the checkpoint
# moved since the start.
kill_point() { read_reaches "$1" && [ "$(cursor_seq "$2")" != "$3" ]; }

# state_tmpfs DIR SIZE: a fresh tmpfs of SIZE on DIR.
state_tmpfs() {
  mkdir -p "$1"
  mount -t tmpfs -o size="$2" chaos-state "$1"
  MOUNTS+=("$1")
}

case_disk_full() {
  local port state=$W/full before
  port=$(free_port)
  nats_start nats-full "$port"
  local url=nats://127.0.0.1:$port
  private_journal full
  state_tmpfs "$state" 4m
  start full "$state" --nats-url "$url"
  wait_for 30 caught_up
  check disk-full "ready before the fault" wait_for 10 readyz_is 200
  wait_for 10 at_last "$state" || true
  before=$(head -1 "$state/journal.cursor")
  dd if=/dev/zero of="$state/filler" bs=64k 2>/dev/null || true # fills it up
  dd if=/dev/zero of="$state/filler2" bs=512 2>/dev/null || true
  # New entries make anomalies the outbox cannot take.
  add_entries 20000
  check disk-full "the batch it could not record is held (stemewatch_checkpoint_held 1)" wait_for 30 metric_above stemewatch_checkpoint_held 0
  check disk-full "reading pauses meanwhile (not every entry read)" not_caught_up
  check disk-full "/readyz says 503" wait_for 5 readyz_is 503
  check disk-full "/readyz gives the reason" bash -c "curl -s http://$ADDR/readyz | grep -q 'not recorded'"
  check disk-full "checkpoint age grows (> 3 s)" wait_for 20 metric_above stemewatch_checkpoint_age_seconds 3
  check disk-full "the checkpoint did not move" test "$(head -1 "$state/journal.cursor")" = "$before"
  check disk-full "its log names the failure" grep -qiE 'no space|ENOSPC' "$W/full.log"
  rm -f "$state/filler" "$state/filler2"
  check disk-full "ready again once space is back" wait_for 30 readyz_is 200
  check disk-full "every entry read" wait_for 30 caught_up
  check disk-full "checkpoint at the last entry" wait_for 10 at_last "$state"
  check disk-full "outbox drained" wait_for 30 bash -c "[ -z \"\$(ls -A '$state/outbox' 2>/dev/null)\" ]"
  stop
  umount "$state"
  # The reference: one clean --once run over the same journal.
  "$SW" run --journal-dir "$JDIR" --from head --once --state-dir "$W/full-ref" --listen 127.0.0.1:0 \
    >"$W/full-ref.anomalies" 2>"$W/full-ref.log"
  jq -r .id "$W/full-ref.anomalies" | sort >"$W/full-ref.ids"
  stream_ids "$url" "$(wc -l <"$W/full-ref.ids")" >"$W/full.ids"
  exactly disk-full "$W/full-ref.ids" "$W/full.ids"
  nats_stop
}

case_read_only() {
  local state=$W/ro
  private_journal ro
  state_tmpfs "$state" 16m
  start ro "$state"
  wait_for 30 caught_up
  mount -o remount,ro "$state"
  add_entries 20000
  check read-only "still classifying: 20000 new entries read during the fault" wait_for 30 caught_up
  wait_for 10 metric_above stemewatch_checkpoint_failures_total 0
  check read-only "checkpoint failures counted" metric_above stemewatch_checkpoint_failures_total 0
  check read-only "/readyz says 503" wait_for 5 readyz_is 503
  check read-only "its log names the failure" grep -qiE 'read-only|EROFS' "$W/ro.log"
  mount -o remount,rw "$state"
  check read-only "ready again once writable" wait_for 10 readyz_is 200
  stop
  check read-only "checkpoint at the last entry after SIGTERM" at_last "$state"
  umount "$state"
}

case_corrupt() {
  local state=$W/corrupt
  mkdir -p "$state"
  head -c 300 /dev/urandom >"$state/journal.cursor"
  start corrupt "$state"
  check corrupt "starts and reads despite a garbage checkpoint" wait_for 30 caught_up
  check corrupt "its log says the checkpoint was not usable" grep -qiE 'checkpoint' "$W/corrupt.log"
  check corrupt "the bad file is set aside, not deleted" bash -c "ls '$state' | grep -v '^journal.cursor$' | grep -q cursor"
  check corrupt "ready" wait_for 5 readyz_is 200
  stop
  check corrupt "a good checkpoint written at the last entry" at_last "$state"
}

case_nats_down() {
  local port state=$W/natsdown
  port=$(free_port)
  start natsdown "$state" --nats-url "nats://127.0.0.1:$port"
  wait_for 30 caught_up
  check nats-down "classifies with NATS unreachable" caught_up
  check nats-down "anomalies wait (stemewatch_nats_buffered or outbox > 0)" bash -c "[ -n \"\$(ls -A '$state/outbox' 2>/dev/null)\" ]"
  check nats-down "metrics show it (stemewatch_nats_buffered or _publish_failures_total > 0)" wait_for 10 nats_trouble
  check nats-down "/readyz reports NATS unreachable" readyz_is 503
  check nats-down "its log says NATS is unreachable (a warn/error line of component nats)" wait_for 10 nats_logged "$W/natsdown.log" 'refused|unreachable|no servers|connect'

  sleep 2
  nats_start nats-down "$port"
  check nats-down "outbox drained once NATS is up" wait_for 30 bash -c "[ -z \"\$(ls -A '$state/outbox' 2>/dev/null)\" ]"
  stop
  stream_ids "nats://127.0.0.1:$port" "$REF_N" >"$W/natsdown.ids"
  delivered nats-down "$W/natsdown.ids"
  nats_stop
}

case_nats_auth() {
  local port state=$W/natsauth
  port=$(free_port)
  printf 'wrong-password\n' >"$W/bad.pw"
  printf 's3cret-chaos\n' >"$W/good.pw"
  nats_start nats-auth "$port" --user chaos --pass s3cret-chaos
  local url=nats://127.0.0.1:$port
  printf '[nats]\nurl = "%s"\nuser = "chaos"\npassword_file = "%s"\n' "$url" "$W/bad.pw" >"$W/bad.toml"
  printf '[nats]\nurl = "%s"\nuser = "chaos"\npassword_file = "%s"\n' "$url" "$W/good.pw" >"$W/good.toml"
  start natsauth "$state" --config "$W/bad.toml"
  wait_for 30 caught_up
  check nats-auth "classifies with a wrong NATS password" caught_up
  check nats-auth "metrics show it (stemewatch_nats_buffered or _publish_failures_total > 0)" wait_for 10 nats_trouble
  check nats-auth "/readyz reports the NATS failure" readyz_is 503
  check nats-auth "its log says authorization failed (a warn/error line of component nats)" wait_for 10 nats_logged "$W/natsauth.log" 'authori[sz]ation'

  check nats-auth "the password is not in its log" bash -c "! grep -q wrong-password '$W/natsauth.log'"
  stop
  start natsauth "$state" --config "$W/good.toml"
  check nats-auth "outbox drained after a restart with the right password" wait_for 30 bash -c "[ -z \"\$(ls -A '$state/outbox' 2>/dev/null)\" ]"
  stop
  stream_ids "$url" "$REF_N" --user chaos --password-file "$W/good.pw" >"$W/natsauth.ids"
  delivered nats-auth "$W/natsauth.ids"
  nats_stop
}

for c in $CASES; do
  say "case $c"
  JDIR=$W/journal
  TOTAL=$ENTRIES
  "case_${c//-/_}" || { RESULTS+=("FAIL  $c: the case itself failed"); FAILS=$((FAILS + 1)); }
done

echo
printf '%s\n' "${RESULTS[@]}"
echo "chaos: $((${#RESULTS[@]} - FAILS)) passed, $FAILS failed$([ -n "${CHAOS_KEEP:-}" ] && echo " (logs in $W)")"
((FAILS == 0))
