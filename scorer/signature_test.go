package scorer_test

import (
	"testing"

	"github.com/stemedb/stemewatch/scorer"
)

func TestMentionsSignature(t *testing.T) {
	for msg, want := range map[string]bool{
		"Signature verification failed":           true,
		"InvalidSignature":                        true,
		"Verification equation was not satisfied": true,
		"MacError":                                  true,
		"sig":                                       true,
		"VERIF":                                     true,
		"signing nonce failed":                      true,
		"AES-GCM Authentication check fail":         true,
		"message authentication code incorrect":     true,
		"Authentication tag didn't verify":          true,
		"cipher: message authentication failed":     true,
		"GCM auth tag invalid":                      true,
		"Message Authentication":                    true,
		"MESSAGE AUTHENTICATION FAILED":             true,
		"decryption error - integrity check failed": true,
		"could not decrypt packet: invalid tag":     true,
		"invalid membership tags":                   true,
		"Decapsulate error InvalidAeadTag":          true,
		"invalid Response Authenticator":            true,
		"tag":                                       true,
		"stage 3 failed":                            false,
		"tagged release missing":                    false,
		"vintage":                                   false,
		"integrit":                                  false,
		"auth token expired":                        false,
		"auth ta":                                   false,
		"message authenticity":                      false,
		"Error: AuthenticationError: token expired": false,
		"authentication failed":                     false,
		"authentication ":                           false,
		"connection refused":                        false,
		"token expired":                             false,
		"ver":                                       false,
		"":                                          false,
		"si":                                        false,
	} {
		if got := scorer.MentionsSignature([]byte(msg)); got != want {
			t.Errorf("MentionsSignature(%q) = %v, want %v", msg, got, want)
		}
	}
}

// The signature head generalises from the wordings it was trained on to a
// phrasing none of them has, and is not fooled by a certificate or a
// signature that was merely expected.
func TestSignatureHeadOnUnseenPhrasings(t *testing.T) {
	ex := []scorer.Example{
		{Text: "signature verification failed", Class: "AuthenticationError", Signature: true},
		{Text: "invalid signature", Class: "AuthenticationError", Signature: true},
		{Text: "Signature tag didn't verify", Class: "AuthenticationError", Signature: true},
		{Text: "ed25519 signature mismatch", Class: "AuthenticationError", Signature: true},
		{Text: "certificate signature invalid", Class: "NetworkError"},
		{Text: "invalid peer certificate: BadSignature", Class: "NetworkError"},
		{Text: "unsupported signature algorithm", Class: "Unclassified"},
		{Text: "missing signature header", Class: "AuthenticationError"},
		{Text: "connection refused", Class: "NetworkError"},
		{Text: "disk full", Class: "StorageError"},
		{Text: "token expired", Class: "AuthenticationError"},
		{Text: "invalid utf-8", Class: "SerializationError"},
	}
	m, err := scorer.Train(ex, scorer.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := scorer.New(m)
	for msg, want := range map[string]bool{
		"the request signature failed to verify": true,
		"connection refused by peer":             false,
		"invalid utf-8 in header":                false,
	} {
		if got, p := s.Signature([]byte(msg)); got != want {
			t.Errorf("Signature(%q) = %v (%.2f), want %v", msg, got, p, want)
		}
	}
	p, why := s.ExplainSignature([]byte("the request signature failed to verify"), 3)
	if p < m.Sig.Floor || len(why) == 0 || why[0].Weight <= 0 {
		t.Errorf("ExplainSignature: %.2f %+v", p, why)
	}
	if got, _ := scorer.New(&scorer.Model{}).Signature([]byte("invalid signature")); got {
		t.Error("a model without a signature head called a signature failure")
	}
}

func TestSignatureDoesNotAllocate(t *testing.T) {
	s := scorer.New(scorer.Default())
	msg := []byte("request signature could not be checked against key k-0042 (500ms, 3GiB)")
	s.Signature(msg)
	if n := testing.AllocsPerRun(100, func() { s.Signature(msg) }); n != 0 {
		t.Errorf("Signature allocates %v times per call", n)
	}
	if n := testing.AllocsPerRun(100, func() { scorer.MentionsSignature(msg) }); n != 0 {
		t.Errorf("MentionsSignature allocates %v times per call", n)
	}
}

// BenchmarkMentionsSignature is the gate's cost on an error line that does
// not pass it: it runs on every error no signature rule recognised.
func BenchmarkMentionsSignature(b *testing.B) {
	msg := []byte(`{"timestamp":"2026-11-25T09:46:40.123456Z","level":"ERROR","fields":{"message":"request failed","error":"compaction of level 3 failed: No space left on device (os error 28)","agent_id":"agent-0042","method":"POST","path":"/v1/assertions","status":500},"target":"stemedb_storage::lsm"}`)
	b.SetBytes(int64(len(msg)))
	for b.Loop() {
		if scorer.MentionsSignature(msg) {
			b.Fatal("gate opened")
		}
	}
}

// The head learns only from messages its gate lets through, the only ones
// it will ever score: a word that appears in no gated message gets no
// weight, even on a row labelled a signature failure.
func TestSignatureHeadLearnsOnlyBehindItsGate(t *testing.T) {
	var ex []scorer.Example
	for i := 0; i < 20; i++ {
		ex = append(ex,
			scorer.Example{Text: "request signature verification failed", Class: "AuthenticationError", Signature: true},
			scorer.Example{Text: "unsupported signature scheme requested", Class: "Unclassified"},
			scorer.Example{Text: "zzqx checksum check failed", Class: "AuthenticationError", Signature: true},
			scorer.Example{Text: "connection refused by peer", Class: "NetworkError"},
		)
	}
	m, err := scorer.Train(ex, scorer.TrainOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if w, ok := m.Sig.Weights["zzqx"]; ok {
		t.Errorf("the head weighs %q (%v), a word only an ungated message holds", "zzqx", w)
	}
	if _, ok := m.Sig.Weights["verific"]; !ok {
		t.Errorf("the head has no weight for a gated message's words: %v", m.Sig.Weights)
	}
}
