// Package patterns loads, checks and compiles the rules that map the wording
// of an error message to a runbook error type, and the rules that recognise
// signature-verification failures. The default rules are embedded; a user
// file adds to or overrides them by name.
package patterns

import (
	"bytes"
	_ "embed"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dlclark/regexp2/v2"
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
