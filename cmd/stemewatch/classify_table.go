package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/internal/tally"
)

// writeReportTable is the on-call view: what failed, how much, since when,
// when it spiked, and who is behind it, instead of grep | sort | uniq -c
// pipelines and a second tool for the timeline.
func writeReportTable(w io.Writer, rep *classifyReport, o *classifyOpts) {
	t := rep.tally
	p := console.Painter{On: o.colour}
	multiDay := !t.First.IsZero() && t.First.In(rep.loc).YearDay() != t.Last.In(rep.loc).YearDay()
	if sk := rep.Skipped; t.Entries == 0 {
		if left := sk.Duplicates + sk.OutOfRange + sk.Undated + sk.OtherUnit; left > 0 {
			fmt.Fprintf(w, "0 of %s entries read match the filters: nothing to report (%s)\n", groupDigits(left), timesNote(rep.loc, time.Time{}))
		} else {
			fmt.Fprintf(w, "0 entries read: nothing to report (%s)\n", timesNote(rep.loc, time.Time{}))
		}
	} else {
		span := ""
		if !t.First.IsZero() {
			span = fmt.Sprintf(" from %s to %s (%s)", clockIn(t.First, rep.loc, true), clockIn(t.Last, rep.loc, multiDay), t.Last.Sub(t.First).Round(time.Second))
		}
		fmt.Fprintf(w, "%s entries%s; %s\n", groupDigits(t.Entries), span, timesNote(rep.loc, t.First))
	}
	fmt.Fprintf(w, "%s (%s of entries), %s", plural(t.Errors, "error"), pct(t.Errors, t.Entries), plural(t.Signature, "signature failure"))
	if t.Malformed > 0 || t.Truncated > 0 {
		fmt.Fprintf(w, ", %s malformed, %s truncated (message not shown by journalctl: rerun it with --all)", groupDigits(t.Malformed), groupDigits(t.Truncated))
	}
	fmt.Fprintf(w, "\npatterns %s\n", rep.PatternsVersion)
	writeFilterLines(w, rep, o)
	fmt.Fprintln(w)
	switch {
	case t.Entries == 0:
		return
	case t.Errors == 0:
		fmt.Fprintln(w, "No errors.")
	default:
		width := len("ERROR TYPE")
		for _, ty := range rep.Types {
			width = max(width, len(ty.ErrorType))
		}
		dw := 8
		if multiDay {
			dw = 19
		}
		fmt.Fprintf(w, "%-*s  %9s  %6s  %-*s  %s\n", width, "ERROR TYPE", "COUNT", "SHARE", dw, "FIRST SEEN", "LAST SEEN")
		for _, ty := range t.Types() {
			fmt.Fprintf(w, "%s  %9s  %6s  %-*s  %s\n", p.Paint(console.TypeColour(ty.Name), fmt.Sprintf("%-*s", width, ty.Name)),
				groupDigits(ty.Count), pct(ty.Count, t.Errors), dw, clockIn(ty.First, rep.loc, multiDay), clockIn(ty.Last, rep.loc, multiDay))
		}
	}
	writeTimeline(w, rep, p)
	if len(rep.Bursts) > 0 || len(rep.SignatureBursts) > 0 {
		fmt.Fprintln(w, "\nBURSTS (a rate well above the type's usual one)")
		for _, b := range rep.Bursts {
			fmt.Fprintf(w, "  %s\n", b.Summary)
		}
		for _, b := range rep.SignatureBursts {
			fmt.Fprintf(w, "  %s\n", b.Summary)
			if len(b.TopAgents) > 0 {
				fmt.Fprintf(w, "    most: %s\n", agentList(b.TopAgents))
			}
		}
	}
	if t.Signature > 0 {
		sc := rep.SignatureScope
		over := ""
		if len(rep.SignatureBursts) > 0 {
			over = " over the whole span"
		}
		fmt.Fprintf(w, "\nSignature failures: %s (%s at error level, %s below), from %s%s: %s\n",
			groupDigits(sc.Failures), groupDigits(sc.AtErrorLevel), groupDigits(sc.Failures-sc.AtErrorLevel), plural(int64(sc.Agents), "agent"), over,
			o.scope.hint(sc.Agents, sc.Failures))
		if agents := t.TopSignatureAgents(min(o.top, 5)); len(agents) > 0 {
			fmt.Fprintf(w, "  most: %s\n", agentList(agents))
		}
	}
	writeAgentsByType(w, rep, o.top)
	writeUnclassifiedTemplates(w, rep.templates, o.top)
}

