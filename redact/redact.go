// Package redact strips secrets (API keys, bearer tokens, signatures,
// passwords, cookies, session ids and other credentials) from text that
// stemewatch shows or sends, so a log line can be printed by `tail` or
// `classify` or carried in an anomaly sample.
//
// Besides values named by a key word (api_key=, "password":, Cookie:,
// "secret <value>"), it masks long random-looking tokens wherever they are:
// runs of base64/base64url characters of at least TokenMinLen bytes that mix
// lower case, upper case and digits and change class often. Hex strings of
// one letter case (hashes, journal cursors, incident and trace ids, UUIDs)
// are kept on purpose: runbooks need them, so a hex secret is masked only
// when a key word names it.
//
// It is pure and safe for concurrent use. It uses the standard library's
// linear-time regexp engine only, and returns a line that contains none of
// the trigger words (almost every line) unchanged, without allocating.
package redact

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"
)

// Mask replaces every secret value.
const Mask = "[REDACTED]"

// secretWords end the keys whose value is a secret in key=value and
// "key":value forms: db_password, x_api_key, access_token and
// request_signature count, but tokens, author or signature_failure do not.
var secretWords = []string{
	"apikey", "api_key", "api-key", "secret", "token", "passwd", "password",
	"passphrase", "signature", "credential", "credentials", "authorization",
	"cookie", "sessionid", "session_id", "session-id", "hmac", "session",
}

// shortWords are secret only as the whole key or its last part (key=,
// x_sig=, db.pass=), not inside a word (monkey=, bypass=, oauth_seed_count=).
var shortWords = []string{"key", "nkey", "pass", "pwd", "sig", "auth", "seed"}

// secretKey reports whether key (any case) names a secret.
func secretKey(key string) bool {
	k := strings.ToLower(key)
	for _, w := range secretWords {
		if strings.HasSuffix(k, w) {
			return true
		}
	}
	for _, w := range shortWords {
		if k == w {
			return true
		}
		if strings.HasSuffix(k, w) {
			if c := k[len(k)-len(w)-1]; c == '_' || c == '-' || c == '.' {
				return true
			}
		}
	}
	return false
}

// colonKey matches the header-like keys whose value follows "key: ". It is
// narrower than secretKey: tracing targets such as "stemedb_api::auth:" and
// messages like "AuthenticationError: ..." must keep their words.
const colonKey = `(?:x-)?(?:api[_-]?key|apikey|authorization|proxy-authorization|password|passwd|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|id[_-]?token|cookie|set-cookie|session|signature|[a-z]+-signature)`

// value is a secret value: quoted (the quotes stay) or bare up to a separator.
const value = `"(?:[^"\\]|\\.)*"|'[^']*'|[^\s&,;"'{}\[\]]+`

// rule is one secret shape. The capture group secret is replaced by Mask
// (inside its quotes when quoted) if check accepts it and, when key > 0,
// group key names a secret. need lists lower-case substrings one of which
// must be present for the rule to run at all.
type rule struct {
	name   string
	need   []string
	re     *regexp.Regexp
	secret int
	key    int
	check  func(string) bool
}

