package patterns

// prefilter is an Aho-Corasick automaton over every rule's keywords,
// case-insensitive for ASCII. One pass over a message, about a byte-table
// lookup per byte, tells which rules have a keyword present; only those run
// their regexp. Input bytes that occur in no keyword share one class, which
// keeps the transition table small enough for the L1/L2 cache.
//
// States are numbered so that the scan's chain of dependent loads is as
// short as it can be: a state is stored premultiplied (its row's offset in
// next), and the states where a keyword ends come last, so telling them
// apart is a comparison off that chain, not a third load per byte.
type prefilter struct {
	class  [256]uint8
	nclass int
	next   []uint32 // row offset (state*nclass) + class -> row offset of the next state
	outAt  uint32   // row offsets >= outAt are states where a keyword ends
	out    []uint64 // (row offset - outAt) / nclass -> bits of the rules with a keyword ending there
	// skip, when every keyword is long enough, rules most messages out
	// before the automaton reads them byte by byte.
	skip *skipper
}

func fold(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// newPrefilter builds the automaton; keywords[i] are the keywords of the
// rule with bit i (at most 64 rules).
func newPrefilter(keywords [][][]byte) *prefilter {
	p := &prefilter{}
	// Classes: one per distinct folded byte used in a keyword, 0 for the rest.
	var id [256]uint8
	n := 1
	for _, ks := range keywords {
		for _, k := range ks {
			for _, c := range k {
				c = fold(c)
				if id[c] == 0 {
					id[c] = uint8(n)
					n++
				}
			}
		}
	}
	for c := 0; c < 256; c++ {
		p.class[c] = id[fold(byte(c))]
	}
	p.nclass = n
	// Trie.
	type node struct {
		child map[uint8]uint32
		fail  uint32
		out   uint64
	}
	nodes := []node{{child: map[uint8]uint32{}}}
	for bit, ks := range keywords {
		for _, k := range ks {
			s := uint32(0)
			for _, c := range k {
				cl := p.class[c]
				nx, ok := nodes[s].child[cl]
				if !ok {
					nx = uint32(len(nodes))
					nodes = append(nodes, node{child: map[uint8]uint32{}})
					nodes[s].child[cl] = nx
				}
				s = nx
			}
			nodes[s].out |= 1 << uint(bit)
		}
	}
	// Breadth-first failure links, then the full transition table.
	next := make([]uint32, len(nodes)*n)
	out := make([]uint64, len(nodes))
	queue := []uint32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s != 0 {
			nodes[s].out |= nodes[nodes[s].fail].out
		}
		out[s] = nodes[s].out
		for cl := 0; cl < n; cl++ {
			if nx, ok := nodes[s].child[uint8(cl)]; ok {
				if s != 0 {
					nodes[nx].fail = next[int(nodes[s].fail)*n+cl]
				}
				next[int(s)*n+cl] = nx
				queue = append(queue, nx)
			} else if s != 0 {
				next[int(s)*n+cl] = next[int(nodes[s].fail)*n+cl]
			}
		}
	}
	// Renumber: the root stays 0, states without output next, then the
	// ones with output; store each target as its new row offset.
	num := make([]uint32, len(nodes))
	k := uint32(0)
	for pass := 0; pass < 2; pass++ {
		for s := range nodes {
			if (out[s] != 0) == (pass == 1) && (s != 0 || pass == 0) {
				num[s] = k
				k++
			}
		}
		if pass == 0 {
			p.outAt = k * uint32(n)
		}
	}
	var flat [][]byte
	for _, ks := range keywords {
		flat = append(flat, ks...)
	}
	p.skip = newSkipper(flat)
	p.next = make([]uint32, len(nodes)*n)
	p.out = make([]uint64, len(nodes)-int(p.outAt)/n)
	for s := range nodes {
		row := int(num[s]) * n
		for cl := 0; cl < n; cl++ {
			p.next[row+cl] = num[next[s*n+cl]] * uint32(n)
		}
		if out[s] != 0 {
			p.out[int(num[s])-int(p.outAt)/n] = out[s]
		}
	}
	return p
}

// scan returns the bits of the rules that have a keyword in b.
func (p *prefilter) scan(b []byte) uint64 {
	if p.skip != nil && !p.skip.mayContain(b) {
		return 0
	}
	var mask uint64
	s := uint32(0)
	for _, c := range b {
		s = p.next[s+uint32(p.class[c])]
		if s >= p.outAt {
			mask |= p.out[(s-p.outAt)/uint32(p.nclass)]
		}
	}
	return mask
}
