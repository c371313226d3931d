package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/internal/tally"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/redact"
	"github.com/stemedb/stemewatch/sidecar/feed"
)

// tailView turns entries into what tail shows: aligned, coloured lines or
// ndjson events on standard output, and notes (summaries, gaps, dates) on
// the notes stream.
type tailView struct {
	// mu guards everything below while an input reader goroutine and the
	// ticker share the view.
	mu      sync.Mutex
	stopped bool // the final summary was written: show nothing more

	e *env
	o *tailOpts
	c *classifier.Classifier

	out        io.Writer // event lines
	stdoutFile *os.File  // standard output when it is a file (for its size)
	notes      io.Writer // summaries and other "--" lines
	notesTTY   bool      // notes go to a terminal
	paint      console.Painter
	notePaint  console.Painter
	width      int // cut lines to this many columns; 0: never cut
	resizable  bool
	layout     tailLayout
	loc        *time.Location

	types    map[string]bool // --type filter keys (typeKey)
	filtered bool

	total, window *tally.Tally
	windowStart   time.Time
	lastDate      string
	warned        int

	buf      []byte
	jbuf     bytes.Buffer
	enc      *json.Encoder
	stripped []byte
}

// maxTailWarnings is how many malformed entries are named on standard
// error before the rest are only counted in the summary.
const maxTailWarnings = 20

func newTailView(e *env, o *tailOpts, set *patterns.Set) *tailView {
	v := &tailView{e: e, o: o, c: classifier.New(set), out: e.stdout,
		total: tally.New(), window: tally.New(), windowStart: time.Now(), loc: time.Local}
	if o.utc {
		v.loc = time.UTC
	}
	v.stdoutFile, _ = e.stdout.(*os.File)
	tty := console.IsTerminal(v.stdoutFile)

	colour := tty
	switch {
	case o.json, o.noColor, o.color == "never":
		colour = false
	case o.color == "always":
		colour = true
	case e.getenv("NO_COLOR") != "", e.getenv("TERM") == "dumb":
		colour = false
	}
	v.paint = console.Painter{On: colour}

	switch {
	case o.width > 0:
		v.width = o.width
	case tty:
		v.width = console.Size(v.stdoutFile)
		if v.width == 0 {
			v.width = console.ColumnsEnv(e.getenv("COLUMNS"))
		}
		if v.width == 0 {
			v.width = 80
		}
		v.resizable = true
	}
	v.layout = layoutFor(v.width)

	// Notes go where a person looks: standard output when it is a
	// terminal showing lines, otherwise standard error, so a pipe carries
	// only event lines (or pure ndjson).
	if tty && !o.json {
		v.notes, v.notesTTY, v.notePaint = e.stdout, true, v.paint
	} else {
		v.notes = e.stderr
		if f, ok := e.stderr.(*os.File); ok {
			v.notesTTY = console.IsTerminal(f)
		}
	}

	if len(o.types) > 0 {
		v.types = map[string]bool{}
		for _, t := range o.types {
			v.types[typeKey(t)] = true
		}
	}
	v.filtered = len(o.types) > 0 || o.agent != "" || o.signature || o.minPrio >= 0
	v.enc = json.NewEncoder(&v.jbuf)
	v.enc.SetEscapeHTML(false)
	return v
}

// typeKey folds an error type for --type: case-insensitive, "Error"
// suffix optional.
func typeKey(t string) string {
	k := strings.ToLower(strings.TrimSpace(t))
	if s := strings.TrimSuffix(k, "error"); s != "" {
		return s
	}
	return k
}

func (v *tailView) resize() {
	if w := console.Size(v.stdoutFile); w > 0 {
		v.width = w
		v.layout = layoutFor(w)
	}
}

