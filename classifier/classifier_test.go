package classifier_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

func classify(t testing.TB, msg string, prio int) (classifier.Verdict, classifier.Event) {
	t.Helper()
	c := classifier.New(patterns.Default())
	e := &classifier.Entry{Message: []byte(msg), Priority: prio, Cursor: []byte("c1"), RealtimeUS: 1795600000000331}
	v := c.Classify(e)
	return v, c.Event(e, &v)
}

func TestLevels(t *testing.T) {
	cases := []struct {
		name  string
		msg   string
		prio  int
		error bool
		level string
	}{
		{"tracing error", "2026-11-25T09:46:44.500968Z ERROR stemedb_cluster::rpc: rpc call timed out", 6, true, "ERROR"},
		{"tracing info with error words", "2026-11-25T09:46:43Z  INFO stemedb_storage::wal: wal segment rotated; previous segment had 0 errors", 6, false, "INFO"},
		{"tracing warn with Error: type", "2026-11-25T09:46:43Z  WARN stemedb_api::auth: Error: AuthenticationError: signature verification failed", 6, false, "WARN"},
		{"ansi error", "\x1b[2m2026-11-25T09:46:40Z\x1b[0m \x1b[31mERROR\x1b[0m \x1b[2mstemedb_api::auth\x1b[0m\x1b[2m:\x1b[0m invalid api key presented", 6, true, "ERROR"},
		{"logfmt error", `ts=2026-11-25T09:46:41Z level=error target=stemedb_storage::wal msg="wal append failed"`, 6, true, "ERROR"},
		{"logfmt warn", `ts=2026-11-25T09:46:41Z level=warn msg="retrying after transient error" attempt=2`, 6, false, "WARN"},
		{"logfmt quoted level", `level="ERROR" msg="x"`, 6, true, "ERROR"},
		{"json error", `{"timestamp":"2026-11-25T09:46:40Z","level":"ERROR","fields":{"message":"no route to host"},"target":"stemedb_cluster::rpc"}`, 6, true, "ERROR"},
		{"json info mentioning error", `{"level":"INFO","fields":{"message":"recovered from error"}}`, 6, false, "INFO"},
		{"json lower-case level", `{"level":"error","message":"boom"}`, 6, true, "ERROR"},
		{"priority err without level", "something broke", 3, true, "ERROR"},
		{"priority crit", "something broke", 2, true, "CRITICAL"},
		{"priority info plain", "Error: StorageError: disk full", 6, false, "INFO"},
		{"fatal", "2026-11-25T09:46:40Z FATAL stemedb_api: cannot start", 6, true, "FATAL"},
		{"critical bracketed", "[2026-11-25 09:46:40] [CRITICAL] main: failing", 6, true, "CRITICAL"},
		{"syslog prefix", "<3>ERROR storage: fsync failed", 6, true, "ERROR"},
		{"rust panic", "thread 'tokio-runtime-worker' panicked at src/api/handlers.rs:88:21:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1`", 6, true, "PANIC"},
		{"debug", "2026-11-25T09:46:40Z DEBUG stemedb_api::http: request completed status=500", 7, false, "DEBUG"},
		{"word ERROR mid-sentence", "agent said ERROR twice", 6, false, "INFO"},
		{"empty", "", 6, false, "INFO"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, _ := classify(t, tc.msg, tc.prio)
			if v.Error != tc.error || v.Level != tc.level {
				t.Errorf("error=%v level=%q, want error=%v level=%q", v.Error, v.Level, tc.error, tc.level)
			}
		})
	}
}

