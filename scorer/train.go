package scorer

import (
	"bytes"
	"fmt"
	"go/format"
	"io"
	"math"
	"sort"
	"strconv"
	"sync"
)

// Example is one labelled message for training.
type Example struct {
	// Text is the message.
	Text string
	// Class is one of Classes.
	Class string
	// Signature marks a report of a failed signature verification.
	Signature bool
}

// TrainOptions tune Train; zero values take the defaults.
type TrainOptions struct {
	Epochs       int     // passes over the examples; default 30
	LearningRate float64 // AdaGrad step; default 0.5
	L2           float64 // weight decay per update; default 1e-4
	// Prune drops a feature whose weights are all smaller than this in
	// magnitude; default 1e-3.
	Prune float64
	// Floor is the model's confidence floor; default DefaultFloor.
	Floor float64
	// CauseFloor is the floor for a wrapped message's cause; default
	// DefaultCauseFloor.
	CauseFloor float64
	// SignatureFloor is the signature head's floor; default
	// DefaultSignatureFloor.
	SignatureFloor float64
	// Seed changes the order the examples are visited in (0: the order
	// the shipped model is trained in). Retraining with other seeds shows
	// how much of a difference in accuracy is the order's.
	Seed uint64
}

func (o TrainOptions) withDefaults() TrainOptions {
	if o.Epochs == 0 {
		o.Epochs = 30
	}
	if o.LearningRate == 0 {
		o.LearningRate = 0.5
	}
	if o.L2 == 0 {
		o.L2 = 1e-4
	}
	if o.Prune == 0 {
		o.Prune = 1e-3
	}
	if o.Floor == 0 {
		o.Floor = DefaultFloor
	}
	if o.CauseFloor == 0 {
		o.CauseFloor = DefaultCauseFloor
	}
	if o.SignatureFloor == 0 {
		o.SignatureFloor = DefaultSignatureFloor
	}
	return o
}

// ClassIndex returns c's index in Classes, or -1.
func ClassIndex(c string) int {
	for k, v := range Classes {
		if v == c {
			return k
		}
	}
	return -1
}

// Features returns the features the scorer reads in msg: every token,
// every pair of adjacent tokens, the meaning groups of its tokens and the
// prefixes of its words.
func Features(msg string) []string {
	var t tokenizer
	t.tokenize(WithoutContext([]byte(msg)))
	out := make([]string, 0, t.features())
	for f := range t.each {
		out = append(out, string(f))
	}
	return out
}

// Train fits a multinomial logistic regression to the examples with
// AdaGrad, visiting them in a fixed pseudo-random order: the same examples
// always give the same model.
func Train(examples []Example, opt TrainOptions) (*Model, error) {
	return new(Trainer).Train(examples, opt)
}

// A Trainer trains models on overlapping sets of examples and tokenizes
// each text only once: leave-one-source-out trains a model per source on
// nearly the same examples. Its models are those Train gives. The zero
// Trainer is ready; it is safe for concurrent use and keeps the features
// of every text it has seen.
type Trainer struct {
	mu    sync.Mutex
	vocab map[string]int // feature -> id in names
	names []string
	texts map[string]textFeatures
}

// textFeatures are one text's distinct features (ids in Trainer.names),
// in the order the tokenizer gives them.
type textFeatures struct {
	feats []int
	scale float64
	gated bool
}

// features returns text's features, tokenizing it the first time.
// t.mu is held.
func (t *Trainer) features(text string) textFeatures {
	if tf, ok := t.texts[text]; ok {
		return tf
	}
	if t.texts == nil {
		t.texts, t.vocab = map[string]textFeatures{}, map[string]int{}
	}
	fs := Features(text)
	tf := textFeatures{scale: featureScale(len(fs)), gated: MentionsSignature([]byte(text))}
	seen := map[int]bool{}
	for _, f := range fs {
		id, ok := t.vocab[f]
		if !ok {
			id = len(t.names)
			t.vocab[f] = id
			t.names = append(t.names, f)
		}
		if !seen[id] {
			seen[id] = true
			tf.feats = append(tf.feats, id)
		}
	}
	t.texts[text] = tf
	return tf
}

// Train is the package's Train, with t's memory of features.
func (t *Trainer) Train(examples []Example, opt TrainOptions) (*Model, error) {
	opt = opt.withDefaults()
	rows := make([]trainRow, 0, len(examples))
	t.mu.Lock()
	for i, ex := range examples {
		k := ClassIndex(ex.Class)
		if k < 0 {
			t.mu.Unlock()
			return nil, fmt.Errorf("example %d: unknown class %q", i+1, ex.Class)
		}
		tf := t.features(ex.Text)
		if len(tf.feats) == 0 {
			continue
		}
		rows = append(rows, trainRow{class: k, sig: ex.Signature, gated: tf.gated, scale: tf.scale, feats: tf.feats})
	}
	// Features are only ever appended to t.names, and a row's cached ids
	// are never written, so what this training reads is safe unlocked.
	all := t.names
	t.mu.Unlock()
	names := byFrequency(rows, all)
	// A feature's weights and their squared gradients sit side by side,
	// and the features most rows share have the lowest ids: one or two
	// cache lines per feature, and the common ones stay cached. Each
	// (feature, class) weight is updated with the same arithmetic in the
	// same order as class by class would, so the model is the same.
	ws := make([]weightRow, len(names))
	var bias, bg2 [NumClasses]float64
	visit(len(rows), opt, func(ri int) {
		r := &rows[ri]
		l := bias
		for _, f := range r.feats {
			wf := &ws[f].w
			for k := range l {
				l[k] += r.scale * wf[k]
			}
		}
		p := softmax(&l)
		var g [NumClasses]float64
		for k := range p {
			g[k] = p[k]
			if k == r.class {
				g[k]--
			}
			bg2[k] += g[k] * g[k]
			bias[k] -= opt.LearningRate * g[k] / (math.Sqrt(bg2[k]) + 1e-8)
		}
		for _, f := range r.feats {
			x := &ws[f]
			for k := range g {
				gf := g[k]*r.scale + opt.L2*x.w[k]
				x.g2[k] += gf * gf
				x.w[k] -= opt.LearningRate * gf / (math.Sqrt(x.g2[k]) + 1e-8)
			}
		}
	})
	m := &Model{Weights: make(map[string][NumClasses]float32, len(names)), Floor: opt.Floor, CauseFloor: opt.CauseFloor}
	if len(rows) > 0 {
		m.Sig = trainSignature(rows, names, opt)
	}
	for k := range bias {
		m.Bias[k] = float32(bias[k])
	}
	for id, f := range names {
		keep := false
		var v [NumClasses]float32
		for k := range v {
			v[k] = float32(ws[id].w[k])
			if math.Abs(ws[id].w[k]) >= opt.Prune {
				keep = true
			}
		}
		if keep {
			m.Weights[f] = v
		}
	}
	return m, nil
}

