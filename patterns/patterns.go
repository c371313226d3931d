// Package patterns loads, checks and compiles the rules that map the wording
// of an error message to a runbook error type, and the rules that recognise
// signature-verification failures. The default rules are embedded; a user
// file adds to or overrides them by name.
package patterns

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"

	"github.com/BurntSushi/toml"
	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

//go:embed default.toml
var defaultRules []byte

// DefaultName is how the embedded rule file is named in errors.
const DefaultName = "<default rules>"

// DefaultMatchTimeout bounds one rule on one entry. regexp2 checks its
// clock about every 100 ms, so a runaway rule is stopped after at most a few
// hundred milliseconds; the backtracking-stack cap usually stops it sooner.
const DefaultMatchTimeout = 100 * time.Millisecond

// DefaultStackLimit caps regexp2's backtracking stack per match.
const DefaultStackLimit = 100_000

// File is the TOML form of a rule file.
type File struct {
	// Format is the rule-file format version; 1.
	Format int        `toml:"format"`
	Rules  []RuleSpec `toml:"rule"`
}

// RuleSpec is one [[rule]] table as written.
type RuleSpec struct {
	// Name is unique in a set, dotted by area: "storage.disk_full".
	Name string `toml:"name"`
	// Type is the error type the rule assigns, one of the five runbook
	// types unless a user file says otherwise.
	Type string `toml:"type"`
	// Signature marks a rule that recognises failed signature verification.
	// It is tried on entries of any level; on an error it also assigns Type.
	Signature bool `toml:"signature"`
	// Keywords are literal, case-insensitive substrings; the rule's regexp
	// only runs on a message containing one of them.
	Keywords []string `toml:"keywords"`
	// Match is the regexp2 expression (.NET/Perl syntax: lookarounds,
	// (?<name>...) groups; \K is not supported).
	Match string `toml:"match"`
	// Unless is a regexp2 expression that vetoes the rule: a message it
	// matches is not the rule's, whatever Match says (a word that puts the
	// message in another family). Optional. It runs only after Match did,
	// so Match stays a plain alternation the rule can run piece by piece.
	Unless string `toml:"unless"`
	// Examples must match the rule; CounterExamples must not.
	Examples        []string `toml:"examples"`
	CounterExamples []string `toml:"counter_examples"`
	// Disabled removes a default rule of the same name.
	Disabled bool `toml:"disabled"`
}

// Rule is a compiled rule.
type Rule struct {
	RuleSpec
	// Source is "file:line" of the rule's [[rule]] header.
	Source string

	re *regexp2.Regexp
	// alts are re's top-level alternatives (splitBranches), tried in turn
	// by Match; nil: re whole. prepare parses them at the rule's first
	// Match; each compiles the first time a message reaches it (re, for
	// the embedded rules, at the first Match too): most rules of a short
	// command never run, most alternatives of a rule that runs never get a
	// message holding their strings, and compiling is most of a command's
	// start-up.
	alts []*branch
	// req is strings one of which every match of re holds
	// (requiredLiterals; nil: none known): an ASCII message holding none
	// of them skips re. hasReq: req or any alternative's is set.
	req    []string
	hasReq bool
	once   sync.Once
	unless *regexp2.Regexp // Unless compiled; nil: none
	// wholeOnce compiles re when the rule split (Groups needs it).
	wholeOnce sync.Once
	wholeErr  error
	prepErr   error // the pattern did not compile (never for checked rules)
	opt       Options
	keywords  [][]byte // lower-cased
	groups    []string // named groups, in order
	bit       int      // the rule's bit in the set's prefilter, -1 past 64 rules

	evals, matches, timeouts, nanos atomic.Int64
}

// Stats are a rule's counters since the set was compiled.
type Stats struct {
	Name                     string
	Evals, Matches, Timeouts int64
	Time                     time.Duration
}

// Stats returns the rule's counters.
func (r *Rule) Stats() Stats {
	return Stats{Name: r.Name, Evals: r.evals.Load(), Matches: r.matches.Load(),
		Timeouts: r.timeouts.Load(), Time: time.Duration(r.nanos.Load())}
}

