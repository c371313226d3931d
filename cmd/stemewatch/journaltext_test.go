package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/sample"
	"github.com/stemedb/stemewatch/internal/testenv"
)

// TestBinaryClassifyJournalctlText: the bundled hour made into a real
// journal file (systemd-journal-remote) and saved the way people save it,
// `journalctl -o MODE > saved.txt`, gives the built binary's classify the
// same entries, error count and per-type counts as the JSON of the same
// entries (within 0.5%), and the same first and last times.
func TestBinaryClassifyJournalctlText(t *testing.T) {
	testenv.RequireProgram(t, "/usr/bin/journalctl")
	bin := stemewatchBin(t)
	export := sample.Read(t, "sample.export.gz")
	dir := t.TempDir()
	journal := testenv.ExportToJournal(t, dir, "sample", export)
	env := append(os.Environ(), "TZ=UTC")
	type summary struct {
		Entries     int            `json:"entries"`
		Errors      int            `json:"errors"`
		ByType      map[string]int `json:"by_type"`
		First, Last string
	}
	classify := func(mode string) summary {
		saved := filepath.Join(dir, "saved."+mode)
		out, err := os.Create(saved)
		if err != nil {
			t.Fatal(err)
		}
		jc := exec.Command("journalctl", "--file", journal, "-o", mode)
		jc.Env, jc.Stdout = env, out
		if err := jc.Run(); err != nil {
			t.Fatalf("journalctl -o %s: %v", mode, err)
		}
		out.Close()
		cmd := exec.Command(bin, "classify", "--format", "json", "--input", saved)
		cmd.Env = env
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		js, err := cmd.Output()
		if err != nil {
			t.Fatalf("classify -o %s: %v: %s", mode, err, stderr.String())
		}
		var s summary
		if err := json.Unmarshal(js, &s); err != nil {
			t.Fatalf("classify -o %s: %v: %s", mode, err, js)
		}
		return s
	}
	want := classify("json")
	if want.Entries != 20000 || want.Errors < 1000 {
		t.Fatalf("json: %+v", want)
	}
	for _, mode := range []string{"short", "short-iso", "short-precise", "with-unit"} {
		got := classify(mode)
		within := func(what string, g, w int) {
			if d := g - w; d*d*200*200 > w*w {
				t.Errorf("-o %s: %s %d, json %d (more than 0.5%% apart)", mode, what, g, w)
			}
		}
		if got.Entries != want.Entries {
			t.Errorf("-o %s: %d entries, json %d", mode, got.Entries, want.Entries)
		}
		within("errors", got.Errors, want.Errors)
		for typ, n := range want.ByType {
			within(typ, got.ByType[typ], n)
		}
		// To the second (short, short-iso and with-unit print no
		// fraction); without the year for short and short-precise, whose
		// lines carry none: it is inferred from the clock, which may be
		// past the sample's year.
		layout := "2006-01-02T15:04:05"
		if mode == "short" || mode == "short-precise" {
			layout = "01-02T15:04:05"
		}
		sec := func(s string) string {
			tm, err := time.Parse(time.RFC3339Nano, s)
			if err != nil {
				t.Fatalf("-o %s: time %q: %v", mode, s, err)
			}
			return tm.UTC().Format(layout)
		}
		if sec(got.First) != sec(want.First) || sec(got.Last) != sec(want.Last) {
			t.Errorf("-o %s: first/last %s/%s, json %s/%s", mode, got.First, got.Last, want.First, want.Last)
		}
	}
}
