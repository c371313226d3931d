// Package console lays out text for a terminal: display widths, cutting
// to a width without splitting characters or leaving escape sequences
// behind, safe text from hostile log messages, colours that are only
// written when asked for, and the terminal's size.
package console

import (
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-isatty"
	"golang.org/x/sys/unix"
)

// Ellipsis marks text that was cut.
const Ellipsis = "…"

// IsTerminal reports whether f is a terminal.
func IsTerminal(f *os.File) bool {
	return f != nil && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// Size returns the number of columns of the terminal on f, or 0 when f is
// not a terminal or does not say.
func Size(f *os.File) int {
	if f == nil {
		return 0
	}
	ws, err := unix.IoctlGetWinsize(int(f.Fd()), unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 {
		return 0
	}
	return int(ws.Col)
}

// ColumnsEnv parses a COLUMNS value; 0 when unset or not a positive number.
func ColumnsEnv(v string) int {
	n, err := strconv.Atoi(strings.TrimSpace(v))
	if err != nil || n <= 0 || n > 10000 {
		return 0
	}
	return n
}

// RuneWidth is the number of columns r takes: 0 for combining marks and
// zero-width characters, 2 for East Asian wide and fullwidth characters
// and most emoji, 1 otherwise. Control characters are 0: Sanitize removes
// them before anything is shown.
func RuneWidth(r rune) int {
	switch {
	case r < 0x20 || (r >= 0x7f && r < 0xa0):
		return 0
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) || r == 0x200b:
		return 0
	case isWide(r):
		return 2
	}
	return 1
}

// isWide covers the East Asian Wide (W) and Fullwidth (F) blocks and the
// emoji planes; close enough for laying out log lines.
func isWide(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x115f, // Hangul Jamo
		r >= 0x2e80 && r <= 0x303e, // CJK radicals .. symbols
		r >= 0x3041 && r <= 0x33ff, // kana .. CJK compatibility
		r >= 0x3400 && r <= 0x4dbf, // CJK extension A
		r >= 0x4e00 && r <= 0x9fff, // CJK unified
		r >= 0xa000 && r <= 0xa4cf, // Yi
		r >= 0xac00 && r <= 0xd7a3, // Hangul syllables
		r >= 0xf900 && r <= 0xfaff, // CJK compatibility ideographs
		r >= 0xfe30 && r <= 0xfe4f, // CJK compatibility forms
		r >= 0xff00 && r <= 0xff60, // fullwidth forms
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1f64f, // emoji
		r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd: // CJK extensions B..
		return true
	}
	return false
}

// Width is the number of columns s takes.
func Width(s string) int {
	w := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			for _, r := range s[i:] {
				w += RuneWidth(r)
			}
			return w
		}
		if s[i] >= 0x20 && s[i] != 0x7f {
			w++
		}
	}
	return w
}

// Truncate cuts s to at most width columns, ending it with Ellipsis when
// anything was cut. It never splits a character.
func Truncate(s string, width int) string {
	if width <= 0 {
		return ""
	}
	if len(s) <= width && Width(s) <= width { // fast path: ASCII that fits
		return s
	}
	if Width(s) <= width {
		return s
	}
	limit := width - 1 // room for the ellipsis
	w := 0
	for i, r := range s {
		rw := RuneWidth(r)
		if w+rw > limit {
			return s[:i] + Ellipsis
		}
		w += rw
	}
	return s
}

// Pad returns s cut to width columns and padded with spaces to exactly
// width.
func Pad(s string, width int) string {
	s = Truncate(s, width)
	if n := width - Width(s); n > 0 {
		return s + strings.Repeat(" ", n)
	}
	return s
}

// Sanitize makes text from a log safe and one line to show on a terminal:
// tabs, newlines and carriage returns become spaces, other control
// characters (C0, DEL, C1, including any escape sequence's ESC), invalid
// UTF-8, bidi overrides and other format characters are dropped, so a
// message cannot move the cursor, change colours, retitle the window or
// reorder what is shown.
func Sanitize(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
			continue
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r < 0xa0):
			continue
		case r >= 0x80 && unicode.Is(unicode.Cf, r):
			continue // bidi overrides, zero-width joiners and the like
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// SGR codes used here.
const (
	Reset = "\x1b[0m"
	Bold  = "1"
	Dim   = "2"
)

// Painter wraps text in colours when On; otherwise it returns the text as
// it is, so callers never test for colour themselves.
type Painter struct{ On bool }

// Paint returns s in the SGR style code (e.g. "31", "1;35"), reset after.
func (p Painter) Paint(code, s string) string {
	if !p.On || code == "" || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + Reset
}

// typeColours are the runbook error types' colours: red for storage,
// yellow for timeouts, bold magenta for serialization (possible data
// corruption, escalated by the runbook), cyan for network, bright blue
// for authentication.
var typeColours = map[string]string{
	"StorageError":        "31",
	"TimeoutError":        "33",
	"SerializationError":  "1;35",
	"NetworkError":        "36",
	"AuthenticationError": "94",
	"Unclassified":        "37",
}

// discoveredColours are shared by the types the service starts emitting,
// picked by a hash of the name so a type keeps its colour.
var discoveredColours = []string{"32", "92", "95", "96", "93", "91"}

// TypeColour returns the SGR code for an error type.
func TypeColour(errorType string) string {
	if c, ok := typeColours[errorType]; ok {
		return c
	}
	var h uint32 = 2166136261
	for i := 0; i < len(errorType); i++ {
		h = (h ^ uint32(errorType[i])) * 16777619
	}
	return discoveredColours[h%uint32(len(discoveredColours))]
}
