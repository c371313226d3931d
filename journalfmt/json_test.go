package journalfmt

import (
	"math/rand/v2"
	"testing"
)

// scanString finds what a byte-by-byte scan finds, wherever the quote or
// backslash falls against its 16- and 8-byte steps.
func TestScanStringMatchesNaive(t *testing.T) {
	naive := func(b []byte, j int) (int, bool) {
		esc := false
		for k := j; k < len(b); k++ {
			switch b[k] {
			case '"':
				return k, esc
			case '\\':
				esc = true
				k++
			}
		}
		return -1, esc
	}
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte(`ab"\ ` + "\x80\xff")
	for range 20000 {
		b := make([]byte, rng.IntN(70))
		for i := range b {
			if rng.IntN(6) == 0 {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			} else {
				b[i] = 'a' + byte(rng.IntN(26))
			}
		}
		j := 0
		if len(b) > 0 {
			j = rng.IntN(len(b))
		}
		gk, ge := scanString(b, j)
		wk, we := naive(b, j)
		if gk != wk || (wk >= 0 && ge != we) {
			t.Fatalf("scanString(%q, %d) = %d, %v; byte by byte %d, %v", b, j, gk, ge, wk, we)
		}
	}
}
