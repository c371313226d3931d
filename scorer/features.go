package scorer

import "bytes"

// maxTokens bounds the work on one message: a fallback never reads past
// this many tokens.
const maxTokens = 256

// Masks replace the variable parts of a message, so "node3:18182" and
// "10.0.0.7:443" are one feature.
const (
	maskNumber = "#"
	// A number with a unit of time ("500ms", "30s") or of size ("3GiB",
	// "64KB"): a duration says something took or may take that long, a size
	// that something is that big.
	maskDuration = "#duration"
	maskSize     = "#size"
	maskPath     = "<path>"
	maskHost     = "<host>"
	maskURL      = "<url>"
)

// tokenizer turns a message into normalised tokens, written one after the
// other into buf separated by single spaces, so that a token and a pair of
// adjacent tokens are both sub-slices of buf: no feature is ever copied.
type tokenizer struct {
	buf    []byte
	starts []int
	ends   []int
	// groups are the meaning groups (groups.go) of the tokens, each once;
	// gbuf holds the same names one after the other, gends where each ends,
	// so a group is a feature as a byte view like the others.
	groups []string
	gbuf   []byte
	gends  []int
	// panicForm is set when the message has one of panicForms: it is
	// a panic, whatever its words.
	panicForm bool
	// pre holds the prefix features of the words, each once: "pre:"
	// and a word's first prefixLen letters, prefixFeature bytes each.
	pre []byte
	// marks holds, for each token, how many prefixes and groups there
	// were before it was emitted: dropping a token drops what it added.
	marks []mark
}

type mark struct{ pre, groups int }

// A word of more than prefixLen letters also counts for its first
// prefixLen letters, so a word the training data never held still pulls
// the way the words it starts like do: "unmarshalling" the way "unmarshal"
// does, "authenticator" the way "authentication" does, "decompressor" the
// way "decompress" does, where stemming one suffix off does not reach.
const (
	prefixLen     = 4
	prefixFeature = len("pre:") + prefixLen
)

func (t *tokenizer) reset() {
	t.buf, t.starts, t.ends, t.pre, t.marks = t.buf[:0], t.starts[:0], t.ends[:0], t.pre[:0], t.marks[:0]
	t.groups, t.gbuf, t.gends = t.groups[:0], t.gbuf[:0], t.gends[:0]
	t.panicForm = false
}

// markToken records what a token about to be emitted finds, for drop.
func (t *tokenizer) markToken() {
	t.marks = append(t.marks, mark{len(t.pre), len(t.groups)})
}

// prefix records the prefix feature of the lower-cased word w.
func (t *tokenizer) prefix(w []byte) {
	if len(w) <= prefixLen {
		return
	}
	for i := 0; i < len(t.pre); i += prefixFeature {
		if string(t.pre[i+prefixFeature-prefixLen:i+prefixFeature]) == string(w[:prefixLen]) {
			return
		}
	}
	t.pre = append(t.pre, "pre:"...)
	t.pre = append(t.pre, w[:prefixLen]...)
}

// prefixes is the number of prefix features; prefixAt returns the i-th.
func (t *tokenizer) prefixes() int         { return len(t.pre) / prefixFeature }
func (t *tokenizer) prefixAt(i int) []byte { return t.pre[i*prefixFeature : (i+1)*prefixFeature] }

// features is the number of features the message holds: its tokens, the
// pairs of adjacent tokens, its meaning groups and its prefixes.
func (t *tokenizer) features() int {
	return 2*t.n() - 1 + len(t.groups) + t.prefixes()
}

// group records that a token belongs to group g.
func (t *tokenizer) group(g string) {
	for _, h := range t.groups {
		if h == g {
			return
		}
	}
	t.groups = append(t.groups, g)
	t.gbuf = append(t.gbuf, g...)
	t.gends = append(t.gends, len(t.gbuf))
}

// each yields every feature of the message last tokenized, in the order
// the model sums them: each token and then the pair it starts, the meaning
// groups, the prefixes. The features are views of the tokenizer's
// buffers, valid until the next tokenize; ranging over them does not
// allocate. It is the one walk over a message's features: the type model,
// the signature head, their explanations and training all range over it.
func (t *tokenizer) each(yield func(f []byte) bool) {
	n := t.n()
	for i := 0; i < n; i++ {
		if !yield(t.unigram(i)) {
			return
		}
		if i+1 < n && !yield(t.bigram(i)) {
			return
		}
	}
	s := 0
	for _, e := range t.gends {
		if !yield(t.gbuf[s:e]) {
			return
		}
		s = e
	}
	for i := 0; i < t.prefixes(); i++ {
		if !yield(t.prefixAt(i)) {
			return
		}
	}
}

