package sinks

import (
	"io"
	"strings"
	"testing"
)

func TestWriteExposition(t *testing.T) {
	raw := `stemewatch_entries_read_total 5
unknown_thing 1
h_bucket{le="0.1"} 1
h_bucket{le="+Inf"} 2
h_sum 0.3
h_count 2
go_cgo_calls_count 7
stemewatch_journal_reader_restarts_total 0
s{quantile="0.5"} 1
s_sum 1
s_count 1
stemewatch_entries_read_total{x="late"} 1
`
	var b strings.Builder
	if err := WriteExposition(&b, func(w io.Writer) { io.WriteString(w, raw) }); err != nil {
		t.Fatal(err)
	}
	want := `# HELP stemewatch_entries_read_total Journal entries read from the source (live journal or saved input).
# TYPE stemewatch_entries_read_total counter
stemewatch_entries_read_total 5
stemewatch_entries_read_total{x="late"} 1
# HELP unknown_thing
# TYPE unknown_thing gauge
unknown_thing 1
# HELP h
# TYPE h histogram
h_bucket{le="0.1"} 1
h_bucket{le="+Inf"} 2
h_sum 0.3
h_count 2
# HELP go_cgo_calls_total Calls from Go to C made by the process (sd-journal, when the native reader runs in process).
# TYPE go_cgo_calls_total counter
go_cgo_calls_total 7
# HELP stemewatch_journal_reader_restarts_total ` + MetricHelp["stemewatch_journal_reader_restarts_total"].Help + `
# TYPE stemewatch_journal_reader_restarts_total counter
stemewatch_journal_reader_restarts_total 0
# HELP s
# TYPE s summary
s{quantile="0.5"} 1
s_sum 1
s_count 1
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

// Every family in the table has a type Prometheus knows and a help text.
func TestMetricHelpTable(t *testing.T) {
	for name, m := range MetricHelp {
		switch m.Type {
		case "", "counter", "gauge", "histogram", "summary":
		default:
			t.Errorf("%s: type %q", name, m.Type)
		}
		if strings.TrimSpace(m.Help) == "" {
			t.Errorf("%s: no help", name)
		}
		if m.Type == "counter" && !strings.HasSuffix(name, "_total") && name != MetricErrorsByType {
			t.Errorf("%s: a counter without _total", name)
		}
	}
}
