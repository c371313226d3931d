package classifier

import (
	"bytes"

	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

// Verdict is the classifier's answer for one entry. Its byte slices alias the
// entry's message (or the classifier's scratch buffer) and are only valid
// until the next Classify call on the same Classifier: call Event to copy.
type Verdict struct {
	// Error is set when the entry's own level is error or worse.
	Error bool
	// Signature is set when the entry reports a failed signature verification.
	Signature bool
	// ErrorType is the runbook type, a discovered *Error name, or
	// Unclassified; "" when the entry is not an error.
	ErrorType string
	// Rule names what decided the type: a pattern rule's name, "explicit"
	// when the message named its type, "fallback" when the scorer did,
	// "fallback.signature" when its signature head did, or "" for
	// Unclassified.
	Rule string
	// Confidence is the fallback scorer's confidence (0..1) when Rule is
	// "fallback" or "fallback.signature", else 0.
	Confidence float64
	// Level is the level found in the message or PRIORITY ("ERROR", "WARN",
	// "PANIC", ...), or "" when none was found.
	Level string
	// Extracted request fields; zero when absent.
	AgentID, Method, Path []byte
	HTTPStatus            int
	// Timeouts counts pattern rules that gave up on this entry (match
	// timeout or backtracking limit); they were skipped.
	Timeouts int

	shape shape
	text  []byte // the ANSI-stripped message the verdict was reached on
}

// Reportable reports whether the entry becomes an Event: errors and
// signature failures at any level.
func (v *Verdict) Reportable() bool { return v.Error || v.Signature }

// RuleExplicit is the Rule of a verdict whose type the message named.
const RuleExplicit = "explicit"

// RuleFallback is the Rule of a verdict the fallback scorer typed.
const RuleFallback = "fallback"

// RuleFallbackSignature is the Rule of an error the fallback's signature
// head called a signature failure.
const RuleFallbackSignature = "fallback.signature"

// maxInterned bounds the distinct discovered type names a Classifier keeps
// as shared strings; past it, names are still reported but allocated.
const maxInterned = 1024

// Classifier classifies entries with one compiled pattern set. It keeps
// scratch buffers, so one Classifier serves one goroutine; Clone gives
// another goroutine its own over the same rules.
type Classifier struct {
	set      *patterns.Set
	stripped []byte
	scored   []byte // the fallback's text when it joins message and error field
	types    map[string]string
	fallback *scorer.Scorer // nil: no fallback
}

// New returns a classifier over set (patterns.Default() for the embedded
// rules) with the embedded fallback scorer.
func New(set *patterns.Set) *Classifier { return NewWithFallback(set, scorer.Default()) }

// NewWithFallback returns a classifier over set whose fallback is model, or
// that has none when model is nil.
func NewWithFallback(set *patterns.Set, model *scorer.Model) *Classifier {
	c := &Classifier{set: set, types: make(map[string]string, 16)}
	if model != nil {
		c.fallback = scorer.New(model)
	}
	for _, t := range RunbookTypes {
		c.types[t] = t
	}
	return c
}

// Clone returns a classifier over the same rules with its own scratch space.
func (c *Classifier) Clone() *Classifier {
	if c.fallback == nil {
		return NewWithFallback(c.set, nil)
	}
	return NewWithFallback(c.set, c.fallback.Model())
}

// Patterns returns the rule set in use.
func (c *Classifier) Patterns() *patterns.Set { return c.set }

// Classify examines one entry. Entries that are neither errors nor signature
// failures, the vast majority, leave after a level check and a keyword scan,
// without running any regexp and without allocating.
func (c *Classifier) Classify(e *Entry) Verdict {
	var v Verdict
	msg := e.Message
	if bytes.IndexByte(msg, 0x1b) >= 0 {
		c.stripped = StripANSI(c.stripped[:0], msg)
		msg = c.stripped
	}
	v.text = msg
	lvl, sh := detectLevel(msg)
	v.shape = sh
	if lvl == levelNone && e.Priority >= 0 && e.Priority <= 7 {
		lvl = priorityLevel[e.Priority]
	}
	v.Level = lvl.String()
	v.Error = lvl >= levelError || (e.Priority >= 0 && e.Priority <= 3)
	if v.Error && lvl < levelError {
		v.Level = priorityLevel[e.Priority].String()
	}

	cand := c.set.SignatureCandidates(msg)

	for _, r := range c.set.Signature {
		ok, timedOut, _ := r.Match(msg, cand)
		if timedOut {
			v.Timeouts++
		}
		if ok {
			v.Signature = true
			if v.Error {
				v.ErrorType, v.Rule = r.Type, r.Name
			}
			break
		}
	}
	if !v.Error && !v.Signature {
		return v
	}
	if v.Error && !v.Signature {
		c.fallbackSignature(&v, msg)
	}
	if v.Error {
		if t := explicitType(msg); t != nil {
			v.ErrorType, v.Rule = c.intern(t), RuleExplicit
		} else if v.ErrorType == "" {
			cand = c.set.TypeCandidates(msg, cand)
			for _, r := range c.set.Rules {
				ok, timedOut, _ := r.Match(msg, cand)
				if timedOut {
					v.Timeouts++
				}
				if ok {
					v.ErrorType, v.Rule = r.Type, r.Name
					break
				}
			}
			if v.ErrorType == "" {
				c.fallbackType(&v, msg)
			}
		}
	}
	v.AgentID = fieldValue(msg, "agent_id")
	v.Method = fieldValue(msg, "method")
	v.Path = fieldValue(msg, "path")
	v.HTTPStatus = statusValue(msg)
	return v
}

// Describe fills in the agent, method, path and HTTP status of a verdict
// Classify left without them (it extracts them only for errors and
// signature failures), for views that show every entry. Call it before the
// next Classify: it reads the text Classify kept in v.
func (c *Classifier) Describe(v *Verdict) {
	if v.Reportable() || v.text == nil {
		return
	}
	msg := v.text
	v.AgentID = fieldValue(msg, "agent_id")
	v.Method = fieldValue(msg, "method")
	v.Path = fieldValue(msg, "path")
	v.HTTPStatus = statusValue(msg)
}

// fallbackType types an error no rule typed with the scorer, when it is
// confident; otherwise the error stays Unclassified. A panic no rule typed
// is a logic bug: the fallback never guesses a type for it.
func (c *Classifier) fallbackType(v *Verdict, msg []byte) {
	v.ErrorType = Unclassified
	if c.fallback == nil || v.Level == "PANIC" || bytes.Contains(msg, []byte("panicked at")) {
		return
	}
	c.scored = scoreText(c.scored[:0], msg, v.shape)
	p := c.fallback.Predict(c.scored)
	if p.Type != Unclassified {
		v.ErrorType, v.Rule, v.Confidence = p.Type, RuleFallback, p.Confidence
	}
}

// fallbackSignature asks the scorer's signature head about an error no
// signature rule recognised, when it names a signature, a verification or
// a MAC. A signature failure it finds is an AuthenticationError, as the
// signature rules' are, unless the message names its type.
func (c *Classifier) fallbackSignature(v *Verdict, msg []byte) {
	if c.fallback == nil || !scorer.MentionsSignature(msg) {
		return
	}
	c.scored = scoreText(c.scored[:0], msg, v.shape)
	if ok, p := c.fallback.Signature(c.scored); ok {
		v.Signature = true
		v.ErrorType, v.Rule, v.Confidence = "AuthenticationError", RuleFallbackSignature, p
	}
}

func (c *Classifier) intern(b []byte) string {
	if s, ok := c.types[string(b)]; ok {
		return s
	}
	s := string(b)
	if len(c.types) < maxInterned {
		c.types[s] = s
	}
	return s
}

// maxEventMessage caps the message carried by an Event.
const maxEventMessage = 4096

// Event copies what the verdict found into an Event that outlives the entry.
func (c *Classifier) Event(e *Entry, v *Verdict) Event {
	ev := Event{
		Cursor:           string(e.Cursor),
		Time:             e.Time(),
		Node:             string(e.Host),
		Unit:             string(e.Unit),
		Rule:             v.Rule,
		Confidence:       v.Confidence,
		SignatureFailure: v.Signature,
		AgentID:          string(Unescape(v.AgentID)),
		HTTPStatus:       v.HTTPStatus,
		Method:           string(Unescape(v.Method)),
		Path:             string(Unescape(v.Path)),
		Priority:         e.Priority,
		Level:            v.Level,
	}
	if v.Error {
		t := v.ErrorType
		ev.ErrorType = &t
	}
	text := v.text
	if text == nil {
		text = e.Message
	}
	if ev.Time.IsZero() {
		ev.Time = leadingTime(text)
	}
	body := messageBody(text, v.shape)
	if len(body) > maxEventMessage {
		body = append(body[:maxEventMessage:maxEventMessage], "…"...)
	}
	ev.Message = string(bytes.ToValidUTF8(body, []byte("\uFFFD")))
	return ev
}