func TestErrorTypes(t *testing.T) {
	cases := []struct {
		msg, typ, rule string
	}{
		{"2026-11-25T09:46:40Z ERROR x: request failed Error: StorageError: lsm compaction failed", "StorageError", "explicit"},
		{"2026-11-25T09:46:40Z ERROR x: request failed Error: QuotaExceededError: agent exceeded storage quota", "QuotaExceededError", "explicit"},
		{`level=error msg="request failed" error="TimeoutError: query exceeded"`, "TimeoutError", "explicit"},
		{`level=error msg="request failed" error_type=ReplicationLagError`, "ReplicationLagError", "explicit"},
		{`{"level":"ERROR","fields":{"message":"failed","error.kind":"IndexBuildError"}}`, "IndexBuildError", "explicit"},
		{"2026-11-25T09:46:40Z ERROR x: rpc call to node3:18182 timed out after 5000ms", "TimeoutError", "timeout.deadline"},
		{"2026-11-25T09:46:40Z ERROR x: append_entries to node4 failed: connection reset by peer", "NetworkError", "network.connection"},
		{"2026-11-25T09:46:40Z ERROR x: sstable 12.sst could not be opened: Read-only file system (os error 30)", "StorageError", "storage.read_only"},
		{"2026-11-25T09:46:40Z ERROR x: hybrid backend write failed: disk quota exceeded", "StorageError", "storage.disk_full"},
		{"2026-11-25T09:46:40Z ERROR x: checksum mismatch in block 0x1f: expected 0xa, got 0xb", "SerializationError", "serialization.checksum"},
		{"2026-11-25T09:46:40Z ERROR x: invalid api key presented", "AuthenticationError", "auth.api_key"},
		{"2026-11-25T09:46:40Z ERROR x: request signature verification failed: bad signature", "AuthenticationError", "auth.signature"},
		{"2026-11-25T09:46:40Z ERROR x: unexpected state in handler: assertion count drifted", "Unclassified", ""},
		{"thread 'compaction-3' panicked at src/storage/lsm.rs:41:9:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 28, kind: StorageFull, message: \"No space left on device\" }", "StorageError", "storage.disk_full"},
		// Not explicit: a Debug-printed error value, a path, the bare word.
		{"2026-11-25T09:46:40Z ERROR x: called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }", "Unclassified", ""},
		// (A path that says nothing else: std::io::Error is evidence of a
		// storage fault the fallback may weigh.)
		{"2026-11-25T09:46:40Z ERROR x: anyhow::Error: boom", "Unclassified", ""},
		{"2026-11-25T09:46:40Z ERROR x: Error: something odd", "Unclassified", ""},
		// The form's colon is part of it: a library's Debug name at the
		// end of its message names no type, in text as in JSON.
		{"2026-11-25T09:46:40Z ERROR x: append_entries to node4 failed: connection reset by peer Error: PeerError", "NetworkError", "network.connection"},
		{`{"level":"ERROR","fields":{"message":"append_entries to node4 failed: connection reset by peer Error: PeerError"}}`, "NetworkError", "network.connection"},
		// (A made-up name: "Variant" would be a word of binary encodings.)
		{"2026-11-25T09:46:40Z ERROR x: CustomError::Oops happened", "Unclassified", ""},
		// A library's *Error word is evidence, not a type of its own.
		{"2026-11-25T09:46:40Z ERROR x: LsmTreeError: Io(Os { code: 28, kind: StorageFull, message: \"No space left on device\" })", "StorageError", "storage.disk_full"},
		{"2026-11-25T09:46:40Z ERROR x: NetworkError: Connection refused (os error 111)", "NetworkError", "network.connection"},
		{`level=error msg="request failed" error="DecodeError { description: \"invalid varint\" }"`, "SerializationError", "serialization.decode"},
		// Permission denied on a storage path is storage, not authentication.
		{"2026-11-25T09:46:40Z ERROR x: open /var/lib/stemedb/wal/17.log: Permission denied (os error 13)", "StorageError", "storage.files"},
		// A panic no rule types stays Unclassified: the fallback does not guess.
		{"thread 'raft-1' panicked at src/raft/log.rs:88:14:\nrange end index 12 out of range for slice of length 8", "Unclassified", ""},
		// No rule knows these wordings; the fallback types them.
		{"2026-11-25T09:46:40Z ERROR x: Software caused connection abort (os error 103)", "NetworkError", "os.errno_network"},
		{`{"level":"ERROR","target":"x","fields":{"message":"lost contact with peer node3 while streaming snapshot"}}`, "NetworkError", "fallback"},
		{"2026-11-25T09:46:40Z ERROR x: failed to fill the snapshot buffer: unexpected end of input", "SerializationError", "fallback"},
	}
	for _, tc := range cases {
		v, _ := classify(t, tc.msg, 6)
		if !v.Error || v.ErrorType != tc.typ || v.Rule != tc.rule {
			t.Errorf("%q\n got error=%v type=%q rule=%q, want %q rule %q", tc.msg, v.Error, v.ErrorType, v.Rule, tc.typ, tc.rule)
		}
	}
}