func (v *tailView) batch(b *feed.Batch) {
	for _, g := range b.Gaps {
		lost := "entries"
		if g.Lost > 0 {
			lost = entries(g.Lost)
		}
		v.note(fmt.Sprintf("journal gap: %s lost before they were read (%s)", lost, g.Reason))
	}
	for _, err := range b.Errors {
		v.malformed(err)
	}
	for i := range b.Entries {
		v.entry(&b.Entries[i])
	}
}

func (v *tailView) malformed(err error) {
	if v.stopped {
		return
	}
	v.total.Malformed++
	v.window.Malformed++
	v.warned++
	switch {
	case v.warned <= maxTailWarnings:
		fmt.Fprintf(v.e.stderr, "stemewatch tail: skipped malformed entry: %v\n", err)
	case v.warned == maxTailWarnings+1:
		fmt.Fprintf(v.e.stderr, "stemewatch tail: more malformed entries; counting them in the summary only\n")
	}
}

func (v *tailView) entry(ent *classifier.Entry) {
	if v.stopped {
		return
	}
	at := ent.Time()
	if at.IsZero() {
		at = classifier.MessageTime(ent.Message)
	}
	v.total.Entry(at)
	v.window.Entry(at)
	if ent.Truncated && len(ent.Message) == 0 {
		v.total.Truncated++
		v.window.Truncated++
		return
	}
	verdict := v.c.Classify(ent)
	rep := verdict.Reportable()
	if !rep && !v.o.all {
		return
	}
	if !rep {
		// --all: a dimmed row keeps its agent, status and path.
		v.c.Describe(&verdict)
	}
	ev := v.c.Event(ent, &verdict)
	if !v.match(ent, &ev, rep) {
		return
	}
	if rep {
		v.total.Event(&ev)
		v.window.Event(&ev)
	}
	ev.Message = redact.String(ev.Message)
	if v.o.json {
		v.jbuf.Reset()
		_ = v.enc.Encode(&ev)
		v.out.Write(v.jbuf.Bytes())
		return
	}
	v.line(&ev, rep)
}

// match applies the filters.
func (v *tailView) match(ent *classifier.Entry, ev *classifier.Event, rep bool) bool {
	if v.types != nil && (ev.ErrorType == nil || !v.types[typeKey(*ev.ErrorType)]) {
		return false
	}
	if v.o.signature && !ev.SignatureFailure {
		return false
	}
	if v.o.agent != "" {
		if rep {
			if ev.AgentID != v.o.agent {
				return false
			}
		} else if !v.mentionsAgent(ent.Message) {
			return false
		}
	}
	if v.o.minPrio >= 0 {
		if sev := severity(ev); sev < 0 || sev > v.o.minPrio {
			return false
		}
	}
	return true
}

// mentionsAgent reports whether a message that is not an event (the
// classifier extracts agents from events only) names --agent as its
// agent_id, in any of the message styles.
func (v *tailView) mentionsAgent(msg []byte) bool {
	if bytes.IndexByte(msg, 0x1b) >= 0 {
		v.stripped = classifier.StripANSI(v.stripped[:0], msg)
		msg = v.stripped
	}
	a := v.o.agent
	for _, form := range [...]string{"agent_id=" + a, `agent_id="` + a + `"`, `"agent_id":"` + a + `"`, `"agent_id": "` + a + `"`} {
		for rest := msg; ; {
			i := bytes.Index(rest, []byte(form))
			if i < 0 {
				break
			}
			end := i + len(form)
			if end == len(rest) || !isAgentByte(rest[end]) {
				return true
			}
			rest = rest[end:]
		}
	}
	return false
}

