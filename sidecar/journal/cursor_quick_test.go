package journal

import "testing"

// quickSeq, the emitter's fast path, agrees with parseCursor wherever it
// answers, and leaves to parseCursor what it cannot read.
func TestQuickSeqAgreesWithParseCursor(t *testing.T) {
	for _, c := range []string{
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=15c;b=accf0115855e4619befd2eb59d4bfcd0;m=f6568;t=66116b428c328;x=59c1b3c7cb2946f6",
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=FFFFFFFFFFFFFFFF;b=x",
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=1",
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=;b=x",
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=12g4;b=x",
		"s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=10000000000000000;b=x",
		"i=15c;s=bc3e0a1b2c3d4e5f60718293a4b5c6d7",
		"line:12", "",
	} {
		q, qok := quickSeq([]byte(c))
		p, pok := parseCursor(c)
		if qok && (!pok || q != p) {
			t.Errorf("%q: quickSeq %v %v, parseCursor %v %v", c, q, qok, p, pok)
		}
	}
	if _, ok := quickSeq([]byte("s=bc3e0a1b2c3d4e5f60718293a4b5c6d7;i=15c;b=x")); !ok {
		t.Error("quickSeq does not read a plain sd-journal cursor")
	}
}
