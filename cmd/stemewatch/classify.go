package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"runtime"
	"strings"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/internal/parclassify"
	"github.com/stemedb/stemewatch/internal/tally"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sidecar/journal"
	"github.com/stemedb/stemewatch/templates"
)

func init() {
	register("classify", "answer the runbook's questions over a saved journal (counts by type, agents, signature failures)", runClassify)
}

const classifyAbout = `Reads saved journals to the end and reports every error and signature
failure: a table for people (default), one summary object (--format json),
or one event per error or signature-failure entry (--format ndjson).

The table answers the runbook's questions: errors by type with first and
last seen; a timeline (one row per type, buckets sized to the span) with
its bursts named ("StorageError 10:07-10:12, 6x its baseline"); signature
failures over time with the scope of each burst (widespread: suspect the
node's clock; concentrated: suspect a client); the top agents split by type.
--format json carries all of it.

Inputs are journalctl JSON (-o json), export format (-o export) or plain
text, detected from their first bytes; .gz is read transparently. With no
--input and no --journal-dir, standard input is read. An entry given twice
(overlapping saves of one journal, same cursor) is counted once.

Times are local unless --utc; the table says which zone once. --since and
--until take what journalctl takes: "2026-11-25 10:00", "10:05", "today",
"yesterday", "-1h", "30min ago", "@1795600000" (relative ones count from now).

Examples:
  journalctl -u stemedb-api --since -1h -o json | stemewatch classify
  stemewatch classify --input node1.json.gz --input node2.json.gz --format json
  stemewatch classify --input saved.json.gz --since "2026-11-25 10:00" --until "2026-11-25 10:15" --type StorageError
  stemewatch classify --input saved.json.gz --agent agent-0666
  stemewatch classify --input saved.export --format ndjson | jq 'select(.agent_id=="agent-0666")'
  stemewatch classify --journal-dir /mnt/copy/var/log/journal
`

type classifyOpts struct {
	format      string
	inputs      []string
	inputFormat string
	journalDir  string
	unit        string
	unitGiven   bool // --unit was given: it also filters --input entries
	backend     string
	patterns    []string
	top         int
	progress    string
	utc         bool
	config      string
	since       string
	until       string
	types       multiFlag
	agents      multiFlag
	width       int

	loc         *time.Location
	from, to    time.Time // parsed --since/--until, zero when not given
	scope       scopeRule
	typeKeys    map[string]bool // --type filter keys (typeKey)
	agentFilter map[string]bool
	colour      bool
	jobs        int
}