func isAgentByte(c byte) bool {
	return c == '-' || c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// levelPriority maps the classifier's level names to syslog priorities.
var levelPriority = map[string]int{
	"EMERG": 0, "ALERT": 1, "CRITICAL": 2, "FATAL": 2, "PANIC": 2, "ERROR": 3,
	"WARN": 4, "NOTICE": 5, "INFO": 6, "DEBUG": 7, "TRACE": 7,
}

// severity is the entry's syslog priority: the more severe of its PRIORITY
// and its message's level; -1 when neither is known.
func severity(ev *classifier.Event) int {
	sev := -1
	if p, ok := levelPriority[ev.Level]; ok {
		sev = p
	}
	if ev.Priority >= 0 && ev.Priority <= 7 && (sev < 0 || ev.Priority < sev) {
		sev = ev.Priority
	}
	return sev
}

// summary returns the summary lines for t, headed by head.
func (v *tailView) summary(t *tally.Tally, head string) []string {
	if v.filtered {
		head += " (filtered)"
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(": ")
	if t.Errors == 0 {
		b.WriteString("no errors")
	} else {
		b.WriteString(plural(t.Errors, "error"))
		for i, ty := range t.Types() {
			if i == 0 {
				b.WriteString(": ")
			} else {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%s %s", ty.Name, groupDigits(ty.Count))
		}
	}
	fmt.Fprintf(&b, "; %s read", entries(t.Entries))
	if t.Malformed > 0 {
		fmt.Fprintf(&b, ", %s malformed", groupDigits(t.Malformed))
	}
	if t.Truncated > 0 {
		fmt.Fprintf(&b, ", %s truncated (message not shown by journalctl: --all shows them)", groupDigits(t.Truncated))
	}
	lines := []string{b.String()}
	if t.Signature > 0 {
		lines = append(lines, fmt.Sprintf("signature failures: %s from %s: %s",
			groupDigits(t.Signature), plural(int64(t.SignatureAgents()), "agent"), v.o.scope.hint(t.SignatureAgents(), t.Signature)))
	}
	if agents := t.TopAgents(v.o.top); len(agents) > 0 {
		lines = append(lines, "top agents: "+agentList(agents))
	}
	return lines
}

// periodic writes the summary of the window that just ended and starts
// the next one.
func (v *tailView) periodic() {
	now := time.Now()
	d := now.Sub(v.windowStart)
	if d >= 2*time.Second {
		d = d.Round(time.Second)
	} else {
		d = d.Round(time.Millisecond)
	}
	head := fmt.Sprintf("last %s to %s", d, now.In(v.loc).Format("15:04:05"))
	v.summaryNote(v.summary(v.window, head))
	v.window = tally.New()
	v.windowStart = now
}

// finish writes the final summary and leaves the terminal clean.
func (v *tailView) finish(interrupted bool) {
	v.stopped = true
	if interrupted && v.notesTTY {
		fmt.Fprint(v.notes, "\r\x1b[K") // wipe the "^C" the terminal echoed
	}
	head := "total"
	if t := v.total; !t.First.IsZero() {
		f := "15:04:05"
		if t.First.In(v.loc).YearDay() != t.Last.In(v.loc).YearDay() || t.First.Year() != t.Last.Year() {
			f = "2006-01-02 15:04:05"
		}
		head = fmt.Sprintf("total %s to %s (%s)", t.First.In(v.loc).Format(f), t.Last.In(v.loc).Format(f), t.Last.Sub(t.First).Round(time.Second))
		if v.lastDate == "" {
			v.note(timesNote(v.loc, t.First)) // no date line said the zone
		}
	}
	v.summaryNote(v.summary(v.total, head))
	if v.paint.On {
		io.WriteString(v.out, console.Reset)
	}
}

func entries(n int64) string {
	if n == 1 {
		return "1 entry"
	}
	return groupDigits(n) + " entries"
}

// withoutTypeName drops "Error: <type>: " from a message whose type the
// type column already shows: "request failed Error: StorageError: disk
// full" reads "request failed: disk full", leaving room for what differs.
func withoutTypeName(msg, typ string) string {
	if typ == "" {
		return msg
	}
	i := strings.Index(msg, "Error: "+typ+": ")
	if i < 0 {
		return msg
	}
	head, tail := strings.TrimRight(msg[:i], " :"), msg[i+len("Error: ")+len(typ)+len(": "):]
	if head == "" {
		return tail
	}
	return head + ": " + tail
}
