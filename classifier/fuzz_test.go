package classifier_test

import (
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"2026-11-25T09:46:44.500968Z ERROR stemedb_cluster::rpc: rpc call to node3:18182 timed out after 5000ms agent_id=agent-0040 method=GET path=/v1/assertions status=504",
		"\x1b[2m2026-11-25T09:46:40Z\x1b[0m \x1b[31mERROR\x1b[0m x: Error: StorageError: y agent_id=\x1b[0ma",
		`ts=2026-11-25T09:46:41Z level=error msg="x \"y\"" error="TimeoutError: z" agent_id="a b"`,
		`{"level":"ERROR","fields":{"message":"Error: QuotaExceededError: q","agent_id":"agent-1","status":429}}`,
		"thread 'main' panicked at src/main.rs:1:1:\nboom",
		"WARN request signature verification failed: bad signature",
		"\xff\x00ERROR\x1b[",
	} {
		f.Add([]byte(s), 6)
	}
	c := classifier.New(patterns.Default())
	f.Fuzz(func(t *testing.T, msg []byte, prio int) {
		e := &classifier.Entry{Message: msg, Priority: prio % 9, Cursor: []byte("c")}
		v := c.Classify(e)
		if v.Error != (v.ErrorType != "") {
			t.Fatalf("error=%v but type=%q", v.Error, v.ErrorType)
		}
		if !v.Reportable() {
			return
		}
		ev := c.Event(e, &v)
		if !utf8.ValidString(ev.Message) {
			t.Fatalf("event message is not UTF-8: %q", ev.Message)
		}
		if _, err := json.Marshal(ev); err != nil {
			t.Fatal(err)
		}
	})
}