// writeFilterLines says what the counts leave out: filters, duplicates.
func writeFilterLines(w io.Writer, rep *classifyReport, o *classifyOpts) {
	sk := rep.Skipped
	if f := rep.Filters; f != nil {
		var parts []string
		if !o.from.IsZero() {
			parts = append(parts, "since "+clockIn(o.from, rep.loc, true))
		}
		if !o.to.IsZero() {
			parts = append(parts, "until "+clockIn(o.to, rep.loc, true))
		}
		if len(f.Types) > 0 {
			parts = append(parts, "type "+strings.Join(f.Types, ", "))
		}
		if len(f.Agents) > 0 {
			parts = append(parts, "agent "+strings.Join(f.Agents, ", "))
		}
		if f.Unit != "" {
			parts = append(parts, "unit "+f.Unit)
		}
		var left []string
		if sk.OutOfRange > 0 {
			left = append(left, groupDigits(sk.OutOfRange)+" entries outside the time range")
		}
		if sk.Undated > 0 {
			left = append(left, groupDigits(sk.Undated)+" entries with no time")
		}
		if sk.OtherUnit > 0 {
			left = append(left, groupDigits(sk.OtherUnit)+" entries of other units")
		}
		if sk.FilteredEvents > 0 {
			left = append(left, groupDigits(sk.FilteredEvents)+" errors or signature failures of other types or agents")
		}
		line := "filtered: " + strings.Join(parts, "; ")
		if len(left) > 0 {
			line += " (left out: " + strings.Join(left, ", ") + ")"
		}
		fmt.Fprintln(w, line)
	}
	if sk.Duplicates > 0 {
		fmt.Fprintf(w, "%s entries given more than once (same journal cursor, or same time, host and message) counted once\n", groupDigits(sk.Duplicates))
	}
}

// chartLevels are the eighths of a bucket's height.
var chartLevels = []rune(" ▁▂▃▄▅▆▇█")

// writeTimeline draws one row per error type (and one for signature
// failures), each scaled to its own peak, buckets in a burst painted bold.
func writeTimeline(w io.Writer, rep *classifyReport, p console.Painter) {
	c := rep.chart
	if c == nil || (rep.Errors == 0 && rep.SignatureFailures == 0) {
		return
	}
	const sigRow = "signature failures"
	labelW := len(sigRow)
	for _, ty := range rep.Types {
		labelW = max(labelW, len(ty.ErrorType))
	}
	n := len(c.Signature)
	fmt.Fprintf(w, "\nTIMELINE (one column = %s, each row scaled to its own peak)\n", shortDuration(c.Step))
	fmt.Fprintf(w, "%-*s  %s\n", labelW, "", axis(c, rep.loc, n))
	hot := map[string][]bool{}
	for _, b := range rep.Bursts {
		hot[b.ErrorType] = markBurst(hot[b.ErrorType], n, c, b.From, b.To)
	}
	for _, b := range rep.SignatureBursts {
		hot[sigRow] = markBurst(hot[sigRow], n, c, b.From, b.To)
	}
	row := func(name string, counts []int64, colour string) {
		var peak int64
		for _, v := range counts {
			peak = max(peak, v)
		}
		var b strings.Builder
		for i, v := range counts {
			r := chartLevels[0]
			if v > 0 {
				r = chartLevels[max(1, int((v*8+peak-1)/peak))]
			}
			code := colour
			if h := hot[name]; h != nil && h[i] {
				code = "1;" + colour
				if colour == "" {
					code = "1"
				}
			}
			b.WriteString(p.Paint(code, string(r)))
		}
		pad := strings.Repeat(" ", labelW-len(name))
		fmt.Fprintf(w, "%s%s  %s  peak %s%s\n", p.Paint(colour, name), pad, b.String(), groupDigits(peak), perStep(c.Step))
	}
	for _, ty := range rep.Types {
		row(ty.ErrorType, c.Types[ty.ErrorType], console.TypeColour(ty.ErrorType))
	}
	if rep.SignatureFailures > 0 {
		row(sigRow, c.Signature, "1;33")
	}
}

// markBurst marks buckets from..to (RFC 3339 strings) in h.
func markBurst(h []bool, n int, c *tally.Chart, from, to string) []bool {
	if h == nil {
		h = make([]bool, n)
	}
	f, err1 := time.Parse(time.RFC3339Nano, from)
	t, err2 := time.Parse(time.RFC3339Nano, to)
	if err1 != nil || err2 != nil {
		return h
	}
	for i := 0; i < n; i++ {
		s := c.BucketStart(i)
		if !s.Before(f) && s.Before(t) {
			h[i] = true
		}
	}
	return h
}

