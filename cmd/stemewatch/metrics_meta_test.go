package main

import (
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

// The bundled hour replayed with NATS (so the NATS families exist too):
// /metrics passes `promtool check metrics` but for the contract's name
// stemedb_error_count_by_type (a counter without _total, fixed by SPEC.md),
// every family has a help text, and the types are what the series are.
func TestMetricsMetadata(t *testing.T) {
	promtool, err := exec.LookPath("promtool")
	if err != nil {
		t.Fatal("promtool not found (scripts/setup.sh installs the prometheus package)")
	}
	srv := startNATS(t)
	dir := t.TempDir()
	p := startRun(t, dir, "--input", sampleJSON, "--state-dir", filepath.Join(dir, "state"), "--nats-url", srv.ClientURL())
	p.await("the replay to finish", 60*time.Second, func() bool {
		return value(p.scrape(), "stemewatch_source_finished") == 1
	})
	_, body := p.get("/metrics")

	cmd := exec.Command(promtool, "check", "metrics")
	cmd.Stdin = strings.NewReader(body)
	out, _ := cmd.CombinedOutput() // exit 3 on lint findings: judged below
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		switch {
		case line == "":
		case line == `stemedb_error_count_by_type counter metrics should have "_total" suffix`:
			// The contract's name (SPEC.md): kept on purpose.
		case strings.HasSuffix(line, "no help text"):
			t.Errorf("family %s has no help text: add it to sinks.MetricHelp", strings.Fields(line)[0])
		default:
			t.Errorf("promtool check metrics: %s", line)
		}
	}

	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	var names []string
	for name, f := range fams {
		names = append(names, name)
		if f.GetHelp() == "" {
			t.Errorf("family %s has no help text: add it to sinks.MetricHelp", name)
		}
		if f.GetType() == dto.MetricType_UNTYPED {
			t.Errorf("family %s is untyped", name)
		}
	}
	sort.Strings(names)
	want := map[string]dto.MetricType{
		"stemedb_error_count_by_type":              dto.MetricType_COUNTER,
		"stemedb_signature_failures_total":         dto.MetricType_COUNTER,
		"stemedb_errors_by_agent_total":            dto.MetricType_COUNTER,
		"stemewatch_entries_read_total":            dto.MetricType_COUNTER,
		"stemewatch_entries_malformed_total":       dto.MetricType_COUNTER,
		"stemewatch_anomalies_total":               dto.MetricType_COUNTER,
		"stemewatch_rule_seconds_total":            dto.MetricType_COUNTER,
		"stemewatch_nats_published_total":          dto.MetricType_COUNTER,
		"stemewatch_nats_buffered":                 dto.MetricType_GAUGE,
		"stemewatch_journal_lag_seconds":           dto.MetricType_GAUGE,
		"stemewatch_checkpoint_age_seconds":        dto.MetricType_GAUGE,
		"stemewatch_build_info":                    dto.MetricType_GAUGE,
		"stemewatch_patterns_info":                 dto.MetricType_GAUGE,
		"stemewatch_journal_reader_restarts_total": dto.MetricType_COUNTER,
		"go_gc_duration_seconds":                   dto.MetricType_SUMMARY,
		"go_gc_pauses_seconds":                     dto.MetricType_HISTOGRAM,
		"process_cpu_seconds_total":                dto.MetricType_COUNTER,
		"process_resident_memory_bytes":            dto.MetricType_GAUGE,
	}
	for name, typ := range want {
		f, ok := fams[name]
		if !ok {
			t.Errorf("family %s not exported; have %v", name, names)
			continue
		}
		if f.GetType() != typ {
			t.Errorf("family %s is %v, want %v", name, f.GetType(), typ)
		}
	}
	// The contract's counts are unchanged by the metadata.
	if got := series(fams, "stemedb_error_count_by_type", "error_type")["StorageError"]; got == 0 {
		t.Errorf("no StorageError counted: %v", series(fams, "stemedb_error_count_by_type", "error_type"))
	}
}
