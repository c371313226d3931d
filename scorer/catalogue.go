package scorer

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/stemedb/stemewatch/patterns"
)

// CatalogueEntry is one labelled wording of testdata/catalogue.jsonl.
type CatalogueEntry struct {
	Message   string `json:"message"`
	Type      string `json:"type"`
	Signature bool   `json:"signature"`
	// Source is the repository the wording was read from ("owner/name"),
	// Path the file in it.
	Source string `json:"source"`
	Path   string `json:"path"`
	// Batch names the catalogue batch the wording came in ("first",
	// "fresh", "validation", "holdout", "holdout2", ...); the test set has
	// none.
	Batch string `json:"batch,omitempty"`
}

// ReadCatalogue parses the catalogue's JSON lines. An error names the line.
func ReadCatalogue(r io.Reader, name string) ([]CatalogueEntry, error) {
	var out []CatalogueEntry
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e CatalogueEntry
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, n, err)
		}
		switch {
		case e.Message == "":
			return nil, fmt.Errorf("%s:%d: empty message", name, n)
		case ClassIndex(e.Type) < 0:
			return nil, fmt.Errorf("%s:%d: type %q is not one of %s", name, n, e.Type, strings.Join(Classes[:], ", "))
		case e.Source == "" || e.Path == "":
			return nil, fmt.Errorf("%s:%d: source and path are required (provenance)", name, n)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

// RuleExample is a pattern rule's example line with the type the rule
// assigns.
type RuleExample struct {
	Text, Type string
	// Signature marks a signature rule's example.
	Signature bool
}

// ServiceContext is the context stemedb-api's request handler puts before
// every error it logs ("request failed: <the error>", or the message
// "request failed" with the error in a field): 248 of the bundled hour's
// error lines, of every type. Its words say nothing of the type, so the
// scorer reads past it (WithoutContext), in training and in prediction
// alike: a wording is scored the same bare, wrapped, or with its cause in
// an error field. (Once it was only trained on both ways; a wording near
// the floor could still land on both sides of it, which the shape test
// caught.)
const ServiceContext = "request failed: "

// WithoutContext returns msg without the service's own context in front.
func WithoutContext(msg []byte) []byte {
	if len(msg) >= len(ServiceContext) && string(msg[:len(ServiceContext)]) == ServiceContext {
		return msg[len(ServiceContext):]
	}
	return msg
}

// TrainingSet assembles the examples a model is trained on: the catalogue
// and the rules' examples. The catalogue entries of the heldOut sources
// ("" names none) are left out, and so is every rule example whose tokens
// equal or contain a held-out wording's, so that a leave-one-source-out
// model has not seen the source in either form.
func TrainingSet(cat []CatalogueEntry, rules []RuleExample, heldOut ...string) []Example {
	var out []Example
	var held []string
	for _, e := range cat {
		if isHeldOut(e.Source, heldOut) {
			held = append(held, " "+strings.Join(Tokens(e.Message), " ")+" ")
			continue
		}
		out = append(out, Example{Text: e.Message, Class: e.Type, Signature: e.Signature})
	}
	for _, r := range rules {
		if ClassIndex(r.Type) < 0 {
			continue
		}
		norm := " " + strings.Join(Tokens(r.Text), " ") + " "
		skip := false
		for _, h := range held {
			if strings.Contains(norm, h) {
				skip = true
				break
			}
		}
		if !skip {
			out = append(out, Example{Text: r.Text, Class: r.Type, Signature: r.Signature})
		}
	}
	return out
}

// RuleExamples returns every rule's examples with the type it assigns.
func RuleExamples(set *patterns.Set) []RuleExample {
	var out []RuleExample
	for _, r := range set.All() {
		for _, ex := range r.Examples {
			out = append(out, RuleExample{Text: ex, Type: r.Type, Signature: r.Signature})
		}
	}
	return out
}

func isHeldOut(src string, heldOut []string) bool {
	for _, h := range heldOut {
		if h != "" && h == src {
			return true
		}
	}
	return false
}
