package patterns

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// skipper answers "may one of these keywords occur in b?" without looking
// at most bytes: a Wu-Manber scan over case-folded two-byte blocks. Each
// keyword is represented by one window of m bytes (m: the shortest
// keyword's length), chosen where its bytes are rarest in log text. A
// window of m bytes slides along b; the block at its end says how far it
// may move before one of the keywords' windows could lie inside it (0: a
// window may end here, so those keywords are compared in place). With the
// default signature keywords ("signature", "mac tag", ...) it reads about
// one byte in four, and the automaton then walks only the few messages
// that do mention one. It never answers false when a keyword is present
// (tests compare it with the automaton on keyword-laden random text).
type skipper struct {
	m     int      // window length
	shift []uint8  // block of two bytes (c1<<8 | c2) -> how far the window may move
	zero  []uint16 // block -> 1 + index into cands; 0: no window ends with it
	cands [][]cand
	fold  [256]uint8
}

// cand is a keyword whose window ends with a given block: the keyword
// starts off bytes before the window does.
type cand struct {
	kw  []byte // folded
	off int
}

// minSkipWindow is the shortest keyword a skipper is built for: below it
// the shifts are too short to pay for the blocks they read.
const minSkipWindow = 4

// maxSkipWindow bounds the window (and so the largest shift, in a uint8).
const maxSkipWindow = 32

// newSkipper returns nil when some keyword is shorter than minSkipWindow
// or there are none.
func newSkipper(keywords [][]byte) *skipper {
	if len(keywords) == 0 || len(keywords) > 1<<15 {
		return nil
	}
	m := maxSkipWindow
	for _, k := range keywords {
		m = min(m, len(k))
	}
	if m < minSkipWindow {
		return nil
	}
	s := &skipper{m: m, shift: make([]uint8, 1<<16), zero: make([]uint16, 1<<16)}
	for c := 0; c < 256; c++ {
		s.fold[c] = fold(byte(c))
	}
	folded := make([]uint8, 1<<16)
	for i := range folded {
		folded[i] = uint8(m - 1)
	}
	var zero [1 << 16]uint16
	all := make([][]byte, len(keywords))
	for ki, k := range keywords {
		all[ki] = make([]byte, len(k))
		for i, c := range k {
			all[ki][i] = s.fold[c]
		}
	}
	for ki, f := range all {
		off := rarestWindow(f, m, all, ki)
		w := f[off : off+m]
		for i := 1; i < m; i++ {
			blk := int(w[i-1])<<8 | int(w[i])
			folded[blk] = min(folded[blk], uint8(m-1-i))
		}
		last := int(w[m-2])<<8 | int(w[m-1])
		if zero[last] == 0 {
			s.cands = append(s.cands, nil)
			zero[last] = uint16(len(s.cands))
		}
		j := zero[last] - 1
		s.cands[j] = append(s.cands[j], cand{kw: f, off: off})
	}
	// The scan looks blocks up by their raw bytes: both tables are spread
	// over every casing of each folded block once, here.
	for raw := range s.shift {
		f := int(s.fold[raw>>8])<<8 | int(s.fold[raw&0xff])
		s.shift[raw] = folded[f]
		s.zero[raw] = zero[f]
	}
	return s
}

// commonInLogs are the bytes most frequent in log lines (English letters
// by frequency, space, digits, the punctuation of timestamps and fields).
const commonInLogs = " etaoinsrhldcu0123456789:=-_./"

// rarestWindow returns the offset of the window of all[ki] (folded) that
// the fewest other keywords contain (a window shared by keywords with a
// common prefix, "timestamp outside" and "timestamp too", would make every
// "timestamp" in the text a candidate for each of them), then whose closing
// block is made of the least common bytes, then whose bytes are (ties: the
// earliest).
func rarestWindow(k []byte, m int, all [][]byte, ki int) int {
	score := func(c byte) int {
		if strings.IndexByte(commonInLogs, c) >= 0 {
			return 1
		}
		return 0
	}
	best, bestShared, bestLast, bestAll := 0, len(all), 3, 1<<30
	for off := 0; off+m <= len(k); off++ {
		w := k[off : off+m]
		shared := 0
		for j, o := range all {
			if j != ki && bytes.Contains(o, w) {
				shared++
			}
		}
		last := score(w[m-2]) + score(w[m-1])
		n := 0
		for _, c := range w {
			n += score(c)
		}
		if shared < bestShared || shared == bestShared && (last < bestLast || last == bestLast && n < bestAll) {
			best, bestShared, bestLast, bestAll = off, shared, last, n
		}
	}
	return best
}

// mayContain reports whether one of the keywords may occur in b, ASCII
// case-insensitively. False means none does. Two scans run interleaved,
// one over each half of b (by where the window ends): each step waits on
// the load before it, so two independent chains take about the time of one.
func (s *skipper) mayContain(b []byte) bool {
	m, shift := s.m, s.shift[:1<<16]
	split := min(len(b), len(b)/2+m-1)
	a, c := m-1, split
	for a < split && c < len(b) {
		sa := shift[binary.BigEndian.Uint16(b[a-1:])]
		sc := shift[binary.BigEndian.Uint16(b[c-1:])]
		if sa == 0 {
			if s.windowAt(b, a) {
				return true
			}
			sa = 1
		}
		if sc == 0 {
			if s.windowAt(b, c) {
				return true
			}
			sc = 1
		}
		a += int(sa)
		c += int(sc)
	}
	for ; a < split; a++ {
		if sh := shift[binary.BigEndian.Uint16(b[a-1:])]; sh != 0 {
			a += int(sh) - 1
		} else if s.windowAt(b, a) {
			return true
		}
	}
	for ; c < len(b); c++ {
		if sh := shift[binary.BigEndian.Uint16(b[c-1:])]; sh != 0 {
			c += int(sh) - 1
		} else if s.windowAt(b, c) {
			return true
		}
	}
	return false
}

// windowAt reports whether a keyword whose window ends at b[pos] occurs.
func (s *skipper) windowAt(b []byte, pos int) bool {
	j := s.zero[binary.BigEndian.Uint16(b[pos-1:])]
	if j == 0 {
		return false
	}
	for _, c := range s.cands[j-1] {
		if s.equalAt(b, pos-s.m+1-c.off, c.kw) {
			return true
		}
	}
	return false
}

// equalAt reports whether the folded keyword k occurs at b[start:].
func (s *skipper) equalAt(b []byte, start int, k []byte) bool {
	if start < 0 || start+len(k) > len(b) {
		return false
	}
	for i, c := range k {
		if s.fold[b[start+i]] != c {
			return false
		}
	}
	return true
}
