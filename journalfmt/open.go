package journalfmt

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"time"

	// Same API as compress/gzip, about 1.5x faster to inflate.
	"github.com/klauspost/compress/gzip"
)

// Format names an input format.
type Format string

// The input formats. FormatAuto detects the format from the first bytes.
// FormatText is journalctl text of any short mode or plain text, told
// apart line by line; the other text formats are journalctl's -o names and
// force one mode (FormatCat: plain text, no prefix).
const (
	FormatAuto Format = "auto"
	FormatJSON Format = "json"
	// FormatJSONPretty is `journalctl -o json-pretty`: the JSON of an
	// entry over many lines, from a line "{" to a line "}".
	FormatJSONPretty Format = "json-pretty"
	FormatExport     Format = "export"
	// FormatVerbose is `journalctl -o verbose`: every field of an entry,
	// one per line, under a header with its time and cursor.
	FormatVerbose Format = "verbose"
	FormatText    Format = "text"

	FormatShort           Format = "short"
	FormatShortPrecise    Format = "short-precise"
	FormatShortISO        Format = "short-iso"
	FormatShortISOPrecise Format = "short-iso-precise"
	FormatShortFull       Format = "short-full"
	FormatShortMonotonic  Format = "short-monotonic"
	FormatShortUnix       Format = "short-unix"
	FormatWithUnit        Format = "with-unit"
	FormatCat             Format = "cat"
)

// TextFormats lists the journalctl text modes read, in journalctl's order.
var TextFormats = []Format{FormatShort, FormatShortISO, FormatShortISOPrecise, FormatShortPrecise,
	FormatShortFull, FormatShortMonotonic, FormatShortUnix, FormatWithUnit, FormatCat}

// IsText reports whether f is read by the text reader.
func (f Format) IsText() bool {
	if f == FormatText {
		return true
	}
	for _, t := range TextFormats {
		if f == t {
			return true
		}
	}
	return false
}

// ParseFormat checks a format name as given to --input-format: "" and
// "auto" detect; "json", "json-pretty", "export", "verbose", "text" (any journalctl text) and
// journalctl's text mode names ("short", "short-iso", ..., "cat") force one.
// "short-delta" is read as short-monotonic, which it extends.
func ParseFormat(s string) (Format, error) {
	switch f := Format(s); {
	case f == "" || f == FormatAuto:
		return FormatAuto, nil
	case f == FormatJSON || f == FormatJSONPretty || f == FormatExport || f == FormatVerbose || f.IsText():
		return f, nil
	case s == "short-delta":
		return FormatShortMonotonic, nil
	}
	return "", fmt.Errorf("unknown input format %q (want auto, json, json-pretty, export, verbose, text, or a journalctl -o text mode: short, short-iso, short-iso-precise, short-precise, short-full, short-monotonic, short-unix, with-unit, cat)", s)
}

// Detect guesses the format of a journal from its first bytes (leading
// blank lines and spaces are ignored):
//   - an object whose first key is a journal field name (upper case:
//     {"__CURSOR":...) is `journalctl -o json`, or json-pretty when the
//     "{" is alone on its line; any other line is text, so
//     a file of tracing JSON messages (`journalctl -o cat`) is text;
//   - a first line "FIELD=..." with FIELD a journal field name, or a binary
//     field header "FIELD\n" followed by a length under 4 GiB, is export;
//   - a first line with a time and a cursor in brackets ("Thu 2026-12-03
//     07:06:49.934214 UTC [s=…;t=…;x=…]") is `journalctl -o verbose`;
//   - anything else is text.
func Detect(b []byte) Format {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n') {
		i++
	}
	b = b[i:]
	if len(b) == 0 {
		return FormatText
	}
	if nl := bytes.IndexByte(b, '\n'); nl > 0 && verboseHeader(trimCR(b[:nl])) != nil {
		return FormatVerbose
	}
	if b[0] == '{' {
		j := skipWS(b, 1)
		if j < len(b) && b[j] == '"' {
			k := j + 1
			for k < len(b) && isNameByte(b[k]) {
				k++
			}
			if k > j+1 && k < len(b) && b[k] == '"' {
				if bytes.IndexByte(b[1:j], '\n') >= 0 {
					return FormatJSONPretty
				}
				return FormatJSON
			}
		}
		return FormatText
	}
	k := 0
	for k < len(b) && isNameByte(b[k]) {
		k++
	}
	if k == 0 || k == len(b) || (b[0] >= '0' && b[0] <= '9') {
		return FormatText
	}
	switch b[k] {
	case '=':
		return FormatExport
	case '\n':
		// A binary field: the length's high four bytes are zero.
		if len(b) >= k+9 && bytes.Equal(b[k+5:k+9], []byte{0, 0, 0, 0}) {
			return FormatExport
		}
	}
	return FormatText
}

// detectable reports whether head holds enough for Detect: the first
// non-blank line, plus 8 bytes when that line may be a binary field header.
func detectable(head []byte) bool {
	i := 0
	for i < len(head) && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n') {
		i++
	}
	nl := bytes.IndexByte(head[i:], '\n')
	if nl < 0 {
		return false
	}
	for _, c := range head[i : i+nl] {
		if !isNameByte(c) {
			return true
		}
	}
	return len(head) >= i+nl+9
}

func isNameByte(c byte) bool {
	return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
}

