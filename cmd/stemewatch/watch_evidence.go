package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/stemedb/stemewatch/anomaly"
)

// writeEvidence prints, under an anomaly's line, one line per evidence
// item: its kind, verdict and summary, then what came too late.
func writeEvidence(out io.Writer, a *anomaly.Anomaly) {
	ev := a.Evidence
	if ev == nil {
		return
	}
	line := func(kind, verdict, summary string) {
		fmt.Fprintf(out, "    evidence %-14s %-14s %s\n", kind, verdict, oneLine(summary))
	}
	if c := ev.Clock; c != nil {
		line("clock", c.Verdict, c.Summary)
	}
	if p := ev.Peers; p != nil {
		line("peers", p.Verdict, p.Summary)
	}
	if f := ev.Filesystems; f != nil {
		line("filesystems", f.Verdict, f.Summary)
	}
	if r := ev.AgentRequests; r != nil {
		line("agent_requests", r.Verdict, r.Summary)
	}
	if len(ev.Late) > 0 {
		line(strings.Join(ev.Late, ","), "late", "not back within the bound; sent without it")
	}
}

// oneLine keeps a summary on its line whatever it holds.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
}
