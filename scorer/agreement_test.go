package scorer_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/scorer"
)

const agreementPath = "../testdata/agreement.jsonl"

// secondReading is one line of testdata/agreement.jsonl: a catalogue
// wording read again by two readers who saw neither its label, nor each
// other's, nor the classifier (scripts/catalogue/agreement.py and
// agreement-brief.md), with the label the catalogue gave it then.
type secondReading struct {
	Message   string    `json:"message"`
	Source    string    `json:"source"`
	Label     string    `json:"label"`
	Signature bool      `json:"signature"`
	Readings  []reading `json:"readings"`
}

type reading struct {
	Reader    string `json:"reader"`
	Type      string `json:"type"`
	Signature bool   `json:"signature"`
	// Sure is false when the reader hesitated; Alt is the other label.
	Sure bool   `json:"sure"`
	Alt  string `json:"alt,omitempty"`
}

// The groups a wording falls in by its readings.
const (
	unanimous     = "both readers give the label"
	oneAgainst    = "one reader gives another type"
	bothAgainst   = "both readers give the same other type"
	readersDiffer = "the readers and the label all differ"
)

var agreementGroups = []string{unanimous, oneAgainst, bothAgainst, readersDiffer}

func (r secondReading) group() string {
	a, b := r.Readings[0].Type, r.Readings[1].Type
	switch {
	case a == r.Label && b == r.Label:
		return unanimous
	case a == r.Label || b == r.Label:
		return oneAgainst
	case a == b:
		return bothAgainst
	default:
		return readersDiffer
	}
}

func agreementKey(source, message string) string { return source + "\x00" + message }

