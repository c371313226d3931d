package scorer

import "math"

// SignatureHead is a second, binary logistic regression over the same
// features as the type model: does an error message report a signature
// (or MAC tag) that failed to verify? The pattern rules recognise the
// phrasings they were written for; the head carries what is common to
// every library's phrasing to wordings no rule names. It is trained on the
// catalogue's signature labels and the signature rules' examples.
type SignatureHead struct {
	// Bias is the intercept.
	Bias float32
	// Weights are each feature's weights; a feature absent from the map
	// counts for nothing. Nil in a compact model (Model.Compact).
	Weights map[string]float32
	// Floor is the least probability at which a message is called a
	// signature failure (above 1: never).
	Floor float64
}

// DefaultSignatureFloor is the probability the signature head needs.
// Chosen by a rule written before the measurement: the floor that finds
// the most signature failures net of false ones, a miss and a false call
// costing alike (TestSignatureFloorSweep; 0.5 against 0.7 over twenty
// folds of the catalogue: 107 more found, 84 more false, of 52,506
// renderings).
const DefaultSignatureFloor = 0.5

// MentionsSignature reports whether msg names a signature, a verification,
// a MAC or an authentication tag, code or check, "message authentication"
// or an "auth tag" (a MAC spelt out or abbreviated), an integrity check, a
// tag ("tag" followed by no letter or digit but "s": an AEAD's or an MLS
// group's tag, "InvalidAeadTag", "tags"; not "stage") or an authenticator
// (RADIUS, Kerberos, IKE), ASCII
// case-insensitively: a report of a failed signature names what failed, so
// a message without any of these is never scored for one. It is the cheap
// gate before Signature, and does not allocate.
func MentionsSignature(msg []byte) bool {
	for i := 0; i+3 <= len(msg); i++ {
		if !gateFirst[msg[i]] {
			continue
		}
		switch msg[i] | 0x20 {
		case 's':
			if hasFoldAt(msg, i, "sig") {
				return true
			}
		case 'm':
			// "MAC", or one spelt out as Go's AEADs report it ("cipher:
			// message authentication failed").
			if hasFoldAt(msg, i, "mac") || hasFoldAt(msg, i, "message authentication") {
				return true
			}
		case 'v':
			if hasFoldAt(msg, i, "verif") {
				return true
			}
		case 'i':
			// "integrity check failed", "invalid integrity hash": a MAC
			// by another name.
			if hasFoldAt(msg, i, "integrity") {
				return true
			}
		case 't':
			if hasFoldAt(msg, i, "tag") && (i+3 == len(msg) || !isAlnum(msg[i+3]) || msg[i+3]|0x20 == 's') {
				return true
			}
		case 'a':
			// A MAC spelt out: "authentication tag", "message
			// authentication code", "Authentication check". Not the word
			// alone: every AuthenticationError names it.
			if !hasFoldAt(msg, i, "auth") {
				break
			}
			j := i + len("auth")
			if hasFoldAt(msg, j, " tag") { // an AEAD's tag, abbreviated
				return true
			}
			if hasFoldAt(msg, j, "enticator") {
				return true
			}
			if hasFoldAt(msg, j, "entication ") {
				j += len("entication ")
				if hasFoldAt(msg, j, "tag") || hasFoldAt(msg, j, "code") || hasFoldAt(msg, j, "check") {
					return true
				}
			}
		}
	}
	return false
}

// gateFirst marks the first letters of MentionsSignature's words, in both
// cases: one table load rules most bytes out.
var gateFirst = byteSet("smvaitSMVAIT")

// hasFoldAt reports whether msg holds the lower-case ASCII word w at i,
// ignoring case.
func hasFoldAt(msg []byte, i int, w string) bool {
	if len(msg)-i < len(w) {
		return false
	}
	for k := 0; k < len(w); k++ {
		if msg[i+k]|0x20 != w[k] {
			return false
		}
	}
	return true
}

// Signature scores msg with the model's signature head: whether it reports
// a failed signature verification, and the head's probability. Like
// Predict, it does not allocate once the scratch space has grown.
func (s *Scorer) Signature(msg []byte) (bool, float64) {
	h := &s.m.Sig
	if !s.m.hasSignature() {
		return false, 0
	}
	s.tok.tokenize(WithoutContext(msg))
	sum := 0.0
	for f := range s.tok.each {
		w, _ := s.m.sigWeight(f)
		sum += float64(w)
	}
	p := sigmoid(float64(h.Bias) + featureScale(s.tok.features())*sum)
	return p >= h.Floor, p
}

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// trainSignature fits the signature head to rows whose features the type
// model was trained on, with AdaGrad in the same fixed order.
func trainSignature(rows []trainRow, names []string, opt TrainOptions) SignatureHead {
	w := make([]float64, len(names))
	g2 := make([]float64, len(names))
	var bias, bg2 float64
	visit(len(rows), opt, func(ri int) {
		r := &rows[ri]
		if !r.gated {
			return
		}
		l := bias
		for _, f := range r.feats {
			l += r.scale * w[f]
		}
		g := sigmoid(l)
		if r.sig {
			g--
		}
		bg2 += g * g
		bias -= opt.LearningRate * g / (math.Sqrt(bg2) + 1e-8)
		for _, f := range r.feats {
			gf := g*r.scale + opt.L2*w[f]
			g2[f] += gf * gf
			w[f] -= opt.LearningRate * gf / (math.Sqrt(g2[f]) + 1e-8)
		}
	})
	h := SignatureHead{Bias: float32(bias), Floor: opt.SignatureFloor, Weights: map[string]float32{}}
	for i, v := range w {
		if math.Abs(v) >= opt.Prune {
			h.Weights[names[i]] = float32(v)
		}
	}
	return h
}

// ExplainSignature scores msg with the signature head and lists the
// features that pushed most towards a signature failure (largest first, at
// most n), for `patterns test`.
func (s *Scorer) ExplainSignature(msg []byte, n int) (float64, []Contribution) {
	_, p := s.Signature(msg)
	scale := featureScale(s.tok.features())
	seen := map[string]bool{}
	var out []Contribution
	for f := range s.tok.each {
		w, ok := s.m.sigWeight(f)
		if ok && w > 0 && !seen[string(f)] {
			seen[string(f)] = true
			out = append(out, Contribution{Feature: string(f), Weight: scale * float64(w)})
		}
	}
	sortContributions(out)
	if len(out) > n {
		out = out[:n]
	}
	return p, out
}