func TestSignatureFailures(t *testing.T) {
	cases := []struct {
		msg       string
		sig, err  bool
		errorType string
	}{
		{"2026-11-25T09:46:40Z  WARN stemedb_api::auth: request signature verification failed: bad signature agent_id=agent-0042", true, false, ""},
		{"2026-11-25T09:46:40Z ERROR stemedb_api::auth: signed timestamp outside allowed window agent_id=agent-0042", true, true, "AuthenticationError"},
		{"2026-11-25T09:46:40Z  INFO stemedb_api::auth: signature verified agent_id=agent-0042", false, false, ""},
		{`{"level":"WARN","fields":{"message":"Error: AuthenticationError: signature verification failed","agent_id":"agent-7"}}`, true, false, ""},
	}
	for _, tc := range cases {
		v, ev := classify(t, tc.msg, 6)
		if v.Signature != tc.sig || v.Error != tc.err || v.ErrorType != tc.errorType {
			t.Errorf("%q: sig=%v err=%v type=%q", tc.msg, v.Signature, v.Error, v.ErrorType)
		}
		if tc.sig && !tc.err {
			b, _ := json.Marshal(ev)
			if !strings.Contains(string(b), `"error_type":null`) {
				t.Errorf("warn-level signature failure must have error_type null: %s", b)
			}
		}
	}
}

func TestExtraction(t *testing.T) {
	cases := []struct {
		name, msg           string
		agent, method, path string
		status              int
		body                string
	}{
		{"text", "2026-11-25T09:46:44.500968Z ERROR stemedb_cluster::rpc: rpc call to node3:18182 timed out after 5000ms agent_id=agent-0040 method=GET path=/v1/assertions status=504",
			"agent-0040", "GET", "/v1/assertions", 504, "rpc call to node3:18182 timed out after 5000ms"},
		{"ansi", "\x1b[2m2026-11-25T09:46:40Z\x1b[0m \x1b[31mERROR\x1b[0m \x1b[2mstemedb_api::auth\x1b[0m\x1b[2m:\x1b[0m invalid api key presented \x1b[3magent_id\x1b[0m\x1b[2m=\x1b[0magent-0002 \x1b[3mstatus\x1b[0m\x1b[2m=\x1b[0m401",
			"agent-0002", "", "", 401, "invalid api key presented"},
		{"logfmt", `ts=2026-11-25T09:46:41Z level=error target=stemedb_storage::wal msg="wal append \"failed\"" agent_id="agent 9" method=PUT path=/v1/batch http_status=503`,
			"agent 9", "PUT", "/v1/batch", 503, `wal append "failed"`},
		{"json", `{"timestamp":"2026-11-25T09:46:40Z","level":"ERROR","fields":{"message":"no route to host\nnode3","agent_id":"agent-0666","method":"POST","path":"/v1/query","status":502},"target":"stemedb_cluster::rpc"}`,
			"agent-0666", "POST", "/v1/query", 502, "no route to host\nnode3"},
		{"not a status", "2026-11-25T09:46:40Z ERROR stemedb_api::x: failed status=ok substatus=500", "", "", "", 0, "failed"},
		{"not an agent key", "2026-11-25T09:46:40Z ERROR stemedb_api::x: failed my_agent_id=nope", "", "", "", 0, "failed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, ev := classify(t, tc.msg, 6)
			if ev.AgentID != tc.agent || ev.Method != tc.method || ev.Path != tc.path || ev.HTTPStatus != tc.status || ev.Message != tc.body {
				t.Errorf("got agent=%q method=%q path=%q status=%d body=%q", ev.AgentID, ev.Method, ev.Path, ev.HTTPStatus, ev.Message)
			}
		})
	}
}

func TestEventTimeFromMessageWhenJournalHasNone(t *testing.T) {
	c := classifier.New(patterns.Default())
	e := &classifier.Entry{Message: []byte("2026-11-25T09:46:44.500968Z ERROR stemedb_api::x: boom"), Priority: -1, Cursor: []byte("line:7")}
	v := c.Classify(e)
	ev := c.Event(e, &v)
	if got := ev.Time.Format("2006-01-02T15:04:05.000000Z07:00"); got != "2026-11-25T09:46:44.500968Z" {
		t.Errorf("time = %s", got)
	}
	b, _ := json.Marshal(ev)
	want := `{"cursor":"line:7","time":"2026-11-25T09:46:44.500968Z","error_type":"Unclassified","signature_failure":false,"message":"boom"}`
	if string(b) != want {
		t.Errorf("json\n got %s\nwant %s", b, want)
	}
}

func TestHostileInputs(t *testing.T) {
	c := classifier.New(patterns.Default())
	big := strings.Repeat("a", 1<<20)
	for _, msg := range []string{
		"\x1b", "\x1b[", "\x1b]0;title", "{", "<>", "<3>", "<3> ERROR", `{"level":`, `{"level":"`, "level=", `level="`,
		"agent_id=", `"agent_id":`, `"agent_id":"`, "ERROR " + big, "\xff\xfe ERROR \x00 signature mismatch",
		"2026-11-25T09:46:40Z ERROR x: " + strings.Repeat("Error: ", 10000),
	} {
		e := &classifier.Entry{Message: []byte(msg), Priority: -1}
		v := c.Classify(e)
		_ = c.Event(e, &v)
	}
}

