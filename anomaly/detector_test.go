package anomaly

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

var t0 = time.Date(2026, 11, 25, 9, 0, 0, 0, time.UTC)

func errEv(at time.Duration, typ, agent, msg string) classifier.Event {
	return classifier.Event{Time: t0.Add(at), ErrorType: &typ, AgentID: agent, Message: msg, Cursor: "c" + at.String()}
}

// TestReplayDeterministic: the same events give the same anomalies, ids
// included, whether Advance is called after every event, per batch, or
// never.
func TestReplayDeterministic(t *testing.T) {
	evs := sampleEvents(t)
	base := runAll(New(Default(), "api-node-1", "u", nil, "v"), evs)

	d := New(Default(), "api-node-1", "u", nil, "v")
	var every []Anomaly
	for i := range evs {
		every = append(every, d.Observe(&evs[i])...)
		every = append(every, d.Advance(evs[i].Time.UnixMicro()+1)...)
	}
	every = append(every, d.Advance(evs[len(evs)-1].Time.Add(10*time.Minute).UnixMicro())...)

	d = New(Default(), "api-node-1", "u", nil, "v")
	var never []Anomaly
	for i := range evs {
		never = append(never, d.Observe(&evs[i])...)
	}
	never = append(never, d.Advance(evs[len(evs)-1].Time.Add(10*time.Minute).UnixMicro())...)

	for name, got := range map[string][]Anomaly{"every": every, "never": never} {
		if len(got) != len(base) {
			t.Fatalf("%s: %d anomalies, want %d", name, len(got), len(base))
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], base[i]) {
				t.Errorf("%s: anomaly %d differs:\n%+v\n%+v", name, i, got[i], base[i])
			}
		}
	}
}

func TestNewErrorTypePersisted(t *testing.T) {
	d := New(Default(), "n1", "u", nil, "v")
	ev := errEv(0, "QuotaExceededError", "agent-1", "Error: QuotaExceededError: quota exceeded")
	got := d.Observe(&ev)
	if len(got) != 1 || got[0].Kind != KindNewErrorType || got[0].ErrorType != "QuotaExceededError" {
		t.Fatalf("got %+v", got)
	}
	if !d.KnownTypesChanged() || d.KnownTypesChanged() {
		t.Fatal("KnownTypesChanged should report once")
	}
	ev2 := errEv(time.Second, "QuotaExceededError", "agent-1", "again")
	if got := d.Observe(&ev2); len(got) != 0 {
		t.Fatalf("announced twice: %+v", got)
	}
	for _, typ := range append(classifier.RunbookTypes[:], classifier.Unclassified) {
		ev := errEv(2*time.Second, typ, "", "x")
		for _, a := range d.Observe(&ev) {
			if a.Kind == KindNewErrorType {
				t.Errorf("%s announced as new", typ)
			}
		}
	}
	// A restart with the persisted set stays quiet; the id is stable.
	d2 := New(Default(), "n1", "u", d.KnownTypes(), "v")
	if got := d2.Observe(&ev2); len(got) != 0 {
		t.Fatalf("announced after restart: %+v", got)
	}
	d3 := New(Default(), "n1", "u", nil, "v")
	ev3 := errEv(time.Hour, "QuotaExceededError", "agent-2", "later")
	if got3 := d3.Observe(&ev3); len(got3) != 1 || got3[0].ID != got[0].ID {
		t.Fatalf("id not stable across restarts: %+v vs %+v", got3, got)
	}
}

