package anomaly

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// label is one line of testdata/sample.labels.jsonl.gz.
type label struct {
	Cursor           string  `json:"cursor"`
	TUS              int64   `json:"t_us"`
	IsError          bool    `json:"is_error"`
	ErrorType        *string `json:"error_type"`
	AgentID          *string `json:"agent_id"`
	SignatureFailure bool    `json:"signature_failure"`
	HTTPStatus       *int    `json:"http_status"`
}

type scenario struct {
	ErrorRate struct {
		FromMin   float64 `json:"from_min"`
		ToMin     float64 `json:"to_min"`
		ErrorType string  `json:"error_type"`
	} `json:"error_rate"`
	NewErrorType struct {
		AtMinAfter float64 `json:"at_min_after"`
		ErrorType  string  `json:"error_type"`
	} `json:"new_error_type"`
	SignatureFailuresWidespread struct {
		FromMin float64 `json:"from_min"`
		ToMin   float64 `json:"to_min"`
	} `json:"signature_failures_widespread"`
	AgentErrors struct {
		FromMin float64 `json:"from_min"`
		ToMin   float64 `json:"to_min"`
		AgentID string  `json:"agent_id"`
	} `json:"agent_errors"`
	DataCorruption struct {
		ErrorType string `json:"error_type"`
	} `json:"data_corruption"`
}