func TestRuleTimeoutIsCountedAndSkipped(t *testing.T) {
	rules := `
[[rule]]
name = "evil"
type = "StorageError"
keywords = ["a"]
match = '(a+)+$'
examples = ["aaa"]
`
	set, err := patterns.ParseWithDefaults(patterns.Options{}, "evil.toml", []byte(rules))
	if err != nil {
		t.Fatal(err)
	}
	// No fallback: what is under test is that the rule that timed out is
	// counted and skipped, not what the fallback makes of a run of a's
	// (which depends on the words the model was trained on).
	c := classifier.NewWithFallback(set, nil)
	msg := "2026-11-25T09:46:40Z ERROR x: " + strings.Repeat("a", 10000) + "!"
	e := &classifier.Entry{Message: []byte(msg), Priority: -1}
	v := c.Classify(e)
	if v.Timeouts != 1 || v.ErrorType != classifier.Unclassified || !v.Error {
		t.Fatalf("timeouts=%d type=%q", v.Timeouts, v.ErrorType)
	}
	for _, r := range set.Rules {
		if r.Name == "evil" && r.Stats().Timeouts != 1 {
			t.Errorf("rule stats: %+v", r.Stats())
		}
	}
}

func TestInfoLinesDoNotAllocate(t *testing.T) {
	c := classifier.New(patterns.Default())
	msgs := []string{
		"2026-11-25T09:46:40.000331Z  INFO stemedb_index::store: group commit flushed batch=421 bytes=2248676",
		"\x1b[2m2026-11-25T09:46:40.180219Z\x1b[0m \x1b[32m INFO\x1b[0m \x1b[2mstemedb_index::store\x1b[0m\x1b[2m:\x1b[0m request completed \x1b[3mmethod\x1b[0m\x1b[2m=\x1b[0mGET",
		`ts=2026-11-25T09:46:41.980905Z level=info target=stemedb_storage::wal msg="request completed" method=POST`,
		`{"timestamp":"2026-11-25T09:46:40Z","level":"INFO","fields":{"message":"request completed","latency_ms":12},"target":"stemedb_api::http"}`,
	}
	for _, m := range msgs {
		e := &classifier.Entry{Message: []byte(m), Priority: 6}
		c.Classify(e) // warm the scratch buffers
		if n := testing.AllocsPerRun(200, func() { c.Classify(e) }); n != 0 {
			t.Errorf("%.1f allocs per INFO line: %q", n, m)
		}
	}
}

// With no signature rule at all, the fallback's signature head still finds
// a failed signature in an error, types it as the signature rules do
// (unless the message names its type), and leaves quieter levels alone:
// it only reads errors.
func TestSignatureHeadWithoutSignatureRules(t *testing.T) {
	set, err := patterns.Parse(patterns.Options{}, "none.toml", []byte(`
[[rule]]
name = "disk"
type = "StorageError"
keywords = ["disk"]
match = 'disk'
examples = ["disk full"]
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Signature) != 0 {
		t.Fatalf("%d signature rules", len(set.Signature))
	}
	c := classifier.New(set)
	cases := []struct {
		msg      string
		sig, err bool
		typ      string
		rule     string
	}{
		{"2026-11-25T09:46:40Z ERROR stemedb_api::auth: Signature verification failed agent_id=agent-0042", true, true, "AuthenticationError", classifier.RuleFallbackSignature},
		{"2026-11-25T09:46:40Z ERROR stemedb_api::auth: Error: StorageError: signature verification failed", true, true, "StorageError", classifier.RuleExplicit},
		{"2026-11-25T09:46:40Z  WARN stemedb_api::auth: Signature verification failed agent_id=agent-0042", false, false, "", ""},
		{"2026-11-25T09:46:40Z ERROR stemedb_api::tls: invalid peer certificate: BadSignature", false, true, "NetworkError", classifier.RuleFallback},
	}
	for _, tc := range cases {
		v := c.Classify(&classifier.Entry{Message: []byte(tc.msg), Priority: -1})
		if v.Signature != tc.sig || v.Error != tc.err || v.ErrorType != tc.typ || v.Rule != tc.rule {
			t.Errorf("%q: sig=%v err=%v type=%q rule=%q", tc.msg, v.Signature, v.Error, v.ErrorType, v.Rule)
		}
	}
	if v := classifier.NewWithFallback(set, nil).Classify(&classifier.Entry{Message: []byte(cases[0].msg), Priority: -1}); v.Signature {
		t.Error("a classifier without a fallback called a signature failure")
	}
}
