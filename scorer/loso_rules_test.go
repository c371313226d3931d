package scorer_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/dlclark/regexp2/v2"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// hourSource stands for the bundled hour of stemedb-api's own journal.
const hourSource = "the bundled hour"

// hourLines returns the bundled hour's error lines and the lines that
// speak of a signature (logged at WARN too).
func hourLines(t *testing.T) []string {
	t.Helper()
	f, err := os.Open("../testdata/sample.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for sc.Scan() {
		if l := sc.Text(); strings.Contains(l, "ERROR") || strings.Contains(l, "signature") {
			out = append(out, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// altSources maps each default rule alternative ("rule\x00index") to the
// sources whose wordings it matches: catalogue sources (the wording bare)
// and hourSource.
func altSources(t *testing.T, specs []patterns.RuleSpec, cat []scorer.CatalogueEntry) map[string]map[string]bool {
	t.Helper()
	hour := hourLines(t)
	out := map[string]map[string]bool{}
	for _, r := range specs {
		for i, alt := range patterns.Alternatives(r.Match) {
			re, err := regexp2.Compile(alt, regexp2.None)
			if err != nil {
				t.Fatalf("rule %s alternative %d: %v", r.Name, i+1, err)
			}
			srcs := map[string]bool{}
			for _, l := range hour {
				if ok, _ := re.MatchString(l); ok {
					// The first rules were written from the service's own
					// wordings, before any library's.
					srcs[hourSource] = true
					break
				}
			}
			for _, e := range cat {
				if ok, _ := re.MatchString(e.Message); ok {
					srcs[e.Source] = true
				}
			}
			out[fmt.Sprintf("%s\x00%d", r.Name, i)] = srcs
		}
	}
	return out
}

// rulesWithout returns the default rules less every alternative that
// matches wordings of src and of no other catalogue source: written, in
// all likelihood, from src. It returns the set and how many alternatives
// it dropped.
func rulesWithout(t *testing.T, specs []patterns.RuleSpec, bySrc map[string]map[string]bool, cat []scorer.CatalogueEntry, src string) (*patterns.Set, int) {
	t.Helper()
	f := patterns.File{Format: 1}
	dropped := 0
	for _, r := range specs {
		alts := patterns.Alternatives(r.Match)
		var keep []string
		for i, alt := range alts {
			srcs := bySrc[fmt.Sprintf("%s\x00%d", r.Name, i)]
			if len(srcs) == 1 && srcs[src] {
				dropped++
				continue
			}
			keep = append(keep, "(?:"+alt+")")
		}
		if len(keep) == 0 {
			continue
		}
		if len(keep) < len(alts) {
			r.Match = strings.Join(keep, "\n| ")
			// A rule needs an example: those of its own the rest still
			// match, else a catalogue wording of another source.
			matches := ruleMatcher(t, r)
			var ex []string
			for _, e := range r.Examples {
				if matches(e) {
					ex = append(ex, e)
				}
			}
			for _, e := range cat {
				if len(ex) > 0 {
					break
				}
				if e.Source != src && matches(e.Message) {
					ex = append(ex, e.Message)
				}
			}
			if len(ex) == 0 {
				continue
			}
			r.Examples = ex
		}
		f.Rules = append(f.Rules, r)
	}
	var b bytes.Buffer
	if err := toml.NewEncoder(&b).Encode(f); err != nil {
		t.Fatal(err)
	}
	set, err := patterns.Parse(patterns.Options{}, "default rules without "+src, b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return set, dropped
}

// rulesHeldOut is leave-one-source-out with the rules held out too, as far
// as they can be: for each source, every rule alternative that matches its
// wordings and no other source's (nor a line of the bundled hour, which
// the first rules were written from) is dropped (it was written from that
// source, or for one wording of it), beside the fallback trained without
// the source. An alternative two sources share stays, though it may have
// been written from one of them, so this still flatters the rules a
// little; it is the figure nearest to "the classifier's knowledge built
// without the source". Its fallbacks are TestCatalogueLOSO's (the same
// training set: the catalogue and the default rules' examples without the
// source), so it is fed from that test's one pass of trainings and
// reported as its subtest.
type rulesHeldOut struct {
	specs  []patterns.RuleSpec
	bySrc  map[string]map[string]bool
	single int
	// silent is a fallback that is never confident: the rules alone, all
	// of them (full) and without the source's own; holding them out must
	// cost something.
	silent               *scorer.Model
	full                 *classifier.Classifier
	all, fullRules, held *scores
	rows                 []heldRow
}

type heldRow struct {
	src       string
	n, drop   int
	right, of int
}

func newRulesHeldOut(t *testing.T, cat []scorer.CatalogueEntry) *rulesHeldOut {
	t.Helper()
	var f patterns.File
	if _, err := toml.NewDecoder(bytes.NewReader(patterns.DefaultFile())).Decode(&f); err != nil {
		t.Fatal(err)
	}
	h := &rulesHeldOut{specs: f.Rules, bySrc: altSources(t, f.Rules, cat), all: newScores(), fullRules: newScores(), held: newScores()}
	for _, srcs := range h.bySrc {
		if len(srcs) == 1 && !srcs[hourSource] {
			h.single++
		}
	}
	h.silent = &scorer.Model{Floor: 2, CauseFloor: 2}
	h.full = classifier.NewWithFallback(patterns.Default(), h.silent)
	return h
}

// add scores src's wordings with the rules without src's own and m, a
// fallback trained without src.
func (h *rulesHeldOut) add(t *testing.T, cat []scorer.CatalogueEntry, src string, m *scorer.Model, wordings []scorer.CatalogueEntry) {
	t.Helper()
	set, dropped := rulesWithout(t, h.specs, h.bySrc, cat, src)
	c := classifier.NewWithFallback(set, m)
	alone := classifier.NewWithFallback(set, h.silent)
	s := newScores()
	for _, e := range wordings {
		s.classify(c, e)
		h.all.classify(c, e)
		h.fullRules.classify(h.full, e)
		h.held.classify(alone, e)
	}
	h.rows = append(h.rows, heldRow{src, len(wordings), dropped, s.typ[""][0], s.typ[""][1]})
}

func (h *rulesHeldOut) report(t *testing.T) {
	t.Logf("leave-one-source-out, rules held out too: %d of %d rule alternatives match one catalogue source's wordings only (and no line of the hour) and are dropped with it", h.single, len(h.bySrc))
	t.Logf("  %-38s %4s  %7s  %8s", "source", "n", "dropped", "rules+fb")
	for _, r := range h.rows {
		if r.drop > 0 {
			t.Logf("  %-38s %4d  %7d  %7.1f%%", r.src, r.n, r.drop, 100*float64(r.right)/float64(r.of))
		}
	}
	for _, c := range scorer.Classes {
		t.Logf("  %-38s %4s  %7s  %7.1f%%", c, "", "", h.all.typ.pct("type "+c))
	}
	for _, k := range h.all.wrong.keys() {
		t.Logf("  misses: %-37s %4d", k, h.all.wrong[k][1])
	}
	if testing.Verbose() {
		for _, m := range h.all.misses {
			t.Logf("  miss: %s", m)
		}
	}
	// The goal is 98% (issue 10); what holds today is asserted so that a
	// regression fails: 84.16% of types, 1394 of 1665 signature
	// renderings. Holding out a source's own rules leaves the head more to
	// call: 228 false signatures in 50841 renderings (213 with the rules).
	// See docs/ACCURACY.md.
	reportWith(t, "leave-one-source-out, rules held out too", h.all, 82, 80, 200)
	t.Logf("rules alone: %d renderings typed with every rule, %d with each source's own held out", h.fullRules.typ[""][0], h.held.typ[""][0])
	if h.single == 0 || h.held.typ[""][0] >= h.fullRules.typ[""][0] {
		t.Errorf("holding out %d one-source alternatives cost the rules nothing (%d -> %d renderings)", h.single, h.fullRules.typ[""][0], h.held.typ[""][0])
	}
}

// ruleMatcher returns a test of whether r's match, and not its unless,
// matches a line, both compiled once.
func ruleMatcher(t *testing.T, r patterns.RuleSpec) func(string) bool {
	t.Helper()
	re, err := regexp2.Compile(r.Match, regexp2.None)
	if err != nil {
		t.Fatalf("rule %s: %v", r.Name, err)
	}
	var veto *regexp2.Regexp
	if r.Unless != "" {
		if veto, err = regexp2.Compile(r.Unless, regexp2.None); err != nil {
			t.Fatalf("rule %s: %v", r.Name, err)
		}
	}
	return func(s string) bool {
		if ok, _ := re.MatchString(s); !ok {
			return false
		}
		if veto == nil {
			return true
		}
		v, _ := veto.MatchString(s)
		return !v
	}
}
