package parclassify

import (
	"bytes"

	"github.com/stemedb/stemewatch/classifier"
)

// releaseEvery is how many bytes of a mapped input are merged before
// their pages are released: the resident share of the input stays about
// this plus the pieces in flight.
const releaseEvery = 8 << 20

// classifyMapped is classify on a piece of the mapping, a fault on which
// (the file shrank) is reported to the merger instead of killing us.
func (p *pipeline) classifyMapped(c *classifier.Classifier, pc *piece) {
	defer p.mapped.Guard(func(err error) {
		p.faultMu.Lock()
		if p.fault == nil {
			p.fault = err
		}
		p.faultMu.Unlock()
	})()
	p.classify(c, pc)
}

func (p *pipeline) faulted() error {
	p.faultMu.Lock()
	defer p.faultMu.Unlock()
	return p.fault
}

// cutMapped is cut over the mapped input: each piece is a run of whole
// lines where it lies, about p.size bytes (and never longer than a line may
// be, so no line inside one is over the cap); a line over the cap becomes a
// piece of its own, reported as one malformed entry.
func (p *pipeline) cutMapped(free, work, order chan *piece, quit chan struct{}) (err error) {
	defer close(work)
	defer close(order)
	defer p.mapped.Guard(func(e error) { err = e })()
	data := p.mapped.Data
	size := min(p.size, p.max)
	for off := 0; off < len(data); {
		end := min(off+size, len(data))
		lineEnd := len(data) // the end of the line that end falls in
		if i := bytes.IndexByte(data[end:], '\n'); i >= 0 {
			lineEnd = end + i + 1
		}
		lineStart := off
		if i := bytes.LastIndexByte(data[off:end], '\n'); i >= 0 {
			lineStart = off + i + 1
		}
		pieces := [][2]int{{off, lineEnd}}
		long := lineEnd-lineStart-1 > p.max
		if long {
			pieces = [][2]int{{off, lineStart}, {lineStart, lineEnd}}
		}
		for k, r := range pieces {
			if r[1] == r[0] {
				continue
			}
			var pc *piece
			select {
			case pc = <-free:
			case <-quit:
				return nil
			}
			pc.off, pc.end = r[0], r[1]
			if long && k == 1 {
				pc.data, pc.tooLong, pc.lines = nil, true, 1
			} else {
				pc.data = data[r[0]:r[1]:r[1]]
			}
			if !send(pc, work, order, quit) {
				return nil
			}
		}
		if p.progress != nil {
			p.progress(lineEnd - off)
		}
		off = lineEnd
	}
	return nil
}
