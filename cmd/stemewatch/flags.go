package main

import (
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

// hiddenFlags are old flag names kept working but left out of --help.
var hiddenFlags sync.Map // *flag.FlagSet -> map[string]bool

// aliasFlag defines old as a hidden second name of the flag name (already
// defined on fs): it sets the same value and is not shown in --help.
func aliasFlag(fs *flag.FlagSet, old, name string) {
	f := fs.Lookup(name)
	if f == nil {
		panic("alias of undefined flag " + name)
	}
	fs.Var(f.Value, old, "old name of --"+name)
	m, _ := hiddenFlags.LoadOrStore(fs, map[string]bool{})
	m.(map[string]bool)[old] = true
}

func isHidden(fs *flag.FlagSet, name string) bool {
	m, ok := hiddenFlags.Load(fs)
	return ok && m.(map[string]bool)[name]
}

// printFlags is flag.PrintDefaults without the hidden flags, and with
// flags written --name, as people type them.
func printFlags(w io.Writer, fs *flag.FlagSet) {
	fs.VisitAll(func(f *flag.Flag) {
		if isHidden(fs, f.Name) {
			return
		}
		var b strings.Builder
		fmt.Fprintf(&b, "  --%s", f.Name)
		name, usage := flag.UnquoteUsage(f)
		if name != "" {
			b.WriteString(" " + name)
		}
		b.WriteString("\n    \t")
		b.WriteString(strings.ReplaceAll(usage, "\n", "\n    \t"))
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" && f.DefValue != "[]" {
			if fmt.Sprintf("%T", f.Value) == "*flag.stringValue" {
				fmt.Fprintf(&b, " (default %q)", f.DefValue)
			} else {
				fmt.Fprintf(&b, " (default %s)", f.DefValue)
			}
		}
		fmt.Fprintln(w, b.String())
	})
}

// unknownFlagHint turns the flag package's "flag provided but not
// defined: -frmat" into a message with the closest defined flag.
func unknownFlagHint(fs *flag.FlagSet, err error) string {
	const prefix = "flag provided but not defined: "
	msg := err.Error()
	if !strings.HasPrefix(msg, prefix) {
		return msg
	}
	given := strings.TrimLeft(strings.TrimPrefix(msg, prefix), "-")
	var names []string
	fs.VisitAll(func(f *flag.Flag) {
		if !isHidden(fs, f.Name) {
			names = append(names, f.Name)
		}
	})
	out := "unknown flag --" + given
	if s := closest(given, names); s != "" {
		out += "; did you mean --" + s + "?"
	}
	return out
}

// closest returns the candidate nearest to s (edit distance at most a
// third of its length, at least 1; or s a prefix of exactly one), or "".
func closest(s string, candidates []string) string {
	ls := strings.ToLower(s)
	best, bestD := "", 0
	var prefixed []string
	for _, c := range candidates {
		lc := strings.ToLower(c)
		if ls != "" && strings.HasPrefix(lc, ls) {
			prefixed = append(prefixed, c)
		}
		d := editDistance(ls, lc)
		if best == "" || d < bestD || d == bestD && c < best {
			best, bestD = c, d
		}
	}
	if best != "" && bestD <= max(1, len(s)/3) {
		return best
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	return ""
}

// editDistance is the Levenshtein distance of a and b (bytes), with an
// adjacent transposition counting as one edit.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := 0; j <= len(b); j++ {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// commandNames are the registered commands, sorted.
func commandNames() []string {
	names := make([]string, 0, len(commands)+1)
	for n := range commands {
		names = append(names, n)
	}
	if _, ok := commands["version"]; !ok {
		names = append(names, "version")
	}
	sort.Strings(names)
	return names
}
