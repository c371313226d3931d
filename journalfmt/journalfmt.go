// Package journalfmt decodes saved journals: journalctl JSON lines, journal
// export format and plain text, detected from their first bytes.
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