// Options tune Open and NewReader.
type Options struct {
	// Format is "", "auto", "json", "json-pretty", "export", "verbose" or
	// "text", or a journalctl text mode.
	Format string
	// Stdin is read for the input name "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxEntry caps a line or field; 0 means DefaultMaxEntry.
	MaxEntry int

	// The following apply to journalctl text.

	// Location is the zone of times printed without one (short,
	// short-precise, and a short-full zone name the location does not
	// know); nil means this machine's zone (time.Local), as journalctl
	// printed them on the machine it ran on.
	Location *time.Location
	// Year is the year of short and short-precise times, which have none;
	// 0 infers it (see Info.Year).
	Year int
	// Live says the input is followed as it is written (a pipe from
	// journalctl -f): an entry is returned as soon as its line ends when
	// nothing more is buffered, instead of waiting for the next line to see
	// whether it continues the message.
	Live bool
}

// detectSize is how much of the input Detect sees.
const detectSize = 4096

// Open opens a saved journal for reading: name is a file or "-" for
// standard input; gzip-compressed input (recognised by its magic bytes) is
// decompressed; format is as for ParseFormat. Close the returned Closer when
// done.
func Open(name string, format string) (Reader, io.Closer, error) {
	return OpenOptions(name, Options{Format: format})
}

// OpenOptions is Open with options.
func OpenOptions(name string, o Options) (Reader, io.Closer, error) {
	if _, err := ParseFormat(o.Format); err != nil {
		return nil, nil, err
	}
	var (
		src    io.Reader
		closer io.Closer = nopCloser{}
	)
	if name == "-" {
		src = o.Stdin
		if src == nil {
			src = os.Stdin
		}
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot open input: %w", err)
		}
		src, closer = f, f
	}
	rd, err := NewReader(src, name, o)
	if err != nil {
		closer.Close()
		return nil, nil, err
	}
	return rd, closer, nil
}

// NewReader returns a Reader over r, decompressing gzip and detecting the
// format as Open does. name identifies r in errors.
func NewReader(r io.Reader, name string, o Options) (Reader, error) {
	br, format, err := Prepare(r, name, o)
	if err != nil {
		return nil, err
	}
	return NewFormat(br, name, format, o), nil
}

// NewFormat returns a Reader of format (json, export or text; anything else
// is text) over r, which must already be decompressed. It is what NewReader
// returns after Prepare; a caller that splits one prepared input into pieces
// decodes each piece with it.
func NewFormat(r io.Reader, name string, format Format, o Options) Reader {
	switch format {
	case FormatJSON:
		return newJSON(r, name, o.MaxEntry)
	case FormatJSONPretty:
		return newJSONPretty(r, name, o.MaxEntry)
	case FormatExport:
		return newExport(r, name, o.MaxEntry)
	case FormatVerbose:
		return newVerbose(r, name, o.MaxEntry)
	default:
		o.Format = string(format)
		return newTextOptions(r, name, o)
	}
}

// NewBytes returns a Reader of format over b, a whole decompressed input or
// a piece of one cut after a '\n' (see Prepare). It decodes b in place: the
// entries' byte slices alias b. Line numbers and text cursors ("line:N")
// count from b's first line; Line gives the line of the last JSON or text
// entry (0 for export, whose entries span lines).
func NewBytes(b []byte, name string, format Format, o Options) interface {
	Reader
	Line() int
} {
	switch format {
	case FormatJSON:
		return newJSON(inPlace(b), name, o.MaxEntry)
	case FormatJSONPretty:
		return newJSONPretty(inPlace(b), name, o.MaxEntry)
	case FormatExport:
		return noLine{newExport(inPlace(b), name, o.MaxEntry)}
	case FormatVerbose:
		return noLine{newVerbose(inPlace(b), name, o.MaxEntry)}
	default:
		o.Format = string(format)
		return newTextOptions(inPlace(b), name, o)
	}
}

type noLine struct{ Reader }

func (noLine) Line() int { return 0 }

// EndError is the error a Reader ends with when its input fails after
// entries entries, at line line: what a caller that reads the input itself
// reports in the Reader's words.
func EndError(name string, entries, line int, err error) error {
	return endError(name, entries, line, err)
}

// Prepare does the first half of NewReader: it decompresses gzip
// (recognised by its magic bytes) and, for o.Format auto, detects the
// format. It returns the decompressed stream, positioned at its first byte,
// and the format to decode it with.
func Prepare(r io.Reader, name string, o Options) (*bufio.Reader, Format, error) {
	format, err := ParseFormat(o.Format)
	if err != nil {
		return nil, "", err
	}
	br := bufio.NewReaderSize(r, 64<<10)
	magic, err := br.Peek(2)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, "", fmt.Errorf("%s: cannot read: %w", name, err)
	}
	if len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, "", fmt.Errorf("%s: not a valid gzip stream: %w", name, err)
		}
		br = bufio.NewReaderSize(zr, 64<<10)
	}
	if format == FormatAuto {
		// Read only as much as detection needs, so a live pipe's first
		// entries are not held back waiting for detectSize bytes.
		var head []byte
		for n := 1; ; n = len(head) + 1 {
			_, err := br.Peek(n)
			head, _ = br.Peek(br.Buffered())
			if err != nil {
				if len(head) == 0 && err != io.EOF {
					return nil, "", fmt.Errorf("%s: cannot read: %w", name, err)
				}
				break
			}
			if len(head) >= detectSize || detectable(head) {
				break
			}
		}
		format = Detect(head)
	}
	return br, format, nil
}

type nopCloser struct{}

func (nopCloser) Close() error { return nil }
