package sinks

import (
	"bytes"
	"context"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/VictoriaMetrics/metrics"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/testenv"
)

func errEvent(typ, agent string) *classifier.Event {
	return &classifier.Event{ErrorType: &typ, AgentID: agent}
}

// parse runs the exposition through Prometheus' own text parser.
func parse(t *testing.T, set *metrics.Set) map[string]*dto.MetricFamily {
	t.Helper()
	var buf bytes.Buffer
	set.WritePrometheus(&buf)
	p := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := p.TextToMetricFamilies(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("exposition does not parse: %v\n%s", err, buf.String())
	}
	return fams
}

func values(f *dto.MetricFamily, label string) map[string]float64 {
	return testenv.MetricValues(f, label)
}

func TestRunbookTypesAtZero(t *testing.T) {
	set := metrics.NewSet()
	NewMetrics(set, MetricsOptions{})
	got := values(parse(t, set)[MetricErrorsByType], "error_type")
	for _, typ := range append(classifier.RunbookTypes[:], classifier.Unclassified) {
		if v, ok := got[typ]; !ok || v != 0 {
			t.Errorf("%s{error_type=%q} = %v, present %v; want 0 from the start", MetricErrorsByType, typ, v, ok)
		}
	}
	if v, ok := values(parse(t, set)[MetricSignatureFailures], "")[""]; !ok || v != 0 {
		t.Errorf("%s missing at start", MetricSignatureFailures)
	}
}

// TestHostileLabels: quotes, backslashes, newlines, control characters,
// invalid UTF-8 and huge values in agent ids and type names neither panic
// nor corrupt the exposition, and come back out as the same label value.
func TestHostileLabels(t *testing.T) {
	set := metrics.NewSet()
	m := NewMetrics(set, MetricsOptions{})
	hostile := []string{
		`a"b`, `back\slash`, "new\nline", `trailing\`, `\"`, "tab\there", "nul\x00x",
		"esc\x1b[31mred", "bad\xff\xfeutf8", "ünïcödé-агент", `} 1e9\n# HELP x`, strings.Repeat("x", 1000),
		`{a="1"}`, "cr\rlf",
	}
	ctx := context.Background()
	for _, h := range hostile {
		m.Publish(ctx, errEvent("StorageError", h))
		m.Publish(ctx, errEvent(h, "agent-1"))
	}
	fams := parse(t, set)
	agents := values(fams[MetricErrorsByAgent], "agent_id")
	types := values(fams[MetricErrorsByType], "error_type")
	for _, h := range hostile {
		want := strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' || r == 0x7f {
				return '\uFFFD'
			}
			return r
		}, clip(h))
		if agents[want] != 1 {
			t.Errorf("agent %q: got %v (series %v)", h, agents[want], agents)
		}
		if types[want] != 1 {
			t.Errorf("type %q: got %v", h, types[want])
		}
	}
	if types["StorageError"] != float64(len(hostile)) {
		t.Errorf("StorageError = %v, want %d", types["StorageError"], len(hostile))
	}
}

func TestErrorTypeCap(t *testing.T) {
	set := metrics.NewSet()
	m := NewMetrics(set, MetricsOptions{MaxErrorTypes: 8})
	for i := 0; i < 20; i++ {
		m.Publish(context.Background(), errEvent(fmt.Sprintf("New%dError", i), ""))
	}
	types := values(parse(t, set)[MetricErrorsByType], "error_type")
	// 6 known + 2 new fill the cap of 8, the other 18 go to "other".
	if len(types) != 9 || types[OtherLabel] != 18 || types["New0Error"] != 1 || types["New1Error"] != 1 {
		t.Fatalf("types = %v", types)
	}
}

func TestSignatureFailures(t *testing.T) {
	set := metrics.NewSet()
	m := NewMetrics(set, MetricsOptions{})
	m.Publish(context.Background(), &classifier.Event{SignatureFailure: true, AgentID: "a"}) // WARN: not an error
	typ := classifier.AuthenticationError
	m.Publish(context.Background(), &classifier.Event{SignatureFailure: true, ErrorType: &typ, AgentID: "a"})
	fams := parse(t, set)
	if v := values(fams[MetricSignatureFailures], "")[""]; v != 2 {
		t.Errorf("signature failures = %v, want 2", v)
	}
	if v := values(fams[MetricErrorsByAgent], "agent_id")["a"]; v != 1 {
		t.Errorf("errors of agent a = %v, want 1 (the WARN is not an error)", v)
	}
}

