package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/stemedb/stemewatch/internal/tally"
	"github.com/stemedb/stemewatch/patterns"
)

// writeSummaryTable is the on-call view: what failed, how much, since when,
// and who is behind it, instead of grep | sort | uniq -c pipelines.
func writeSummaryTable(w io.Writer, t *tally.Tally, top int, set *patterns.Set) {
	span := ""
	if !t.First.IsZero() {
		span = fmt.Sprintf(" from %s to %s (%s)", t.First.Format(time.RFC3339), t.Last.Format(time.RFC3339), t.Last.Sub(t.First).Round(time.Second))
	}
	fmt.Fprintf(w, "%s entries%s\n", groupDigits(t.Entries), span)
	fmt.Fprintf(w, "%s (%s of entries), %s", plural(t.Errors, "error"), pct(t.Errors, t.Entries), plural(t.Signature, "signature failure"))
	if t.Malformed > 0 || t.Truncated > 0 {
		fmt.Fprintf(w, ", %s malformed, %s truncated (MESSAGE null: rerun journalctl with --all)", groupDigits(t.Malformed), groupDigits(t.Truncated))
	}
	fmt.Fprintf(w, "\npatterns %s\n\n", set.Version())
	if t.Errors == 0 {
		fmt.Fprintln(w, "No errors.")
	} else {
		types := t.Types()
		width := len("ERROR TYPE")
		for _, ty := range types {
			width = max(width, len(ty.Name))
		}
		fmt.Fprintf(w, "%-*s  %9s  %6s  %-19s  %-19s\n", width, "ERROR TYPE", "COUNT", "SHARE", "FIRST SEEN", "LAST SEEN")
		for _, ty := range types {
			fmt.Fprintf(w, "%-*s  %9s  %6s  %-19s  %-19s\n", width, ty.Name, groupDigits(ty.Count), pct(ty.Count, t.Errors), clock(ty.First), clock(ty.Last))
		}
	}
	if t.Signature > 0 {
		warn := t.Signature - t.SignatureErrors
		fmt.Fprintf(w, "\nSignature failures: %s (%s at error level, %s below), from %s: %s\n",
			groupDigits(t.Signature), groupDigits(t.SignatureErrors), groupDigits(warn), plural(int64(t.SignatureAgents()), "agent"), scopeHint(t))
		if agents := t.TopSignatureAgents(min(top, 5)); len(agents) > 0 {
			fmt.Fprintf(w, "  most: %s\n", agentList(agents))
		}
	}
	if agents := t.TopAgents(top); len(agents) > 0 && top > 0 {
		fmt.Fprintln(w, "\nTOP AGENTS BY ERRORS")
		width := 0
		for _, a := range agents {
			width = max(width, len(a.AgentID))
		}
		for _, a := range agents {
			fmt.Fprintf(w, "  %-*s  %9s  %6s\n", width, a.AgentID, groupDigits(a.Errors), pct(a.Errors, t.Errors))
		}
	}
}

// scopeHint reads the runbook's question into the numbers: many agents
// failing signatures suggests server clock skew; few suggests a client.
func scopeHint(t *tally.Tally) string {
	agents := t.SignatureAgents()
	switch {
	case agents == 0:
		return "no agent ids logged"
	case agents >= 10 && int64(agents)*4 >= t.Signature:
		return "widespread (suspect this node's clock or a fleet-wide client change)"
	default:
		return "concentrated (suspect a client fault or abuse)"
	}
}

func agentList(agents []tally.Agent) string {
	parts := make([]string, len(agents))
	for i, a := range agents {
		parts[i] = fmt.Sprintf("%s (%d)", a.AgentID, a.Errors)
	}
	return strings.Join(parts, ", ")
}

func pct(n, of int64) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

func clock(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format("2006-01-02 15:04:05")
}

func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return groupDigits(n) + " " + noun + "s"
}
