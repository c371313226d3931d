package console

import (
	"strings"
	"testing"
)

func TestWidthAndTruncate(t *testing.T) {
	for _, tc := range []struct {
		in    string
		width int
		want  string
	}{
		{"hello", 10, "hello"},
		{"hello", 5, "hello"},
		{"hello world", 5, "hell…"},
		{"héllo wörld", 6, "héllo…"},
		{"日本語のログ", 5, "日本…"}, // wide: 2 columns each
		{"日本語", 6, "日本語"},
		{"e\u0301e\u0301e\u0301", 3, "e\u0301e\u0301e\u0301"}, // combining marks take no column
		{"abc", 0, ""},
		{"abc", 1, "…"},
	} {
		got := Truncate(tc.in, tc.width)
		if got != tc.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
		}
		if w := Width(got); w > tc.width {
			t.Errorf("Truncate(%q, %d) is %d columns wide", tc.in, tc.width, w)
		}
	}
	if got := Pad("ab", 4); got != "ab  " {
		t.Errorf("Pad = %q", got)
	}
	if got := Pad("日本", 5); got != "日本 " || Width(got) != 5 {
		t.Errorf("Pad wide = %q", got)
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                            "plain",
		"two\nlines\tand\rcr":              "two lines and cr",
		"\x1b]0;pwned\x07title":            "]0;pwnedtitle",
		"\x1b[2Jclear":                     "[2Jclear",
		"bad \xff\xfe utf8":                "bad  utf8",
		"c1 \u009b31m":                     "c1 31m",
		"bidi \u202etxt.exe":               "bidi txt.exe",
		"keep é 日本":                        "keep é 日本",
		strings.Repeat("x", 3) + "\x00nul": "xxxnul",
	} {
		if got := Sanitize(in); got != want {
			t.Errorf("Sanitize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPainter(t *testing.T) {
	if got := (Painter{}).Paint("31", "x"); got != "x" {
		t.Errorf("off: %q", got)
	}
	if got := (Painter{On: true}).Paint("31", "x"); got != "\x1b[31mx\x1b[0m" {
		t.Errorf("on: %q", got)
	}
	if TypeColour("StorageError") != "31" || TypeColour("QuotaExceededError") == "" {
		t.Error("type colours")
	}
}

func TestColumnsEnv(t *testing.T) {
	for in, want := range map[string]int{"": 0, "80": 80, " 132 ": 132, "-1": 0, "abc": 0, "99999": 0} {
		if got := ColumnsEnv(in); got != want {
			t.Errorf("ColumnsEnv(%q) = %d, want %d", in, got, want)
		}
	}
}
