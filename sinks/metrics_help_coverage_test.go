package sinks

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestEveryMetricNameInTheSourceHasHelp reads every Go file of the module
// (tests excepted) for metric family names written as string literals and
// checks each has a MetricHelp entry (the contract's stemedb_* families are
// constants the table names directly). The replay test in cmd/stemewatch
// only sees the families a replay exports; this one also covers the live
// ones (evidence, reader silence, outbox bytes).
func TestEveryMetricNameInTheSourceHasHelp(t *testing.T) {
	name := regexp.MustCompile(`"(stemewatch_[a-z0-9_]+)`)
	seen := map[string]string{}
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); n == ".git" || n == "testdata" || n == "bin" || n == "dist" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range name.FindAllSubmatch(b, -1) {
			seen[string(m[1])] = path
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(seen) < 20 {
		t.Fatalf("found only %d metric names in the source: is the walk broken?", len(seen))
	}
	for n, path := range seen {
		if _, ok := MetricHelp[n]; !ok {
			t.Errorf("%s (named in %s) has no MetricHelp entry: add its type and help text", n, path)
		}
	}
}