var rules = []rule{
	// PEM private key blocks, whole.
	{"pem", []string{"private key-"}, regexp.MustCompile(`(-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(?:-----END [A-Z ]*PRIVATE KEY-----|$))`), 1, 0, nil},
	// Authorization schemes: "Bearer xxx" always; "Basic xxx" and
	// "Token xxx" when xxx looks like a credential rather than a word.
	{"bearer", []string{"bearer"}, regexp.MustCompile(`(?i)\bbearer\s+([A-Za-z0-9._~+/=-]{4,})`), 1, 0, nil},
	{"basic", []string{"basic", "token", "digest", "apikey"}, regexp.MustCompile(`(?i)\b(?:basic|token|digest|apikey)\s+([A-Za-z0-9._~+/=:-]{8,})`), 1, 0, looksSecret},
	// Cookie and Set-Cookie values: every name=value pair of the list,
	// attributes included ("Cookie: theme=dark; session=abc").
	{"cookie", []string{"cookie"}, regexp.MustCompile(`(?i)\b(?:set-)?cookie\s*[:=]\s*([^\s;,=]+=[^\s;,]*(?:;\s*[^\s;,=]+(?:=[^\s;,]*)?)*)`), 1, 0, nil},
	// A secret after a bare word: "secret wJalrXUtnFEMI/K7MDENG...",
	// "session 3f9ab2c1d4e5 expired", "password is hunter22", when it looks
	// like a credential rather than a word ("password reset").
	{"word", []string{"secret", "pass", "session"}, regexp.MustCompile(`(?i)\b(?:(?:client[ _-]?)?secret(?:[ _-]?access)?(?:[ _-]?key)?|password|passwd|passphrase|session(?:[ _-]?(?:id|token|key))?)\s+(?:is\s+|was\s+)?([^\s"',;\[\]]{8,})`), 1, 0, looksSecret},
	// JSON: "api_key":"value", 'password': 'value', "token": 123.
	{"json", []string{`":`, `" :`, `':`, `' :`}, regexp.MustCompile(`["']([A-Za-z0-9_.-]+)["']\s*:\s*(` + value + `)`), 2, 1, nil},
	// Header-like: "Authorization: Bearer xxx", "x-api-key: xxx".
	{"header", []string{":"}, regexp.MustCompile(`(?i)(?:^|[\s{(,;])` + colonKey + `:\s*((?:(?:bearer|basic|digest|token)\s+)?(?:` + value + `))`), 1, 0, notScheme},
	// key=value (logfmt, query strings, URLs, command lines).
	{"kv", []string{"="}, regexp.MustCompile(`([A-Za-z0-9_.-]+)\s*=\s*(` + value + `)`), 2, 1, nil},
	// URL user info: scheme://user:password@host.
	{"userinfo", []string{"://"}, regexp.MustCompile(`[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:([^\s@/]+)@`), 1, 0, nil},
	// Well-known token shapes anywhere in the text.
	{"jwt", []string{"eyj"}, regexp.MustCompile(`\b(eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*)`), 1, 0, nil},
	{"aws", []string{"akia", "asia"}, regexp.MustCompile(`\b((?:AKIA|ASIA)[0-9A-Z]{16})\b`), 1, 0, nil},
	{"vendor", []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_", "xox", "sk_", "sk-", "stm_", "glpat-"}, regexp.MustCompile(`\b(gh[pousr]_[A-Za-z0-9]{30,}|xox[abprs]-[A-Za-z0-9-]{10,}|sk_(?:live|test)_[A-Za-z0-9]{16,}|sk-[A-Za-z0-9_-]{20,}|stm_[A-Za-z0-9_-]{16,}|glpat-[A-Za-z0-9_-]{20,})`), 1, 0, nil},
	// NATS nkey seeds: S, a type letter, then base32.
	{"nkey", nil, regexp.MustCompile(`\b(S[UNAOC][A-Z2-7]{56})\b`), 1, 0, nil},
}

// looksSecret accepts a credential-like string and rejects a plain word
// ("basic authentication", "token validation").
func looksSecret(s string) bool {
	var lower, upper, digit, other bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z':
			lower = true
		case 'A' <= c && c <= 'Z':
			upper = true
		case '0' <= c && c <= '9':
			digit = true
		default:
			other = true
		}
	}
	return digit || other || (lower && upper && len(s) >= 12)
}

// notScheme rejects a bare authorization scheme word, left when an earlier
// rule already masked the credential after it ("Bearer [REDACTED]").
func notScheme(s string) bool {
	switch strings.ToLower(s) {
	case "bearer", "basic", "digest", "token":
		return false
	}
	return true
}

