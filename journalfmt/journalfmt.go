// Package journalfmt decodes saved journals: journalctl JSON lines (and
// json-pretty), journal export format, journalctl -o verbose and
// journalctl's text outputs, detected from their first bytes.
//
// Text is read line by line: a line with the prefix of one of journalctl's
// short modes (short, short-precise, short-iso, short-iso-precise,
// short-full, short-monotonic, short-unix, with-unit) gives the entry's
// time, host and identifier, and the indented lines after it are joined to
// its message; journalctl's own "-- Boot ... --" lines are skipped; any other
// line is a message of its own (journalctl -o cat).
//
// What a reader found and assumed is reported by InfoOf, for the caller to
// say: after the input ends,
//
//	info := journalfmt.InfoOf(rd)
//	if w := info.Warning(); w != "" { // no entries, or mostly foreign lines
//		fmt.Fprintln(stderr, w)
//	}
//	if a := info.Assumptions(); a != "" { // year and zone of short times
//		fmt.Fprintln(stdout, a)
//	}
package journalfmt

import (
	"fmt"

	"github.com/stemedb/stemewatch/classifier"
)

// Reader yields entries one at a time. The returned entry and its byte slices
// are only valid until the next call to Next.
//
// Next returns io.EOF at the end of the input. A *MalformedError means one
// entry could not be decoded: it was skipped, and the caller should count it
// and call Next again; the stream goes on. Any other error ends the stream.
type Reader interface {
	Next() (*classifier.Entry, error)
}

// MalformedError reports one entry of Input that could not be decoded.
type MalformedError struct {
	Input string // the input's name, "-" for standard input
	Line  int    // 1-based line where the entry starts
	Err   error
}

func (e *MalformedError) Error() string {
	return fmt.Sprintf("%s:%d: %v", e.Input, e.Line, e.Err)
}

func (e *MalformedError) Unwrap() error { return e.Err }
