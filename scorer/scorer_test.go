package scorer_test

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/scorer"
)

func TestTokens(t *testing.T) {
	cases := map[string][]string{
		"open /var/lib/stemedb/wal/17.log: Permission denied (os error 13)": {"open", "<path>", "permiss", "deni", "errno:eacces"},
		"rpc to node3:18182 failed: Connection refused (os error 111)":      {"rpc", "to", "<host>", "fail", "connect", "refus", "errno:econnrefused"},
		`Os { code: 28, kind: StorageFull, message: "No space left" }`:      {"errno:enospc", "kind", "storagefull", "storag", "full", "messag", "no", "spac", "left"},
		"decoding failed; decoded 0x1f bytes; decode error":                 {"decod", "fail", "decod", "#", "byt", "decod", "error"},
		"error sending request for url (https://api.internal/v1/x)":         {"error", "send", "request", "for", "url", "<url>"},
		// Short forms carry the full word's stem; a number with a unit of
		// time or size is a duration or a size.
		"CertExpired: conn reset":                  {"certexpired", "certificat", "expir", "connect", "reset"},
		"timed out after 500ms; value 3GiB, 17 Mb": {"tim", "out", "aft", "#duration", "valu", "#size", "#", "mb"},
		"node2 at 0x1f":                            {"#", "at", "#"},
		// Escapes of JSON and Rust Debug strings and quotes separate words,
		// so a value reads the same however it was quoted.
		`BindFail("0.0.0.0:18182")`:       {"bindfail", "bind", "fail", "<host>"},
		`BindFail(\"0.0.0.0:18182\")`:     {"bindfail", "bind", "fail", "<host>"},
		`line one\nline two\tx caf\u00e9`: {"lin", "one", "lin", "two", "caf"},
	}
	for in, want := range cases {
		if got := scorer.Tokens(in); !reflect.DeepEqual(got, want) {
			t.Errorf("%q\n got %q\nwant %q", in, got, want)
		}
	}
}

func TestPredictDeterministicAndBounded(t *testing.T) {
	s := scorer.New(scorer.Default())
	msg := []byte("Software caused connection abort")
	a := s.Predict(msg)
	for i := 0; i < 3; i++ {
		if b := s.Predict(msg); b != a {
			t.Fatalf("prediction changed: %+v then %+v", a, b)
		}
	}
	if a.Confidence <= 0 || a.Confidence > 1 {
		t.Errorf("confidence %v out of (0,1]", a.Confidence)
	}
	// Nothing known: the prior, below the floor, Unclassified.
	if p := s.Predict([]byte("zxqv wibble frob")); p.Type != "Unclassified" {
		t.Errorf("unknown words typed %+v", p)
	}
	// Hostile input: huge, binary, empty.
	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i)
	}
	_ = s.Predict(big)
	_ = s.Predict(nil)
}

func TestPredictDoesNotAllocate(t *testing.T) {
	s := scorer.New(scorer.Default())
	msg := []byte("snapshot stream to node3:18182 aborted after 500ms: peer sent invalid frame, conn reset (os error 104)")
	s.Predict(msg) // grow the scratch space
	if n := testing.AllocsPerRun(100, func() { s.Predict(msg) }); n != 0 {
		t.Errorf("Predict allocates %v times per call", n)
	}
}

func TestExplain(t *testing.T) {
	s := scorer.New(scorer.Default())
	p, why := s.Explain([]byte("Software caused connection abort"), 3)
	if p.Best != "NetworkError" || len(why) == 0 || len(why) > 3 {
		t.Fatalf("got %+v %+v", p, why)
	}
	for i := 1; i < len(why); i++ {
		if why[i].Weight > why[i-1].Weight {
			t.Errorf("not sorted: %+v", why)
		}
	}
}

// BenchmarkPredict is the fallback's cost on one error message no rule
// typed; classify pays it only for those.
func BenchmarkPredict(b *testing.B) {
	s := scorer.New(scorer.Default())
	msg := []byte("invariant violated: subject graph has a cycle through node 17")
	b.ReportAllocs()
	for b.Loop() {
		s.Predict(msg)
	}
}

func TestMeaningGroups(t *testing.T) {
	for msg, want := range map[string]string{
		"Link number out of range (os error 48)":                "group:errno-system",
		"Connection reset by peer (os error 104)":               "group:errno-socket",
		"Bad message (os error 74)":                             "group:errno-data",
		`Os { code: 13, kind: PermissionDenied, message: "x" }`: "group:kind-file",
		"assertion failed: self.len() <= self.capacity()":       "group:logic",
		"invalid configuration: password missing":               "group:config",
		"Invalid database number - InvalidClientConfig":         "group:config",
		// Family lexicons: words whatever the library.
		"SASL negotiation aborted":   "group:lex-auth",
		"brotli stream ended early":  "group:lex-format",
		"sstable handle went stale":  "group:lex-storage",
		"upstream closed the stream": "group:lex-network",
		"watchdog fired":             "group:lex-time",
	} {
		found := false
		for _, f := range scorer.Features(msg) {
			found = found || f == want
		}
		if !found {
			t.Errorf("%q: no feature %s in %q", msg, want, scorer.Features(msg))
		}
	}
}

