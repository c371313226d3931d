package main

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/redact"
	"github.com/stemedb/stemewatch/scorer"
	"github.com/stemedb/stemewatch/templates"
)

const suggestAbout = `Reads entries like classify, groups the error entries no rule types
(Unclassified) into templates, and prints a draft [[rule]] for each of the
most frequent: keywords and a regexp from the template's fixed words,
examples taken from the lines themselves, and the type the fallback scorer
gives the template when it is confident, "TODO" when it is not. The drafts
pass 'patterns check'; appended to your rule file they type the lines they
came from. Review them first: narrow the regexp, pick the type, rename.

The loop:
  stemewatch classify --input J.json          # see the top Unclassified templates
  stemewatch patterns suggest --input J.json >> /etc/stemewatch/patterns.toml
  $EDITOR /etc/stemewatch/patterns.toml       # set types, tighten
  stemewatch patterns check /etc/stemewatch/patterns.toml
  systemctl reload stemewatch                 # SIGHUP: the new rules apply
`

// suggestion is one drafted rule.
type suggestion struct {
	tmpl     templates.Template
	spec     patterns.RuleSpec
	lean     scorer.Prediction
	examples []string
}

func patternsSuggest(ctx context.Context, e *env, args []string) error {
	var inputs, files multiFlag
	fs := newFlagSet(e, "patterns suggest", "patterns suggest [--input FILE|-]... [--patterns FILE]... [--top N]", suggestAbout)
	fs.Var(&inputs, "input", "a journal `FILE` to read (journalctl -o json/export/text, or plain lines; - for stdin); repeatable; default -")
	fs.Var(&files, "patterns", "a rule `FILE` on top of the defaults (lines it already types are not suggested); repeatable")
	format := fs.String("input-format", "auto", "input format: auto, json, json-pretty, export, verbose or text")
	top := fs.Int("top", 5, "draft rules for the `N` most frequent Unclassified templates")
	minCount := fs.Int("min-count", 1, "skip templates seen fewer than `N` times")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("suggest takes no arguments (got %q); use --input FILE", fs.Arg(0))
	}
	if _, err := journalfmt.ParseFormat(*format); err != nil {
		return usagef("%v", err)
	}
	if *top < 1 {
		return usagef("--top must be at least 1")
	}
	if len(inputs) == 0 {
		inputs = multiFlag{"-"}
	}
	set, err := patterns.Load(patterns.Options{}, files...)
	if err != nil {
		return usagef("invalid patterns:\n%v", err)
	}
	c := classifier.New(set)
	miner := templates.New(maxUnclassifiedTemplates)
	var msgs []string // Unclassified messages, for examples; bounded
	const maxMsgs = 20000
	malformed := 0
	for _, name := range inputs {
		err := readEntries(ctx, e, name, *format, func(ent *classifier.Entry) {
			v := c.Classify(ent)
			if !v.Error || v.ErrorType != classifier.Unclassified {
				return
			}
			ev := c.Event(ent, &v)
			miner.Add(ev.Message)
			if len(msgs) < maxMsgs {
				msgs = append(msgs, ev.Message)
			}
		}, &malformed)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if malformed > 0 {
		fmt.Fprintf(e.stderr, "stemewatch patterns suggest: skipped %d malformed entries\n", malformed)
	}
	var out []suggestion
	used := map[string]bool{}
	for _, t := range miner.Top(0) {
		if len(out) >= *top || t.Count < *minCount {
			break
		}
		if s, ok := draftRule(t, msgs, used); ok && checkDraft(s) {
			out = append(out, s)
		}
	}
	writeSuggestions(e.stdout, out, miner, inputs)
	return nil
}

// readEntries calls fn for every entry of one input.
func readEntries(ctx context.Context, e *env, name, format string, fn func(*classifier.Entry), malformed *int) error {
	var src io.Reader = e.stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return fmt.Errorf("cannot open input: %w", err)
		}
		defer f.Close()
		src = f
	}
	rd, err := journalfmt.NewReader(src, name, journalfmt.Options{Format: format})
	if err != nil {
		return err
	}
	for n := 1; ; n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		ent, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		var me *journalfmt.MalformedError
		if errors.As(err, &me) {
			*malformed++
			continue
		}
		if err != nil {
			return err
		}
		fn(ent)
	}
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

