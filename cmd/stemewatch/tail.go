package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sidecar/journal"
)

func init() {
	register("tail", "the live view: each classified error as it happens, one aligned line each", runTail)
}

const tailAbout = `Follows the stemedb-api journal from its end (or from --since / --lines
back) and prints one aligned line per error and signature failure as it
happens: time, error type (coloured), "sig" for a signature failure, agent,
status, method and path, and the message with colours stripped and secrets
redacted, cut to the terminal width. It only reads: it never writes or moves
the checkpoint of "stemewatch run", and runs happily beside it.

With --input it reads saved journals (journalctl -o json, -o export, or plain
text; .gz too) to the end and exits 0, so a pipe ends with its input.

A summary (errors by type, signature failures and whether they are
widespread or concentrated, top agents) is written every --summary and at
the end (Ctrl-C or the end of the input). Summaries and other notes start
with "--" and go to standard output when it is a terminal, otherwise to
standard error, so a pipe carries only event lines. They count what the
filters let through.

Colour is used only when standard output is a terminal; --no-color or a
non-empty NO_COLOR turn it off. Lines are cut to the terminal's width (or
COLUMNS); off a terminal they are not cut unless --width is given.

Examples:
  stemewatch tail                                  # instead of journalctl -u stemedb-api -f -o json | jq ...
  stemewatch tail --since 10m --type StorageError --type TimeoutError
  stemewatch tail --signature                      # instead of ... | grep "signature verification failed"
  stemewatch tail --agent agent-0666 --all         # everything one agent causes, errors bright, the rest dimmed
  stemewatch tail --json | jq -r 'select(.http_status >= 500) | .agent_id'
  stemewatch tail --lines 5000 --follow=false --type SerializationError   # recent corruption reports, then exit
  journalctl -u stemedb-api --since -1h -o json | stemewatch tail --input -
  stemewatch tail --journal-dir /mnt/copy/var/log/journal --since 2h --follow=false
`

type tailOpts struct {
	unit        string
	matches     multiFlag
	journalDir  string
	inputs      multiFlag
	inputFormat string
	backend     string
	since       string
	lines       int
	follow      bool
	types       multiFlag
	agent       string
	signature   bool
	minPriority string
	all         bool
	json        bool
	noColor     bool
	color       string
	utc         bool
	width       int
	summary     time.Duration
	top         int
	patterns    multiFlag
	config      string

	minPrio int       // parsed --min-priority, -1 when not given
	scope   scopeRule // the widespread rule, from the configuration
}

