package patterns

import "testing"

func TestDefaultRulesCompileAndPassTheirExamples(t *testing.T) {
	s, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Rules) == 0 || len(s.Signature) == 0 {
		t.Fatalf("rules=%d signature=%d", len(s.Rules), len(s.Signature))
	}
}
