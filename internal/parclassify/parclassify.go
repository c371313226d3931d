// Package parclassify turns a saved journal (a file or a pipe, gzip or not)
// into one classification result per entry, decoding and classifying on
// several cores and handing the results back in input order.
//
// A JSON input (one entry per line) is cut into pieces of whole lines; each worker decodes its piece in place with journalfmt and
// classifies it with its own classifier clone; the caller's goroutine gets
// every result of piece k before any of piece k+1, so what it prints is the
// same, byte for byte, as a single-core run. Export format (entries span
// lines, binary fields) and journalctl's text (continuation lines join the
// entry before them; short times take their year from the lines before) are
// decoded on the caller's goroutine. Memory is bounded: at most inFlight pieces exist at once.
//
// The input is read into the pieces (a copy), not mapped. How fast a
// mapped file scans depends on how the page cache holds it: on an AMD EPYC
// VM, 642 MB just written (by journalctl > file, say) scanned in 0.40-0.59
// s mapped, the same file read back from disk in 0.08 s, and a read() copy
// into a buffer that stays in cache took 0.08-0.10 s either way. On an
// Intel VM the mapping had saved 5%.
package parclassify

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/journalfmt"
)

// Options tune Run.
type Options struct {
	// Name identifies the input in errors ("-" for standard input).
	Name string
	// Format is as for journalfmt.ParseFormat: "", "auto", "json", "export" or "text".
	Format string
	// MaxEntry caps one line; 0 means journalfmt.DefaultMaxEntry.
	MaxEntry int
	// Jobs is the number of decode-and-classify workers; 1 or less decodes
	// and classifies on the calling goroutine, with no pieces and no copies.
	Jobs int
	// PieceSize is the target size of a piece; 0 means DefaultPieceSize.
	PieceSize int
	// Annotate, when set, is called with every decoded entry on the
	// goroutine that decodes it (so it must be safe for concurrent use),
	// and its answer becomes the Result's Annotation: what a caller needs
	// of the entry beyond the verdict, while the entry still exists.
	Annotate func(*classifier.Entry) Annotation
}

// Annotation is what Options.Annotate says of an entry; its meaning is the
// caller's (classify: the entry's identity across overlapping inputs, and
// whether a --unit filter leaves it out).
type Annotation struct {
	Key  uint64
	Skip bool
}

// DefaultPieceSize is the target size of the pieces handed to workers:
// large enough that handing one over costs nothing next to decoding it,
// small enough that every worker has several while memory stays small.
const DefaultPieceSize = 256 << 10

// maxInFlight caps the pieces (and their results) alive at once, whatever
// Jobs is: 66 pieces of 256 KiB is 16.5 MiB of input buffered at most.
const maxInFlight = 66

// Result is what one entry came to.
type Result struct {
	// N is the entry's 1-based position in the input, malformed entries
	// included (the "entry:N" of an input without cursors).
	N int
	// Err is a *journalfmt.MalformedError when the entry could not be
	// decoded and was skipped; the other fields are then zero.
	Err error
	// Time is the entry's time: its __REALTIME_TIMESTAMP, else the time
	// at the start of its message; zero when neither is known.
	Time time.Time
	// Truncated is set for an entry whose message was not available
	// (journalctl printed null): it was counted, not classified.
	Truncated bool
	// Event is the classifier's event for an error or signature-failure
	// entry, nil for any other entry.
	Event *classifier.Event
	// Annotation is Options.Annotate's answer for the entry.
	Annotation

	// line is the entry's line in its piece, for text cursors ("line:N").
	line int
	// entryCursor is set when the entry had no cursor: it gets "entry:N".
	entryCursor bool
}

// Judge classifies one decoded entry: what the workers do per entry, and
// what a caller reading entries from elsewhere (a journal directory) calls
// to get the same Result. It does not set N.
func Judge(c *classifier.Classifier, ent *classifier.Entry) Result {
	r := Result{Time: ent.Time()}
	if r.Time.IsZero() {
		r.Time = classifier.MessageTime(ent.Message)
	}
	if ent.Truncated && len(ent.Message) == 0 {
		r.Truncated = true
		return r
	}
	v := c.Classify(ent)
	if v.Reportable() {
		ev := c.Event(ent, &v)
		r.Event = &ev
	}
	return r
}