func parseTailFlags(e *env, args []string) (*tailOpts, error) {
	o := &tailOpts{}
	fs := newFlagSet(e, "tail", "tail [source flags] [--type T]... [--agent A] [--signature] [--all] [--json] [--no-color]", tailAbout)
	fs.StringVar(&o.unit, "unit", "stemedb-api", "follow this unit's entries, as journalctl -u (\"\" for the whole journal)")
	fs.Var(&o.matches, "match", "an extra journal match `FIELD=VALUE` (repeatable; same field twice: either)")
	fs.StringVar(&o.journalDir, "journal-dir", "", "read the journal files of `DIR` instead of the local journal")
	fs.Var(&o.inputs, "input", "read a saved journal `FILE` (- for standard input) to the end instead of following; repeatable")
	fs.StringVar(&o.inputFormat, "input-format", "auto", "with --input: auto, json, json-pretty, export, verbose or text")
	fs.StringVar(&o.backend, "journal-backend", "auto", "journal reader: auto, files (built in; not with --lines), sdjournal or journalctl")
	aliasFlag(fs, "backend", "journal-backend")
	fs.StringVar(&o.since, "since", "", "start this far back (`DURATION`, e.g. 10m or 2h) instead of at the end")
	fs.IntVar(&o.lines, "lines", 0, "start `N` journal entries before the end (errors among them are shown)")
	fs.BoolVar(&o.follow, "follow", true, "keep following; --follow=false stops at the current end of the journal")
	fs.Var(&o.types, "type", "show only this error `TYPE` (repeatable; StorageError or Storage, any case)")
	fs.StringVar(&o.agent, "agent", "", "show only entries of this `agent_id`")
	fs.BoolVar(&o.signature, "signature", false, "show only signature failures")
	fs.StringVar(&o.minPriority, "min-priority", "", "show only entries this severe or worse: `P` = 0-7 or emerg, alert, crit, err, warning, notice, info, debug")
	fs.BoolVar(&o.all, "all", false, "also show entries that are not errors, dimmed")
	fs.BoolVar(&o.json, "json", false, "write SPEC's ndjson events instead (as classify --format ndjson, messages redacted), one per line as each happens; with --all every entry (error_type null)")
	fs.BoolVar(&o.noColor, "no-color", false, "never colour (same as NO_COLOR=1 or --color never)")
	fs.StringVar(&o.color, "color", "auto", "colour: auto (when standard output is a terminal), always or never")
	fs.BoolVar(&o.utc, "utc", false, "show times in UTC instead of local time")
	fs.IntVar(&o.width, "width", 0, "cut lines to `COLUMNS` (default: the terminal's width; no cut off a terminal)")
	fs.DurationVar(&o.summary, "summary", 30*time.Second, "write a summary this often (0: only the final one)")
	fs.IntVar(&o.top, "top", 3, "agents named in a summary")
	fs.Var(&o.patterns, "patterns", "a rule `FILE` that adds to or overrides the default rules; repeatable")
	fs.StringVar(&o.config, "config", "", "configuration `FILE` for the widespread rule (default "+DefaultConfigPath+" if it exists; env STEMEWATCH_CONFIG)")
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, usagef("unexpected argument %q (inputs are given with --input)", fs.Arg(0))
	}
	if _, err := journalfmt.ParseFormat(o.inputFormat); err != nil {
		return nil, usagef("--input-format: %v", err)
	}
	switch o.backend {
	case journal.BackendAuto, journal.BackendFiles, journal.BackendSDJournal, journal.BackendJournalctl:
	default:
		return nil, usagef("--journal-backend %q: want auto, files, sdjournal or journalctl", o.backend)
	}
	switch o.color {
	case "auto", "always", "never":
	default:
		return nil, usagef("--color %q: want auto, always or never", o.color)
	}
	if len(o.inputs) > 0 {
		if o.journalDir != "" {
			return nil, usagef("--journal-dir and --input are exclusive")
		}
		if o.since != "" || o.lines != 0 {
			return nil, usagef("--since and --lines start the live journal further back; with --input, select with journalctl --since/-n")
		}
	}
	if o.since != "" && o.lines != 0 {
		return nil, usagef("--since and --lines are exclusive")
	}
	if o.since != "" {
		o.since = strings.TrimPrefix(o.since, "-") // journalctl habit: --since -10m
		if d, err := time.ParseDuration(o.since); err != nil || d <= 0 {
			return nil, usagef("--since %q: want a positive duration such as 10m or 2h", o.since)
		}
	}
	if o.lines < 0 {
		return nil, usagef("--lines must be at least 0")
	}
	if o.width < 0 {
		return nil, usagef("--width must be at least 0")
	}
	if o.summary < 0 {
		return nil, usagef("--summary must be at least 0")
	}
	if o.top < 0 {
		return nil, usagef("--top must be at least 0")
	}
	for _, m := range o.matches {
		if err := journal.ValidateMatch(m); err != nil {
			return nil, usagef("--match: %v", err)
		}
	}
	o.minPrio = -1
	if o.minPriority != "" {
		p, ok := parsePriority(o.minPriority)
		if !ok {
			return nil, usagef("--min-priority %q: want 0-7 or emerg, alert, crit, err, warning, notice, info, debug", o.minPriority)
		}
		o.minPrio = p
	}
	for _, t := range o.types {
		if strings.TrimSpace(t) == "" {
			return nil, usagef("--type: empty type")
		}
	}
	return o, nil
}

// parsePriority reads a syslog priority as journalctl -p does.
func parsePriority(s string) (int, bool) {
	if n, err := strconv.Atoi(s); err == nil {
		return n, n >= 0 && n <= 7
	}
	switch strings.ToLower(s) {
	case "emerg", "emergency":
		return 0, true
	case "alert":
		return 1, true
	case "crit", "critical":
		return 2, true
	case "err", "error":
		return 3, true
	case "warning", "warn":
		return 4, true
	case "notice":
		return 5, true
	case "info":
		return 6, true
	case "debug":
		return 7, true
	}
	return 0, false
}

func runTail(ctx context.Context, e *env, args []string) error {
	o, err := parseTailFlags(e, args)
	if err != nil {
		return err
	}
	set, err := patterns.Load(patterns.Options{}, o.patterns...)
	if err != nil {
		return usagef("%v", err)
	}
	if o.scope, err = loadScope(e, o.config); err != nil {
		return err
	}
	known := knownTypes(set)
	for _, t := range o.types {
		w, err := resolveType(t, known)
		if err != nil {
			return err
		}
		if w != "" {
			fmt.Fprintf(e.stderr, "stemewatch tail: warning: %s\n", w)
		}
	}
	v := newTailView(e, o, set)
	if len(o.inputs) > 0 {
		return v.readInputs(ctx)
	}
	src, header, err := o.journal(e)
	if err != nil {
		return err
	}
	v.note(header)
	return v.follow(ctx, src)
}

// journal opens the live journal (or --journal-dir), read-only: tail
// never passes a cursor or a state directory, so it cannot move the
// checkpoint of "stemewatch run". It returns the source and a note saying
// what is followed.
func (o *tailOpts) journal(e *env) (*journal.Source, string, error) {
	from := "tail"
	if o.since != "" {
		from = o.since
	}
	js, err := journal.New(journal.Config{
		Backend: o.backend,
		Unit:    o.unit,
		Matches: o.matches,
		Dir:     o.journalDir,
		From:    from,
		Lines:   o.lines,
		Follow:  o.follow,
		Logger:  tailLogger(e, o),
	})
	if err != nil {
		return nil, "", fmt.Errorf("journal: %w", err)
	}
	if o.follow {
		journal.FollowOneCore()
	}
	what := "the whole journal"
	if o.unit != "" {
		what = journal.UnitName(o.unit)
	}
	if o.journalDir != "" {
		what += " in " + o.journalDir
	}
	start := "from the end"
	switch {
	case o.since != "":
		start = "from " + o.since + " ago"
	case o.lines > 0:
		start = fmt.Sprintf("from %d entries before the end", o.lines)
	}
	verb, stop := "following", "; Ctrl-C to stop"
	if !o.follow {
		verb, stop = "reading", ""
	}
	backend, _, _ := js.Backend()
	return js, fmt.Sprintf("%s %s %s (%s)%s", verb, what, start, backend, stop), nil
}

