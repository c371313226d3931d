package scorer

import (
	"hash/maphash"
	"sort"
	"sync"
)

// feature is one feature of a compact model: its name, its weights by
// class (in Classes' order) and the signature head's weight (0 where the
// head has none, as the class weights are 0 where only the head has one).
type feature struct {
	name string
	w    [NumClasses]float32
	sig  float32
}

// table holds a model's features in one array, found through an
// open-addressing index built on first use. The embedded model's array is
// generated Go (model_gen.go) that the compiler lays out as static data:
// it takes no heap and no start-up work (the collector still reads it, as
// it holds the names' pointers, so its pages are resident once a
// collection ran). A Go map of the same ~60,000 features took 7 MB of
// heap, built at start-up by every process that imports this package.
type table struct {
	feats []feature
	// sig: the model has a signature head (Model.Sig.Weights was not
	// nil), whose weights are the features' sig.
	sig bool

	once sync.Once
	seed maphash.Seed
	// slots index feats: 1 + a feature's index in the low 32 bits, the
	// high 32 bits of its name's hash above them; 0 is empty. The hash
	// bits let a probe pass another feature's slot without reading its
	// name (most of a message's word pairs are in no model).
	slots []uint64
}

// build makes the index: a power of two at least twice the features, so
// a probe for an absent feature ends at an empty slot after one or two
// looks.
func (t *table) build() {
	n := 1
	for n < 2*len(t.feats) {
		n <<= 1
	}
	t.seed = maphash.MakeSeed()
	t.slots = make([]uint64, n)
	mask := uint64(n - 1)
	for k := range t.feats {
		h := maphash.String(t.seed, t.feats[k].name)
		i := h & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = h&^0xffffffff | uint64(k+1)
	}
}

// find returns f's feature, or nil when the model has none. Safe for
// concurrent use.
func (t *table) find(f []byte) *feature {
	t.once.Do(t.build)
	h := maphash.Bytes(t.seed, f)
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		v := t.slots[i]
		if v == 0 {
			return nil
		}
		if v&^0xffffffff != h&^0xffffffff {
			continue
		}
		if x := &t.feats[uint32(v)-1]; x.name == string(f) {
			return x
		}
	}
}

// compactFeatures lists m's features as a table holds them, in name order.
func compactFeatures(m *Model) []feature {
	if m.tab != nil {
		return m.tab.feats
	}
	byName := make(map[string]feature, len(m.Weights))
	for name, w := range m.Weights {
		byName[name] = feature{name: name, w: w}
	}
	for name, w := range m.Sig.Weights {
		x := byName[name]
		x.name, x.sig = name, w
		byName[name] = x
	}
	out := make([]feature, 0, len(byName))
	for _, x := range byName {
		out = append(out, x)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// Compact returns m with its features in one table instead of maps, as
// the embedded model holds them: the same predictions, in less memory.
// Weights and Sig.Weights of the result are nil.
func (m *Model) Compact() *Model {
	c := *m
	c.Weights, c.Sig.Weights = nil, nil
	c.tab = &table{feats: compactFeatures(m), sig: m.hasSignature()}
	return &c
}

// Features returns how many features m weighs (for the type model or the
// signature head).
func (m *Model) Features() int { return len(compactFeatures(m)) }

// classWeights returns f's weights by class.
func (m *Model) classWeights(f []byte) ([NumClasses]float32, bool) {
	if m.tab != nil {
		if x := m.tab.find(f); x != nil {
			return x.w, true
		}
		return [NumClasses]float32{}, false
	}
	w, ok := m.Weights[string(f)]
	return w, ok
}

// sigWeight returns f's weight in the signature head.
func (m *Model) sigWeight(f []byte) (float32, bool) {
	if m.tab != nil {
		if x := m.tab.find(f); x != nil {
			return x.sig, true
		}
		return 0, false
	}
	w, ok := m.Sig.Weights[string(f)]
	return w, ok
}

// hasSignature reports whether m has a trained signature head.
func (m *Model) hasSignature() bool {
	if m.tab != nil {
		return m.tab.sig
	}
	return m.Sig.Weights != nil
}
