package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/patterns"
)

func init() {
	register("patterns", "check a rule file, test lines against the rules, draft rules (check | test | suggest | defaults)", runPatterns)
}

const patternsAbout = `Subcommands:
  check [FILE]                     validate FILE on top of the default rules (or the
                                   defaults alone): TOML syntax, names, regexps, and
                                   every example and counter-example. Problems are
                                   printed as FILE:LINE: rule "NAME": reason; exit 2.
  test [--patterns FILE]... LINE...  classify each LINE (- : lines from standard input)
                                   and show the level, type, the rule that decided
                                   it, and what was extracted.
  suggest [--input FILE]...        draft rules for the most frequent Unclassified
                                   errors of a journal (see 'patterns suggest --help').
  defaults                         print the embedded default rules: a commented
                                   starting point for a file of your own.

Examples:
  stemewatch patterns check /etc/stemewatch/patterns.toml
  stemewatch patterns test 'ERROR stemedb_storage::wal: fsync failed agent_id=a1'
  journalctl -u stemedb-api -p err -o cat -n 20 | stemewatch patterns test -
  stemewatch patterns suggest --input journal.json >> my-rules.toml
  stemewatch patterns defaults > my-rules.toml
`

func runPatterns(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "patterns", "patterns check [FILE] | test [--patterns FILE]... LINE... | suggest [--input FILE]... | defaults", patternsAbout)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		fs.Usage()
		return usagef("missing subcommand: check, test, suggest or defaults")
	}
	switch rest[0] {
	case "check":
		return patternsCheck(e, rest[1:])
	case "test":
		return patternsTest(e, rest[1:])
	case "suggest":
		return patternsSuggest(ctx, e, rest[1:])
	case "defaults":
		fs := newFlagSet(e, "patterns defaults", "patterns defaults", "Prints the embedded default rules: a commented starting point for a file of\nyour own.\n\nExample:\n  stemewatch patterns defaults > my-rules.toml\n")
		if err := parseFlags(fs, rest[1:]); err != nil {
			return err
		}
		if fs.NArg() > 0 {
			return usagef("defaults takes no argument")
		}
		_, err := e.stdout.Write(patterns.DefaultFile())
		return err
	default:
		return usagef("unknown subcommand %q: want check, test, suggest or defaults", rest[0])
	}
}

func patternsCheck(e *env, args []string) error {
	fs := newFlagSet(e, "patterns check", "patterns check [FILE]", `Validates FILE on top of the default rules (or the defaults alone, with no
FILE): TOML syntax, names, regexps, and every example and counter-example.
Problems are printed as FILE:LINE: rule "NAME": reason, and exit 2.

Examples:
  stemewatch patterns check /etc/stemewatch/patterns.toml
  stemewatch patterns check            # the embedded defaults
`)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	args = fs.Args()
	if len(args) > 1 {
		return usagef("check takes at most one FILE")
	}
	set, err := patterns.Load(patterns.Options{}, args...)
	if err != nil {
		// One line per problem, each naming file, line and rule.
		return usagef("invalid patterns:\n%v", err)
	}
	fmt.Fprintf(e.stdout, "ok: %d rules and %d signature rules from %s, version %s\n",
		len(set.Rules), len(set.Signature), strings.Join(set.Sources(), " + "), set.Version())
	return nil
}

func patternsTest(e *env, args []string) error {
	var files multiFlag
	fs := newFlagSet(e, "patterns test", "patterns test [--patterns FILE]... LINE... | -", `Classifies each LINE as stemewatch would an entry with no journald PRIORITY.
A LINE of - reads lines from standard input instead, one entry per line
(blank lines skipped).

Examples:
  stemewatch patterns test 'ERROR stemedb_storage::wal: fsync failed agent_id=a1'
  journalctl -u stemedb-api -p err -o cat -n 20 | stemewatch patterns test -
`)
	fs.Var(&files, "patterns", "a rule `FILE` on top of the defaults; repeatable")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("test needs at least one LINE (or - for standard input)")
	}
	set, err := patterns.Load(patterns.Options{}, files...)
	if err != nil {
		return usagef("invalid patterns:\n%v", err)
	}
	c := classifier.New(set)
	n := 0
	describe := func(line string) {
		if n > 0 {
			fmt.Fprintln(e.stdout)
		}
		n++
		describeLine(e.stdout, c, set, line)
	}
	for _, arg := range fs.Args() {
		if arg != "-" {
			describe(arg)
			continue
		}
		if err := eachStdinLine(e.stdin, describe); err != nil {
			return err
		}
	}
	return nil
}

// maxTestLine bounds a line read by 'patterns test -': the journal's own
// bound on a message is far smaller (LineMax, 48 KiB by default).
const maxTestLine = 1 << 20

// eachStdinLine calls fn with each non-blank line of r, without its line
// ending. A line over maxTestLine is an error naming its number.
func eachStdinLine(r io.Reader, fn func(string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), maxTestLine)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		fn(line)
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("standard input, line %d: longer than %d bytes", lineNo+1, maxTestLine)
		}
		return fmt.Errorf("standard input, line %d: %w", lineNo+1, err)
	}
	return nil
}

