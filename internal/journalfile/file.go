// Package journalfile reads systemd journal files itself, without
// libsystemd: one mapped file at a time (File), or a directory of them
// merged in the order sd-journal gives (Dir). It exists for speed: reading
// an entry's few wanted fields this way costs a fraction of sd-journal's
// sd_journal_next + enumerate + get_cursor, and it runs in-process because
// a file that shrinks under the mapping becomes an error (mapfile.Guard),
// not a SIGBUS that kills the process.
//
// It reads finished files (a copied directory, `classify --journal-dir`)
// and follows the files journald writes (Dir.Refresh): journald writes an
// object before it links it, so an entry array item that is set points to
// a whole entry, and an item still zero is where the journal ends for now.
//
// The format is systemd's docs/JOURNAL_FILE_FORMAT.md: regular and compact
// files, keyed and Jenkins hashes, zstd-compressed fields. Files with XZ or
// LZ4 fields are refused with ErrUnsupported, and the caller reads them
// with sd-journal. Every offset read from a file is checked against the
// file before it is followed: a corrupt object is an error naming the file
// and offset, never a panic.
package journalfile

import (
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"syscall"

	"github.com/klauspost/compress/zstd"

	"github.com/stemedb/stemewatch/internal/mapfile"
)

// ErrUnsupported is returned for a file this package cannot read (XZ or LZ4
// compression, a format flag it does not know).
var ErrUnsupported = errors.New("journal file format not supported by the built-in reader")

const signature = "LPKSHHRH"

// Header flags (JOURNAL_FILE_FORMAT.md, "Extensibility").
const (
	incompatXZ        = 1 << 0
	incompatLZ4       = 1 << 1
	incompatKeyedHash = 1 << 2
	incompatZstd      = 1 << 3
	incompatCompact   = 1 << 4
	incompatKnown     = incompatXZ | incompatLZ4 | incompatKeyedHash | incompatZstd | incompatCompact
)

// Object types and flags.
const (
	objectData       = 1
	objectEntry      = 3
	objectEntryArray = 6

	compressedXZ   = 1 << 0
	compressedLZ4  = 1 << 1
	compressedZstd = 1 << 2
)

// headerMin is the header up to n_data, present in every file version.
const headerMin = 208

var le = binary.LittleEndian

// File is one mapped journal file.
type File struct {
	Path string
	m    *mapfile.File
	data []byte // the mapping, up to header_size + arena_size

	compact  bool
	fileID   [16]byte
	seqnumID [16]byte
	arrays   uint64 // offset of the first global entry array
	dev, ino uint64 // the file's identity: a rotated file keeps it
	follow   bool   // mapped with room to grow

	// What the header said at the last look: how many entries the file
	// holds, and the sequence numbers of its first and last.
	entries, headSeq, tailSeq uint64

	zstd    *zstd.Decoder
	scratch []byte // decompressed payload
}

// Open maps the journal file at path and checks its header.
func Open(path string) (*File, error) { return open(path, false) }

// growRoom is how far a followed file's mapping reaches: journald never
// writes a compact file past 4 GiB (its offsets are 32-bit), and caps
// every file far below by default (SystemMaxFileSize, 128 MiB). A file
// that outgrows it is an ErrRemap: read it again with a new mapping.
const growRoom = 4 << 30

// ErrRemap reports a followed file that grew past its mapping.
var ErrRemap = errors.New("journal file grew past its mapping")

func open(path string, follow bool) (*File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var m *mapfile.File
	if follow {
		m, err = mapfile.MapGrowing(f, path, growRoom)
	} else {
		m, err = mapfile.Map(f, path, headerMin)
	}
	if err != nil {
		return nil, err
	}
	if m == nil {
		return nil, fmt.Errorf("%s: not a journal file (shorter than a journal header, or not a regular file)", path)
	}
	jf := &File{Path: path, m: m, data: m.Data, follow: follow}
	if st, err := f.Stat(); err == nil {
		if sys, ok := st.Sys().(*syscall.Stat_t); ok {
			jf.dev, jf.ino = uint64(sys.Dev), sys.Ino
		}
	}
	size := uint64(len(m.Data))
	if follow {
		st, err := f.Stat()
		if err != nil {
			m.Close()
			return nil, err
		}
		size = uint64(st.Size())
	}
	if size < headerMin {
		m.Close()
		return nil, fmt.Errorf("%s: not a journal file (shorter than a journal header)", path)
	}
	if err := jf.readHeader(size); err != nil {
		m.Close()
		return nil, err
	}
	return jf, nil
}

