// Loading: a rule file's TOML parsed, checked and compiled into a Set.

package patterns

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/BurntSushi/toml"
)

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
