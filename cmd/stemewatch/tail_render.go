package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/console"
)

// tail's rendering: the columns for a terminal width, one aligned and
// coloured line per event, and the "--" notes and wrapped summaries.

// tailLayout is the column widths for one terminal width.
type tailLayout struct {
	ms     bool // milliseconds in the time
	short  bool // error types without their "Error" suffix
	method bool
	typeW  int
	agentW int
	pathW  int // 0: no path column
}

// minMessage is the room kept for the message before a path column is
// shown on a narrow terminal.
const minMessage = 40

// layoutFor picks the columns for width (0: not cut). Wide: time with
// milliseconds, full type names, agent, status, method, path. Narrow
// (under 132 columns): time to the second, type names without "Error",
// agent, status, and the path only when the message keeps 40 columns.
func layoutFor(width int) tailLayout {
	if width == 0 || width >= 132 {
		return tailLayout{ms: true, method: true, typeW: 19, agentW: 12, pathW: 26}
	}
	l := tailLayout{short: true, typeW: 14, agentW: 10}
	used := 8 + 1 + l.typeW + 1 + 3 + 1 + l.agentW + 1 + 3 // time type sig agent status
	if rest := width - used - 1 - minMessage; rest >= 13 {
		l.pathW = min(rest-1, 20)
	}
	return l
}

// cell is one column's text and its colour.
type cell struct{ text, code string }

// line writes one event (or, with --all, a dimmed non-error entry).
func (v *tailView) line(ev *classifier.Event, rep bool) {
	l := v.layout
	if !ev.Time.IsZero() {
		if d := ev.Time.In(v.loc).Format("2006-01-02 Monday"); d != v.lastDate {
			if v.lastDate == "" {
				// The zone, once, where times are first read.
				v.note(d + " (" + timesNote(v.loc, ev.Time) + ")")
			} else {
				v.note(d)
			}
			v.lastDate = d
		}
	}
	ts := "-"
	if !ev.Time.IsZero() {
		f := "15:04:05"
		if l.ms {
			f = "15:04:05.000"
		}
		ts = ev.Time.In(v.loc).Format(f)
	}
	timeW := 8
	if l.ms {
		timeW = 12
	}
	typ, typCode := ev.Level, ""
	if typ == "" {
		typ = "-"
	}
	if t := ev.Type(); t != "" {
		typ, typCode = t, console.TypeColour(t)
		if s := strings.TrimSuffix(t, "Error"); l.short && s != "" {
			typ = s
		}
	}
	sig, sigCode := "   ", ""
	if ev.SignatureFailure {
		sig, sigCode = "sig", "1;33"
	}
	agent := ev.AgentID
	if agent == "" {
		agent = "-"
	}
	status := "-"
	if ev.HTTPStatus != 0 {
		status = strconv.Itoa(ev.HTTPStatus)
	}
	cells := append(make([]cell, 0, 8),
		cell{console.Pad(ts, timeW), "2"},
		cell{console.Pad(console.Sanitize(typ), l.typeW), typCode},
		cell{sig, sigCode},
		cell{console.Pad(console.Sanitize(agent), l.agentW), ""},
		cell{console.Pad(status, 3), ""})
	if l.method {
		m := ev.Method
		if m == "" {
			m = "-"
		}
		cells = append(cells, cell{console.Pad(console.Sanitize(m), 6), ""})
	}
	if l.pathW > 0 {
		p := ev.Path
		if p == "" {
			p = "-"
		}
		cells = append(cells, cell{console.Pad(console.Sanitize(p), l.pathW), ""})
	}
	cells = append(cells, cell{console.Sanitize(withoutTypeName(ev.Message, ev.Type())), ""})
	lineCode := ""
	if !rep {
		lineCode = "2" // not an error: dimmed
	}
	v.buf = v.render(v.buf[:0], cells, lineCode, v.paint)
	v.out.Write(v.buf)
}

// render lays cells out on one line, cut to the width, without trailing
// spaces, each painted in its colour (or lineCode for the whole line).
func (v *tailView) render(dst []byte, cells []cell, lineCode string, p console.Painter) []byte {
	for len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1].text) == "" {
		cells = cells[:len(cells)-1]
	}
	if n := len(cells); n > 0 {
		cells[n-1].text = strings.TrimRight(cells[n-1].text, " ")
	}
	used := 0
	for i, c := range cells {
		sep := ""
		if i > 0 {
			sep = " "
		}
		t := c.text
		last := false
		if v.width > 0 {
			room := v.width - used - len(sep)
			if room <= 0 {
				break
			}
			if console.Width(t) > room {
				t, last = strings.TrimRight(console.Truncate(t, room), " "), true
			}
			used += len(sep) + console.Width(t)
		}
		code := c.code
		if lineCode != "" {
			code = lineCode
		}
		dst = append(dst, sep...)
		dst = append(dst, p.Paint(code, t)...)
		if last {
			break
		}
	}
	return append(dst, '\n')
}

// note writes one "--" line to the notes stream.
func (v *tailView) note(s string) {
	s = "-- " + s
	if v.width > 0 {
		s = console.Truncate(s, v.width)
	}
	fmt.Fprintln(v.notes, v.notePaint.Paint(console.Dim, s))
}

// summaryNote writes a summary block to the notes stream, wrapped (not
// cut) to the width: every number in it matters.
func (v *tailView) summaryNote(lines []string) {
	for _, s := range lines {
		for _, w := range wrap("-- "+s, v.width, "--    ") {
			fmt.Fprintln(v.notes, v.notePaint.Paint(console.Bold, w))
		}
	}
}

// wrap breaks s at spaces into lines of at most width columns (0: no
// limit), continuation lines starting with indent; a word too long for a
// line is cut.
func wrap(s string, width int, indent string) []string {
	if width <= 0 || console.Width(s) <= width {
		return []string{s}
	}
	var out []string
	line, lineW := "", 0
	for _, word := range strings.Split(s, " ") {
		ww := console.Width(word)
		switch {
		case line == "":
			line, lineW = word, ww
		case lineW+1+ww <= width:
			line, lineW = line+" "+word, lineW+1+ww
		default:
			out = append(out, console.Truncate(line, width))
			line, lineW = indent+word, console.Width(indent)+ww
		}
	}
	return append(out, console.Truncate(line, width))
}