func runClassify(ctx context.Context, e *env, args []string) error {
	var o classifyOpts
	var inputs, pats multiFlag
	fs := newFlagSet(e, "classify", "classify [--format table|json|ndjson] [--input FILE|-]... [--journal-dir DIR] [--since T] [--until T] [--type T]... [--agent A]...", classifyAbout)
	fs.StringVar(&o.format, "format", "table", "output: `table` (for people), json (one summary object), ndjson (one event per line)")
	fs.Var(&inputs, "input", "a saved journal `FILE` (or - for standard input); repeatable, read in order")
	fs.StringVar(&o.inputFormat, "input-format", "auto", "force the input format: auto, json, json-pretty, export, verbose, text, or a journalctl -o text mode (short, short-iso, ..., cat)")
	fs.StringVar(&o.journalDir, "journal-dir", "", "read a directory of journal files (e.g. copied from a node) instead of --input")
	fs.StringVar(&o.unit, "unit", "stemedb-api", "the unit whose entries to count, as journalctl -u (\"\" for all); with --input it filters only when given")
	fs.StringVar(&o.backend, "journal-backend", "auto", "with --journal-dir: the reader, auto, files (built in), sdjournal or journalctl")
	fs.Var(&pats, "patterns", "a rule `FILE` that adds to or overrides the default rules; repeatable")
	fs.IntVar(&o.top, "top", 10, "how many top agents to show")
	fs.StringVar(&o.progress, "progress", "auto", "progress on standard error once a second: auto (when it is a terminal), always (to a file or pipe: whole lines and a last line with the totals), never")
	fs.BoolVar(&o.utc, "utc", false, "show and read times in UTC instead of local time")
	fs.StringVar(&o.config, "config", "", "configuration `FILE` for the widespread rule (default "+DefaultConfigPath+" if it exists; env STEMEWATCH_CONFIG)")
	fs.StringVar(&o.since, "since", "", "count only entries at or after `TIME` (as journalctl --since)")
	fs.StringVar(&o.until, "until", "", "count only entries at or before `TIME` (as journalctl --until)")
	fs.Var(&o.types, "type", "count only errors of this `TYPE` (repeatable; StorageError or Storage, any case)")
	fs.Var(&o.agents, "agent", "count only errors and signature failures of this `agent_id` (repeatable)")
	fs.IntVar(&o.width, "width", 0, "timeline `COLUMNS` (default: fit the terminal, 72 off a terminal)")
	aliasFlag(fs, "backend", "journal-backend")
	fs.IntVar(&o.jobs, "jobs", runtime.GOMAXPROCS(0), "decode and classify --input on `N` cores (1: one core, no pieces); the output is the same")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "unit" {
			o.unitGiven = true
		}
	})
	o.inputs = append([]string(inputs), fs.Args()...)
	o.patterns = pats
	if err := o.validate(e); err != nil {
		return err
	}
	set, err := patterns.Load(patterns.Options{}, o.patterns...)
	if err != nil {
		return usagef("%v", err)
	}
	if err := o.checkTypes(e, set); err != nil {
		return err
	}
	if o.scope, err = loadScope(e, o.config); err != nil {
		return err
	}
	if len(o.inputs) == 0 && o.journalDir == "" {
		if f, ok := e.stdin.(*os.File); ok && isatty.IsTerminal(f.Fd()) {
			return usagef("no input: give --input FILE, --journal-dir DIR, or pipe a journal in")
		}
		o.inputs = []string{"-"}
	}
	if err := checkInputs(o.inputs); err != nil {
		return err
	}
	return classifyRun(ctx, e, &o, set)
}