// tailLogger is the journal reader's log (warnings: unreadable journal,
// reader restarts): readable text when standard error is a terminal (the
// ConsoleWriter does not check that itself, LIBRARIES.md §6), JSON
// otherwise, like every other stemewatch log.
func tailLogger(e *env, o *tailOpts) zerolog.Logger {
	var w io.Writer = e.stderr
	if f, ok := e.stderr.(*os.File); ok && console.IsTerminal(f) {
		noColour := o.noColor || o.color == "never" || (o.color == "auto" && e.getenv("NO_COLOR") != "")
		w = zerolog.ConsoleWriter{Out: e.stderr, NoColor: noColour, TimeFormat: "15:04:05"}
	}
	return zerolog.New(w).Level(zerolog.WarnLevel).With().Timestamp().Str("component", "journal").Logger()
}

// follow shows what the journal source delivers until it ends (without
// --follow) or ctx is cancelled (Ctrl-C).
func (v *tailView) follow(ctx context.Context, src feed.Source) error {
	sctx, cancel := context.WithCancel(ctx)
	defer cancel()
	batches := make(chan *feed.Batch, 4)
	done := make(chan error, 1)
	go func() { done <- src.Run(sctx, batches) }()
	err := v.wait(ctx, batches, done)
	if ctx.Err() != nil {
		cancel()
		// Give the reader a moment to stop its child process; do not keep
		// the person waiting for it.
		select {
		case <-done:
		case <-time.After(500 * time.Millisecond):
		}
	}
	return err
}

// readInputs reads the --input files in order, each entry shown as soon
// as it is read (a pipe from journalctl -f is live), until the last ends
// or ctx is cancelled. The reader runs in a goroutine of its own, as it
// may block on standard input; the view is shared under v.mu.
func (v *tailView) readInputs(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- v.inputs(ctx) }()
	return v.wait(ctx, nil, done)
}

func (v *tailView) inputs(ctx context.Context) error {
	var num []byte
	for _, name := range v.o.inputs {
		rd, closer, err := journalfmt.OpenOptions(name, journalfmt.Options{Format: v.o.inputFormat, Stdin: v.e.stdin})
		if err != nil {
			return fmt.Errorf("input %s: %w", name, err)
		}
		n := 0
		for {
			ent, err := rd.Next()
			if err == io.EOF {
				break
			}
			if ctx.Err() != nil {
				closer.Close()
				return nil
			}
			var me *journalfmt.MalformedError
			if errors.As(err, &me) {
				v.mu.Lock()
				v.malformed(err)
				v.mu.Unlock()
				continue
			}
			if err != nil {
				closer.Close()
				return fmt.Errorf("input %s: %w", name, err)
			}
			n++
			if len(ent.Cursor) == 0 {
				// As classify names entries without a cursor (text input
				// has "line:N" from its reader).
				num = strconv.AppendInt(append(num[:0], "entry:"...), int64(n), 10)
				ent.Cursor = num
			}
			v.mu.Lock()
			v.entry(ent)
			v.mu.Unlock()
		}
		closer.Close()
	}
	return nil
}

// wait runs the view until done reports the end of the input (batches,
// if any, drained first) or ctx is cancelled: summaries on the ticker,
// re-layout on SIGWINCH. It writes the final summary; Ctrl-C is success.
func (v *tailView) wait(ctx context.Context, batches <-chan *feed.Batch, done <-chan error) error {
	var tick <-chan time.Time
	if v.o.summary > 0 {
		t := time.NewTicker(v.o.summary)
		defer t.Stop()
		tick = t.C
	}
	var winch chan os.Signal
	if v.resizable {
		winch = make(chan os.Signal, 1)
		signal.Notify(winch, syscall.SIGWINCH)
		defer signal.Stop(winch)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	for {
		v.mu.Unlock()
		select {
		case b, ok := <-batches:
			v.mu.Lock()
			if !ok {
				batches = nil
				continue
			}
			v.batch(b)
		case err := <-done:
			v.mu.Lock()
			if batches != nil {
				for b := range batches {
					v.batch(b)
				}
			}
			if ctx.Err() != nil {
				v.finish(true)
				return nil
			}
			v.finish(false)
			return err
		case <-tick:
			v.mu.Lock()
			v.periodic()
		case <-winch:
			v.mu.Lock()
			v.resize()
		case <-ctx.Done():
			v.mu.Lock()
			v.finish(true)
			return nil
		}
	}
}
