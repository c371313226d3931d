package main

import (
	"fmt"
	"io"

	"github.com/stemedb/stemewatch/redact"
	"github.com/stemedb/stemewatch/templates"
)

// How many Unclassified templates classify keeps while reading (bounded
// memory; past it messages are counted as overflow) and shows.
const (
	maxUnclassifiedTemplates  = 1000
	showUnclassifiedTemplates = 10
	// templateExampleBytes caps a template's example as shown.
	templateExampleBytes = 240
)

// newTemplateMiner returns the miner classify feeds the message (Event.Message)
// of every Unclassified error entry.
func newTemplateMiner() *templates.Miner { return templates.New(maxUnclassifiedTemplates) }

// unclassifiedTemplatesJSON returns the top n templates of m (n <= 0: the
// default 10) for the JSON summary, examples redacted.
func unclassifiedTemplatesJSON(m *templates.Miner, n int) []unclassifiedTemplate {
	if n <= 0 {
		n = showUnclassifiedTemplates
	}
	top := m.Top(n)
	out := make([]unclassifiedTemplate, len(top))
	for i, t := range top {
		out[i] = unclassifiedTemplate{Template: t.Pattern, Count: int64(t.Count), Example: redact.Sample(t.Example, templateExampleBytes)}
	}
	return out
}

// writeUnclassifiedTemplates renders the top n templates of m (n <= 0: the
// default 10) as a table section: count, template, one redacted example,
// and the next step. It writes nothing when there were no Unclassified
// errors.
func writeUnclassifiedTemplates(w io.Writer, m *templates.Miner, n int) {
	if m == nil || m.Total() == 0 {
		return
	}
	if n <= 0 {
		n = showUnclassifiedTemplates
	}
	top := m.Top(n)
	fmt.Fprintf(w, "\nTOP UNCLASSIFIED TEMPLATES (%s in %s", plural(int64(m.Total()), "error"), plural(int64(m.Len()), "template"))
	if m.Overflow() > 0 {
		fmt.Fprintf(w, ", %d more past the first %d templates", m.Overflow(), maxUnclassifiedTemplates)
	}
	fmt.Fprintf(w, "):\n  %7s  %s\n", "COUNT", "TEMPLATE")
	for _, t := range top {
		fmt.Fprintf(w, "  %7d  %s\n  %7s  e.g. %s\n", t.Count, redact.Sample(t.Pattern, 0), "", redact.Sample(t.Example, templateExampleBytes))
	}
	fmt.Fprintf(w, "Draft rules for them: stemewatch patterns suggest --input FILE\n")
}