func TestDataCorruptionCoalesced(t *testing.T) {
	cfg := Default()
	cfg.DataCorruption.Cooldown = time.Minute
	d := New(cfg, "n1", "u", nil, "v")
	var got []Anomaly
	for i := 0; i < 10; i++ { // ten in ten seconds
		ev := errEv(time.Duration(i)*time.Second, classifier.SerializationError, "agent-1", "checksum mismatch api_key=abc123")
		got = append(got, d.Observe(&ev)...)
	}
	if len(got) != 1 || got[0].Status != StatusOpen || got[0].Severity != SeverityCritical || got[0].Count != 1 {
		t.Fatalf("first: %+v", got)
	}
	if got[0].Time != t0 {
		t.Errorf("not at once: %v", got[0].Time)
	}
	if s := got[0].Samples; len(s) != 1 || strings.Contains(s[0], "abc123") || !strings.Contains(s[0], "api_key=[REDACTED]") {
		t.Errorf("samples %q", s)
	}
	got = d.Advance(t0.Add(90 * time.Second).UnixMicro())
	if len(got) != 1 || got[0].Status != StatusUpdate || got[0].Count != 9 || got[0].Total != 10 {
		t.Fatalf("coalesced update: %+v", got)
	}
	if got := d.Advance(t0.Add(5 * time.Minute).UnixMicro()); len(got) != 0 {
		t.Fatalf("quiet: %+v", got)
	}
	ev := errEv(10*time.Minute, classifier.SerializationError, "", "decode failed")
	if got := d.Observe(&ev); len(got) != 1 || got[0].Status != StatusOpen {
		t.Fatalf("new incident: %+v", got)
	}
}

func TestJournalGap(t *testing.T) {
	d := New(Default(), "n1", "u", nil, "v")
	ev := errEv(0, classifier.StorageError, "", "x")
	d.Observe(&ev)
	got := d.Gap(feed.Gap{Reason: "vacuumed", Lost: 120, RealtimeUS: t0.Add(time.Second).UnixMicro()})
	if len(got) != 1 || got[0].Kind != KindJournalGap || got[0].Reason != "vacuumed" || got[0].Count != 120 {
		t.Fatalf("%+v", got)
	}
	if got := d.Gap(feed.Gap{Reason: "vacuumed", Lost: 5, RealtimeUS: t0.Add(2 * time.Second).UnixMicro()}); len(got) != 0 {
		t.Fatalf("not coalesced: %+v", got)
	}
	if got := d.Gap(feed.Gap{Reason: "ratelimited"}); len(got) != 1 {
		t.Fatalf("other reason, time unknown: %+v", got)
	}
	got = d.Advance(t0.Add(2 * time.Minute).UnixMicro())
	if len(got) != 1 || got[0].Count != 5 || got[0].Status != StatusUpdate {
		t.Fatalf("coalesced: %+v", got)
	}
}

// TestHostileTime: time going backwards, zero times and a day of silence
// neither panic nor report anything on their own.
func TestHostileTime(t *testing.T) {
	d := New(Default(), "n1", "u", nil, "v")
	for i, at := range []time.Duration{0, -time.Hour, 24 * time.Hour, 24*time.Hour - time.Minute, 0} {
		ev := errEv(at, classifier.TimeoutError, "a", "x")
		if i == 4 {
			ev.Time = time.Time{}
		}
		if got := d.Observe(&ev); len(got) != 0 {
			t.Fatalf("event %d: %+v", i, got)
		}
	}
	if got := d.Advance(-5); got != nil {
		t.Fatal(got)
	}
	if got := d.Advance(t0.Add(1000 * time.Hour).UnixMicro()); got != nil {
		t.Fatal(got)
	}
}

// TestSpikeAndHysteresis: a steady rate, then a spike: one opening, at most
// one update per window, one resolution.
func TestSpikeAndHysteresis(t *testing.T) {
	d := New(Default(), "n1", "u", nil, "v")
	var got []Anomaly
	at := time.Duration(0)
	for ; at < 30*time.Minute; at += 12 * time.Second { // 5 a minute
		ev := errEv(at, classifier.TimeoutError, "a", "deadline exceeded")
		got = append(got, d.Observe(&ev)...)
	}
	if len(got) != 0 {
		t.Fatalf("steady rate reported: %+v", got)
	}
	for end := at + 10*time.Minute; at < end; at += time.Second { // 60 a minute, from many agents
		ev := errEv(at, classifier.TimeoutError, "agent-"+string(rune('a'+int(at/time.Second)%20)), "deadline exceeded")
		got = append(got, d.Observe(&ev)...)
	}
	got = append(got, d.Advance(t0.Add(at+5*time.Minute).UnixMicro())...)
	var kinds []string
	for _, a := range got {
		kinds = append(kinds, a.Kind+"/"+a.Status)
	}
	if len(got) < 2 || len(got) > 4 || got[0].Status != StatusOpen || got[len(got)-1].Status != StatusResolved {
		t.Fatalf("messages: %v", kinds)
	}
	for _, a := range got {
		if a.Incident != got[0].Incident || a.Kind != KindErrorRate {
			t.Fatalf("messages: %v", kinds)
		}
	}
}

