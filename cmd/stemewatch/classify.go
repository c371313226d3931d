package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/parclassify"
	"github.com/stemedb/stemewatch/internal/tally"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/redact"
)

func init() {
	register("classify", "answer the runbook's questions over a saved journal (counts by type, agents, signature failures)", runClassify)
}

const classifyAbout = `Reads saved journals to the end and reports every error and signature
failure: a table for people (default), one summary object (--format json),
or one event per error or signature-failure entry (--format ndjson).

Inputs are journalctl JSON (-o json), export format (-o export) or plain
text, detected from their first bytes; .gz is read transparently. With no
--input and no --journal-dir, standard input is read.

Examples:
  journalctl -u stemedb-api --since -1h -o json | stemewatch classify
  stemewatch classify --input node1.json.gz --input node2.json.gz --format json
  stemewatch classify --input saved.export --format ndjson | jq 'select(.agent_id=="agent-0666")'
  stemewatch classify --journal-dir /mnt/copy/var/log/journal
`

type classifyOpts struct {
	format      string
	inputs      []string
	inputFormat string
	journalDir  string
	unit        string
	backend     string
	patterns    []string
	top         int
	progress    string
	jobs        int
}

func runClassify(ctx context.Context, e *env, args []string) error {
	var o classifyOpts
	var inputs, pats multiFlag
	fs := newFlagSet(e, "classify", "classify [--format table|json|ndjson] [--input FILE|-]... [--journal-dir DIR]", classifyAbout)
	fs.StringVar(&o.format, "format", "table", "output: `table` (for people), json (one summary object), ndjson (one event per line)")
	fs.Var(&inputs, "input", "a saved journal `FILE` (or - for standard input); repeatable, read in order")
	fs.StringVar(&o.inputFormat, "input-format", "auto", "force the input format: auto, json, export or text")
	fs.StringVar(&o.journalDir, "journal-dir", "", "read a directory of journal files (e.g. copied from a node) instead of --input")
	fs.StringVar(&o.unit, "unit", "stemedb-api", "with --journal-dir: the unit whose entries to read, as journalctl -u (\"\" for all)")
	fs.StringVar(&o.backend, "journal-backend", "auto", "with --journal-dir: the reader, auto, sdjournal or journalctl")
	fs.Var(&pats, "patterns", "a rule `FILE` that adds to or overrides the default rules; repeatable")
	fs.IntVar(&o.top, "top", 10, "how many top agents to show")
	fs.StringVar(&o.progress, "progress", "auto", "progress on standard error: auto (when it is a terminal), always, never")
	fs.IntVar(&o.jobs, "jobs", runtime.GOMAXPROCS(0), "decode and classify --input on `N` cores (1: one core, no pieces); the output is the same")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	o.inputs = append([]string(inputs), fs.Args()...)
	o.patterns = pats
	switch o.format {
	case "table", "json", "ndjson":
	default:
		return usagef("--format %q: want table, json or ndjson", o.format)
	}
	if _, err := journalfmt.ParseFormat(o.inputFormat); err != nil {
		return usagef("--input-format: %v", err)
	}
	if o.journalDir != "" && len(o.inputs) > 0 {
		return usagef("--journal-dir and --input are exclusive")
	}
	if o.top < 0 {
		return usagef("--top must be at least 0")
	}
	if o.jobs < 1 {
		return usagef("--jobs must be at least 1")
	}
	set, err := patterns.Load(patterns.Options{}, o.patterns...)
	if err != nil {
		return usagef("%v", err)
	}
	if len(o.inputs) == 0 && o.journalDir == "" {
		if f, ok := e.stdin.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return usagef("no input: give --input FILE, --journal-dir DIR, or pipe a journal in")
		}
		o.inputs = []string{"-"}
	}
	return classifyRun(ctx, e, &o, set)
}

// classifyState is what one classify run accumulates.
type classifyState struct {
	c       *classifier.Classifier
	t       *tally.Tally
	out     *bufio.Writer
	enc     *json.Encoder
	ndjson  bool
	bytes   atomic.Int64
	entries atomic.Int64
	warned  int
	stderr  io.Writer
}

// maxWarnings is how many malformed-entry messages are printed before the
// rest are only counted.
const maxWarnings = 20