// secondReadings reads testdata/agreement.jsonl and checks it against the
// catalogue: every line names a catalogue wording and the label it has
// today, and carries one reading from each pass (A and B). A label changed
// since the reading fails here, so the figures never describe labels that
// are no longer there.
func secondReadings(t testing.TB, cat []scorer.CatalogueEntry) []secondReading {
	t.Helper()
	f, err := os.Open(agreementPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	labels := map[string]scorer.CatalogueEntry{}
	for _, e := range cat {
		labels[agreementKey(e.Source, e.Message)] = e
	}
	var out []secondReading
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	seen := map[string]bool{}
	for n := 1; sc.Scan(); n++ {
		var r secondReading
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("%s:%d: %v", agreementPath, n, err)
		}
		if err := r.check(labels, seen); err != nil {
			t.Fatalf("%s:%d: %v", agreementPath, n, err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no readings", agreementPath)
	}
	return out
}

func (r secondReading) check(labels map[string]scorer.CatalogueEntry, seen map[string]bool) error {
	k := agreementKey(r.Source, r.Message)
	e, ok := labels[k]
	switch {
	case !ok:
		return fmt.Errorf("%s %q is no catalogue wording", r.Source, r.Message)
	case seen[k]:
		return fmt.Errorf("%s %q is read twice", r.Source, r.Message)
	case e.Type != r.Label || e.Signature != r.Signature:
		return fmt.Errorf("%s %q: the catalogue says %s (signature %v) now, %s (%v) when it was read again; read it again or say why",
			r.Source, r.Message, e.Type, e.Signature, r.Label, r.Signature)
	case len(r.Readings) != 2 || !strings.HasPrefix(r.Readings[0].Reader, "A") || !strings.HasPrefix(r.Readings[1].Reader, "B"):
		return fmt.Errorf("%s %q: want one reading from pass A, then one from pass B", r.Source, r.Message)
	}
	seen[k] = true
	for _, g := range r.Readings {
		if scorer.ClassIndex(g.Type) < 0 {
			return fmt.Errorf("reader %s: type %q is not one of %s", g.Reader, g.Type, strings.Join(scorer.Classes[:], ", "))
		}
		if g.Alt != "" && scorer.ClassIndex(g.Alt) < 0 {
			return fmt.Errorf("reader %s: alt %q is not one of %s", g.Reader, g.Alt, strings.Join(scorer.Classes[:], ", "))
		}
	}
	return nil
}

// kappa is Cohen's kappa of two labellings: their agreement corrected for
// what two labellers with the same label frequencies would agree on by
// chance.
func kappa(a, b []string) (agree, k float64) {
	n := float64(len(a))
	ca, cb := map[string]float64{}, map[string]float64{}
	same := 0.0
	for i := range a {
		ca[a[i]]++
		cb[b[i]]++
		if a[i] == b[i] {
			same++
		}
	}
	chance := 0.0
	for c, x := range ca {
		chance += x * cb[c] / (n * n)
	}
	agree = same / n
	return agree, (agree - chance) / (1 - chance)
}

// TestCatalogueAgreement reports how often a second careful reader gives a
// catalogue wording the label the catalogue gives it: the ceiling of what
// any classifier's agreement with the catalogue can mean. The readers are
// helper sessions of the same kind as the catalogue's labellers, so they
// share more with it than two people would: the figures are, if anything,
// too high.
func TestCatalogueAgreement(t *testing.T) {
	rows := secondReadings(t, catalogue(t))
	var label, a, b []string
	groups := tally{}
	bothSure, sureAgree := 0, 0
	sig := [3]int{} // label true; reader A true; reader B true
	sigAgree := 0
	for _, r := range rows {
		label = append(label, r.Label)
		a = append(a, r.Readings[0].Type)
		b = append(b, r.Readings[1].Type)
		groups.add(r.group(), true)
		if r.Readings[0].Sure && r.Readings[1].Sure {
			bothSure++
			if r.Readings[0].Type == r.Label && r.Readings[1].Type == r.Label {
				sureAgree++
			}
		}
		for i, v := range []bool{r.Signature, r.Readings[0].Signature, r.Readings[1].Signature} {
			if v {
				sig[i]++
			}
		}
		if r.Signature == r.Readings[0].Signature && r.Signature == r.Readings[1].Signature {
			sigAgree++
		}
	}
	n := len(rows)
	for _, p := range []struct {
		what string
		x, y []string
	}{{"pass A against the catalogue", a, label}, {"pass B against the catalogue", b, label}, {"pass A against pass B", a, b}} {
		agree, k := kappa(p.x, p.y)
		t.Logf("%-30s %5.1f%% of %d wordings, Cohen's kappa %.3f", p.what, 100*agree, n, k)
	}
	count := func(g string) int {
		if groups[g] == nil {
			return 0
		}
		return groups[g][1]
	}
	for _, g := range agreementGroups {
		c := count(g)
		t.Logf("  %-40s %4d  %5.1f%%", g, c, 100*float64(c)/float64(n))
	}
	t.Logf("both readers sure: %d wordings, of which %d (%.1f%%) get the catalogue's label from both", bothSure, sureAgree, 100*float64(sureAgree)/float64(max(bothSure, 1)))
	t.Logf("signature failures: the catalogue %d, reader A %d, reader B %d; all three agree on %d of %d", sig[0], sig[1], sig[2], sigAgree, n)
	if c := count(unanimous); c == n {
		t.Errorf("%d of %d wordings unanimous: a second reading that never disagrees measures nothing", c, n)
	}
}

// agreementScores splits a classifier's accuracy on the second reading's
// wordings by how the readers read them.
type agreementScores struct {
	groups map[string]string // agreementKey -> group
	alt    map[string]string // agreementKey -> the readers' type, where both give another
	right  tally             // by group: the classifier gives the label
	theirs tally             // both readers against the label: the classifier gives theirs
	missed tally             // the undisputed wordings missed, by kind
}

func newAgreementScores(rows []secondReading) *agreementScores {
	s := &agreementScores{groups: map[string]string{}, alt: map[string]string{}, right: tally{}, theirs: tally{}, missed: tally{}}
	for _, r := range rows {
		k := agreementKey(r.Source, r.Message)
		s.groups[k] = r.group()
		if r.group() == bothAgainst {
			s.alt[k] = r.Readings[0].Type
		}
	}
	return s
}

// add records the type the classifier gave a catalogue wording (its
// rendering as a plain line).
func (s *agreementScores) add(e scorer.CatalogueEntry, got string) {
	k := agreementKey(e.Source, e.Message)
	g, ok := s.groups[k]
	if !ok {
		return
	}
	s.right.add("", got == e.Type)
	s.right.add(g, got == e.Type)
	if g == unanimous && got != e.Type {
		s.missed.add(missKind(e.Type, got), true)
	}
	if alt, ok := s.alt[k]; ok {
		s.theirs.add("", got == alt)
	}
}

func (s *agreementScores) log(t *testing.T, what string) {
	t.Helper()
	if s.right[""] == nil {
		return
	}
	t.Logf("%s on the %d wordings read again (plain line): the catalogue's label %.1f%%", what, s.right[""][1], s.right.pct(""))
	for _, g := range agreementGroups {
		if c := s.right[g]; c != nil {
			t.Logf("  %-40s %4d  %5.1f%% (%d)", g, c[1], s.right.pct(g), c[0])
		}
	}
	for _, k := range s.missed.keys() {
		t.Logf("  undisputed and missed: %-30s %4d", k, s.missed[k][1])
	}
	if c := s.theirs[""]; c != nil {
		t.Logf("  where both readers give another type, the classifier gives theirs in %d of %d", c[0], c[1])
	}
}

// TestSecondReadingCheck: a second reading that no longer describes the
// catalogue is refused, naming what changed.
func TestSecondReadingCheck(t *testing.T) {
	e := scorer.CatalogueEntry{Message: "disk quota exceeded", Type: "StorageError", Source: "o/r", Path: "f.rs"}
	labels := map[string]scorer.CatalogueEntry{agreementKey(e.Source, e.Message): e}
	two := []reading{{Reader: "A1", Type: "StorageError", Sure: true}, {Reader: "B2", Type: "StorageError", Sure: true}}
	for _, c := range []struct {
		name string
		r    secondReading
		want string
	}{
		{"fine", secondReading{Message: e.Message, Source: e.Source, Label: e.Type, Readings: two}, ""},
		{"relabelled", secondReading{Message: e.Message, Source: e.Source, Label: "NetworkError", Readings: two}, "the catalogue says StorageError"},
		{"signature relabelled", secondReading{Message: e.Message, Source: e.Source, Label: e.Type, Signature: true, Readings: two}, "signature false"},
		{"gone", secondReading{Message: "disk full", Source: e.Source, Label: e.Type, Readings: two}, "no catalogue wording"},
		{"one reading", secondReading{Message: e.Message, Source: e.Source, Label: e.Type, Readings: two[:1]}, "one reading from pass A"},
		{"bad type", secondReading{Message: e.Message, Source: e.Source, Label: e.Type, Readings: []reading{two[0], {Reader: "B1", Type: "DiskError"}}}, `"DiskError" is not one of`},
	} {
		err := c.r.check(labels, map[string]bool{})
		switch {
		case c.want == "" && err != nil:
			t.Errorf("%s: %v", c.name, err)
		case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
			t.Errorf("%s: got %v, want an error containing %q", c.name, err, c.want)
		}
	}
	seen := map[string]bool{}
	r := secondReading{Message: e.Message, Source: e.Source, Label: e.Type, Readings: two}
	if err := r.check(labels, seen); err != nil {
		t.Fatal(err)
	}
	if err := r.check(labels, seen); err == nil || !strings.Contains(err.Error(), "read twice") {
		t.Errorf("a wording read twice: got %v", err)
	}
}

// TestKappa: Cohen's kappa on labellings whose value is known by hand.
func TestKappa(t *testing.T) {
	for _, c := range []struct {
		name        string
		a, b        []string
		agree, want float64
	}{
		// Identical labellings agree fully.
		{"same", []string{"x", "y", "x", "z"}, []string{"x", "y", "x", "z"}, 1, 1},
		// 20+15 of 50 agree (0.70); a has 30 x and 20 y, b 25 of each, so
		// chance is (30*25+20*25)/2500 = 0.50.
		{"textbook", rep("x", 20, "y", 5, "x", 10, "y", 15), rep("x", 20, "x", 5, "y", 10, "y", 15), 0.70, 0.40},
		// Agreement no better than chance.
		{"chance", []string{"x", "x", "y", "y"}, []string{"x", "y", "x", "y"}, 0.5, 0},
	} {
		agree, k := kappa(c.a, c.b)
		if math.Abs(agree-c.agree) > 1e-9 || math.Abs(k-c.want) > 1e-9 {
			t.Errorf("%s: agreement %.3f kappa %.3f, want %.3f and %.3f", c.name, agree, k, c.agree, c.want)
		}
	}
}

// rep builds a labelling from (label, count) pairs.
func rep(pairs ...any) []string {
	var out []string
	for i := 0; i+1 < len(pairs); i += 2 {
		for n := 0; n < pairs[i+1].(int); n++ {
			out = append(out, pairs[i].(string))
		}
	}
	return out
}
