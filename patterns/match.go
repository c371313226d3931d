// Matching: a compiled rule tested against one message, within its limits.

package patterns

import (
	"errors"
	"fmt"
	"sync"
	"time"
	"unsafe"

	"github.com/dlclark/regexp2/v2"
	"github.com/dlclark/regexp2/v2/syntax"
)

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