// draftRule turns a template into a rule that matches its messages.
func draftRule(t templates.Template, msgs []string, used map[string]bool) (suggestion, bool) {
	toks := strings.Fields(t.Pattern)
	// A word redaction changes in the example (a token after "Bearer", a
	// key=value secret) is never a literal of the rule.
	red := redact.String(t.Example)
	hasSecret, redacted := red != t.Example, strings.Fields(red)
	var parts, literals []string
	for i, tok := range toks {
		secret := hasSecret && (len(redacted) != len(toks) || redacted[i] != tok)
		if tok == templates.Wildcard || secret || strings.ContainsAny(tok, "\"\\") {
			parts = append(parts, `\S+`)
			literals = append(literals, "")
			continue
		}
		parts = append(parts, regexp.QuoteMeta(tok))
		literals = append(literals, tok)
	}
	// The keyword: the longest run of up to three fixed words.
	kw := ""
	for i := range literals {
		var run []string
		for j := i; j < len(literals) && j < i+3 && literals[j] != ""; j++ {
			run = append(run, literals[j])
			if s := strings.Join(run, " "); len(s) > len(kw) {
				kw = s
			}
		}
	}
	if len(kw) < 4 {
		return suggestion{}, false // nothing fixed enough to key a rule on
	}
	re := strings.Join(parts, `\s+`)
	compiled, err := regexp.Compile(re)
	if err != nil {
		return suggestion{}, false
	}
	// Examples: up to three distinct lines the regexp matches, redacted
	// (only those that still match once redacted).
	var examples []string
	seen := map[string]bool{}
	for _, m := range append([]string{t.Example}, msgs...) {
		if len(examples) == 3 {
			break
		}
		r := redact.String(m)
		if seen[r] || !compiled.MatchString(r) || !strings.Contains(strings.ToLower(r), strings.ToLower(kw)) {
			continue
		}
		seen[r] = true
		examples = append(examples, r)
	}
	if len(examples) == 0 {
		return suggestion{}, false
	}
	// The type: the fallback over the examples together, when confident.
	lean := scorer.New(scorer.Default()).Predict([]byte(strings.Join(examples, "\n")))
	typ := "TODO"
	if lean.Type != scorer.Classes[len(scorer.Classes)-1] {
		typ = lean.Type
	}
	slug := strings.Trim(slugRE.ReplaceAllString(strings.ToLower(strings.Join(nonEmpty(literals), " ")), "_"), "_")
	if len(slug) > 40 {
		slug = strings.TrimRight(slug[:40], "_")
	}
	h := fnv.New32a()
	h.Write([]byte(t.Pattern))
	name := fmt.Sprintf("suggested.%s_%04x", slug, h.Sum32()&0xffff)
	for i := 2; used[name]; i++ {
		name = fmt.Sprintf("suggested.%s_%04x_%d", slug, h.Sum32()&0xffff, i)
	}
	used[name] = true
	spec := patterns.RuleSpec{Name: name, Type: typ, Keywords: []string{strings.ToLower(kw)}, Match: re, Examples: examples}
	return suggestion{tmpl: t, spec: spec, lean: lean, examples: examples}, true
}

// checkDraft loads the draft on top of the defaults, as 'patterns check'
// would, and reports whether it passes.
func checkDraft(s suggestion) bool {
	f, err := os.CreateTemp("", "stemewatch-suggest-*.toml")
	if err != nil {
		return false
	}
	defer os.Remove(f.Name())
	writeRule(f, s)
	if err := f.Close(); err != nil {
		return false
	}
	_, err = patterns.Load(patterns.Options{}, f.Name())
	return err == nil
}

func nonEmpty(ss []string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// writeSuggestions prints the drafts as TOML, without a `format` line, so
// they can be appended to an existing rule file.
func writeSuggestions(w io.Writer, out []suggestion, m *templates.Miner, inputs []string) {
	names := make([]string, len(inputs))
	for i, in := range inputs {
		names[i] = filepath.Base(in)
	}
	fmt.Fprintf(w, "# Draft rules from `stemewatch patterns suggest` over %s:\n", strings.Join(names, ", "))
	fmt.Fprintf(w, "# %d Unclassified errors in %d templates; drafts for the %d most frequent.\n", m.Total(), m.Len(), len(out))
	fmt.Fprintf(w, "# Review each, then: stemewatch patterns check FILE, and SIGHUP (systemctl reload stemewatch).\n")
	if len(out) == 0 {
		fmt.Fprintf(w, "# Nothing to suggest: no Unclassified error has enough fixed words to key a rule on.\n")
	}
	for _, s := range out {
		fmt.Fprintf(w, "\n# %d lines like: %s\n", s.tmpl.Count, redact.Sample(s.tmpl.Pattern, 200))
		switch {
		case s.spec.Type == "TODO" && s.lean.Best == s.lean.Type:
			fmt.Fprintf(w, "# TODO: set the type. The fallback scorer reads these lines as Unclassified\n# (%.2f): no runbook type fits their wording; a logic bug may deserve no rule.\n", s.lean.Confidence)
		case s.spec.Type == "TODO":
			fmt.Fprintf(w, "# TODO: set the type (StorageError, TimeoutError, SerializationError,\n# NetworkError, AuthenticationError). The fallback scorer leans %s at %.2f,\n# below its %.2f floor.\n", s.lean.Best, s.lean.Confidence, scorer.Default().Floor)
		default:
			fmt.Fprintf(w, "# The fallback scorer gives %s at %.2f.\n", s.spec.Type, s.lean.Confidence)
		}
		writeRule(w, s)
	}
}

func writeRule(w io.Writer, s suggestion) {
	fmt.Fprintf(w, "[[rule]]\nname = %s\ntype = %s\nkeywords = [%s]\nmatch = %s\nexamples = [\n", tomlString(s.spec.Name), tomlString(s.spec.Type), tomlString(s.spec.Keywords[0]), tomlLiteral(s.spec.Match))
	for _, ex := range s.examples {
		fmt.Fprintf(w, "  %s,\n", tomlString(ex))
	}
	fmt.Fprintf(w, "]\n")
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\u00` + strconv.FormatInt(int64(r)>>4, 16) + strconv.FormatInt(int64(r)&15, 16))
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// tomlLiteral writes a regexp as a TOML literal string ('...'), or a basic
// string when it contains a quote or a newline.
func tomlLiteral(s string) string {
	if strings.ContainsAny(s, "'\n\r") {
		return tomlString(s)
	}
	return "'" + s + "'"
}
