package classifier

import "github.com/stemedb/stemewatch/scorer"

// ExplainFallback runs the fallback scorer on the entry's message as
// Classify would, whatever its level and whether a rule types it, and
// returns its prediction and the n features that pulled hardest towards the
// best class: what `patterns test` shows a rule author. ok is false when
// the classifier has no fallback.
func (c *Classifier) ExplainFallback(e *Entry, n int) (p scorer.Prediction, why []scorer.Contribution, ok bool) {
	if c.fallback == nil {
		return p, nil, false
	}
	msg := StripANSI(nil, e.Message)
	_, sh := detectLevel(msg)
	p, why = c.fallback.Explain(scoreText(nil, msg, sh), n)
	return p, why, true
}

// FallbackFloor is the confidence below which the fallback's answer is not
// used, or 0 without a fallback.
func (c *Classifier) FallbackFloor() float64 {
	if c.fallback == nil {
		return 0
	}
	return c.fallback.Model().Floor
}

// ExplainSignature runs the fallback's signature head on the entry's
// message as Classify would for an error no signature rule recognised,
// and returns its probability, its floor and the n features that pulled
// hardest towards a signature failure. ok is false when the classifier has
// no fallback or the message names no signature, verification or MAC (the
// head is then never asked).
func (c *Classifier) ExplainSignature(e *Entry, n int) (p, floor float64, why []scorer.Contribution, ok bool) {
	if c.fallback == nil {
		return 0, 0, nil, false
	}
	msg := StripANSI(nil, e.Message)
	if !scorer.MentionsSignature(msg) {
		return 0, 0, nil, false
	}
	_, sh := detectLevel(msg)
	p, why = c.fallback.ExplainSignature(scoreText(nil, msg, sh), n)
	return p, c.fallback.Model().Sig.Floor, why, true
}