// triggers are lower-case substrings one of which is present whenever a
// rule can match, except nkey seeds (see hasSeed).
var triggers = [][]byte{
	[]byte("key"), []byte("secret"), []byte("token"), []byte("pass"), []byte("pwd"),
	[]byte("sig"), []byte("cred"), []byte("auth"), []byte("cookie"), []byte("session"),
	[]byte("bearer"), []byte("basic"), []byte("digest"), []byte("hmac"), []byte("seed"),
	[]byte("eyj"), []byte("akia"), []byte("asia"), []byte("ghp_"), []byte("gho_"),
	[]byte("ghu_"), []byte("ghs_"), []byte("ghr_"), []byte("xox"), []byte("sk_"),
	[]byte("sk-"), []byte("stm_"), []byte("glpat-"), []byte("://"), []byte("private"),
}

// mayContain reports whether b might hold a secret, cheaply and without
// allocating: it looks for the trigger words case-insensitively.
func mayContain(b []byte) bool {
	var low [256]byte
	const overlap = 16 // longer than any trigger
	for off := 0; off < len(b); off += len(low) - overlap {
		end := min(off+len(low), len(b))
		n := 0
		for _, c := range b[off:end] {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			low[n] = c
			n++
		}
		w := low[:n]
		for _, t := range triggers {
			if bytes.Contains(w, t) {
				return true
			}
		}
		if end == len(b) {
			break
		}
	}
	return hasSeed(b) || hasToken(b)
}