func classifyRun(ctx context.Context, e *env, o *classifyOpts, set *patterns.Set) error {
	st := &classifyState{c: classifier.New(set), t: tally.New(), out: bufio.NewWriterSize(e.stdout, 64<<10), ndjson: o.format == "ndjson", stderr: e.stderr}
	st.enc = json.NewEncoder(st.out)
	st.enc.SetEscapeHTML(false)
	stopProgress := st.startProgress(e, o.progress)
	var failed []string
	if o.journalDir != "" {
		if err := classifyJournalDir(ctx, st, o); err != nil && ctx.Err() == nil {
			fmt.Fprintf(e.stderr, "stemewatch classify: %v\n", err)
			failed = append(failed, o.journalDir)
		}
	}
	for _, name := range o.inputs {
		if err := st.input(ctx, e, name, o.inputFormat, o.jobs); err != nil {
			if ctx.Err() != nil {
				break
			}
			fmt.Fprintf(e.stderr, "stemewatch classify: %v\n", err)
			failed = append(failed, name)
		}
	}
	stopProgress()
	if st.warned > maxWarnings {
		fmt.Fprintf(e.stderr, "stemewatch classify: %d more malformed entries not shown\n", st.warned-maxWarnings)
	}
	switch o.format {
	case "json":
		writeSummaryJSON(st.out, st.t, o.top)
	case "table":
		writeSummaryTable(st.out, st.t, o.top, set)
	}
	if err := st.out.Flush(); err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	if ctx.Err() != nil {
		return nil // interrupted: what was read is reported
	}
	if len(failed) > 0 {
		return fmt.Errorf("%d of the inputs could not be read to the end (%s); the report covers what was read", len(failed), strings.Join(failed, ", "))
	}
	return nil
}

// countingReader counts the bytes read, for progress.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

func (st *classifyState) input(ctx context.Context, e *env, name, format string, jobs int) error {
	var src io.Reader
	if name == "-" {
		src = e.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("cannot open input: %w", err)
		}
		defer f.Close()
		src = f
	}
	return parclassify.Run(ctx, countingReader{src, &st.bytes}, st.c,
		parclassify.Options{Name: name, Format: format, Jobs: jobs}, st.result)
}

func (st *classifyState) malformed(err error) {
	st.t.Malformed++
	st.warned++
	if st.warned <= maxWarnings {
		fmt.Fprintf(st.stderr, "stemewatch classify: skipped malformed entry: %v\n", err)
	}
}

func (st *classifyState) entry(ent *classifier.Entry) {
	r := parclassify.Judge(st.c, ent)
	st.result(&r)
}

// result takes one entry's result, in input order.
func (st *classifyState) result(r *parclassify.Result) {
	if r.Err != nil {
		st.malformed(r.Err)
		return
	}
	st.entries.Add(1)
	st.t.Entry(r.Time)
	if r.Truncated {
		st.t.Truncated++
		return
	}
	if r.Event == nil {
		return
	}
	ev := r.Event
	// Like tail and the anomaly samples: what classify prints may be
	// pasted into a ticket, so it never carries a secret.
	ev.Message = redact.String(ev.Message)
	st.t.Event(ev)
	if st.ndjson {
		_ = st.enc.Encode(ev)
	}
}

// startProgress prints a progress line on standard error once a second
// while the run lasts, when asked or when standard error is a terminal.
func (st *classifyState) startProgress(e *env, mode string) func() {
	show := mode == "always"
	if mode == "auto" {
		if f, ok := e.stderr.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			show = true
		}
	}
	if !show {
		return func() {}
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(finished)
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			select {
			case <-done:
				fmt.Fprint(e.stderr, "\r\033[K")
				return
			case <-tick.C:
				b := st.bytes.Load()
				secs := time.Since(start).Seconds()
				fmt.Fprintf(e.stderr, "\r\033[Kclassify: %s entries, %.1f MB read, %.0f MB/s", groupDigits(st.entries.Load()), float64(b)/1e6, float64(b)/1e6/secs)
			}
		}
	}()
	return func() { close(done); <-finished }
}

// summaryJSON is SPEC.md's summary object.
type summaryJSON struct {
	Entries           int64            `json:"entries"`
	Errors            int64            `json:"errors"`
	SignatureFailures int64            `json:"signature_failures"`
	Malformed         int64            `json:"malformed"`
	Truncated         int64            `json:"truncated"`
	ByType            map[string]int64 `json:"by_type"`
	TopAgents         []tally.Agent    `json:"top_agents"`
	First             string           `json:"first,omitempty"`
	Last              string           `json:"last,omitempty"`
}

func writeSummaryJSON(w io.Writer, t *tally.Tally, top int) {
	s := summaryJSON{
		Entries: t.Entries, Errors: t.Errors, SignatureFailures: t.Signature,
		Malformed: t.Malformed, Truncated: t.Truncated,
		ByType: t.ByType(), TopAgents: t.TopAgents(top),
	}
	if !t.First.IsZero() {
		s.First = t.First.Format(time.RFC3339Nano)
		s.Last = t.Last.Format(time.RFC3339Nano)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(&s)
}

func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	if n < 0 {
		return "-" + groupDigits(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
