package patterns

import (
	"strings"
	"sync"
	"unsafe"

	"github.com/dlclark/regexp2/v2/syntax"
)

// requiredLiterals returns strings, ASCII and lower-cased, of which every
// match of pattern holds at least one (compared case-insensitively), or nil
// when the pattern promises none worth looking for (none of at least
// minRequired bytes, or more than maxRequired of them). A rule can skip a
// regexp whose required strings are all absent from an ASCII message: a
// substring search costs tens of nanoseconds where regexp2 walks every
// position a match could start at (auth.credentials took ~16 us on each
// error line its keywords let through, 1 in 4 matching).
//
// It reads the parse tree regexp2 itself builds. A case-insensitive letter
// is parsed as a set of its cases, which may hold a non-ASCII fold ('ſ'
// for s, the Kelvin sign for k): the strings hold for ASCII messages only,
// and Rule.match runs every regexp on a message with a byte >= 0x80.
func requiredLiterals(pattern string) []string {
	tree, err := syntax.Parse(pattern, syntax.ParseOptions{})
	if err != nil {
		return nil
	}
	return requiredOf(tree)
}

// requiredOf is requiredLiterals on a parsed pattern.
func requiredOf(tree *syntax.RegexTree) []string {
	if rightToLeft(tree.Root) {
		return nil
	}
	req := required(tree.Root)
	if len(req) == 0 || len(req) > maxRequired {
		return nil
	}
	for _, s := range req {
		if len(s) < minRequired {
			return nil
		}
	}
	return req
}

// A required set is only worth checking when every string in it is at
// least minRequired bytes (shorter ones are in most messages) and it has
// at most maxRequired strings.
const (
	minRequired = 3
	maxRequired = 48
)

// required returns a set of strings one of which every match of n holds,
// or nil when it knows none.
func required(n *syntax.RegexNode) []string {
	switch n.T {
	case syntax.NtMulti:
		if s, ok := lowerASCII(string(n.Str)); ok {
			return []string{s}
		}
	case syntax.NtOne, syntax.NtSet:
		if c, ok := literalChar(n); ok {
			return []string{string(c)}
		}
	case syntax.NtOneloop, syntax.NtOnelazy, syntax.NtOneloopatomic, syntax.NtSetloop, syntax.NtSetlazy, syntax.NtSetloopatomic:
		if c, ok := literalChar(n); ok && n.M >= 1 {
			return []string{string(c)}
		}
	case syntax.NtCapture, syntax.NtGroup, syntax.NtAtomic:
		if len(n.Children) == 1 {
			return required(n.Children[0])
		}
	case syntax.NtLoop, syntax.NtLazyloop:
		if n.M >= 1 && len(n.Children) == 1 {
			return required(n.Children[0])
		}
	case syntax.NtAlternate:
		var out []string
		for _, c := range n.Children {
			r := required(c)
			if r == nil {
				return nil // this alternative may match without any
			}
			out = appendNew(out, r...)
		}
		return out
	case syntax.NtConcatenate:
		return requiredConcat(n.Children)
	}
	return nil
}

// requiredConcat picks the best requirement among a concatenation's parts:
// runs of literal characters joined into strings (zero-width assertions
// between them do not break a run), and each other part's own.
func requiredConcat(parts []*syntax.RegexNode) []string {
	var best []string
	consider := func(r []string) {
		if r != nil && better(r, best) {
			best = r
		}
	}
	var run []byte
	flush := func() {
		if len(run) > 0 {
			consider([]string{string(run)})
			run = run[:0]
		}
	}
	for _, p := range parts {
		if zeroWidth(p) {
			continue
		}
		switch p.T {
		case syntax.NtMulti:
			if s, ok := lowerASCII(string(p.Str)); ok {
				run = append(run, s...)
				continue
			}
		case syntax.NtOne, syntax.NtSet:
			if c, ok := literalChar(p); ok {
				run = append(run, c)
				continue
			}
		case syntax.NtOneloop, syntax.NtOnelazy, syntax.NtOneloopatomic, syntax.NtSetloop, syntax.NtSetlazy, syntax.NtSetloopatomic:
			// A fixed count, as the parser writes "ss" in "missing".
			if c, ok := literalChar(p); ok && p.M == p.N && p.M >= 1 && p.M <= 16 {
				for range p.M {
					run = append(run, c)
				}
				continue
			}
		}
		flush()
		consider(required(p))
	}
	flush()
	return best
}

