package patterns

import "strings"

// splitBranches returns the top-level alternatives of a regexp2 pattern,
// each with the pattern's leading options (such as "(?ix)") in front, or nil
// when the pattern has one alternative or a construct this split cannot
// see through. "A|B|C" matches a message exactly when one of A, B, C
// matches it, so a rule can run them one by one and stop at the first that
// matches: regexp2 skips ahead to where an alternative can start when it
// runs alone, and tries every alternative at every position when they run
// together (measured on the default rules: auth.credentials 38 us a line
// as one pattern, 12 us as its alternatives in turn, none matching).
//
// Refused (nil): comments ("#" in any form: the split does not parse
// them), backreferences (a group in one alternative referred to from
// another), options set mid-pattern outside a group (they would reach the
// alternatives after them), and character class subtraction ("-[").
func splitBranches(pattern string) []string {
	lead := ""
	body := pattern
	if strings.HasPrefix(body, "(?") {
		end := strings.IndexByte(body, ')')
		if end < 0 {
			return nil
		}
		opts := body[2:end]
		if strings.Trim(opts, "imnsx-") != "" {
			lead = "" // a group, not bare options: nothing to carry
		} else {
			lead, body = body[:end+1], body[end+1:]
		}
	}
	if strings.ContainsAny(body, "#") || strings.Contains(body, `\k`) || strings.Contains(body, "-[") {
		return nil
	}
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			if i+1 < len(body) && body[i+1] >= '1' && body[i+1] <= '9' {
				return nil // a backreference
			}
			i++
		case '[':
			j := i + 1
			if j < len(body) && body[j] == '^' {
				j++
			}
			if j < len(body) && body[j] == ']' {
				j++ // a leading ']' is literal
			}
			for ; j < len(body) && body[j] != ']'; j++ {
				if body[j] == '\\' {
					j++
				}
			}
			if j >= len(body) {
				return nil
			}
			i = j
		case '(':
			if strings.HasPrefix(body[i:], "(?") {
				k := i + 2
				for k < len(body) && strings.IndexByte("imnsx-", body[k]) >= 0 {
					k++
				}
				if k > i+2 && k < len(body) && body[k] == ')' {
					return nil // options set mid-pattern
				}
			}
			depth++
		case ')':
			depth--
			if depth < 0 {
				return nil
			}
		case '|':
			if depth == 0 {
				out = append(out, body[start:i])
				start = i + 1
			}
		}
	}
	if depth != 0 || len(out) == 0 {
		return nil
	}
	out = append(out, body[start:])
	for i, b := range out {
		if strings.TrimSpace(b) == "" {
			return nil // an empty alternative matches everything: keep the whole
		}
		out[i] = lead + b
	}
	return out
}

// Alternatives returns the top-level alternatives of a rule's match
// pattern, each a pattern of its own with the leading options carried, or
// the pattern alone when it has one alternative or cannot be split (see
// splitBranches). A rule matches a message exactly when one of them does.
func Alternatives(pattern string) []string {
	if alts := splitBranches(pattern); alts != nil {
		return alts
	}
	return []string{pattern}
}
