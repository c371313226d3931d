package gen

import (
	"strconv"
	"strings"
	"time"
)

// The error types of the labels.
const (
	storage       = "StorageError"
	timeout       = "TimeoutError"
	serialization = "SerializationError"
	network       = "NetworkError"
	auth          = "AuthenticationError"
	unclassified  = "Unclassified"
)

// tmpl is one kind of log line. Text may hold placeholders (see expand).
type tmpl struct {
	weight int
	typ    string // the label's error type; "" for a non-error
	sig    bool   // a signature failure
	target string
	text   string
	status int  // HTTP status of the request, 0 for none
	req    bool // carries agent_id, method, path and status
}

// errorTemplates are logged at ERROR. Explicit "Error: XError: ..." forms
// are among them; others get a "request failed Error: <type>: " prefix now
// and then (see message), as the service's error chain does.
var errorTemplates = []tmpl{
	// StorageError: std::io errors from the WAL, LSM and hybrid backends.
	{6, storage, false, "stemedb_storage::wal", "wal append failed: fsync returned Input/output error (os error 5)", 500, true},
	{6, storage, false, "stemedb_storage::lsm", "lsm compaction failed: No space left on device (os error 28)", 500, true},
	{5, storage, false, "stemedb_storage::lsm", "sstable {sst}.sst could not be opened: Read-only file system (os error 30)", 500, true},
	{5, storage, false, "stemedb_storage::hybrid", "hybrid backend write failed: disk quota exceeded", 507, true},
	{3, storage, false, "stemedb_storage::wal", "failed to write segment /var/lib/stemedb/wal/{hex16}.log: Disk quota exceeded (os error 122)", 507, true},
	{3, storage, false, "stemedb_storage::engine", "rocksdb: IO error: While appending to file: /var/lib/stemedb/db/{sst}.log: No space left on device", 500, true},
	{2, storage, false, "stemedb_storage::engine", "flush of memtable {n} failed: Os { code: 5, kind: Other, message: \"Input/output error\" }", 500, false},
	{2, storage, false, "stemedb_storage::snapshot", "could not create snapshot directory /var/lib/stemedb/snapshots/{n}: Permission denied (os error 13)", 0, false},
	{1, storage, false, "stemedb_storage::lsm", "opening segment {sst}.sst failed: Too many open files (os error 24)", 500, true},
	{1, storage, false, "stemedb_storage::engine", "IO error: lock /var/lib/stemedb/db/LOCK: Resource temporarily unavailable", 0, false},
	// TimeoutError: tokio deadlines, rpc and pool timeouts.
	{6, timeout, false, "stemedb_cluster::rpc", "rpc call to {node}:18182 timed out after {ms}ms", 504, true},
	{5, timeout, false, "stemedb_storage::wal", "group commit wait deadline exceeded ({ms}ms)", 504, true},
	{4, timeout, false, "stemedb_api::query", "Error: TimeoutError: query exceeded request timeout of 30s", 504, true},
	{3, timeout, false, "stemedb_api::handlers", "request handler failed: deadline has elapsed", 504, true},
	{2, timeout, false, "stemedb_cluster::rpc", "forwarding to {node} failed: operation timed out", 504, true},
	{2, timeout, false, "stemedb_api::db", "timed out waiting for a connection from the pool after 10s", 503, true},
	{1, timeout, false, "stemedb_cluster::raft", "election timeout: no leader elected within {ms}ms", 0, false},
	// NetworkError: connection refused/reset, hyper and rustls failures.
	{4, network, false, "stemedb_cluster::raft", "append_entries to {node} failed: connection reset by peer", 500, true},
	{3, network, false, "stemedb_cluster::rpc", "no route to host {node}:18182", 502, true},
	{3, network, false, "stemedb_cluster::rpc", "Error: NetworkError: rpc to {node}:18182 failed: Connection refused (os error 111)", 500, true},
	{2, network, false, "stemedb_cluster::client", "hyper::Error(Connect, ConnectError(\"tcp connect error\", Os { code: 111, kind: ConnectionRefused, message: \"Connection refused\" }))", 502, true},
	{2, network, false, "stemedb_cluster::client", "error trying to connect: tcp connect error: Network is unreachable (os error 101)", 502, true},
	{1, network, false, "stemedb_cluster::tls", "tls stream to {node}:18183 failed: peer closed connection without sending TLS close_notify", 502, true},
	{1, network, false, "stemedb_api::http", "writing response failed: Broken pipe (os error 32)", 0, true},
	{1, network, false, "stemedb_cluster::client", "connection closed before message completed", 502, true},
	// SerializationError: decode failures and checksum mismatches.
	{2, serialization, false, "stemedb_storage::codec", "Error: SerializationError: failed to deserialize record: invalid value: integer 300, expected u8", 500, true},
	{2, serialization, false, "stemedb_storage::codec", "checksum mismatch in block 0x{hex4}: expected 0x{hex4}, got 0x{hex4}", 500, true},
	{1, serialization, false, "stemedb_index::store", "index entry version mismatch: found v3, expected v4", 500, true},
	{1, serialization, false, "stemedb_storage::codec", "bincode decode of record {n} failed: io error: unexpected end of file", 500, true},
	{1, serialization, false, "stemedb_api::ingest", "failed to parse assertion body: expected value at line 1 column {n}", 500, true},
	{1, serialization, false, "stemedb_storage::wal", "crc32c mismatch on wal record {n}: stored=0x{hex4}{hex4} computed=0x{hex4}{hex4}", 500, false},
	// AuthenticationError: credentials.
	{5, auth, false, "stemedb_api::auth", "invalid api key presented", 401, true},
	{4, auth, false, "stemedb_api::auth", "missing Authorization header", 401, true},
	{3, auth, false, "stemedb_api::auth", "Error: AuthenticationError: api key expired", 401, true},
	{2, auth, false, "stemedb_api::auth", "bearer token rejected: token expired at 2026-11-25T09:00:00Z", 401, true},
	{1, auth, false, "stemedb_api::auth", "invalid credentials for service account ingest-{n}", 401, true},
	{1, auth, false, "stemedb_api::auth", "permission denied: role reader may not write /v1/assertions", 403, true},
	// AuthenticationError: signature failures.
	{8, auth, true, "stemedb_api::auth", "request signature verification failed: bad signature", 401, true},
	{6, auth, true, "stemedb_api::auth", "Error: AuthenticationError: signature verification failed", 401, true},
	{2, auth, true, "stemedb_api::auth", "signature mismatch for key id k-{hex4}", 401, true},
	{1, auth, true, "stemedb_api::auth", "ed25519 verification failed: Verification equation was not satisfied", 401, true},
	{1, auth, true, "stemedb_api::auth", "malformed signature header: invalid base64 at offset {n}", 401, true},
	{1, auth, true, "stemedb_api::auth", "signed timestamp outside allowed window: skew {n}s > 300s", 401, true},
	// No rule knows these.
	{2, unclassified, false, "stemedb_api::handlers", "unexpected state in handler: assertion count drifted", 0, false},
	{1, unclassified, false, "stemedb_index::graph", "invariant violated: subject graph has a cycle through node {n}", 0, false},
	// Explicit types outside the five: discovered, not guessed.
	{1, "QuotaExceededError", false, "stemedb_api::quota", "Error: QuotaExceededError: agent exceeded storage quota of 10 GiB", 507, true},
	{1, "SchemaVersionError", false, "stemedb_api::ingest", "Error: SchemaVersionError: client schema v7 is newer than server v6", 400, true},
}

