package scorer

import (
	"bytes"
	"testing"
)

// trim with a byte table cuts what bytes.Trim cuts with the same cutset,
// including around bytes outside ASCII.
func TestTrimIsBytesTrim(t *testing.T) {
	const cut = "()[]{},;\"'`<>|!?*="
	set := byteSet(cut)
	for _, w := range []string{"", "(", "((x))", "`a`:", "\"ü\"", "<>", "[0x1f]", "é,", ",é", "a|b", "\xff(\xff)"} {
		if got, want := trim([]byte(w), &set), bytes.Trim([]byte(w), cut); !bytes.Equal(got, want) {
			t.Errorf("trim(%q) = %q, bytes.Trim gives %q", w, got, want)
		}
	}
}