// validate checks the flags that need no file.
func (o *classifyOpts) validate(e *env) error {
	switch o.format {
	case "table", "json", "ndjson":
	default:
		return usagef("--format %q: want table, json or ndjson", o.format)
	}
	if _, err := journalfmt.ParseFormat(o.inputFormat); err != nil {
		return usagef("--input-format: %v", err)
	}
	switch o.backend {
	case journal.BackendAuto, journal.BackendSDJournal, journal.BackendJournalctl, journal.BackendFiles:
	default:
		return usagef("--journal-backend %q: want auto, files, sdjournal or journalctl", o.backend)
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
	if o.width < 0 {
		return usagef("--width must be at least 0")
	}
	o.loc = displayZone(o.utc)
	now := time.Now()
	var err error
	if o.since != "" {
		if o.from, err = parseTimeSpec(o.since, now, o.loc); err != nil {
			return usagef("--since %v", err)
		}
	}
	if o.until != "" {
		if o.to, err = parseTimeSpec(o.until, now, o.loc); err != nil {
			return usagef("--until %v", err)
		}
	}
	if !o.from.IsZero() && !o.to.IsZero() && o.to.Before(o.from) {
		return usagef("--until %s is before --since %s", o.to.In(o.loc).Format(time.DateTime), o.from.In(o.loc).Format(time.DateTime))
	}
	for _, a := range o.agents {
		if strings.TrimSpace(a) == "" {
			return usagef("--agent: empty agent_id")
		}
		if o.agentFilter == nil {
			o.agentFilter = map[string]bool{}
		}
		o.agentFilter[a] = true
	}
	if o.format == "table" {
		o.colour = colourFor(e)
	}
	return nil
}

// colourFor says whether standard output gets colour: a terminal, no
// NO_COLOR, not TERM=dumb.
func colourFor(e *env) bool {
	f, ok := e.stdout.(*os.File)
	return ok && console.IsTerminal(f) && e.getenv("NO_COLOR") == "" && e.getenv("TERM") != "dumb"
}

// checkInputs opens every named input before anything is read, so a
// missing or unreadable one is one error line and no report.
func checkInputs(inputs []string) error {
	var bad []string
	for _, name := range inputs {
		if name == "-" {
			continue
		}
		f, err := os.Open(name)
		if err == nil {
			var fi os.FileInfo
			if fi, err = f.Stat(); err == nil && fi.IsDir() {
				err = errors.New("is a directory (for journal files use --journal-dir)")
			}
			f.Close()
		}
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			bad = append(bad, fmt.Sprintf("%s: %v", name, err))
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("cannot read input %s; nothing reported", strings.Join(bad, "; "))
	}
	return nil
}

// classifyState is what one classify run accumulates.
type classifyState struct {
	o       *classifyOpts
	c       *classifier.Classifier
	t       *tally.Tally
	out     *bufio.Writer
	enc     *json.Encoder
	ndjson  bool
	bytes   atomic.Int64
	entries atomic.Int64
	warned  int
	stderr  io.Writer

	dedup    bool
	seen     map[uint64]struct{}
	seed     maphash.Seed
	skipped  skipCounts
	observed map[string]bool // error types seen before the --type filter
	warnings []string
	// templates groups the messages of Unclassified errors (the table's
	// TOP UNCLASSIFIED TEMPLATES; patterns suggest drafts rules from them).
	templates *templates.Miner
}

// skipCounts are the entries read but not counted, by reason.
type skipCounts struct {
	Duplicates int64 `json:"duplicates"`
	OutOfRange int64 `json:"outside_since_until"`
	Undated    int64 `json:"undated"`
	OtherUnit  int64 `json:"other_unit"`
	// FilteredEvents are errors and signature failures left out by --type
	// or --agent (their entries are still counted).
	FilteredEvents int64 `json:"filtered_events"`
}

// maxWarnings is how many malformed-entry messages are printed before the
// rest are only counted.
const maxWarnings = 20

func classifyRun(ctx context.Context, e *env, o *classifyOpts, set *patterns.Set) error {
	st := &classifyState{o: o, c: classifier.New(set), t: tally.New(), out: bufio.NewWriterSize(e.stdout, 64<<10),
		ndjson: o.format == "ndjson", stderr: e.stderr, observed: map[string]bool{}, seed: maphash.MakeSeed(),
		templates: newTemplateMiner()}
	st.dedup = len(o.inputs) > 1
	if st.dedup {
		st.seen = map[uint64]struct{}{}
	}
	st.enc = json.NewEncoder(st.out)
	st.enc.SetEscapeHTML(false)
	stopProgress := st.startProgress(e, o.progress)
	var failed, errs []string
	if o.journalDir != "" {
		if err := classifyJournalDir(ctx, st, o); err != nil && ctx.Err() == nil {
			errs = append(errs, err.Error())
			failed = append(failed, o.journalDir)
		}
	}
	for _, name := range o.inputs {
		if err := st.input(ctx, e, name, o.inputFormat, o.jobs); err != nil {
			if ctx.Err() != nil {
				break
			}
			errs = append(errs, err.Error())
			failed = append(failed, name)
		}
	}
	stopProgress()
	if st.warned > maxWarnings {
		fmt.Fprintf(e.stderr, "stemewatch classify: %d more malformed entries not shown\n", st.warned-maxWarnings)
	}
	if len(errs) > 0 && st.entries.Load() == 0 && ctx.Err() == nil {
		// Nothing was read: a report would look like a clean hour.
		return fmt.Errorf("%s; no report", strings.Join(errs, "; "))
	}
	for _, msg := range errs {
		fmt.Fprintf(e.stderr, "stemewatch classify: %s\n", msg)
	}
	st.finalWarnings()
	for _, w := range st.warnings {
		fmt.Fprintf(e.stderr, "stemewatch classify: warning: %s\n", w)
	}
	if o.format != "ndjson" {
		cols := termWidth(e, o)
		rep := buildReport(st, set, chartWidth(o, cols, st.t))
		rep.cols = cols
		if o.format == "json" {
			writeReportJSON(st.out, rep)
		} else {
			writeReportTable(st.out, rep, o)
		}
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

// termWidth is standard output's width when the table goes to a
// terminal, else 0.
func termWidth(e *env, o *classifyOpts) int {
	if f, ok := e.stdout.(*os.File); ok && o.format == "table" && console.IsTerminal(f) {
		if cols := console.Size(f); cols > 0 {
			return cols
		}
		return console.ColumnsEnv(e.getenv("COLUMNS"))
	}
	return 0
}

// chartWidth is the timeline's most columns: --width, else what fits the
// terminal beside the row labels (the longest type name) and the peak,
// else defaultChartWidth.
func chartWidth(o *classifyOpts, cols int, t *tally.Tally) int {
	if o.width > 0 {
		return o.width
	}
	if cols == 0 {
		return defaultChartWidth
	}
	label := len("signature failures")
	for _, ty := range t.Types() {
		label = max(label, len(ty.Name))
	}
	return max(24, cols-label-2-len("  peak 99,999/min"))
}

// input is the loop that turns one input into verdicts: read each entry,
// classify it (on o.jobs cores for JSON), hand the results in input order
// to result, which de-duplicates, filters and counts. A malformed entry is
// counted and named; an input where nothing decodes is an error.
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
	label := name
	if name == "-" {
		label = "standard input"
	}
	read, malformed := int64(0), int64(0)
	info, err := parclassify.Run(ctx, countingReader{src, &st.bytes}, st.c,
		parclassify.Options{Name: name, Format: format, Jobs: jobs, Annotate: st.annotate},
		func(r *parclassify.Result) {
			if r.Err != nil {
				malformed++
				st.malformed(r.Err)
				return
			}
			read++
			st.result(r)
		})
	if err != nil {
		return err
	}
	switch {
	case read == 0 && malformed > 0:
		return fmt.Errorf("%s: no entry decodes as %s (%s malformed); check --input-format (auto detects json, json-pretty, export, verbose and text)", label, formatName(format), groupDigits(malformed))
	case malformed > 0:
		st.warnings = append(st.warnings, fmt.Sprintf("%s: %s entries read, %s malformed and skipped", label, groupDigits(read), groupDigits(malformed)))
	}
	// How the input was read: an empty or foreign-looking input, and the
	// year and zone assumed for journalctl's short text modes.
	info.Input = label
	if w := info.Warning(); w != "" {
		st.warnings = append(st.warnings, strings.TrimPrefix(w, "warning: "))
	} else if read == 0 {
		st.warnings = append(st.warnings, label+": 0 entries read (an empty input: check the journalctl command that saved it)")
	}
	if a := info.Assumptions(); a != "" {
		st.warnings = append(st.warnings, a)
	}
	return nil
}

func formatName(f string) string {
	if f == "" || f == "auto" {
		return "the detected format"
	}
	return f
}

func (st *classifyState) malformed(err error) {
	st.t.Malformed++
	st.warned++
	if st.warned <= maxWarnings {
		fmt.Fprintf(st.stderr, "stemewatch classify: skipped malformed entry: %v\n", err)
	}
}

// entry classifies one entry and counts it.
func (st *classifyState) entry(ent *classifier.Entry) {
	r := parclassify.Judge(st.c, ent)
	r.Annotation = st.annotate(ent)
	st.result(&r)
}

// result takes one entry's result, in input order, to accept.
func (st *classifyState) result(r *parclassify.Result) {
	st.entries.Add(1)
	v := verdictOf{key: r.Key, at: r.Time, unitOK: !r.Skip, truncated: r.Truncated, ev: r.Event}
	st.accept(&v)
}