// warnSignature are signature failures logged at WARN: not errors.
var warnSignature = []tmpl{
	{3, "", true, "stemedb_api::auth", "request signature verification failed: bad signature", 401, true},
	{3, "", true, "stemedb_api::auth", "Error: AuthenticationError: signature verification failed", 401, true},
	{1, "", true, "stemedb_api::auth", "signed timestamp outside allowed window: skew {n}s > 300s", 401, true},
}

// warnNoise is WARN traffic, some of it with error words.
var warnNoise = []tmpl{
	{6, "", false, "stemedb_api::ratelimit", "agent approaching rate limit used=95 limit=100", 0, false},
	{2, "", false, "stemedb_cluster::rpc", "retrying rpc to {node} after error: connection reset by peer (attempt 2/5)", 0, false},
	{2, "", false, "stemedb_api::query", "slow query took {ms}ms", 200, true},
	{1, "", false, "stemedb_storage::lsm", "write stall: memtable full, throttling writes", 0, false},
	{1, "", false, "stemedb_storage::engine", "disk usage at 85% on /var/lib/stemedb, compaction may fail soon", 0, false},
	{1, "", false, "stemedb_cluster::raft", "heartbeat to {node} timed out, will retry", 0, false},
}

// infoNoise is INFO (and, at a lower rate, DEBUG) traffic.
var infoNoise = []tmpl{
	{40, "", false, "", "request completed", 200, true},
	{8, "", false, "", "group commit flushed", 0, false},
	{5, "", false, "", "snapshot taken", 0, false},
	{5, "", false, "", "raft heartbeat ok", 0, false},
	{5, "", false, "", "index cache refreshed", 0, false},
	{4, "", false, "", "compaction finished", 0, false},
	{1, "", false, "stemedb_api::http", "error budget report: 99.95% of requests succeeded", 0, false},
	{1, "", false, "stemedb_cluster::raft", "recovered from previous error, peer {node} back in sync", 0, false},
}