// TestAgentCardinality: a million distinct agent ids leave at most
// MaxAgents+1 agent series (the top agents and "other"), the heavy agents
// keep exact series, and memory stays flat.
func TestAgentCardinality(t *testing.T) {
	set := metrics.NewSet()
	const maxAgents = 100
	m := NewMetrics(set, MetricsOptions{MaxAgents: maxAgents})
	ctx := context.Background()
	ev := errEvent("StorageError", "")
	heavy := map[string]float64{}
	var ms runtime.MemStats
	var heapAt [2]uint64
	const n = 1_000_000
	for i := 0; i < n; i++ {
		if i%20 == 0 {
			ev.AgentID = fmt.Sprintf("heavy-%d", (i/20)%5)
			heavy[ev.AgentID]++
		} else {
			ev.AgentID = fmt.Sprintf("agent-%07d", i)
		}
		m.Publish(ctx, ev)
		if i == n/10 || i == n-1 {
			runtime.GC()
			runtime.ReadMemStats(&ms)
			heapAt[min(i/(n/2), 1)] = ms.HeapAlloc
		}
	}
	if heapAt[1] > heapAt[0]+2<<20 {
		t.Errorf("heap grew from %d to %d bytes between 100k and 1M distinct agents", heapAt[0], heapAt[1])
	}
	agents := values(parse(t, set)[MetricErrorsByAgent], "agent_id")
	if len(agents) > maxAgents+1 {
		t.Fatalf("%d agent series, want at most %d", len(agents), maxAgents+1)
	}
	var sum float64
	for _, v := range agents {
		sum += v
	}
	for k, want := range heavy {
		if agents[k] == 0 || agents[k] > want {
			t.Errorf("heavy agent %s: series %v, true %v", k, agents[k], want)
		}
	}
	if agents[OtherLabel] < n*0.9 {
		t.Errorf("other = %v", agents[OtherLabel])
	}
	t.Logf("%d series, heap %d -> %d bytes, sum %v", len(agents), heapAt[0], heapAt[1], sum)
}

func TestSeriesLabelOrder(t *testing.T) {
	got := Series("x", "b", "2", "a", `1"`)
	if got != `x{b="2",a="1\""}` {
		t.Fatalf("Series = %s", got)
	}
	if Series("x") != "x" {
		t.Fatal("no labels")
	}
}

func BenchmarkPublishKnownAgent(b *testing.B) {
	m := NewMetrics(metrics.NewSet(), MetricsOptions{})
	ev := errEvent("StorageError", "agent-0042")
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		m.Publish(ctx, ev)
	}
}

// FuzzLabelValue: any agent id or type name goes through the metrics set
// without a panic and comes back from Prometheus' parser as the same
// (sanitised, clipped) value.
func FuzzLabelValue(f *testing.F) {
	for _, s := range []string{"", `"`, `\`, "\n", `a\"b`, "\xff", "x\x00y", "ünï", `\n`, "}", `",x="1`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		set := metrics.NewSet()
		m := NewMetrics(set, MetricsOptions{})
		m.Publish(context.Background(), errEvent("StorageError", s))
		var buf bytes.Buffer
		set.WritePrometheus(&buf)
		p := expfmt.NewTextParser(model.UTF8Validation)
		fams, err := p.TextToMetricFamilies(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatalf("%q: exposition does not parse: %v\n%s", s, err, buf.String())
		}
		if s == "" {
			return // errors without an agent have no agent series
		}
		want := strings.Map(func(r rune) rune {
			if r < 0x20 && r != '\n' || r == 0x7f {
				return '\uFFFD'
			}
			return r
		}, clip(s))
		if got := values(fams[MetricErrorsByAgent], "agent_id"); got[want] != 1 || len(got) != 1 {
			t.Fatalf("%q: agent series %v, want %q", s, got, want)
		}
	})
}
