package classifier_test

import (
	"bufio"
	"encoding/json"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

// logShapes are the ways stemedb-api's tracing prints one error message:
// a text line, the same behind the handler's context, a JSON line with
// fields after the message, and logfmt with the message as the error value
// and a field after it.
var logShapes = []struct {
	name   string
	render func(msg string) string
}{
	{"text", func(m string) string { return "2026-11-25T09:46:40.123456Z ERROR stemedb_api::handlers: " + m }},
	{"json", func(m string) string {
		b, _ := json.Marshal(m)
		return `{"timestamp":"2026-11-25T09:46:40.123456Z","level":"ERROR","fields":{"message":` + string(b) + `},"target":"stemedb_api::handlers"}`
	}},
	{"text field", func(m string) string {
		return "2026-11-25T09:46:40.123456Z ERROR stemedb_api::handlers: request failed error=" + m
	}},
	{"json field", func(m string) string {
		b, _ := json.Marshal(m)
		return `{"timestamp":"2026-11-25T09:46:40.123456Z","level":"ERROR","fields":{"message":"request failed","error":` + string(b) + `},"target":"stemedb_api::handlers"}`
	}},
	{"logfmt", func(m string) string {
		return `level=error msg="request failed" error=` + strconv.Quote(m) + ` agent_id=agent-0042`
	}},
}

// explicitInLogfmt: an error value that starts with a CamelCase *Error
// names the type itself in logfmt (the service's structured form, as the
// contract says), so such a wording is not expected to agree there.
var explicitInLogfmt = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*Error:`)

// onlyFields: a wording that is nothing but key=value pairs ("ID=X
// Message=Y") cannot be told apart from fields in tracing's text error
// field ("error=ID=X Message=Y" reads as two fields), so it is not expected
// to agree there.
var onlyFields = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_.]*=\S*( [A-Za-z_][A-Za-z0-9_.]*=\S*)*$`)

// trailingFields: a wording that ends in key=value pairs ("header from the
// future: header_time=… now=… max_clock_drift=5s") reads in tracing's text
// format as a shorter message followed by fields, which is what the text
// format means by them; only the shapes that keep the message whole (JSON,
// logfmt) are expected to agree on it, with the JSON line.
var trailingFields = regexp.MustCompile(`(\s[A-Za-z_][A-Za-z0-9_.]*=\S+)+$`)

// quotedFields: a wording that ends in fields a Go logger printed with
// quoted values ("Notify attempt failed, will retry later receiver=x
// err=\"unexpected status code 503: …\""), put unquoted after tracing's
// text `error=`, becomes that field's first words followed by sibling
// fields, one of them a second error field: the text field shape cannot
// keep it whole, so it is not expected to agree there. Every other shape,
// the text line included, still is.
var quotedFields = regexp.MustCompile(`(\s[A-Za-z_][A-Za-z0-9_.]*=("([^"\\]|\\.)*"|\S+))+$`)

// agreeAcrossShapes reports, for each shape after the first, a wording
// the classifier types differently than in the text shape (the JSON shape
// for a wording with trailing fields).
func agreeAcrossShapes(t *testing.T, c *classifier.Classifier, what, msg string) {
	t.Helper()
	want, ref := "", ""
	for _, sh := range logShapes {
		if sh.name != "text" && sh.name != "json" && explicitInLogfmt.MatchString(msg) {
			continue
		}
		if sh.name == "text field" && (onlyFields.MatchString(msg) || quotedFields.MatchString(msg)) {
			continue
		}
		if (sh.name == "text" || sh.name == "text field") && trailingFields.MatchString(msg) {
			continue
		}
		v := c.Classify(&classifier.Entry{Message: []byte(sh.render(msg)), Priority: 6})
		got := v.ErrorType
		if v.Signature {
			got += " (signature)"
		}
		if ref == "" {
			want, ref = got, sh.name
			continue
		}
		if got != want {
			t.Errorf("%s %q: %s shape gives %q (rule %q), %s gives %q", what, msg, sh.name, got, v.Rule, ref, want)
		}
	}
}

// TestRuleExamplesHoldInEveryShape: a rule types its examples alike in
// every shape the service logs in. An anchor written for the end of a text
// line (`$`) once failed this in JSON, where more fields follow the
// message, and one written for JSON's `error":"` failed in logfmt.
func TestRuleExamplesHoldInEveryShape(t *testing.T) {
	c := classifier.New(patterns.Default())
	for _, r := range patterns.Default().All() {
		for _, ex := range r.Examples {
			agreeAcrossShapes(t, c, "rule "+r.Name+" example", ex)
		}
	}
}

// TestCatalogueHoldsInEveryShape is the same over the catalogue of real
// wordings (testdata/catalogue.jsonl), rules and fallback together.
func TestCatalogueHoldsInEveryShape(t *testing.T) {
	f, err := os.Open("../testdata/catalogue.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c := classifier.New(patterns.Default())
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var e struct{ Message, Source string }
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("catalogue line %d: %v", n+1, err)
		}
		n++
		agreeAcrossShapes(t, c, e.Source, e.Message)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n < 500 {
		t.Fatalf("read %d catalogue wordings, want the whole catalogue", n)
	}
}