var noiseTargets = []string{"stemedb_api::http", "stemedb_api::query", "stemedb_index::store", "stemedb_storage::wal",
	"stemedb_storage::lsm", "stemedb_cluster::raft"}

var (
	methods = []string{"GET", "GET", "POST", "POST", "PUT"}
	paths   = []string{"/v1/assertions", "/v1/query", "/v1/batch", "/v1/subjects", "/v1/admin/cluster/status"}
)

func totalWeight(ts []tmpl) int {
	n := 0
	for _, t := range ts {
		n += t.weight
	}
	return n
}

var (
	wErrors  = totalWeight(errorTemplates)
	wWarnSig = totalWeight(warnSignature)
	wWarn    = totalWeight(warnNoise)
	wInfo    = totalWeight(infoNoise)
)

func (g *Generator) pick(ts []tmpl, total int) *tmpl {
	n := g.rng.IntN(total)
	for i := range ts {
		if n < ts[i].weight {
			return &ts[i]
		}
		n -= ts[i].weight
	}
	return &ts[len(ts)-1]
}

// expand appends s with its placeholders filled in.
func (g *Generator) expand(b []byte, s string) []byte {
	for {
		i := strings.IndexByte(s, '{')
		if i < 0 {
			return append(b, s...)
		}
		j := strings.IndexByte(s[i:], '}')
		if j < 0 {
			return append(b, s...)
		}
		b = append(b, s[:i]...)
		switch s[i+1 : i+j] {
		case "node":
			b = append(b, "node"...)
			b = strconv.AppendInt(b, int64(2+g.rng.IntN(4)), 10)
		case "sst":
			b = appendPadded(b, int64(g.rng.IntN(2000)), 6)
		case "n":
			b = strconv.AppendInt(b, int64(1+g.rng.IntN(900)), 10)
		case "ms":
			b = strconv.AppendInt(b, int64([]int{500, 1000, 2000, 5000, 1840}[g.rng.IntN(5)]), 10)
		case "hex4":
			b = appendHex(b, uint64(g.rng.IntN(1<<16)), 4)
		case "hex16":
			b = appendHex(b, g.rng.Uint64()>>20, 16)
		default:
			b = append(b, s[i:i+j+1]...)
		}
		s = s[i+j+1:]
	}
}

func appendPadded(b []byte, v int64, width int) []byte {
	d := strconv.AppendInt(nil, v, 10)
	for range width - len(d) {
		b = append(b, '0')
	}
	return append(b, d...)
}

func appendHex(b []byte, v uint64, width int) []byte {
	d := strconv.AppendUint(nil, v, 16)
	for range width - len(d) {
		b = append(b, '0')
	}
	return append(b, d...)
}

// agent draws an agent id: a few hot agents and a long tail.
func (g *Generator) agent() int {
	u := g.rng.Float64()
	return 1 + int(300*u*u*u)
}

// kv is a structured field of a message.
type kv struct {
	key   string
	str   string // string value, or "" for a number
	num   int64
	isNum bool
}

type level int