// Set is an ordered, compiled rule set. It is safe for concurrent use.
type Set struct {
	// Rules are the type rules in evaluation order: user rules first, then
	// the defaults they did not override.
	Rules []*Rule
	// Signature are the signature-failure rules, in order.
	Signature []*Rule
	version   string
	sources   []string
	// Two prefilters: one over the signature rules' keywords, scanned on
	// every entry, and one over the type rules', scanned only on errors, so
	// that the scan every entry pays stays small as type rules grow.
	sigPre, typePre *prefilter
}

// Mask says which of a set's rules have a keyword in one message.
type Mask struct {
	bits    uint64
	scanned bool // signature rules' bits are valid
	types   bool // type rules' bits are valid
}

// Candidates scans msg and returns which rules have a keyword in it, for
// Rule.Match. It does not allocate.
func (s *Set) Candidates(msg []byte) Mask {
	return s.TypeCandidates(msg, s.SignatureCandidates(msg))
}

// SignatureCandidates scans msg for the signature rules' keywords only: the
// scan every entry needs. Type rules matched with this mask check their own
// keywords until TypeCandidates completes it.
func (s *Set) SignatureCandidates(msg []byte) Mask {
	return Mask{bits: s.sigPre.scan(msg), scanned: true}
}

// TypeCandidates completes m with the type rules' keywords in msg.
func (s *Set) TypeCandidates(msg []byte, m Mask) Mask {
	m.bits |= s.typePre.scan(msg)
	m.types = true
	return m
}

// Version is a short content hash of the rule files the set was built from:
// it changes exactly when the rules do.
func (s *Set) Version() string { return s.version }

// Sources names the files the set was built from.
func (s *Set) Sources() []string { return s.sources }

// All returns every rule, signature rules first.
func (s *Set) All() []*Rule {
	out := make([]*Rule, 0, len(s.Rules)+len(s.Signature))
	out = append(out, s.Signature...)
	return append(out, s.Rules...)
}