func TestPayloadJSON(t *testing.T) {
	evs := sampleEvents(t)
	got := runAll(New(Default(), "api.node.1", "stemedb-api.service", nil, "patterns-7"), evs)
	var sig *Anomaly
	for i := range got {
		if got[i].Kind == KindSignatureFailures {
			sig = &got[i]
			break
		}
	}
	if sig == nil {
		t.Fatal("no signature_failures")
	}
	if sig.Subject() != "stemedb.anomalies.signature_failures.api_node_1" {
		t.Errorf("subject %q", sig.Subject())
	}
	b, err := json.Marshal(sig)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"id", "kind", "severity", "node", "unit", "error_type", "scope", "window", "count", "threshold", "distinct_agents", "top_agents", "samples", "runbook", "patterns_version"} {
		if _, ok := m[k]; !ok {
			t.Errorf("payload lacks %q: %s", k, b)
		}
	}
	if m["runbook"] != "high-error-rate.md#if-authentication-errors" || m["patterns_version"] != "patterns-7" {
		t.Errorf("payload %s", b)
	}
	w := m["window"].(map[string]any)
	if _, ok := w["start"]; !ok {
		t.Errorf("window %v", w)
	}
	if s := sig.Samples; len(s) == 0 || len(s) > Default().MaxSamples {
		t.Errorf("samples %q", s)
	}
}

// TestSamplesNeverCarrySecrets plants every secret shape in the hour's
// messages and checks no anomaly sample shows one.
func TestSamplesNeverCarrySecrets(t *testing.T) {
	secrets := []string{
		"api_key=SEKRETapikey1", `"api_key":"SEKRETjson2"`, "Authorization: Bearer SEKRETbearer3",
		"token=SEKRETtoken4", "signature=SEKRETsig5", "password=SEKRETpw6", `"password": "SEKRET pw7"`,
		"key=SEKRETkey8", "x-api-key: SEKRETheader9", "https://u:SEKRETurl10@h/", "secret=SEKRETs11",
	}
	evs := sampleEvents(t)
	for i := range evs {
		evs[i].Message += " " + secrets[i%len(secrets)]
	}
	got := runAll(New(Default(), "n", "u", nil, "v"), evs)
	n := 0
	for _, a := range got {
		for _, s := range a.Samples {
			n++
			if strings.Contains(s, "SEKRET") {
				t.Errorf("%s sample leaks: %q", a.Kind, s)
			}
		}
	}
	if n == 0 {
		t.Fatal("no samples at all")
	}
}

