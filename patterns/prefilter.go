package patterns

// prefilter is an Aho-Corasick automaton over every rule's keywords,
// case-insensitive for ASCII. One pass over a message, about a byte-table
// lookup per byte, tells which rules have a keyword present; only those run
// their regexp. Input bytes that occur in no keyword share one class, which
// keeps the transition table small enough for the L1/L2 cache.
type prefilter struct {
	class  [256]uint8
	nclass int
	next   []uint32 // state*nclass + class -> state
	out    []uint64 // state -> bits of the rules with a keyword ending here
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
	p.next = make([]uint32, len(nodes)*n)
	p.out = make([]uint64, len(nodes))
	queue := []uint32{0}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		if s != 0 {
			nodes[s].out |= nodes[nodes[s].fail].out
		}
		p.out[s] = nodes[s].out
		for cl := 0; cl < n; cl++ {
			if nx, ok := nodes[s].child[uint8(cl)]; ok {
				if s != 0 {
					nodes[nx].fail = p.next[int(nodes[s].fail)*n+cl]
				}
				p.next[int(s)*n+cl] = nx
				queue = append(queue, nx)
			} else if s != 0 {
				p.next[int(s)*n+cl] = p.next[int(nodes[s].fail)*n+cl]
			}
		}
	}
	return p
}

// scan returns the bits of the rules that have a keyword in b.
func (p *prefilter) scan(b []byte) uint64 {
	var mask uint64
	s := uint32(0)
	n := uint32(p.nclass)
	for _, c := range b {
		s = p.next[s*n+uint32(p.class[c])]
		mask |= p.out[s]
	}
	return mask
}