// weightRow is one feature's weights and the sums of their squared
// gradients, kept together because every update reads both.
type weightRow struct {
	w, g2 [NumClasses]float64
}

// byFrequency renumbers the features of rows (ids in names) so that the
// one most rows have is 0, the next 1 and so on (ties in the order of
// names), gives each row a slice of its own with the new ids, and returns
// the names of the features the rows have, in the new order. Only the
// numbering changes: each row keeps its features in the order it had.
func byFrequency(rows []trainRow, names []string) []string {
	count := make([]int, len(names))
	total := 0
	for _, r := range rows {
		total += len(r.feats)
		for _, f := range r.feats {
			count[f]++
		}
	}
	var order []int
	for id, c := range count {
		if c > 0 {
			order = append(order, id)
		}
	}
	sort.SliceStable(order, func(a, b int) bool { return count[order[a]] > count[order[b]] })
	newID := make([]int, len(names))
	sorted := make([]string, len(order))
	for n, old := range order {
		newID[old] = n
		sorted[n] = names[old]
	}
	ids := make([]int, 0, total)
	for i := range rows {
		start := len(ids)
		for _, f := range rows[i].feats {
			ids = append(ids, newID[f])
		}
		rows[i].feats = ids[start:len(ids):len(ids)]
	}
	return sorted
}

// trainRow is one example as Train sees it: its features' ids, the value
// of each (featureScale), its class and its signature label.
type trainRow struct {
	feats []int
	scale float64
	class int
	sig   bool
	gated bool
}

// visit calls fn with the index of each of n rows, opt.Epochs times, in
// the fixed pseudo-random order opt.Seed gives: the same examples always
// give the same model.
func visit(n int, opt TrainOptions, fn func(int)) {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	rng := uint64(0x9e3779b97f4a7c15) ^ opt.Seed
	for epoch := 0; epoch < opt.Epochs; epoch++ {
		shuffle(order, &rng)
		for _, i := range order {
			fn(i)
		}
	}
}

// shuffle permutes order (Fisher-Yates with an xorshift generator).
func shuffle(order []int, rng *uint64) {
	for i := len(order) - 1; i > 0; i-- {
		*rng ^= *rng << 13
		*rng ^= *rng >> 7
		*rng ^= *rng << 17
		j := int(*rng % uint64(i+1))
		order[i], order[j] = order[j], order[i]
	}
}

// WriteGo writes m as the Go source of package scorer's embedded model:
// its features in one array the compiler lays out as static data (a
// table, table.go), one line each, in name order.
func WriteGo(out io.Writer, m *Model, comment string) error {
	w := &bytes.Buffer{}
	fmt.Fprintf(w, "// Code generated by cmd/stemetrain; DO NOT EDIT.\n")
	if comment != "" {
		fmt.Fprintf(w, "// %s\n", comment)
	}
	feats := compactFeatures(m)
	fmt.Fprintf(w, "\npackage scorer\n\nvar generated = Model{\n\tFloor: %s,\n\tCauseFloor: %s,\n\tBias:  [NumClasses]float32{%s},\n",
		strconv.FormatFloat(m.Floor, 'g', -1, 64), strconv.FormatFloat(m.CauseFloor, 'g', -1, 64), floats(m.Bias))
	fmt.Fprintf(w, "\tSig: SignatureHead{Bias: %s, Floor: %s},\n\ttab: &table{feats: generatedFeatures[:], sig: %v},\n}\n\n",
		strconv.FormatFloat(float64(m.Sig.Bias), 'g', 4, 32), strconv.FormatFloat(m.Sig.Floor, 'g', -1, 64), m.hasSignature())
	fmt.Fprintf(w, "// generatedFeatures are the model's %d features: name, weights by class\n// (in Classes' order), the signature head's weight.\nvar generatedFeatures = [...]feature{\n", len(feats))
	for _, x := range feats {
		fmt.Fprintf(w, "\t{%s, [NumClasses]float32{%s}, %s},\n", strconv.Quote(x.name), floats(x.w), strconv.FormatFloat(float64(x.sig), 'g', 4, 32))
	}
	fmt.Fprintf(w, "}\n")
	src, err := format.Source(w.Bytes())
	if err != nil {
		return err
	}
	_, err = out.Write(src)
	return err
}

func floats(v [NumClasses]float32) string {
	b := make([]byte, 0, 64)
	for i, f := range v {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = strconv.AppendFloat(b, float64(f), 'g', 4, 32)
	}
	return string(b)
}