// Close unmaps the file.
func (f *File) Close() error {
	if f.zstd != nil {
		f.zstd.Close()
	}
	return f.m.Close()
}

// readHeader checks the header and bounds the file by what it says it
// holds (and by size, the bytes the file has).
func (f *File) readHeader(size uint64) error {
	d := f.m.Data
	if string(d[:8]) != signature {
		return fmt.Errorf("%s: not a journal file (no LPKSHHRH signature)", f.Path)
	}
	incompat := le.Uint32(d[12:])
	if incompat&^incompatKnown != 0 {
		return fmt.Errorf("%s: %w (unknown incompatible flags %#x)", f.Path, ErrUnsupported, incompat&^incompatKnown)
	}
	if incompat&(incompatXZ|incompatLZ4) != 0 {
		return fmt.Errorf("%s: %w (XZ or LZ4 compressed fields)", f.Path, ErrUnsupported)
	}
	f.compact = incompat&incompatCompact != 0
	copy(f.fileID[:], d[24:40])
	copy(f.seqnumID[:], d[72:88])
	if hsize := le.Uint64(d[88:]); hsize < headerMin || hsize > size {
		return fmt.Errorf("%s: header size %d out of the file's %d bytes", f.Path, hsize, size)
	}
	return f.bound(size)
}

// bound reads what the header says the file holds now: the used part of
// the file (header and arena: a file copied while journald wrote it can
// be shorter than its header says, so no more than size) and
// the first entry array.
func (f *File) bound(size uint64) error {
	d := f.m.Data
	if f.replaced() {
		// Punched out under the reader: keep what the header said last.
		return nil
	}
	end := le.Uint64(d[88:]) + le.Uint64(d[96:])
	if f.follow && end > uint64(len(d)) {
		return fmt.Errorf("%s: %w (%d bytes used, %d mapped)", f.Path, ErrRemap, end, len(d))
	}
	f.data = d[:min(end, size)]
	f.arrays = le.Uint64(d[176:])
	f.entries, f.tailSeq, f.headSeq = le.Uint64(d[152:]), le.Uint64(d[160:]), le.Uint64(d[168:])
	return nil
}

// replaced reports a followed file whose header is gone: journald 252
// may archive a file as a copy under a new name (a new inode) and punch
// the original out, which a mapping of the original then reads as zeros.
func (f *File) replaced() bool { return f.follow && string(f.m.Data[:8]) != signature }

// archived reports a file journald rotated away: it will not grow.
func (f *File) archived() bool { return f.m.Data[16] == stateArchived }

const stateArchived = 2

// object returns the object at off, checked to lie in the file, to be of
// type typ and at least minSize bytes long.
func (f *File) object(off uint64, typ byte, minSize uint64) ([]byte, error) {
	if f.follow && off+minSize > uint64(len(f.data)) {
		// journald linked an object past what the header said at the last
		// look: look again.
		if err := f.bound(uint64(len(f.m.Data))); err != nil {
			return nil, err
		}
	}
	if off == 0 || off%8 != 0 || uint64(len(f.data)) < 16 || off > uint64(len(f.data))-16 {
		return nil, fmt.Errorf("%s: object offset %#x out of the file", f.Path, off)
	}
	h := f.data[off:]
	size := le.Uint64(h[8:])
	if h[0] != typ {
		return nil, fmt.Errorf("%s: object at %#x is of type %d, want %d", f.Path, off, h[0], typ)
	}
	if size < minSize || size > uint64(len(h)) {
		return nil, fmt.Errorf("%s: object at %#x has size %d (file has %d bytes after it)", f.Path, off, size, len(h))
	}
	return h[:size], nil
}

// Entry is an entry object as read from a file.
type Entry struct {
	Seqnum, Realtime, Monotonic, XorHash uint64
	BootID                               [16]byte
	file                                 *File
	items                                []byte
}