func describeLine(w io.Writer, c *classifier.Classifier, set *patterns.Set, line string) {
	ent := &classifier.Entry{Message: []byte(line), Priority: -1, Cursor: []byte("arg")}
	v := c.Classify(ent)
	fmt.Fprintf(w, "line:      %s\n", line)
	lvl := v.Level
	if lvl == "" {
		lvl = "(none found)"
	}
	fmt.Fprintf(w, "level:     %s (error: %v)\n", lvl, v.Error)
	if v.Error {
		rule := v.Rule
		switch rule {
		case "":
			rule = "(no rule matched)"
		case classifier.RuleExplicit:
			rule = "explicit: the message names its type"
		case classifier.RuleFallback:
			rule = fmt.Sprintf("fallback scorer, confidence %.2f", v.Confidence)
		case classifier.RuleFallbackSignature:
			rule = fmt.Sprintf("fallback signature head, probability %.2f", v.Confidence)
		}
		fmt.Fprintf(w, "type:      %s  rule: %s\n", v.ErrorType, rule)
		if v.Rule == classifier.RuleFallback || v.ErrorType == classifier.Unclassified {
			describeFallback(w, c, ent)
		}
	}
	fmt.Fprintf(w, "signature: %v\n", v.Signature)
	if v.Error && (!v.Signature || v.Rule == classifier.RuleFallbackSignature) {
		describeSignatureHead(w, c, ent)
	}
	if v.Reportable() {
		ev := c.Event(ent, &v)
		for _, kv := range [][2]string{{"agent_id", ev.AgentID}, {"method", ev.Method}, {"path", ev.Path}} {
			if kv[1] != "" {
				fmt.Fprintf(w, "%-10s %s\n", kv[0]+":", kv[1])
			}
		}
		if ev.HTTPStatus != 0 {
			fmt.Fprintf(w, "status:    %d\n", ev.HTTPStatus)
		}
		fmt.Fprintf(w, "message:   %s\n", ev.Message)
	}
	// Which rules match the wording, whatever the level: what a rule author
	// wants to see.
	cand := set.Candidates(ent.Message)
	var hits []string
	for _, r := range set.All() {
		ok, timedOut, err := r.Match(ent.Message, cand)
		switch {
		case timedOut:
			hits = append(hits, fmt.Sprintf("%s (%v)", r.Name, err))
		case ok:
			h := fmt.Sprintf("%s -> %s [%s]", r.Name, r.Type, r.Source)
			if groups, _ := r.Groups(line); len(groups) > 0 {
				for _, g := range groups {
					h += fmt.Sprintf(" %s=%q", g[0], g[1])
				}
			}
			hits = append(hits, h)
		case r.Vetoed(line):
			hits = append(hits, fmt.Sprintf("%s matches, but its unless vetoes it [%s]", r.Name, r.Source))
		}
	}
	if len(hits) == 0 {
		fmt.Fprintln(w, "rules:     none match the wording")
		return
	}
	fmt.Fprintf(w, "rules:     %s\n", strings.Join(hits, "\n           "))
}

// describeSignatureHead shows what the fallback's signature head made of
// an error no signature rule recognised.
func describeSignatureHead(w io.Writer, c *classifier.Classifier, ent *classifier.Entry) {
	p, floor, why, ok := c.ExplainSignature(ent, 6)
	if !ok {
		return
	}
	verdict := "a signature failure"
	if p < floor {
		verdict = fmt.Sprintf("not one: below the %.2f floor", floor)
	}
	parts := make([]string, len(why))
	for i, f := range why {
		parts[i] = fmt.Sprintf("%q %+.2f", f.Feature, f.Weight)
	}
	fmt.Fprintf(w, "sig head:  %.2f (%s)", p, verdict)
	if len(parts) > 0 {
		fmt.Fprintf(w, "; features %s", strings.Join(parts, ", "))
	}
	fmt.Fprintln(w)
}

// describeFallback shows what the fallback scorer made of the line: its
// best class, confidence against the floor, and the features that decided.
func describeFallback(w io.Writer, c *classifier.Classifier, ent *classifier.Entry) {
	p, why, ok := c.ExplainFallback(ent, 6)
	if !ok {
		return
	}
	floor := c.FallbackFloor()
	verdict := "used"
	if p.Type == classifier.Unclassified {
		verdict = "not used"
		if p.Best != classifier.Unclassified {
			verdict = fmt.Sprintf("not used: below the %.2f floor", floor)
		}
	}
	fmt.Fprintf(w, "fallback:  %s at %.2f (%s)\n", p.Best, p.Confidence, verdict)
	if len(why) == 0 {
		fmt.Fprintln(w, "features:  none the scorer knows")
		return
	}
	parts := make([]string, len(why))
	for i, f := range why {
		parts[i] = fmt.Sprintf("%q %+.2f", f.Feature, f.Weight)
	}
	fmt.Fprintf(w, "features:  %s\n", strings.Join(parts, ", "))
}