// TestPrefixFeatures: a word of five letters or more also counts for its
// first four, once per message, so inflections and compounds stemming does
// not reach share a feature; a CamelCase word kept whole does not (its
// parts do), and masks and short words have none.
func TestPrefixFeatures(t *testing.T) {
	prefixes := func(msg string) []string {
		var out []string
		for _, f := range scorer.Features(msg) {
			if strings.HasPrefix(f, "pre:") {
				out = append(out, f)
			}
		}
		return out
	}
	for msg, want := range map[string][]string{
		"unmarshalling failed":                    {"pre:unma", "pre:fail"},
		"cannot unmarshal":                        {"pre:cann", "pre:unma"},
		"failed: fail again, failing":             {"pre:fail", "pre:agai"},
		"bad key 0xdeadbeef at /var/lib/x/y":      nil,
		"InvalidSignature":                        {"pre:inva", "pre:sign"},
		"decompressor rejected 10.0.0.12:7000 ok": {"pre:deco", "pre:reje"},
		// "os error N" becomes the errno's name, and the prefix of the
		// "error" dropped goes with it; an "error" of the message's own
		// keeps its prefix.
		"Connection refused (os error 111)":                {"pre:conn", "pre:refu"},
		"error reading: Connection refused (os error 111)": {"pre:erro", "pre:read", "pre:conn", "pre:refu"},
		"Input/output error (os error 5)":                  {"pre:inpu", "pre:outp", "pre:erro"},
	} {
		if got := prefixes(msg); !slices.Equal(got, want) {
			t.Errorf("%q: prefix features %q, want %q", msg, got, want)
		}
	}
}

// TestFeatureOrder pins the one walk over a message's features: each
// token and the pair it starts, then the meaning groups, then the
// prefixes. Training, the type model and the signature head all sum in
// this order, so a change to it changes the shipped model's answers.
func TestFeatureOrder(t *testing.T) {
	got := scorer.Features("Timed out reading segment (os error 110)")
	want := []string{
		"tim", "tim out", "out", "out read", "read", "read segment", "segment", "segment errno:etimedout", "errno:etimedout",
		"group:lex-time", "group:lex-storage", "group:errno-time",
		"pre:time", "pre:read", "pre:segm",
	}
	if !slices.Equal(got, want) {
		t.Errorf("features\n got %q\nwant %q", got, want)
	}
}

// A cause wrapped in context is scored when the whole is below the floor;
// what a logic word means is the model's to learn, but a Rust panic's own
// form is never typed.
func TestCauseAndLogic(t *testing.T) {
	m := &scorer.Model{Floor: 0.7, CauseFloor: 0.75, Weights: map[string][scorer.NumClasses]float32{"disk": {6}}}
	s := scorer.New(m)
	if p := s.Predict([]byte("upload failed: disk gone")); p.Type != "StorageError" {
		t.Errorf("wrapped cause: got %+v, want StorageError", p)
	}
	// The service's own context is read past: the same answer as bare.
	if p, q := s.Predict([]byte("request failed: disk gone")), s.Predict([]byte("disk gone")); p != q {
		t.Errorf("in the service's context: got %+v, bare %+v", p, q)
	}
	m.CauseFloor = 0.95
	if p := s.Predict([]byte("upload failed: disk gone")); p.Type != "Unclassified" {
		t.Errorf("cause below its floor: got %+v, want Unclassified", p)
	}
	if p := s.Predict([]byte("disk")); p.Type != "StorageError" {
		t.Errorf("bare: got %+v, want StorageError", p)
	}
	// A logic word is a feature like any other: no word overrules the
	// model. Here the model has learnt nothing of it, so "disk" decides.
	m = &scorer.Model{Floor: 0.7, CauseFloor: 0.75, Weights: map[string][scorer.NumClasses]float32{"disk": {12}}}
	s = scorer.New(m)
	if p := s.Predict([]byte("disk assertion")); p.Type != "StorageError" {
		t.Errorf("logic word the model never learnt: got %+v, want StorageError", p)
	}
	m.Weights["group:logic"] = [scorer.NumClasses]float32{scorer.NumClasses - 1: 24}
	if p := s.Predict([]byte("disk assertion")); p.Type != "Unclassified" {
		t.Errorf("logic word learnt as Unclassified: got %+v, want Unclassified", p)
	}
	// A Rust panic's own form is never typed, even around a cause the
	// model would type.
	if p := s.Predict([]byte("called `Result::unwrap()` on an `Err` value: disk")); p.Type != "Unclassified" {
		t.Errorf("unwrap on an error: got %+v, want Unclassified", p)
	}
}

// A wrapped message is peeled down to its cause, but never to a bare value:
// a host or a number alone says nothing of the type.
func TestBareValueIsNoCause(t *testing.T) {
	m := &scorer.Model{Floor: 0.7, CauseFloor: 0.5, Weights: map[string][scorer.NumClasses]float32{
		"<host>": {0, 0, 0, 9}, "#": {0, 0, 9}, "zz": {0, 0, 0, 0, 0, 20},
	}}
	s := scorer.New(m)
	for _, msg := range []string{"zz qq: 10.0.0.2:18182", "zz qq: 42"} {
		if p := s.Predict([]byte(msg)); p.Type != "Unclassified" {
			t.Errorf("%q typed %s from a bare value", msg, p.Type)
		}
	}
}
