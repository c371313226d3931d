package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestUnclassifiedTemplatesRendering(t *testing.T) {
	m := newTemplateMiner()
	var b bytes.Buffer
	writeUnclassifiedTemplates(&b, m, 5)
	if b.Len() != 0 {
		t.Errorf("no Unclassified errors, yet a section:\n%s", b.String())
	}
	for i := 0; i < 3; i++ {
		m.Add("invariant violated: subject graph has a cycle through node " + string(rune('1'+i)))
	}
	m.Add("handler gave up: Authorization: Bearer abc.def.ghi")
	writeUnclassifiedTemplates(&b, m, 5)
	out := b.String()
	for _, want := range []string{
		"TOP UNCLASSIFIED TEMPLATES (4 errors in 2 templates)",
		"      3  invariant violated: subject graph has a cycle through node <*>",
		"e.g. invariant violated: subject graph has a cycle through node 1",
		"patterns suggest",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "abc.def.ghi") {
		t.Errorf("a bearer token is shown:\n%s", out)
	}
	js, err := json.Marshal(unclassifiedTemplatesJSON(m, 5))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(js), `[{"template":"invariant violated: subject graph has a cycle through node \u003c*\u003e","count":3,"example":"invariant violated`) || strings.Contains(string(js), "abc.def.ghi") {
		t.Errorf("json: %s", js)
	}
}