// better reports whether requirement a is more selective than b: its
// shortest string is longer, or as long with fewer strings.
func better(a, b []string) bool {
	if b == nil {
		return true
	}
	ma, mb := shortest(a), shortest(b)
	if ma != mb {
		return ma > mb
	}
	return len(a) < len(b)
}

func shortest(r []string) int {
	m := -1
	for _, s := range r {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

func appendNew(out []string, add ...string) []string {
	for _, s := range add {
		dup := false
		for _, o := range out {
			if o == s {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, s)
		}
	}
	return out
}

// zeroWidth reports whether n matches without consuming a character.
func zeroWidth(n *syntax.RegexNode) bool {
	switch n.T {
	case syntax.NtBol, syntax.NtEol, syntax.NtBoundary, syntax.NtNonboundary, syntax.NtBeginning,
		syntax.NtStart, syntax.NtEndZ, syntax.NtEnd, syntax.NtECMABoundary, syntax.NtNonECMABoundary,
		syntax.NtPosLook, syntax.NtNegLook, syntax.NtEmpty, syntax.NtUpdateBumpalong:
		return true
	}
	return false
}

// literalChar returns the one ASCII character, lower-cased, that a
// character node matches in an ASCII message: a single character, or a set
// whose ASCII members are one letter in its cases (a case-insensitive
// letter; its non-ASCII folds cannot occur in an ASCII message).
func literalChar(n *syntax.RegexNode) (byte, bool) {
	switch n.T {
	case syntax.NtOne, syntax.NtOneloop, syntax.NtOnelazy, syntax.NtOneloopatomic:
		if n.Ch < 0x80 {
			return fold(byte(n.Ch)), true
		}
		return 0, false
	case syntax.NtSet, syntax.NtSetloop, syntax.NtSetlazy, syntax.NtSetloopatomic:
		if n.Set == nil {
			return 0, false
		}
		key := n.Set.String()
		setChars.Lock()
		defer setChars.Unlock()
		if v, ok := setChars.m[key]; ok {
			return v.c, v.ok
		}
		var c byte
		found := true
		for r := rune(0); r < 0x80 && found; r++ {
			if !n.Set.Contains(r) {
				continue
			}
			l := fold(byte(r))
			if c != 0 && l != c {
				found = false // a class of several characters
			}
			c = l
		}
		found = found && c != 0
		setChars.m[key] = setChar{c, found}
		return c, found
	}
	return 0, false
}

type setChar struct {
	c  byte
	ok bool
}

// setChars caches literalChar for a set by its text: a rule file's
// case-insensitive letters are the same few sets over and over, and each
// answer asks the set about every ASCII character.
var setChars = struct {
	sync.Mutex
	m map[string]setChar
}{m: map[string]setChar{}}

func lowerASCII(s string) (string, bool) {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "", false
		}
		b[i] = fold(s[i])
	}
	return string(b), true
}

// foldASCII writes msg lower-cased into dst (of at least len(msg) bytes)
// and returns it, or false when msg has a byte >= 0x80 or dst is too short.
func foldASCII(dst, msg []byte) ([]byte, bool) {
	if len(msg) > len(dst) {
		return nil, false
	}
	dst = dst[:len(msg)]
	for i, c := range msg {
		if c >= 0x80 {
			return nil, false
		}
		dst[i] = fold(c)
	}
	return dst, true
}

// holdsAny reports whether folded contains one of req.
func holdsAny(folded []byte, req []string) bool {
	for _, s := range req {
		if containsString(folded, s) {
			return true
		}
	}
	return false
}

func containsString(folded []byte, s string) bool {
	return strings.Contains(unsafe.String(unsafe.SliceData(folded), len(folded)), s)
}

// rightToLeft reports a node matched right to left ((?r)), whose
// concatenations this analysis does not read. Lookarounds (a lookbehind
// runs right to left) are not read at all: they consume nothing.
func rightToLeft(n *syntax.RegexNode) bool {
	if n.T == syntax.NtPosLook || n.T == syntax.NtNegLook {
		return false
	}
	if n.Options&syntax.RightToLeft != 0 {
		return true
	}
	for _, c := range n.Children {
		if rightToLeft(c) {
			return true
		}
	}
	return false
}
