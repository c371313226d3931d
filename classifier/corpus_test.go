package classifier_test

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/sample"
	"github.com/stemedb/stemewatch/patterns"
)

// sampleEntries decodes the bundled journalctl JSON with encoding/json, so
// this test does not depend on the project's own fast decoder.
func sampleEntries(t testing.TB) ([]classifier.Entry, []sample.Label) {
	var entries []classifier.Entry
	sample.Lines(t, "sample.json.gz", func(line []byte) {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(line, &m); err != nil {
			t.Fatal(err)
		}
		e := classifier.Entry{Priority: -1}
		e.Message, e.Truncated = rawField(m["MESSAGE"])
		if p, err := strconv.Atoi(string(must(rawField(m["PRIORITY"])))); err == nil {
			e.Priority = p
		}
		e.Cursor, _ = rawField(m["__CURSOR"])
		e.RealtimeUS, _ = strconv.ParseInt(string(must(rawField(m["__REALTIME_TIMESTAMP"]))), 10, 64)
		e.Unit, _ = rawField(m["_SYSTEMD_UNIT"])
		e.Host, _ = rawField(m["_HOSTNAME"])
		entries = append(entries, e)
	})
	labels := sample.Labels(t)
	if len(entries) != len(labels) {
		t.Fatalf("%d entries, %d labels", len(entries), len(labels))
	}
	return entries, labels
}

func must(b []byte, _ bool) []byte { return b }

// rawField decodes a journalctl JSON value: string, byte array, or null.
func rawField(r json.RawMessage) ([]byte, bool) {
	if len(r) == 0 || string(r) == "null" {
		return nil, true
	}
	var s string
	if json.Unmarshal(r, &s) == nil {
		return []byte(s), false
	}
	var bs []int
	if json.Unmarshal(r, &bs) == nil {
		b := make([]byte, len(bs))
		for i, v := range bs {
			b[i] = byte(v)
		}
		return b, false
	}
	return nil, true
}

func TestSampleAgreesWithLabels(t *testing.T) {
	entries, labels := sampleEntries(t)
	c := classifier.New(patterns.Default())
	var n, truncated, okErr, okType, okSig, okAgent, okStatus int
	for i := range entries {
		e, l := &entries[i], labels[i]
		if e.Truncated {
			truncated++
			continue
		}
		n++
		v := c.Classify(e)
		ev := c.Event(e, &v)
		if v.Error == l.IsError {
			okErr++
		} else if testing.Verbose() {
			t.Logf("is_error %v want %v: %q", v.Error, l.IsError, e.Message)
		}
		wantType := ""
		if l.ErrorType != nil {
			wantType = *l.ErrorType
		}
		if v.ErrorType == wantType {
			okType++
		} else if testing.Verbose() {
			t.Logf("type %q want %q: %q", v.ErrorType, wantType, e.Message)
		}
		if v.Signature == l.SignatureFailure {
			okSig++
		} else if testing.Verbose() {
			t.Logf("signature %v want %v: %q", v.Signature, l.SignatureFailure, e.Message)
		}
		wantAgent := ""
		if l.AgentID != nil {
			wantAgent = *l.AgentID
		}
		gotAgent := string(v.AgentID)
		if !v.Reportable() {
			gotAgent = wantAgent // not reported: nothing to compare
		}
		if gotAgent == wantAgent {
			okAgent++
		} else if testing.Verbose() {
			t.Logf("agent %q want %q: %q", gotAgent, wantAgent, e.Message)
		}
		wantStatus := 0
		if l.HTTPStatus != nil {
			wantStatus = *l.HTTPStatus
		}
		if !v.Reportable() || ev.HTTPStatus == wantStatus {
			okStatus++
		}
	}
	if truncated != 11 {
		t.Errorf("truncated = %d, want the 11 null MESSAGEs", truncated)
	}
	for _, m := range []struct {
		name string
		ok   int
	}{{"is_error", okErr}, {"error_type", okType}, {"signature_failure", okSig}, {"agent_id", okAgent}, {"http_status", okStatus}} {
		pct := 100 * float64(m.ok) / float64(n)
		t.Logf("%-17s %d/%d = %.3f%%", m.name, m.ok, n, pct)
		if pct < 99.5 {
			t.Errorf("%s agreement %.3f%% < 99.5%%", m.name, pct)
		}
	}
}