// Error is one problem in a rule file, with its position.
type Error struct {
	File string
	Line int
	Rule string // "" when the problem is not in one rule
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Rule != "" {
		fmt.Fprintf(&b, ": rule %q", e.Rule)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found while loading, in file order.
type ErrorList []*Error

func (l ErrorList) Error() string {
	if len(l) == 1 {
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Options tune compilation.
type Options struct {
	MatchTimeout time.Duration // default DefaultMatchTimeout
	StackLimit   int           // default DefaultStackLimit
}

// Default returns the embedded rules, compiled. They are checked by the
// package's tests, so this cannot fail at run time.
func Default() *Set {
	s, err := Load(Options{})
	if err != nil {
		panic("patterns: embedded default rules are invalid: " + err.Error())
	}
	return s
}

// DefaultFile returns the embedded rule file's text.
func DefaultFile() []byte { return bytes.Clone(defaultRules) }

// Load compiles the default rules and then each user file in order. A user
// rule replaces the default (or earlier) rule of the same name and is
// evaluated before the defaults; `disabled = true` removes it.
func Load(opt Options, files ...string) (*Set, error) {
	srcs := []source{{name: DefaultName, data: defaultRules, lazy: true}}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, ErrorList{{File: f, Msg: err.Error()}}
		}
		srcs = append(srcs, source{name: f, data: data})
	}
	return build(opt, srcs)
}

// Parse compiles one rule file alone, without the defaults (for checking a
// file, or for tests).
func Parse(opt Options, name string, data []byte) (*Set, error) {
	return build(opt, []source{{name: name, data: data}})
}

// ParseWithDefaults compiles data as a user file on top of the defaults.
func ParseWithDefaults(opt Options, name string, data []byte) (*Set, error) {
	return build(opt, []source{{name: DefaultName, data: defaultRules, lazy: true}, {name: name, data: data}})
}

type source struct {
	name string
	data []byte
	// lazy: the embedded defaults, checked by this package's tests
	// (TestDefaultRulesCheck): their regexps are compiled at a rule's first
	// use, not at load, since compiling them all is most of a command's
	// start-up. Every other file is compiled and checked at load.
	lazy bool
}

var ruleNameRE = regexp.MustCompile(`^[a-z0-9][a-z0-9_.-]*$`)
var typeNameRE = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)

func build(opt Options, srcs []source) (*Set, error) {
	if opt.MatchTimeout <= 0 {
		opt.MatchTimeout = DefaultMatchTimeout
	}
	if opt.StackLimit == 0 {
		opt.StackLimit = DefaultStackLimit
	}
	var errs ErrorList
	h := sha256.New()
	var order []*Rule // later files first; within a file, file order
	byName := map[string]*Rule{}
	set := &Set{}
	for fi, src := range srcs {
		set.sources = append(set.sources, src.name)
		h.Write([]byte(src.name))
		h.Write([]byte{0})
		h.Write(src.data)
		h.Write([]byte{0})
		var f File
		md, err := toml.NewDecoder(bytes.NewReader(src.data)).Decode(&f)
		if err != nil {
			var pe toml.ParseError
			if errors.As(err, &pe) {
				errs = append(errs, &Error{File: src.name, Line: pe.Position.Line, Msg: pe.Message})
			} else {
				errs = append(errs, &Error{File: src.name, Msg: err.Error()})
			}
			continue
		}
		lines := ruleLines(src.data)
		lineOf := func(i int) int {
			if i < len(lines) {
				return lines[i]
			}
			return 0
		}
		for _, k := range md.Undecoded() {
			line := 0
			if len(k) > 1 && k[0] == "rule" {
				line = 0 // arrays of tables do not carry indexes in keys
			}
			errs = append(errs, &Error{File: src.name, Line: line, Msg: fmt.Sprintf("unknown key %q", k.String())})
		}
		if f.Format != 0 && f.Format != 1 {
			errs = append(errs, &Error{File: src.name, Msg: fmt.Sprintf("format = %d: this stemewatch reads format 1", f.Format)})
		}
		var fileRules []*Rule
		seen := map[string]int{}
		for i, spec := range f.Rules {
			line := lineOf(i)
			e := func(format string, args ...any) {
				errs = append(errs, &Error{File: src.name, Line: line, Rule: spec.Name, Msg: fmt.Sprintf(format, args...)})
			}
			if spec.Name == "" {
				e("missing name")
				continue
			}
			if !ruleNameRE.MatchString(spec.Name) {
				e("name must be lower-case letters, digits, '.', '_' or '-'")
			}
			if prev, dup := seen[spec.Name]; dup {
				e("duplicate name (first defined at line %d)", prev)
				continue
			}
			seen[spec.Name] = line
			if spec.Disabled {
				if fi == 0 {
					e("disabled has no meaning in the file that defines the rule")
				}
				delete(byName, spec.Name)
				continue
			}
			r, rerrs := compile(spec, opt, !src.lazy)
			for _, msg := range rerrs {
				e("%s", msg)
			}
			if r == nil {
				continue
			}
			r.Source = fmt.Sprintf("%s:%d", src.name, line)
			fileRules = append(fileRules, r)
			byName[spec.Name] = r
		}
		// This file's rules go before everything loaded so far.
		order = append(fileRules, order...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	emitted := map[string]bool{}
	for _, r := range order {
		if byName[r.Name] != r || emitted[r.Name] {
			continue // overridden or disabled
		}
		emitted[r.Name] = true
		if r.Signature {
			set.Signature = append(set.Signature, r)
		} else {
			set.Rules = append(set.Rules, r)
		}
	}
	var sigKws, typeKws [][][]byte
	for _, r := range set.All() {
		r.bit = -1
		if len(sigKws) < 64 {
			r.bit = len(sigKws)
			if r.Signature {
				sigKws, typeKws = append(sigKws, r.keywords), append(typeKws, nil)
			} else {
				sigKws, typeKws = append(sigKws, nil), append(typeKws, r.keywords)
			}
		}
	}
	set.sigPre, set.typePre = newPrefilter(sigKws), newPrefilter(typeKws)
	set.version = hex.EncodeToString(h.Sum(nil))[:12]
	return set, nil
}

// ruleLines returns the 1-based line of each [[rule]] header, in order.
func ruleLines(data []byte) []int {
	var out []int
	line := 0
	for len(data) > 0 {
		line++
		i := bytes.IndexByte(data, '\n')
		var l []byte
		if i < 0 {
			l, data = data, nil
		} else {
			l, data = data[:i], data[i+1:]
		}
		t := bytes.TrimSpace(l)
		if bytes.HasPrefix(t, []byte("[[")) {
			name := bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSuffix(bytes.TrimPrefix(t, []byte("[[")), []byte("]]")), []byte("]")))
			if j := bytes.IndexByte(name, '#'); j >= 0 {
				name = bytes.TrimSpace(name[:j])
			}
			if string(bytes.TrimSuffix(name, []byte("]]"))) == "rule" {
				out = append(out, line)
			}
		}
	}
	return out
}

// compile checks spec and makes its rule; eager, it also compiles the
// regexp and checks the examples and counter-examples against it (lazy
// rules compile at first use: see source.lazy).
func compile(spec RuleSpec, opt Options, eager bool) (*Rule, []string) {
	var errs []string
	if spec.Type == "" {
		errs = append(errs, "missing type")
	} else if !typeNameRE.MatchString(spec.Type) {
		errs = append(errs, fmt.Sprintf("type %q is not a CamelCase name", spec.Type))
	}
	if spec.Match == "" {
		errs = append(errs, "missing match")
	}
	if len(spec.Keywords) == 0 {
		errs = append(errs, "needs at least one keyword: the regexp only runs on messages that contain one")
	}
	for _, k := range spec.Keywords {
		if strings.TrimSpace(k) == "" {
			errs = append(errs, "empty keyword")
		}
	}
	if len(spec.Examples) == 0 {
		errs = append(errs, "needs at least one example line that must match")
	}
	if len(errs) > 0 {
		return nil, errs
	}
	r := &Rule{RuleSpec: spec, bit: -1, opt: opt}
	for _, k := range spec.Keywords {
		r.keywords = append(r.keywords, bytes.ToLower([]byte(k)))
	}
	if !eager {
		return r, nil
	}
	re, err := r.compileWhole()
	if err != nil {
		return nil, []string{fmt.Sprintf("match does not compile: %v", err)}
	}
	r.re = re
	if r.unless, err = r.compileUnless(); err != nil {
		return nil, []string{fmt.Sprintf("unless does not compile: %v", err)}
	}
	for _, ex := range spec.Examples {
		if !r.mayMatch([]byte(ex)) {
			errs = append(errs, fmt.Sprintf("example %q contains none of the keywords", ex))
			continue
		}
		ok, err := r.wholeMatch(ex)
		switch {
		case err != nil:
			errs = append(errs, fmt.Sprintf("example %q: %s", ex, describeMatchErr(err)))
		case !ok:
			errs = append(errs, fmt.Sprintf("example %q does not match", ex))
		}
	}
	for _, ex := range spec.CounterExamples {
		if !r.mayMatch([]byte(ex)) {
			continue // the rule never runs on it
		}
		ok, err := r.wholeMatch(ex)
		if err != nil {
			errs = append(errs, fmt.Sprintf("counter-example %q: %s", ex, describeMatchErr(err)))
		} else if ok {
			errs = append(errs, fmt.Sprintf("counter-example %q matches", ex))
		}
	}
	return r, errs
}

// ErrTimeout is returned (wrapped) when a rule gave up on an entry: its match
// timeout expired or its backtracking stack filled. The entry's text is never
// part of the error.
var ErrTimeout = errors.New("rule gave up (match timeout or backtracking limit)")

func describeMatchErr(err error) string {
	if errors.Is(err, regexp2.ErrBacktrackingStackLimit) {
		return "backtracking stack limit exceeded"
	}
	// regexp2's timeout error embeds the whole input; never repeat it.
	return "match timeout"
}

// mayMatch is the literal test without the set's automaton: does msg
// contain one of the rule's keywords, ignoring ASCII case?
func (r *Rule) mayMatch(msg []byte) bool {
	for _, k := range r.keywords {
		if containsFold(msg, k) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII k, ignoring
// ASCII case in s.
func containsFold(s, k []byte) bool {
	if len(k) == 0 {
		return true
	}
	for i := 0; i+len(k) <= len(s); i++ {
		j := 0
		for j < len(k) && fold(s[i+j]) == k[j] {
			j++
		}
		if j == len(k) {
			return true
		}
	}
	return false
}

// Match tests the rule against msg. candidates is Set.Candidates(msg): the
// regexp only runs when the rule's keyword is present (rules past the 64th,
// and a zero Mask, test their keywords directly).
// It returns ok, and timedOut with an error wrapping ErrTimeout when the
// rule gave up; the caller counts it and goes on. The error never contains
// the message.
func (r *Rule) Match(msg []byte, candidates Mask) (ok bool, timedOut bool, err error) {
	if len(msg) == 0 {
		return false, false, nil
	}
	if r.bit >= 0 && candidates.scanned && (r.Signature || candidates.types) {
		if candidates.bits&(1<<uint(r.bit)) == 0 {
			return false, false, nil
		}
	} else if !r.mayMatch(msg) {
		return false, false, nil
	}
	start := time.Now()
	ok, err = r.match(unsafe.String(&msg[0], len(msg)))
	r.nanos.Add(int64(time.Since(start)))
	r.evals.Add(1)
	if err != nil {
		r.timeouts.Add(1)
		return false, true, fmt.Errorf("rule %s: %w (%s)", r.Name, ErrTimeout, describeMatchErr(err))
	}
	if ok {
		r.matches.Add(1)
	}
	return ok, false, nil
}

// match runs the rule's regexp on s: its alternatives in turn when it was
// split, else whole.
func (r *Rule) match(s string) (bool, error) {
	r.once.Do(r.prepare)
	if r.prepErr != nil {
		return false, r.prepErr
	}
	// The message lower-cased for the required strings, when it is ASCII
	// and short enough for the stack (long ones run every regexp).
	var buf [foldMax]byte
	var folded []byte
	ascii := false
	if r.hasReq {
		folded, ascii = foldASCII(buf[:], unsafe.Slice(unsafe.StringData(s), len(s)))
	}
	if r.alts == nil {
		if ascii && r.req != nil && !holdsAny(folded, r.req) {
			return false, nil
		}
		ok, err := r.re.MatchString(s)
		if !ok || err != nil {
			return ok, err
		}
		return r.notVetoed(s)
	}
	return r.matchAlternatives(s, folded, ascii)
}

// matchAlternatives tries a split rule's alternatives on s in turn; with
// gate, one whose required strings folded (s lower-cased, ASCII) lacks is
// skipped.
func (r *Rule) matchAlternatives(s string, folded []byte, gate bool) (bool, error) {
	for _, b := range r.alts {
		if gate && b.req != nil && !holdsAny(folded, b.req) {
			continue
		}
		a, err := b.regexp(r.opt)
		if err != nil {
			return false, err
		}
		if ok, err := a.MatchString(s); ok || err != nil {
			if !ok || err != nil {
				return ok, err
			}
			return r.notVetoed(s)
		}
	}
	return false, nil
}

// notVetoed reports whether s, which the rule's match matched, escapes its
// unless.
func (r *Rule) notVetoed(s string) (bool, error) {
	if r.unless == nil {
		return true, nil
	}
	veto, err := r.unless.MatchString(s)
	return !veto && err == nil, err
}

// Vetoed reports whether the rule's match matches msg (which holds one of
// its keywords) and its unless then vetoes it: what `patterns test` tells
// a rule author whose rule "does not match".
func (r *Rule) Vetoed(msg string) bool {
	re, err := r.whole()
	if err != nil || r.unless == nil || !r.mayMatch([]byte(msg)) {
		return false
	}
	if ok, err := re.MatchString(msg); !ok || err != nil {
		return false
	}
	veto, err := r.unless.MatchString(msg)
	return veto && err == nil
}

// wholeMatch is the rule's whole pattern and its unless on s, as load
// checks the examples.
func (r *Rule) wholeMatch(s string) (bool, error) {
	ok, err := r.re.MatchString(s)
	if !ok || err != nil {
		return ok, err
	}
	return r.notVetoed(s)
}

// compileUnless compiles the rule's unless (nil when it has none).
func (r *Rule) compileUnless() (*regexp2.Regexp, error) {
	if r.RuleSpec.Unless == "" {
		return nil, nil
	}
	re, err := regexp2.Compile(r.RuleSpec.Unless, regexp2.OptionMaxBacktrackingStackSize(r.opt.StackLimit))
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = r.opt.MatchTimeout
	return re, nil
}

// foldMax is the longest message whose required strings are looked for.
const foldMax = 2048

// compileWhole compiles the rule's whole pattern.
func (r *Rule) compileWhole() (*regexp2.Regexp, error) {
	re, err := regexp2.Compile(r.RuleSpec.Match, regexp2.OptionMaxBacktrackingStackSize(r.opt.StackLimit))
	if err != nil {
		return nil, err
	}
	re.MatchTimeout = r.opt.MatchTimeout
	return re, nil
}

// prepare compiles what the rule runs (at its first Match or Groups): its
// alternatives when the pattern splits (the whole then waits for Groups,
// which alone needs it), else the whole pattern unless load compiled it;
// and the strings each needs (requiredLiterals).
func (r *Rule) prepare() {
	if r.unless == nil {
		if r.unless, r.prepErr = r.compileUnless(); r.prepErr != nil {
			return
		}
	}
	if r.compileBranches() {
		return
	}
	if r.re == nil {
		r.re, r.prepErr = r.compileWhole()
		if r.prepErr != nil {
			return
		}
	}
	r.req = requiredLiterals(r.RuleSpec.Match)
	r.hasReq = r.req != nil
}

// compileBranches parses the pattern's top-level alternatives into
// r.alts and reports whether it did (false: the pattern does not split, or
// an alternative does not compile alone; the whole is run).
func (r *Rule) compileBranches() bool {
	var alts []*branch
	for _, b := range splitBranches(r.RuleSpec.Match) {
		tree, err := syntax.Parse(b, syntax.ParseOptions{})
		if err != nil {
			return false
		}
		req := requiredOf(tree)
		alts = append(alts, &branch{src: b, req: req})
		r.hasReq = r.hasReq || req != nil
	}
	if alts == nil {
		return false
	}
	r.alts = alts
	return true
}

// branch is one top-level alternative of a split rule: its source, the
// strings one of which its every match holds, and its regexp, compiled at
// first use.
type branch struct {
	src  string
	req  []string
	once sync.Once
	re   *regexp2.Regexp
	err  error
}

// regexp returns the alternative compiled (its source parsed at prepare,
// so compiling does not fail but for memory).
func (b *branch) regexp(opt Options) (*regexp2.Regexp, error) {
	b.once.Do(func() {
		b.re, b.err = regexp2.Compile(b.src, regexp2.OptionMaxBacktrackingStackSize(opt.StackLimit))
		if b.err == nil {
			b.re.MatchTimeout = opt.MatchTimeout
		}
	})
	return b.re, b.err
}

// whole returns the rule's whole compiled pattern, compiling it (and
// listing its named groups) at the first call.
func (r *Rule) whole() (*regexp2.Regexp, error) {
	r.once.Do(r.prepare)
	if r.prepErr != nil {
		return nil, r.prepErr
	}
	r.wholeOnce.Do(func() {
		if r.re == nil {
			r.re, r.wholeErr = r.compileWhole()
			if r.wholeErr != nil {
				return
			}
		}
		for _, g := range r.re.GetGroupNames() {
			if g != "" && (g[0] < '0' || g[0] > '9') {
				r.groups = append(r.groups, g)
			}
		}
	})
	return r.re, r.wholeErr
}

// Groups returns the named groups the rule captured on msg (for `patterns
// test`): name → value, in the rule's group order.
func (r *Rule) Groups(msg string) ([][2]string, error) {
	re, err := r.whole()
	if err != nil {
		return nil, err
	}
	m, err := re.FindStringMatch(msg)
	if err != nil {
		return nil, fmt.Errorf("rule %s: %w (%s)", r.Name, ErrTimeout, describeMatchErr(err))
	}
	if m == nil {
		return nil, nil
	}
	var out [][2]string
	for _, g := range r.groups {
		if gr := m.GroupByName(g); gr != nil && len(gr.Captures) > 0 {
			out = append(out, [2]string{g, gr.String()})
		}
	}
	return out, nil
}
