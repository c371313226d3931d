package patterns

import (
	"bufio"
	"compress/gzip"
	"os"
	"strings"
	"testing"
)

// The prefilter's one pass finds exactly the rules a keyword-by-keyword
// search finds, on every line of the labelled sample and on made-up lines
// where keywords overlap, repeat, change case and sit at the edges.
func TestPrefilterAgreesWithKeywordSearch(t *testing.T) {
	set := Default()
	lines := []string{
		"", "signature", "SIGNATURE VERIFICATION FAILED", "xxsig mismatchxx", "timestamp outsidetimestamp is out of",
		"clock skewtime skew", "ed25519 verificationverification equation", "no keywords at all here",
	}
	for _, r := range set.All() {
		for _, k := range r.keywords {
			lines = append(lines, string(k), "a"+strings.ToUpper(string(k))+"z", string(k)+string(k))
		}
	}
	f, err := os.Open("../testdata/sample.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	{
		sc := bufio.NewScanner(zr)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines = append(lines, sc.Text())
		}
		f.Close()
	}
	if len(lines) < 1000 {
		t.Fatalf("only %d lines read from the sample", len(lines))
	}
	for _, line := range lines {
		got := set.Candidates([]byte(line)).bits
		var want uint64
		for _, r := range set.All() {
			if r.bit >= 0 && r.mayMatch([]byte(line)) {
				want |= 1 << uint(r.bit)
			}
		}
		if got != want {
			t.Fatalf("%.120q: prefilter %b, keyword search %b", line, got, want)
		}
	}
}