const (
	lvlDebug level = iota
	lvlInfo
	lvlWarn
	lvlError
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

// message builds the next message and fills r.Priority and r.Label.
func (g *Generator) message(b []byte, r *Record) []byte {
	u := g.rng.Float64()
	errRate := g.cfg.ErrorRate
	var (
		t   *tmpl
		lvl level
	)
	switch {
	case u < 0.0005:
		return g.panic(b, r)
	case u < 0.0005+errRate:
		t, lvl = g.pick(errorTemplates, wErrors), lvlError
	case u < 0.0025+errRate:
		t, lvl = g.pick(warnSignature, wWarnSig), lvlWarn
	case u < 0.0255+errRate:
		t, lvl = g.pick(warnNoise, wWarn), lvlWarn
	case u < 0.0475+errRate:
		t, lvl = g.pick(infoNoise, wInfo), lvlDebug
	default:
		t, lvl = g.pick(infoNoise, wInfo), lvlInfo
	}
	target := t.target
	if target == "" {
		target = noiseTargets[g.rng.IntN(len(noiseTargets))]
	}
	// The message text.
	g.text = g.text[:0]
	if isRunbook(t.typ) && !strings.HasPrefix(t.text, "Error: ") && g.rng.IntN(4) == 0 {
		g.text = append(g.text, "request failed Error: "...)
		g.text = append(g.text, t.typ...)
		g.text = append(g.text, ": "...)
	} else if strings.HasPrefix(t.text, "Error: ") && g.rng.IntN(2) == 0 {
		g.text = append(g.text, "request failed "...)
	}
	g.text = g.expand(g.text, t.text)

	// Structured fields.
	g.kv = g.kv[:0]
	status := t.status
	if t.req {
		agent := "agent-" + string(appendPadded(nil, int64(g.agent()), 4))
		method := methods[g.rng.IntN(len(methods))]
		if t.sig {
			method = "POST"
		}
		if lvl == lvlInfo && status == 200 && g.rng.IntN(50) == 0 {
			status = 500 // a failed request logged at INFO: not an error entry
		}
		r.Label.AgentID = agent
		r.Label.HTTPStatus = status
		if t.text == "request completed" {
			g.kv = append(g.kv, kv{key: "method", str: method}, kv{key: "path", str: paths[g.rng.IntN(len(paths))]},
				kv{key: "status", num: int64(status), isNum: true}, kv{key: "latency_ms", num: int64(5 + g.rng.IntN(90)), isNum: true},
				kv{key: "agent_id", str: agent})
		} else {
			g.kv = append(g.kv, kv{key: "agent_id", str: agent}, kv{key: "method", str: method},
				kv{key: "path", str: paths[g.rng.IntN(len(paths))]})
			if status != 0 {
				g.kv = append(g.kv, kv{key: "status", num: int64(status), isNum: true})
			}
		}
	} else if t.typ == "" && !t.sig && t.target == "" {
		g.kv = append(g.kv, kv{key: "batch", num: int64(10 + g.rng.IntN(490)), isNum: true},
			kv{key: "bytes", num: int64(g.rng.IntN(4 << 20)), isNum: true})
	}

	// Priority: stdout lines are 6; some services log errors with sd-daemon
	// prefixes, giving 3 (4 for WARN, 7 for DEBUG).
	r.Priority = 6
	switch lvl {
	case lvlError:
		if g.rng.IntN(4) == 0 {
			r.Priority = 3
		}
		r.Label.IsError = true
		r.Label.ErrorType = t.typ
	case lvlWarn:
		if g.rng.IntN(3) == 0 {
			r.Priority = 4
		}
	case lvlDebug:
		if g.rng.IntN(2) == 0 {
			r.Priority = 7
		}
	}
	r.Label.SignatureFailure = t.sig

	ts := time.UnixMicro(r.RealtimeUS).UTC()
	switch s := g.rng.IntN(100); {
	case s < 55:
		b = g.plain(b, ts, lvl, target)
	case s < 80:
		b = g.jsonStyle(b, ts, lvl, target)
	case s < 90:
		b = g.ansi(b, ts, lvl, target)
	default:
		b = g.logfmt(b, ts, lvl, target)
	}
	switch v := g.rng.IntN(10000); {
	case v < 10:
		b = append(b, " \xff\xfe invalid-utf8"...)
	case v < 16 && lvl <= lvlInfo:
		// Over 4096 bytes: journalctl -o json prints MESSAGE as null.
		b = append(b, " plan="...)
		for n := len(b) + 4200 + g.rng.IntN(4000); len(b) < n; {
			b = append(b, planSteps[g.rng.IntN(len(planSteps))]...)
		}
	}
	return b
}

var planSteps = []string{"scan(subjects)→", "filter(agent_id)→", "join(assertions)→", "project(score)→", "sort(ts)→"}

func isRunbook(t string) bool {
	switch t {
	case storage, timeout, serialization, network, auth:
		return true
	}
	return false
}

func appendTS(b []byte, t time.Time) []byte {
	return t.AppendFormat(b, "2006-01-02T15:04:05.000000Z")
}

// plain is tracing's default format without colours.
func (g *Generator) plain(b []byte, ts time.Time, lvl level, target string) []byte {
	b = appendTS(b, ts)
	b = append(b, ' ')
	if len(levelNames[lvl]) == 4 {
		b = append(b, ' ')
	}
	b = append(b, levelNames[lvl]...)
	b = append(b, ' ')
	b = append(b, target...)
	b = append(b, ": "...)
	b = append(b, g.text...)
	for _, f := range g.kv {
		b = append(b, ' ')
		b = append(b, f.key...)
		b = append(b, '=')
		b = f.appendValue(b)
	}
	return b
}

func (f kv) appendValue(b []byte) []byte {
	if f.isNum {
		return strconv.AppendInt(b, f.num, 10)
	}
	return append(b, f.str...)
}

var levelColours = [...]string{"\x1b[34m", "\x1b[32m", "\x1b[33m", "\x1b[31m"}

// ansi is tracing's default format with colours.
func (g *Generator) ansi(b []byte, ts time.Time, lvl level, target string) []byte {
	b = append(b, "\x1b[2m"...)
	b = appendTS(b, ts)
	b = append(b, "\x1b[0m "...)
	b = append(b, levelColours[lvl]...)
	if len(levelNames[lvl]) == 4 {
		b = append(b, ' ')
	}
	b = append(b, levelNames[lvl]...)
	b = append(b, "\x1b[0m \x1b[2m"...)
	b = append(b, target...)
	b = append(b, "\x1b[0m\x1b[2m:\x1b[0m "...)
	b = append(b, g.text...)
	for _, f := range g.kv {
		b = append(b, " \x1b[3m"...)
		b = append(b, f.key...)
		b = append(b, "\x1b[0m\x1b[2m=\x1b[0m"...)
		b = f.appendValue(b)
	}
	return b
}

// logfmt is a logfmt layer's format.
func (g *Generator) logfmt(b []byte, ts time.Time, lvl level, target string) []byte {
	b = append(b, "ts="...)
	b = appendTS(b, ts)
	b = append(b, " level="...)
	b = append(b, strings.ToLower(levelNames[lvl])...)
	b = append(b, " target="...)
	b = append(b, target...)
	b = append(b, " msg="...)
	b = appendQuoted(b, g.text)
	for _, f := range g.kv {
		b = append(b, ' ')
		b = append(b, f.key...)
		b = append(b, '=')
		b = f.appendValue(b)
	}
	return b
}

// jsonStyle is tracing-subscriber's JSON format.
func (g *Generator) jsonStyle(b []byte, ts time.Time, lvl level, target string) []byte {
	b = append(b, `{"timestamp":"`...)
	b = appendTS(b, ts)
	b = append(b, `","level":"`...)
	b = append(b, levelNames[lvl]...)
	b = append(b, `","fields":{"message":`...)
	b = appendQuoted(b, g.text)
	for _, f := range g.kv {
		b = append(b, ",\""...)
		b = append(b, f.key...)
		b = append(b, "\":"...)
		if f.isNum {
			b = strconv.AppendInt(b, f.num, 10)
		} else {
			b = appendQuoted(b, []byte(f.str))
		}
	}
	b = append(b, `},"target":"`...)
	b = append(b, target...)
	return append(b, `"}`...)
}

// appendQuoted appends s as a JSON string (ASCII control bytes escaped).
func appendQuoted(b, s []byte) []byte {
	b = append(b, '"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c == '\t':
			b = append(b, '\\', 't')
		case c < 0x20:
			b = append(b, `\u00`...)
			b = append(b, "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}

// panics are raw Rust panic messages from stderr: several lines, no level.
var panics = []struct {
	typ  string
	text string
}{
	{storage, "thread 'compaction-{n}' panicked at src/storage/lsm.rs:88:41:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }"},
	{unclassified, "thread 'tokio-runtime-worker' panicked at src/api/handlers.rs:212:18:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"},
	{network, "thread 'raft-{n}' panicked at src/cluster/raft.rs:431:22:\npeer stream failed: Os { code: 104, kind: ConnectionReset, message: \"Connection reset by peer\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"},
	{serialization, "thread 'wal-replay' panicked at src/storage/wal.rs:97:14:\ncorrupt wal record 0x{hex4}: checksum mismatch (stored 0x{hex4}, computed 0x{hex4})"},
}

func (g *Generator) panic(b []byte, r *Record) []byte {
	p := panics[g.rng.IntN(len(panics))]
	r.Priority = 6
	r.Label.IsError = true
	r.Label.ErrorType = p.typ
	return g.expand(b, p.text)
}
