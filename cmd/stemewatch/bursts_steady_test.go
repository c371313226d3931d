package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stemedb/stemewatch/internal/gen"
)

// Bursts are not found in steady traffic: generated hours (internal/gen,
// not the sample the thresholds were looked at on) with errors at a
// constant rate report none, for any seed tried.
func TestBurstsNotInSteadyTraffic(t *testing.T) {
	falsePos := 0
	for seed := uint64(1); seed <= 8; seed++ {
		var buf bytes.Buffer
		if err := gen.Write(&buf, gen.JSON, gen.Config{Seed: seed, Entries: 20000}); err != nil {
			t.Fatal(err)
		}
		out, errOut, code := runCmd(t, buf.String(), "classify", "--format", "json", "--input", "-")
		if code != 0 {
			t.Fatalf("seed %d: exit %d: %s", seed, code, errOut)
		}
		var rep struct {
			Errors          int64             `json:"errors"`
			Bursts          []json.RawMessage `json:"bursts"`
			SignatureBursts []json.RawMessage `json:"signature_bursts"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		for _, b := range append(rep.Bursts, rep.SignatureBursts...) {
			t.Logf("seed %d (%d errors): %s", seed, rep.Errors, b)
			falsePos++
		}
	}
	if falsePos > 0 {
		t.Errorf("%d bursts reported in 8 steady hours", falsePos)
	}
}