func (t *tokenizer) n() int { return len(t.starts) }

// hasWord reports whether a token is a word, not only masks ("#",
// "<host>", "#duration", ...).
func (t *tokenizer) hasWord() bool {
	for i := range t.starts {
		if c := t.buf[t.starts[i]]; c != '#' && c != '<' {
			return true
		}
	}
	return false
}

// token i and the pair (i, i+1).
func (t *tokenizer) unigram(i int) []byte { return t.buf[t.starts[i]:t.ends[i]] }
func (t *tokenizer) bigram(i int) []byte  { return t.buf[t.starts[i]:t.ends[i+1]] }

func (t *tokenizer) emitString(s string) {
	if len(t.starts) >= maxTokens {
		return
	}
	t.markToken()
	if len(t.buf) > 0 {
		t.buf = append(t.buf, ' ')
	}
	t.starts = append(t.starts, len(t.buf))
	t.buf = append(t.buf, s...)
	t.ends = append(t.ends, len(t.buf))
}

// last returns the i-th token from the end (0 = last), or nil.
func (t *tokenizer) last(i int) []byte {
	k := len(t.starts) - 1 - i
	if k < 0 {
		return nil
	}
	return t.unigram(k)
}

// drop removes the last k tokens and the prefixes and meaning groups they
// added ("os error" when the errno's name takes their place); what came
// before them, a panic form's group included, stays.
func (t *tokenizer) drop(k int) {
	if k <= 0 || len(t.starts) == 0 {
		return
	}
	n := max(len(t.starts)-k, 0)
	m := t.marks[n]
	t.pre = t.pre[:m.pre]
	t.groups, t.gends = t.groups[:m.groups], t.gends[:m.groups]
	t.gbuf = t.gbuf[:0]
	if m.groups > 0 {
		t.gbuf = t.gbuf[:t.gends[m.groups-1]]
	}
	t.buf = t.buf[:0]
	if n > 0 {
		t.buf = t.buf[:t.ends[n-1]]
	}
	t.starts, t.ends, t.marks = t.starts[:n], t.ends[:n], t.marks[:n]
}

// panicForms are fixed parts of the messages Rust's core library panics
// with on a broken invariant: an index or a slice range out of bounds, a
// str sliced inside a character, unreachable code reached, a null or
// misaligned pointer dereferenced, an Option or Result unwrapped (or
// expected) on nothing, an assertion that failed. Their words
// alone mislead ("unreachable" is the network's word too), so the form
// itself marks a logic error (groups.go), and a message with one is a
// panic that the scorer never types (Predict).
var panicForms = [...][]byte{
	[]byte("index out of bounds: the len is"),
	[]byte("entered unreachable code"),
	[]byte("is not a char boundary"),
	[]byte("out of range for slice of length"),
	[]byte("slice index starts at"),
	[]byte("pointer dereference"),
	// Option/Result unwrap and expect on nothing.
	[]byte("on a `None` value"),
	[]byte("on an `Err` value"),
	// assert! (and assert_eq! before Rust 1.73), assert_eq!/assert_ne!
	// since: the words that follow are the program's own.
	[]byte("assertion failed: "),
	[]byte("assertion `left "),
}