func gzLines(t testing.TB, path string, fn func(n int, line []byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 4<<20)
	n := 0
	for sc.Scan() {
		n++
		fn(n, sc.Bytes())
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// sampleEvents builds the events of the bundled hour from its labels (the
// truth), with the message text of sample.txt.gz.
func sampleEvents(t testing.TB) []classifier.Event {
	t.Helper()
	var msgs []string
	gzLines(t, "../testdata/sample.txt.gz", func(_ int, l []byte) { msgs = append(msgs, string(l)) })
	var evs []classifier.Event
	gzLines(t, "../testdata/sample.labels.jsonl.gz", func(n int, l []byte) {
		var lb label
		if err := json.Unmarshal(l, &lb); err != nil {
			t.Fatalf("labels line %d: %v", n, err)
		}
		if !lb.IsError && !lb.SignatureFailure {
			return
		}
		ev := classifier.Event{
			Cursor: lb.Cursor, Time: time.UnixMicro(lb.TUS).UTC(), Node: "api-node-1",
			Unit: "stemedb-api.service", SignatureFailure: lb.SignatureFailure, Priority: -1,
		}
		if lb.IsError {
			typ := classifier.Unclassified
			if lb.ErrorType != nil {
				typ = *lb.ErrorType
			}
			ev.ErrorType = &typ
		}
		if lb.AgentID != nil {
			ev.AgentID = *lb.AgentID
		}
		if n-1 < len(msgs) {
			ev.Message = msgs[n-1]
		}
		evs = append(evs, ev)
	})
	return evs
}

func runAll(d *Detector, evs []classifier.Event) []Anomaly {
	var out []Anomaly
	for i := range evs {
		out = append(out, d.Observe(&evs[i])...)
		if i%50 == 49 { // a batch boundary, as the sidecar calls it
			out = append(out, d.Advance(evs[i].Time.UnixMicro())...)
		}
	}
	return append(out, d.Advance(evs[len(evs)-1].Time.Add(10*time.Minute).UnixMicro())...)
}

func loadScenario(t testing.TB) scenario {
	b, err := os.ReadFile("../testdata/sample.scenario.json")
	if err != nil {
		t.Fatal(err)
	}
	var sc scenario
	if err := json.Unmarshal(b, &sc); err != nil {
		t.Fatalf("sample.scenario.json: %v", err)
	}
	return sc
}

// TestSampleHour replays the labelled hour and checks every incident of
// sample.scenario.json is reported with the right kind and details within
// two minutes of its start, nothing else but data_corruption is, and no
// incident takes more than three messages.
func TestSampleHour(t *testing.T) {
	evs := sampleEvents(t)
	d := New(Default(), "api-node-1", "stemedb-api.service", nil, "test-1")
	checkScenario(t, evs, runAll(d, evs))
}

// checkScenario checks the anomalies got from the events of the sample
// hour against sample.scenario.json.
func checkScenario(t *testing.T, evs []classifier.Event, got []Anomaly) {
	t.Helper()
	sc := loadScenario(t)
	// The hour starts at the first entry of the labels file.
	var t0 time.Time
	gzLines(t, "../testdata/sample.labels.jsonl.gz", func(n int, l []byte) {
		if n == 1 {
			var lb label
			_ = json.Unmarshal(l, &lb)
			t0 = time.UnixMicro(lb.TUS).UTC()
		}
	})
	at := func(min float64) time.Time { return t0.Add(time.Duration(min * float64(time.Minute))) }

	for _, a := range got {
		t.Logf("%6.2f %-18s %-8s %-8s %-18s %-12s %-10s count=%d thr=%d n=%d %s", a.Time.Sub(t0).Minutes(), a.Kind, a.Status, a.Severity, a.ErrorType, a.Scope, a.AgentID, a.Count, a.Threshold, a.Seq, a.Summary)
	}

	type want struct {
		name       string
		kind       string
		from, to   time.Time
		match      func(a *Anomaly) bool
		found      bool
		firstDelay time.Duration
	}
	firstNew := time.Time{}
	for _, e := range evs {
		if e.Type() == sc.NewErrorType.ErrorType {
			firstNew = e.Time
			break
		}
	}
	if firstNew.Before(at(sc.NewErrorType.AtMinAfter)) {
		t.Fatalf("labels: %s first at %v, before minute %v", sc.NewErrorType.ErrorType, firstNew, sc.NewErrorType.AtMinAfter)
	}
	wants := []*want{
		{name: "error_rate", kind: KindErrorRate, from: at(sc.ErrorRate.FromMin), to: at(sc.ErrorRate.ToMin),
			match: func(a *Anomaly) bool { return a.ErrorType == sc.ErrorRate.ErrorType }},
		{name: "new_error_type", kind: KindNewErrorType, from: firstNew, to: firstNew,
			match: func(a *Anomaly) bool { return a.ErrorType == sc.NewErrorType.ErrorType }},
		{name: "signature_failures", kind: KindSignatureFailures, from: at(sc.SignatureFailuresWidespread.FromMin), to: at(sc.SignatureFailuresWidespread.ToMin),
			match: func(a *Anomaly) bool {
				return a.Scope == ScopeWidespread && a.ErrorType == classifier.AuthenticationError
			}},
		{name: "agent_errors", kind: KindAgentErrors, from: at(sc.AgentErrors.FromMin), to: at(sc.AgentErrors.ToMin),
			match: func(a *Anomaly) bool { return a.AgentID == sc.AgentErrors.AgentID }},
	}
	perIncident := map[string]int{}
	dataCorruption := 0
	for i := range got {
		a := &got[i]
		perIncident[a.Incident]++
		if a.Kind == KindDataCorruption {
			dataCorruption++
			if a.ErrorType != sc.DataCorruption.ErrorType {
				t.Errorf("data_corruption with error_type %q", a.ErrorType)
			}
			continue
		}
		var w *want
		for _, x := range wants {
			// Resolved messages come after the end, within a few windows.
			if x.kind == a.Kind && !a.Time.Before(x.from) && !a.Time.After(x.to.Add(3*time.Minute)) {
				w = x
			}
		}
		if w == nil {
			t.Errorf("unexpected %s %s at minute %.2f: %s", a.Kind, a.Status, a.Time.Sub(t0).Minutes(), a.Summary)
			continue
		}
		if !w.match(a) {
			t.Errorf("%s at minute %.2f does not match the scenario: %+v", a.Kind, a.Time.Sub(t0).Minutes(), a)
			continue
		}
		if a.Status == StatusOpen && !w.found {
			w.found = true
			w.firstDelay = a.Time.Sub(w.from)
		}
	}
	for _, w := range wants {
		switch {
		case !w.found:
			t.Errorf("incident %s not reported", w.name)
		case w.firstDelay > 2*time.Minute:
			t.Errorf("incident %s reported %v after its start", w.name, w.firstDelay)
		default:
			t.Logf("incident %s reported %v after its start", w.name, w.firstDelay)
		}
	}
	for id, n := range perIncident {
		if n > 3 {
			t.Errorf("incident %s: %d messages", id, n)
		}
	}
	if dataCorruption == 0 {
		t.Errorf("no data_corruption reported")
	}
	seen := map[string]bool{}
	for _, a := range got {
		if seen[a.ID] {
			t.Errorf("id %s used twice", a.ID)
		}
		seen[a.ID] = true
	}
}