// Run reads r to its end and calls fn, on the calling goroutine, with the
// result of every entry in input order. fn must not keep the *Result. c is
// cloned for each worker. Run returns what journalfmt.InfoOf says of the
// input (the format read, lines, entries, what was assumed) and nil at a
// clean end of the input, ctx.Err() when ctx is cancelled, and otherwise the
// error that ended the input (a read error, bad gzip) in journalfmt's words;
// the results before it have been delivered.
func Run(ctx context.Context, r io.Reader, c *classifier.Classifier, o Options, fn func(*Result)) (journalfmt.Info, error) {
	jo := journalfmt.Options{Format: o.Format, MaxEntry: o.MaxEntry}
	if o.Jobs <= 1 {
		rd, err := journalfmt.NewReader(r, o.Name, jo)
		if err != nil {
			return journalfmt.Info{Input: o.Name}, err
		}
		err = sequential(ctx, rd, c, o.Annotate, fn)
		return journalfmt.InfoOf(rd), err
	}
	br, format, err := journalfmt.Prepare(r, o.Name, jo)
	if err != nil {
		return journalfmt.Info{Input: o.Name}, err
	}
	if format != journalfmt.FormatJSON {
		rd := journalfmt.NewFormat(br, o.Name, format, jo)
		err = sequential(ctx, rd, c, o.Annotate, fn)
		return journalfmt.InfoOf(rd), err
	}
	jo.Format = ""
	p := &pipeline{
		name: o.Name, format: format, opts: jo, annotate: o.Annotate,
		max: o.MaxEntry, size: o.PieceSize, jobs: o.Jobs,
	}
	if p.max <= 0 {
		p.max = journalfmt.DefaultMaxEntry
	}
	if p.size <= 0 {
		p.size = DefaultPieceSize
	}
	return p.run(ctx, br, c, fn)
}

// info is what the pipeline read, in journalfmt's terms.
func (p *pipeline) info(lines, entries int) journalfmt.Info {
	return journalfmt.Info{Input: p.name, Format: p.format, Lines: lines, Entries: entries}
}

// judge is Judge plus the caller's annotation.
func judge(c *classifier.Classifier, ent *classifier.Entry, annotate func(*classifier.Entry) Annotation) Result {
	r := Judge(c, ent)
	if annotate != nil {
		r.Annotation = annotate(ent)
	}
	return r
}

// sequential is the single-core path: one reader, one classifier.
func sequential(ctx context.Context, rd journalfmt.Reader, c *classifier.Classifier, annotate func(*classifier.Entry) Annotation, fn func(*Result)) error {
	var res Result // one for the whole run: fn must not keep it
	for n := 1; ; n++ {
		if n&1023 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		ent, err := rd.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			// Only here: errors.As makes its target escape, an allocation
			// per entry when it sits on the path every entry takes.
			var me *journalfmt.MalformedError
			if !errors.As(err, &me) {
				return err
			}
			res = Result{N: n, Err: err} // n still counts it: "entry:N" is the position
			fn(&res)
			continue
		}
		if len(ent.Cursor) == 0 {
			ent.Cursor = strconv.AppendInt(append(ent.Cursor[:0], "entry:"...), int64(n), 10)
		}
		res = judge(c, ent, annotate)
		res.N = n
		fn(&res)
	}
}

// piece is a run of whole lines of the input and, once done is closed, the
// results of its entries.
type piece struct {
	data    []byte
	tooLong bool // data is the head of one line over the cap, skipped
	lines   int  // lines in data, set by the worker (1 for tooLong)
	results []Result
	done    chan struct{}
}

type pipeline struct {
	name     string
	format   journalfmt.Format
	opts     journalfmt.Options
	annotate func(*classifier.Entry) Annotation
	max      int
	size     int
	jobs     int
}

func (p *pipeline) run(ctx context.Context, br io.Reader, c *classifier.Classifier, fn func(*Result)) (journalfmt.Info, error) {
	inFlight := min(2*p.jobs+2, maxInFlight)
	free := make(chan *piece, inFlight)
	for range inFlight {
		free <- &piece{}
	}
	work := make(chan *piece, inFlight)
	order := make(chan *piece, inFlight)
	quit := make(chan struct{})
	readErr := make(chan error, 1)
	go func() { readErr <- p.cut(br, free, work, order, quit) }()
	for range p.jobs {
		go p.work(c.Clone(), work)
	}

	var n, line, entries int
	stop := func() {
		close(quit)
		go func() { // let the cutter and the workers finish and exit
			for pc := range order {
				<-pc.done
			}
		}()
	}
	for pc := range order {
		if ctx.Err() != nil {
			stop()
			return p.info(line, entries), ctx.Err()
		}
		<-pc.done
		for i := range pc.results {
			res := &pc.results[i]
			n++
			res.N = n
			if res.Err != nil {
				var me *journalfmt.MalformedError
				if errors.As(res.Err, &me) {
					me.Line += line
				}
			} else {
				entries++
				if ev := res.Event; ev != nil {
					switch {
					case p.format == journalfmt.FormatText:
						ev.Cursor = "line:" + strconv.Itoa(line+res.line)
					case res.entryCursor:
						ev.Cursor = "entry:" + strconv.Itoa(n)
					}
				}
			}
			fn(res)
		}
		line += pc.lines
		recycle(pc, p.size)
		free <- pc
	}
	if err := <-readErr; err != nil {
		return p.info(line, entries), journalfmt.EndError(p.name, entries, line, err)
	}
	return p.info(line, entries), nil
}

