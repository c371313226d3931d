package anomaly

import (
	"errors"
	"io"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/patterns"

	"github.com/stemedb/stemewatch/internal/sample"
)

// TestSampleHourClassified runs the real classifier with the default
// patterns over the sample journal (export format), then the detectors:
// the scenario's incidents must come out as with the labels.
func TestSampleHourClassified(t *testing.T) {
	zr := sample.Open(t, "sample.export.gz")
	r := journalfmt.NewExport(zr, "sample.export.gz")
	c := classifier.New(patterns.Default())
	var evs []classifier.Event
	for {
		e, err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		var me *journalfmt.MalformedError
		if errors.As(err, &me) {
			t.Errorf("malformed: %v", err)
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		v := c.Classify(e)
		if v.Reportable() {
			evs = append(evs, c.Event(e, &v))
		}
	}
	if len(evs) < 1000 {
		t.Fatalf("only %d events", len(evs))
	}
	d := New(Default(), "api-node-1", "stemedb-api.service", nil, patterns.Default().Version())
	checkScenario(t, evs, runAll(d, evs))
}