// entry reads the entry object at off into e.
func (f *File) entry(off uint64, e *Entry) error {
	o, err := f.object(off, objectEntry, 64)
	if err != nil {
		return err
	}
	e.Seqnum, e.Realtime, e.Monotonic = le.Uint64(o[16:]), le.Uint64(o[24:]), le.Uint64(o[32:])
	copy(e.BootID[:], o[40:56])
	e.XorHash = le.Uint64(o[56:])
	e.file, e.items = f, o[64:]
	return nil
}

// Fields calls fn with each field ("NAME=value") of e, in the entry's
// order, until fn returns false. A field that was compressed is
// decompressed into scratch space that the next compressed field reuses
// (scratch is true): fn copies what it keeps. An unreadable field is an
// error.
func (e *Entry) Fields(fn func(field []byte, scratch bool) bool) error {
	f := e.file
	step := 16
	if f.compact {
		step = 4
	}
	for i := 0; i+step <= len(e.items); i += step {
		var off uint64
		if f.compact {
			off = uint64(le.Uint32(e.items[i:]))
		} else {
			off = le.Uint64(e.items[i:])
		}
		p, scratch, err := f.payload(off)
		if err != nil {
			return err
		}
		if !fn(p, scratch) {
			return nil
		}
	}
	return nil
}

// payload returns the field of the data object at off, and whether it is
// in the scratch space (it was compressed).
func (f *File) payload(off uint64) ([]byte, bool, error) {
	start := uint64(64)
	if f.compact {
		start = 72
	}
	o, err := f.object(off, objectData, start)
	if err != nil {
		return nil, false, err
	}
	p := o[start:]
	switch flags := o[1]; {
	case flags == 0:
		return p, false, nil
	case flags == compressedZstd:
		p, err := f.unzstd(off, p)
		return p, true, err
	case flags&(compressedXZ|compressedLZ4) != 0:
		return nil, false, fmt.Errorf("%s: data object at %#x: %w (XZ or LZ4)", f.Path, off, ErrUnsupported)
	default:
		return nil, false, fmt.Errorf("%s: data object at %#x has unknown flags %#x", f.Path, off, flags)
	}
}

// maxField bounds a decompressed field (sd-journal's own limit on an entry
// field is far below).
const maxField = 64 << 20

func (f *File) unzstd(off uint64, p []byte) ([]byte, error) {
	if f.zstd == nil {
		d, err := zstd.NewReader(nil, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(maxField))
		if err != nil {
			return nil, err
		}
		f.zstd = d
	}
	out, err := f.zstd.DecodeAll(p, f.scratch[:0])
	if err != nil {
		return nil, fmt.Errorf("%s: data object at %#x: zstd: %w", f.Path, off, err)
	}
	f.scratch = out
	return out, nil
}

// AppendCursor appends e's cursor as sd_journal_get_cursor(3) writes it, so
// that a cursor from either reader resumes the other.
func (e *Entry) AppendCursor(dst []byte) []byte {
	dst = append(dst, "s="...)
	dst = appendID(dst, &e.file.seqnumID)
	dst = append(dst, ";i="...)
	dst = appendHex(dst, e.Seqnum)
	dst = append(dst, ";b="...)
	dst = appendID(dst, &e.BootID)
	dst = append(dst, ";m="...)
	dst = appendHex(dst, e.Monotonic)
	dst = append(dst, ";t="...)
	dst = appendHex(dst, e.Realtime)
	dst = append(dst, ";x="...)
	return appendHex(dst, e.XorHash)
}

const hexDigits = "0123456789abcdef"

func appendID(dst []byte, id *[16]byte) []byte {
	for _, b := range id {
		dst = append(dst, hexDigits[b>>4], hexDigits[b&15])
	}
	return dst
}

func appendHex(dst []byte, v uint64) []byte {
	if v == 0 {
		return append(dst, '0')
	}
	var buf [16]byte
	i := len(buf)
	for v > 0 {
		i--
		buf[i] = hexDigits[v&15]
		v >>= 4
	}
	return append(dst, buf[i:]...)
}