// tokenize normalises msg: whitespace-separated words lose surrounding
// punctuation; URLs, paths and host names become masks; the rest splits
// into alphanumeric runs, each lower-cased and lightly stemmed, a run with
// a digit becoming "#". A CamelCase run (a Rust enum variant such as
// StorageFull) is kept whole as well as split. "os error N" and Rust's
// "Os { code: N" become the errno's name ("errno:enospc"), and so does an
// errno written by its upper-case symbol ("EACCES").
func (t *tokenizer) tokenize(msg []byte) {
	t.reset()
	for _, f := range panicForms {
		if bytes.Contains(msg, f) {
			t.group(groupLogic)
			t.panicForm = true
			break
		}
	}
	for len(msg) > 0 && len(t.starts) < maxTokens {
		i := 0
		for i < len(msg) {
			n := sepLen(msg[i:])
			if n == 0 {
				break
			}
			i += n
		}
		msg = msg[i:]
		j := 0
		for j < len(msg) && sepLen(msg[j:]) == 0 {
			j++
		}
		word := msg[:j]
		msg = msg[j:]
		t.word(word)
	}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// sepLen returns the length of the word separator msg starts with, or 0:
// white space, a double quote (`BindFail("0.0.0.0:18182")` holds a host,
// as its JSON rendering does), or an escape sequence a JSON string or a Rust Debug string
// holds (`\"`, `\n`, `\t`, `\\`, `\u00e9`), which stands for a quote, a
// line break or a character and must not glue itself to the next word
// (`\"10.0.0.2:18182\"` is a host, `\tx` no transaction).
func sepLen(msg []byte) int {
	if isSpace(msg[0]) || msg[0] == '"' {
		return 1
	}
	if msg[0] != '\\' || len(msg) < 2 {
		return 0
	}
	switch msg[1] {
	case '"', '\\', '/', '\'', 'b', 'f', 'n', 'r', 't', '0':
		return 2
	case 'u':
		if len(msg) >= 6 && isHex(msg[2]) && isHex(msg[3]) && isHex(msg[4]) && isHex(msg[5]) {
			return 6
		}
	}
	return 0
}

func (t *tokenizer) word(w []byte) {
	w = trim(w, &wordPunct)
	if len(w) == 0 {
		return
	}
	switch {
	case bytes.Contains(w, []byte("://")):
		t.emitString(maskURL)
		return
	case bytes.Count(w, []byte("/")) >= 2 || (len(w) > 1 && w[0] == '/'):
		t.emitString(maskPath)
		return
	case isHost(w):
		t.emitString(maskHost)
		return
	}
	for len(w) > 0 {
		i := 0
		for i < len(w) && !isAlnum(w[i]) {
			i++
		}
		w = w[i:]
		j := 0
		for j < len(w) && isAlnum(w[j]) {
			j++
		}
		if j > 0 {
			t.run(w[:j])
		}
		w = w[j:]
	}
}

// run handles one alphanumeric run.
func (t *tokenizer) run(r []byte) {
	if len(r) == 1 && !isDigit(r[0]) {
		// A lone letter ("x" of "X.509", "a", "s" of "it's") names
		// nothing an error is about.
		return
	}
	if n := errnoSymbol(r); n != 0 {
		t.emitString(errnoNames[n])
		t.group(errnoGroup(n))
		return
	}
	hasDigit := false
	for _, c := range r {
		if isDigit(c) {
			hasDigit = true
			break
		}
	}
	if hasDigit {
		if t.errno(r) {
			return
		}
		t.emitString(quantityMask(r))
		return
	}
	// CamelCase: a lower-case letter followed by an upper-case one.
	camel := false
	for i := 1; i < len(r); i++ {
		if r[i-1] >= 'a' && r[i-1] <= 'z' && r[i] >= 'A' && r[i] <= 'Z' {
			camel = true
			break
		}
	}
	if camel {
		t.emitLower(r, false)
		s := 0
		for i := 1; i <= len(r); i++ {
			if i == len(r) || (r[i-1] >= 'a' && r[i-1] <= 'z' && r[i] >= 'A' && r[i] <= 'Z') {
				t.emitLower(r[s:i], true)
				s = i
			}
		}
		return
	}
	t.emitLower(r, true)
}

// errno turns the number of "os error N" or "Os { code: N" ("code" is
// stemmed to "cod" by then) into the
// errno's name, replacing the tokens "os error" / "os code".
func (t *tokenizer) errno(num []byte) bool {
	if len(num) > 3 || !(string(t.last(0)) == "error" || string(t.last(0)) == "cod") || string(t.last(1)) != "os" {
		return false
	}
	n := 0
	for _, c := range num {
		if !isDigit(c) {
			return false
		}
		n = n*10 + int(c-'0')
	}
	name := errnoName(n)
	if name == "" {
		return false
	}
	t.drop(2)
	t.emitString(name)
	t.group(errnoGroup(n))
	return true
}

// emitLower emits r lower-cased, stemmed when stem is set.
func (t *tokenizer) emitLower(r []byte, stem bool) {
	if len(t.starts) >= maxTokens {
		return
	}
	t.markToken()
	if len(t.buf) > 0 {
		t.buf = append(t.buf, ' ')
	}
	s := len(t.buf)
	for _, c := range r {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		t.buf = append(t.buf, c)
	}
	if stem {
		t.prefix(t.buf[s:])
		t.buf = t.buf[:s+stemLen(t.buf[s:])]
		if long, ok := abbreviations[string(t.buf[s:])]; ok {
			t.buf = append(t.buf[:s], long...)
		}
		if g, ok := stemGroups[string(t.buf[s:])]; ok {
			t.group(g)
		}
	} else if g, ok := kindGroups[string(t.buf[s:])]; ok {
		t.group(g)
	}
	t.starts = append(t.starts, s)
	t.ends = append(t.ends, len(t.buf))
}
