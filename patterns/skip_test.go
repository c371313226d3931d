package patterns

import (
	"bytes"
	"math/rand/v2"
	"testing"
)

// naiveContains is what a skipper must never contradict: some keyword
// occurs in b, ASCII case-insensitively.
func naiveContains(keywords [][]byte, b []byte) bool {
	lower := func(b []byte) []byte {
		out := make([]byte, len(b))
		for i, c := range b {
			out[i] = fold(c)
		}
		return out
	}
	lb := lower(b)
	for _, k := range keywords {
		if bytes.Contains(lb, lower(k)) {
			return true
		}
	}
	return false
}

// The skipper never says "absent" when a keyword is present, wherever it
// sits (either half of the text, across the middle where the two scans
// meet, at either edge), whatever its case, for keyword sets drawn at
// random; and it says "absent" on most texts without one, which is what
// it is for.
func TestSkipperNeverMissesAKeyword(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ 0123456789:=_-./\"\\\xff\x00")
	word := func(n int) []byte {
		w := make([]byte, n)
		for i := range w {
			w[i] = alphabet[rng.IntN(len(alphabet))]
		}
		return w
	}
	absentSaidAbsent, absent := 0, 0
	for set := 0; set < 300; set++ {
		var kws [][]byte
		for range 1 + rng.IntN(12) {
			kws = append(kws, word(minSkipWindow+rng.IntN(14)))
		}
		s := newSkipper(kws)
		if s == nil {
			t.Fatalf("no skipper for %q", kws)
		}
		for range 200 {
			text := word(rng.IntN(300))
			if rng.IntN(2) == 0 {
				k := bytes.Clone(kws[rng.IntN(len(kws))])
				for i := range k {
					if c := k[i]; 'a' <= c && c <= 'z' && rng.IntN(2) == 0 {
						k[i] = c - 'a' + 'A'
					}
				}
				at := rng.IntN(len(text) + 1)
				switch rng.IntN(4) {
				case 0:
					at = 0
				case 1:
					at = len(text)
				case 2:
					at = min(len(text), max(0, len(text)/2-rng.IntN(len(k)+1)))
				}
				text = append(text[:at:at], append(k, text[at:]...)...)
			}
			want := naiveContains(kws, text)
			if got := s.mayContain(text); want && !got {
				t.Fatalf("keywords %q: missed in %q", kws, text)
			} else if !want {
				absent++
				if !got {
					absentSaidAbsent++
				}
			}
		}
	}
	if absentSaidAbsent < absent*9/10 {
		t.Errorf("only %d of %d texts without a keyword ruled out", absentSaidAbsent, absent)
	}
}

func TestSkipperNeedsLongKeywords(t *testing.T) {
	if newSkipper(nil) != nil || newSkipper([][]byte{[]byte("signature"), []byte("eof")}) != nil {
		t.Error("a skipper for keywords shorter than its window")
	}
	s := newSkipper([][]byte{[]byte("Clock Skew")})
	for _, text := range []string{"", "clock", "CLOCK SKEW", "xx clock skew", "clock skewxx", "a clock\tskew"} {
		if got, want := s.mayContain([]byte(text)), naiveContains([][]byte{[]byte("clock skew")}, []byte(text)); got != want {
			t.Errorf("%q: %v, want %v", text, got, want)
		}
	}
}

// BenchmarkSignaturePrefilter is the scan every entry pays: the signature
// rules' keywords over an INFO line that mentions none.
func BenchmarkSignaturePrefilter(b *testing.B) {
	s := Default()
	msg := []byte("2026-11-25T09:46:40.540147Z  INFO stemedb_cluster::raft: request completed method=POST path=/v1/subjects status=200 latency_ms=13 agent_id=agent-0068")
	automaton := *s.sigPre
	automaton.skip = nil
	b.Run("skip", func(b *testing.B) {
		b.SetBytes(int64(len(msg)))
		for b.Loop() {
			s.SignatureCandidates(msg)
		}
	})
	b.Run("automaton", func(b *testing.B) {
		b.SetBytes(int64(len(msg)))
		for b.Loop() {
			automaton.scan(msg)
		}
	})
}

// Every entry pays the signature keyword scan: a default signature keyword
// shorter than minSkipWindow would silently turn the skip off and double
// the cost of classifying an INFO line. Keep them long (or say why not).
func TestDefaultSignatureKeywordsKeepTheSkip(t *testing.T) {
	if Default().sigPre.skip == nil {
		for _, r := range Default().Signature {
			for _, k := range r.keywords {
				if len(k) < minSkipWindow {
					t.Errorf("rule %s: keyword %q is shorter than %d bytes", r.Name, k, minSkipWindow)
				}
			}
		}
		t.Fatal("the default signature rules' prefilter has no skip")
	}
}