func TestConfigTOML(t *testing.T) {
	var wrap struct {
		Anomalies Config `toml:"anomalies"`
	}
	wrap.Anomalies = Default()
	_, err := toml.Decode(`
[anomalies]
window = "2m"
[anomalies.error_rate]
min_count = 25
factor = 4.5
[anomalies.signature_failures]
widespread_min_agents = 3
[anomalies.data_corruption]
cooldown = "30s"
types = ["SerializationError", "CorruptionError"]
[anomalies.runbooks]
error_rate = "https://wiki/runbooks/high-error-rate#{type}"
`, &wrap)
	if err != nil {
		t.Fatal(err)
	}
	c := wrap.Anomalies
	if c.Window != 2*time.Minute || c.ErrorRate.MinCount != 25 || c.ErrorRate.Factor != 4.5 || !c.ErrorRate.Enabled ||
		c.SignatureFailures.WidespreadMinAgents != 3 || c.DataCorruption.Cooldown != 30*time.Second || len(c.DataCorruption.Types) != 2 {
		t.Fatalf("decoded %+v", c)
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	d := New(c, "n", "u", nil, "v")
	if r := d.runbook(KindErrorRate, "StorageError"); r != "https://wiki/runbooks/high-error-rate#storage" {
		t.Errorf("runbook %q", r)
	}
	def := Default()
	if err := def.Validate(); err != nil {
		t.Fatalf("defaults invalid: %v", err)
	}
	c.AgentErrors.MinShare = 1.5
	var ce *ConfigError
	if err := c.Validate(); !errors.As(err, &ce) || ce.Field != "agent_errors.min_share" {
		t.Fatalf("Validate = %v", err)
	}
	c = Default()
	c.Runbooks = map[string]string{"nope": "x"}
	if err := c.Validate(); err == nil {
		t.Fatal("unknown runbook kind accepted")
	}
}

func BenchmarkObserve(b *testing.B) {
	evs := sampleEvents(b)
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for b.Loop() {
		d := New(Default(), "n", "u", nil, "v")
		for i := range evs {
			d.Observe(&evs[i])
		}
		n += len(evs)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/event")
}

// BenchmarkObserveStorm is an error storm: 3,000 StorageErrors a second
// from 300 agents, the incident open nearly all the time, signature
// failures among them. ns/event is what each error costs the detectors
// when the sidecar matters most.
func BenchmarkObserveStorm(b *testing.B) {
	const n = 30000
	evs := make([]classifier.Event, n)
	typ := "StorageError"
	for i := range evs {
		evs[i] = classifier.Event{Time: t0.Add(time.Duration(i) * time.Second / 3000), ErrorType: &typ,
			AgentID: fmt.Sprintf("agent-%04d", i%300), Message: "write failed: No space left on device (os error 28)",
			Cursor: "c", SignatureFailure: i%7 == 0}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		d := New(Default(), "n", "u", nil, "v")
		for i := range evs {
			d.Observe(&evs[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/event")
}

// FuzzDetector feeds arbitrary event sequences: no panic, ids unique, at
// most one open incident per kind and key at a time.
func FuzzDetector(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 200, 201, 255, 0, 0, 0})
	f.Add([]byte("SerializationError burst burst burst"))
	f.Fuzz(func(t *testing.T, b []byte) {
		cfg := Default()
		cfg.ErrorRate.MinCount = 2
		cfg.SignatureFailures.MinCount = 2
		cfg.AgentErrors.MinCount = 2
		cfg.ErrorRate.MaxTypes = 3
		cfg.NewErrorType.MaxKnown = 9
		d := New(cfg, "n", "u", nil, "v")
		types := []string{"StorageError", "SerializationError", "XError", "YError", "ZError", ""}
		ids := map[string]bool{}
		at := int64(1_800_000_000_000_000)
		for i := 0; i+1 < len(b); i += 2 {
			op, arg := b[i], b[i+1]
			at += int64(arg) * 137_000 * int64(op%7)
			if op%11 == 0 {
				at -= 5_000_000 // backwards
			}
			var got []Anomaly
			switch op % 5 {
			case 0:
				got = d.Advance(at)
			case 1:
				got = d.Gap(feed.Gap{Reason: []string{"vacuumed", "ratelimited", ""}[arg%3], Lost: int64(arg), RealtimeUS: at})
			default:
				typ := types[int(arg)%len(types)]
				ev := classifier.Event{Time: time.UnixMicro(at), AgentID: []string{"", "a", "b"}[op%3], SignatureFailure: arg%4 == 0, Message: string(b)}
				if typ != "" {
					ev.ErrorType = &typ
				}
				got = d.Observe(&ev)
			}
			for _, a := range got {
				if ids[a.ID] {
					t.Fatalf("id %s twice", a.ID)
				}
				ids[a.ID] = true
				// A storm summary names the first storm.examples incidents
				// it held back (docs/SPEC.md); every other anomaly carries
				// at most max_samples messages.
				maxSamples := cfg.MaxSamples
				if a.Coalesced > 0 {
					maxSamples = cfg.Storm.Examples
				}
				if a.Kind == "" || a.Node != "n" || len(a.Samples) > maxSamples {
					t.Fatalf("bad anomaly %+v", a)
				}
			}
		}
	})
}