// hasSeed reports a run of 58 base32 capitals, the shape of an nkey seed.
func hasSeed(b []byte) bool {
	run := 0
	for _, c := range b {
		if ('A' <= c && c <= 'Z') || ('2' <= c && c <= '7') {
			run++
			if run >= 58 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// String returns s with every secret value replaced by Mask.
func String(s string) string {
	if !mayContain([]byte(s)) {
		return s
	}
	return string(apply([]byte(s)))
}

// Bytes returns b with every secret value replaced by Mask. When b holds no
// secret it is returned as is, without allocating; otherwise a new slice.
func Bytes(b []byte) []byte {
	if !mayContain(b) {
		return b
	}
	return apply(b)
}

// ansi matches terminal escape sequences (CSI and OSC), which may sit
// between a key and its value in coloured logs.
var ansi = regexp.MustCompile(`\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?)`)

// apply runs every rule. A coloured line that may hold a secret loses its
// colours first, so that "\x1b[2mapi_key\x1b[0m=secret" is caught too; a
// line where nothing was redacted comes back as it was, colours included.
func apply(orig []byte) []byte {
	b := orig
	if bytes.IndexByte(b, 0x1b) >= 0 {
		b = ansi.ReplaceAll(b, nil)
	}
	low := bytes.ToLower(b)
	changed := false
	for i := range rules {
		r := &rules[i]
		if !r.applies(low, b) {
			continue
		}
		if nb, ok := r.replace(b); ok {
			b, changed = nb, true
			low = bytes.ToLower(b)
		}
	}
	if nb, ok := maskTokens(b); ok {
		b, changed = nb, true
	}
	if !changed {
		return orig
	}
	return b
}

func (r *rule) applies(low, b []byte) bool {
	if r.need == nil {
		return hasSeed(b)
	}
	for _, n := range r.need {
		if bytes.Contains(low, []byte(n)) {
			return true
		}
	}
	return false
}

func (r *rule) replace(b []byte) ([]byte, bool) {
	ms := r.re.FindAllSubmatchIndex(b, -1)
	if ms == nil {
		return b, false
	}
	out := make([]byte, 0, len(b)+16)
	last := 0
	for _, m := range ms {
		s, e := m[2*r.secret], m[2*r.secret+1]
		if s < 0 {
			continue
		}
		v := b[s:e]
		if string(v) == Mask || (len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && string(v[1:len(v)-1]) == Mask) {
			continue // already redacted by an earlier rule
		}
		if r.check != nil && !r.check(string(v)) {
			continue
		}
		if r.key > 0 && !secretKey(string(b[m[2*r.key]:m[2*r.key+1]])) {
			continue
		}
		out = append(out, b[last:s]...)
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			out = append(out, v[0])
			out = append(out, Mask...)
			out = append(out, v[0])
		} else {
			out = append(out, Mask...)
		}
		last = e
	}
	if last == 0 {
		return b, false
	}
	return append(out, b[last:]...), true
}

// Sample returns s made fit to quote in a message sent elsewhere: colours
// and control characters removed, secrets redacted, then cut to at most max
// bytes (on a rune boundary, with "…" appended) when max > 0. Redaction
// runs before the cut, so a secret is never half-shown.
func Sample(s string, max int) string {
	b := []byte(s)
	if bytes.IndexByte(b, 0x1b) >= 0 {
		b = ansi.ReplaceAll(b, nil)
	}
	b = Bytes(b)
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			r = ' '
		case r < 0x20 || r == 0x7f || r == utf8.RuneError:
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	if max > 0 && len(out) > max {
		cut := max
		for cut > 0 && !utf8.RuneStart(out[cut]) {
			cut--
		}
		out = append(out[:cut:cut], "…"...)
	}
	return string(out)
}

// Long random-looking tokens, whatever word (if any) comes before them.
const (
	// TokenMinLen is the shortest run masked as a random token.
	TokenMinLen = 24
	// tokenMinChanges is the share of adjacent characters of a token that
	// change class (lower, upper, digit, other): about 0.6 in random
	// base64, under 0.3 in CamelCase identifiers.
	tokenMinChanges = 0.4
)

// tokenByte is the alphabet of base64, base64url and most API tokens.
func tokenByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		c == '+' || c == '/' || c == '_' || c == '-'
}

func class(c byte) int {
	switch {
	case 'a' <= c && c <= 'z':
		return 0
	case 'A' <= c && c <= 'Z':
		return 1
	case '0' <= c && c <= '9':
		return 2
	}
	return 3
}

// randomToken reports whether t (a run of tokenBytes) looks random: long,
// with lower case, upper case and digits, changing class often. Hex (one
// letter case), cursors, UUIDs, hashes and identifiers do not: the runbook
// needs them, and secrets in hex are caught by their key words only.
func randomToken(t []byte) bool {
	if len(t) < TokenMinLen {
		return false
	}
	var seen [4]bool
	changes := 0
	for i, c := range t {
		k := class(c)
		seen[k] = true
		if i > 0 && class(t[i-1]) != k {
			changes++
		}
	}
	return seen[0] && seen[1] && seen[2] && float64(changes) >= tokenMinChanges*float64(len(t)-1)
}

// tokenRuns calls f with the bounds of each random-looking token of b
// (with its '=' padding), until f returns false.
func tokenRuns(b []byte, f func(s, e int) bool) {
	for i := 0; i < len(b); {
		if !tokenByte(b[i]) {
			i++
			continue
		}
		j := i
		for j < len(b) && tokenByte(b[j]) {
			j++
		}
		if randomToken(b[i:j]) {
			e := j
			for e < len(b) && e-j < 2 && b[e] == '=' {
				e++
			}
			if !f(i, e) {
				return
			}
			j = e
		}
		i = j
	}
}

// hasToken reports a random-looking token in b.
func hasToken(b []byte) bool {
	found := false
	tokenRuns(b, func(int, int) bool { found = true; return false })
	return found
}

// maskTokens replaces every random-looking token of b by Mask.
func maskTokens(b []byte) ([]byte, bool) {
	var out []byte
	last := 0
	tokenRuns(b, func(s, e int) bool {
		out = append(out, b[last:s]...)
		out = append(out, Mask...)
		last = e
		return true
	})
	if out == nil {
		return b, false
	}
	return append(out, b[last:]...), true
}