// recycle empties a piece for reuse, giving back a buffer grown for a huge line.
func recycle(pc *piece, size int) {
	if cap(pc.data) > 4*size {
		pc.data = nil
	}
	pc.data = pc.data[:0]
	clear(pc.results)
	pc.results = pc.results[:0]
	pc.tooLong = false
	pc.lines = 0
}

// cut reads the input into pieces of whole lines, sending each to the
// workers and, in the same order, to the merger. It closes both channels
// when the input ends and returns the read error that ended it (nil at EOF).
// Like journalfmt, it keeps a final line without '\n' at a clean end, drops
// one cut off by a read error, and reports a line over the cap as one
// malformed entry without holding it in memory.
func (p *pipeline) cut(r io.Reader, free, work, order chan *piece, quit chan struct{}) error {
	defer close(work)
	defer close(order)
	var carry []byte // the start of the line the last piece ended inside
	var err error
	for {
		var pc *piece
		select {
		case pc = <-free:
		case <-quit:
			return nil
		}
		if cap(pc.data) < p.size {
			pc.data = make([]byte, 0, p.size)
		}
		pc.data = append(pc.data[:0], carry...)
		carry = carry[:0]
		for err == nil {
			if len(pc.data) == cap(pc.data) {
				if len(pc.data) > p.max || bytes.IndexByte(pc.data, '\n') >= 0 {
					break
				}
				// One line fills the buffer: grow it, up to one byte over the cap.
				pc.data = slices.Grow(pc.data, min(cap(pc.data), p.max+1-len(pc.data)))
			}
			var m int
			m, err = r.Read(pc.data[len(pc.data):cap(pc.data)])
			pc.data = pc.data[:len(pc.data)+m]
		}
		last := bytes.LastIndexByte(pc.data, '\n')
		switch {
		case last < 0 && len(pc.data) > p.max:
			pc.data = pc.data[:0]
			pc.tooLong = true
			if err == nil {
				carry, err = skipLine(r, carry)
			}
		case err == nil:
			carry = append(carry, pc.data[last+1:]...)
			pc.data = pc.data[:last+1]
		case err != io.EOF:
			pc.data = pc.data[:last+1] // a line cut off by the error is dropped
		}
		if pc.tooLong {
			pc.lines = 1
		}
		if len(pc.data) > 0 || pc.tooLong {
			if !send(pc, work, order, quit) {
				return nil
			}
		} else {
			free <- pc
		}
		if err != nil && len(carry) == 0 {
			if err == io.EOF {
				return nil
			}
			return err
		}
	}
}

// send hands a piece to the merger and then to the workers, in that order;
// false when the run was abandoned.
func send(pc *piece, work, order chan *piece, quit chan struct{}) bool {
	pc.done = make(chan struct{})
	select {
	case order <- pc:
	case <-quit:
		return false
	}
	work <- pc // never blocks: it has room for every piece
	return true
}

// skipLine reads past the next '\n' and returns what follows it in the
// last read (appended to buf[:0]).
func skipLine(r io.Reader, buf []byte) ([]byte, error) {
	scratch := make([]byte, 64<<10)
	for {
		m, err := r.Read(scratch)
		if i := bytes.IndexByte(scratch[:m], '\n'); i >= 0 {
			return append(buf[:0], scratch[i+1:m]...), err
		}
		if err != nil {
			return buf[:0], err
		}
	}
}

// work decodes and classifies pieces until work is closed.
func (p *pipeline) work(c *classifier.Classifier, work chan *piece) {
	for pc := range work {
		p.classify(c, pc)
		close(pc.done)
	}
}

func (p *pipeline) classify(c *classifier.Classifier, pc *piece) {
	if pc.tooLong {
		pc.results = append(pc.results, Result{Err: &journalfmt.MalformedError{
			Input: p.name, Line: 1, Err: fmt.Errorf("line longer than %d bytes", p.max),
		}})
		return
	}
	rd := journalfmt.NewBytes(pc.data, p.name, p.format, p.opts)
	for {
		ent, err := rd.Next()
		if err == io.EOF {
			// The lines the reader went through: every '\n' of the piece
			// (and a last line without one, in the final piece only).
			pc.lines = rd.Line()
			return
		}
		if err != nil { // malformed: decoding in memory has no other error
			pc.results = append(pc.results, Result{Err: err})
			continue
		}
		noCursor := len(ent.Cursor) == 0
		res := judge(c, ent, p.annotate)
		res.line = rd.Line()
		res.entryCursor = noCursor
		pc.results = append(pc.results, res)
	}
}