// axis labels the chart's columns with times, at round times (every 5,
// 10, 15, 20, 30 or 60 buckets, the first that leaves room for a label).
func axis(c *tally.Chart, loc *time.Location, n int) string {
	f := "15:04"
	first, last := c.BucketStart(0).In(loc), c.BucketStart(n-1).In(loc)
	switch {
	case c.Step < time.Minute:
		f = "15:04:05"
	case c.Step >= 6*time.Hour:
		f = "Jan 2"
	case first.YearDay() != last.YearDay() || first.Year() != last.Year():
		f = "Jan 2 15:04"
	}
	lw := len(c.BucketStart(0).In(loc).Format(f))
	every := 60
	for _, e := range []int{5, 10, 15, 20, 30, 60} {
		if e >= lw+2 {
			every = e
			break
		}
	}
	period := int64(every) * int64(c.Step/time.Second)
	line := make([]byte, 0, n+lw)
	lastEnd := 0
	for i := 0; i < n; {
		s := c.BucketStart(i).In(loc)
		_, off := s.Zone()
		if i == 0 || (s.Unix()+int64(off))%period == 0 && i >= lastEnd+1 {
			line = append(line, s.Format(f)...)
			i += lw
			lastEnd = i
			continue
		}
		line = append(line, ' ')
		i++
	}
	return strings.TrimRight(string(line), " ")
}

// writeAgentsByType is TOP AGENTS BY ERRORS with each agent's errors split
// over the most frequent types (their names without "Error").
func writeAgentsByType(w io.Writer, rep *classifyReport, top int) {
	agents := rep.AgentsByType
	if len(agents) == 0 || top == 0 {
		return
	}
	// Columns: the types these agents have, most errors first, at most six;
	// the rest in "other".
	sum := map[string]int64{}
	for _, a := range agents {
		for ty, n := range a.ByType {
			sum[ty] += n
		}
	}
	cols := make([]string, 0, len(sum))
	for ty := range sum {
		cols = append(cols, ty)
	}
	sort.Slice(cols, func(i, j int) bool {
		if sum[cols[i]] != sum[cols[j]] {
			return sum[cols[i]] > sum[cols[j]]
		}
		return cols[i] < cols[j]
	})
	width := len("AGENT")
	for _, a := range agents {
		width = max(width, console.Width(console.Sanitize(a.AgentID)))
	}
	// On a terminal, as many type columns as fit; the rest in "other".
	room := 6
	if rep.cols > 0 {
		used, n := 2+width+2+9+2+6+2+6, 0 // up to SHARE, and "other"
		for _, ty := range cols {
			w := 2 + max(6, len(strings.TrimSuffix(ty, "Error")))
			if used+w > rep.cols {
				break
			}
			used += w
			n++
		}
		room = max(1, n)
	}
	other := false
	if len(cols) > room {
		cols, other = cols[:max(1, room-1)], true
		if rep.cols == 0 {
			cols = cols[:min(len(cols), 5)]
		}
	}
	fmt.Fprintln(w, "\nTOP AGENTS BY ERRORS, SPLIT BY TYPE")
	head := fmt.Sprintf("  %-*s  %9s  %6s", width, "AGENT", "ERRORS", "SHARE")
	names := make([]string, len(cols))
	for i, ty := range cols {
		names[i] = ty
		if s := strings.TrimSuffix(ty, "Error"); s != "" {
			names[i] = s
		}
		head += fmt.Sprintf("  %*s", max(6, len(names[i])), names[i])
	}
	if other {
		head += fmt.Sprintf("  %6s", "other")
	}
	fmt.Fprintln(w, head)
	for _, a := range agents {
		line := fmt.Sprintf("  %s  %9s  %6s", console.Pad(console.Sanitize(a.AgentID), width), groupDigits(a.Errors), pct(a.Errors, rep.Errors))
		var shown int64
		for i, ty := range cols {
			v := a.ByType[ty]
			shown += v
			cell := "-"
			if v > 0 {
				cell = groupDigits(v)
			}
			line += fmt.Sprintf("  %*s", max(6, len(names[i])), cell)
		}
		if other {
			var rest int64
			for _, v := range a.ByType {
				rest += v
			}
			cell := "-"
			if rest-shown > 0 {
				cell = groupDigits(rest - shown)
			}
			line += fmt.Sprintf("  %6s", cell)
		}
		fmt.Fprintln(w, line)
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

func plural(n int64, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return groupDigits(n) + " " + noun + "s"
}
