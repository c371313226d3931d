// Package checkpoint stores the journal cursor of the last entry whose
// effects are safely recorded, atomically, in the state directory, together
// with the pipeline's state just after that entry (the anomaly detectors'
// windows and open incidents, the known error types): one Record, so a
// restart continues exactly where the checkpoint says.
//
// The file (version 2) is a header line, "stemewatch-checkpoint 2 <crc32c
// hex> <cursor>\n", then the rest of the Record as one JSON line; the
// checksum covers the cursor, a newline and the JSON. Version 1 files (one
// line, "stemewatch-cursor 1 <crc32c hex> <cursor>\n") are still read, as a
// cursor without state. A torn or edited file is recognised as corrupt
// instead of resuming from a wrong place. A corrupt or unreadable file is reported (*CorruptError) and
// set aside by Load, never fatal: the caller starts as if there were none
// and says so on /readyz.
package checkpoint

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/stemedb/stemewatch/internal/atomicfile"
)

// DefaultName is the checkpoint file's name inside Store.Dir.
const DefaultName = "journal.cursor"

const magic = "stemewatch-cursor 1 "

const magic2 = "stemewatch-checkpoint 2 "

// Record is one checkpoint: the cursor of the last entry whose effects are
// recorded, and the state the pipeline had just after it.
type Record struct {
	Cursor string `json:"-"`
	// StateKey says what State is valid for (anomaly.StateKey: the anomaly
	// configuration, node, unit and pattern set's version); a State saved
	// under another key is not restored.
	StateKey string `json:"state_key,omitempty"`
	// Known are the error types already announced on this node.
	Known []string `json:"known_types,omitempty"`
	// State is the anomaly detectors' snapshot (anomaly.Detector.Snapshot).
	State json.RawMessage `json:"detector,omitempty"`
}

// MaxCursorLen bounds a cursor: journald's are about 130 bytes.
const MaxCursorLen = 4096

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// Store is the checkpoint file Dir/Name (Name defaults to DefaultName).
type Store struct {
	Dir  string
	Name string
	// now is replaced in tests.
	now func() time.Time
}

// CorruptError reports a checkpoint that could not be read or did not
// parse. SetAside is where Load moved it ("" if the rename failed too).
type CorruptError struct {
	Path     string
	SetAside string
	Err      error
}

func (e *CorruptError) Error() string {
	s := fmt.Sprintf("checkpoint %s unusable: %v", e.Path, e.Err)
	if e.SetAside != "" {
		s += "; set aside as " + e.SetAside
	}
	return s
}

func (e *CorruptError) Unwrap() error { return e.Err }

// Path returns the checkpoint file's path.
func (s *Store) Path() string {
	name := s.Name
	if name == "" {
		name = DefaultName
	}
	return filepath.Join(s.Dir, name)
}

func (s *Store) clock() time.Time {
	if s.now != nil {
		return s.now()
	}
	return time.Now()
}

// Load returns the saved cursor, "" and nil when there is none. When the
// file is unreadable or corrupt it is renamed to <name>.corrupt-<time> and a
// *CorruptError is returned with cursor "": report it and carry on.
func (s *Store) Load() (string, error) {
	r, err := s.LoadRecord()
	return r.Cursor, err
}

// LoadRecord returns the saved record, empty and nil when there is none.
// Corrupt or unreadable files are set aside as Load does.
func (s *Store) LoadRecord() (Record, error) {
	p := s.Path()
	b, err := os.ReadFile(p)
	if errors.Is(err, os.ErrNotExist) {
		return Record{}, nil
	}
	if err == nil {
		var r Record
		r, err = DecodeRecord(b)
		if err == nil {
			return r, nil
		}
	}
	ce := &CorruptError{Path: p, Err: err}
	aside := fmt.Sprintf("%s.corrupt-%s", p, s.clock().UTC().Format("20060102T150405.000000000Z"))
	if rerr := os.Rename(p, aside); rerr == nil {
		ce.SetAside = aside
		atomicfile.SyncDir(s.Dir)
	} else {
		ce.Err = fmt.Errorf("%w (set aside failed: %v)", err, rerr)
	}
	return Record{}, ce
}

// EncodeRecord returns the file content for r (version 2).
func EncodeRecord(r Record) ([]byte, error) {
	if err := validCursor(r.Cursor); err != nil {
		return nil, err
	}
	body, err := encodeBody(r)
	if err != nil {
		return nil, err
	}
	h := crc32.New(castagnoli)
	h.Write([]byte(r.Cursor))
	h.Write([]byte{'\n'})
	h.Write(body)
	out := fmt.Appendf(nil, "%s%08x %s\n", magic2, h.Sum32(), r.Cursor)
	out = append(out, body...)
	return append(out, '\n'), nil
}

// encodeBody is json.Marshal(&r) with the detector state spliced in as it
// is: encoding/json would compact and check the whole snapshot (a json.Marshal
// output already) on every save, which was a sixth of the sidecar's CPU at
// 10,000 entries/s (once a second, 116 kB and more).
func encodeBody(r Record) ([]byte, error) {
	state := r.State
	r.State = nil
	body, err := json.Marshal(&r)
	if err != nil || len(state) == 0 {
		return body, err
	}
	body = body[:len(body)-1] // the closing brace
	if len(body) > 1 {
		body = append(body, ',')
	}
	body = append(body, `"detector":`...)
	body = append(body, state...)
	return append(body, '}'), nil
}

// DecodeRecord parses file content written by EncodeRecord, or by Encode
// (version 1: a cursor without state).
func DecodeRecord(b []byte) (Record, error) {
	if !bytes.HasPrefix(b, []byte(magic2)) {
		cur, err := Decode(b)
		return Record{Cursor: cur}, err
	}
	head, rest, ok := bytes.Cut(b[len(magic2):], []byte("\n"))
	if !ok {
		return Record{}, errors.New("truncated: no newline after the header")
	}
	body, ok := bytes.CutSuffix(rest, []byte("\n"))
	if !ok {
		return Record{}, errors.New("truncated: no final newline")
	}
	sumHex, cur, ok := bytes.Cut(head, []byte(" "))
	if !ok || len(sumHex) != 8 {
		return Record{}, errors.New("malformed checksum")
	}
	want, err := strconv.ParseUint(string(sumHex), 16, 32)
	if err != nil {
		return Record{}, errors.New("malformed checksum")
	}
	h := crc32.New(castagnoli)
	h.Write(cur)
	h.Write([]byte{'\n'})
	h.Write(body)
	if got := h.Sum32(); uint32(want) != got {
		return Record{}, fmt.Errorf("checksum mismatch (%08x, want %08x)", got, want)
	}
	if err := validCursor(string(cur)); err != nil {
		return Record{}, err
	}
	var r Record
	if err := json.Unmarshal(body, &r); err != nil {
		return Record{}, fmt.Errorf("record: %w", err)
	}
	r.Cursor = string(cur)
	return r, nil
}

// Encode returns the file content for cursor.
func Encode(cursor string) ([]byte, error) {
	if err := validCursor(cursor); err != nil {
		return nil, err
	}
	sum := crc32.Checksum([]byte(cursor), castagnoli)
	return fmt.Appendf(nil, "%s%08x %s\n", magic, sum, cursor), nil
}

// Decode parses file content written by Encode.
func Decode(b []byte) (string, error) {
	line, ok := bytes.CutSuffix(b, []byte("\n"))
	if !ok {
		return "", errors.New("truncated: no final newline")
	}
	rest, ok := bytes.CutPrefix(line, []byte(magic))
	if !ok {
		return "", fmt.Errorf("not a stemewatch checkpoint (starts %q)", trunc(line, 24))
	}
	sumHex, cur, ok := bytes.Cut(rest, []byte(" "))
	if !ok || len(sumHex) != 8 {
		return "", errors.New("malformed checksum")
	}
	want, err := strconv.ParseUint(string(sumHex), 16, 32)
	if err != nil {
		return "", errors.New("malformed checksum")
	}
	if got := crc32.Checksum(cur, castagnoli); uint32(want) != got {
		return "", fmt.Errorf("checksum mismatch (%08x, want %08x)", got, want)
	}
	if err := validCursor(string(cur)); err != nil {
		return "", err
	}
	return string(cur), nil
}

func trunc(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}

func validCursor(c string) error {
	switch {
	case c == "":
		return errors.New("empty cursor")
	case len(c) > MaxCursorLen:
		return fmt.Errorf("cursor of %d bytes (max %d)", len(c), MaxCursorLen)
	case strings.ContainsAny(c, "\n\x00"):
		return errors.New("cursor contains a newline or NUL")
	}
	return nil
}

// Save writes a record of cursor alone (no state); see SaveRecord.
func (s *Store) Save(cursor string) error {
	return s.SaveRecord(Record{Cursor: cursor})
}

// SaveRecord writes r atomically: a temp file in Dir, fsync, rename over the
// checkpoint, fsync of Dir. After a crash the file holds either the old or
// the new record, whole.
func (s *Store) SaveRecord(r Record) error {
	b, err := EncodeRecord(r)
	if err != nil {
		return fmt.Errorf("save checkpoint: %w", err)
	}
	p := s.Path()
	if err := atomicfile.Write(p, b, 0o600); err != nil {
		return fmt.Errorf("save checkpoint %s: %w", p, err)
	}
	return nil
}

// Throttle saves a cursor at most once per Interval (default 1 s), and
// the latest one on Flush (shutdown). Offer is cheap when nothing is due.
// Safe for concurrent use.
type Throttle struct {
	Store    *Store
	Interval time.Duration
	// State, when set, is asked at each save for the state that goes with
	// the cursor (its Cursor field is ignored). The caller guarantees that
	// at every Offer and Flush the state is the one just after the newest
	// offered cursor (the sidecar saves only between batches, and never
	// while a batch's effects are unrecorded).
	State func() (Record, error)

	mu        sync.Mutex
	pending   string // offered, not yet saved
	saved     string
	savedAt   time.Time
	lastSave  time.Time // last attempt
	lastError error
}

// Offer records cursor as the newest checkpoint and saves it if the last
// save is at least Interval old. It returns the save's error, if one was
// attempted and failed (the cursor stays pending and is retried).
func (t *Throttle) Offer(cursor string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if cursor == "" || cursor == t.saved {
		return nil
	}
	t.pending = cursor
	iv := t.Interval
	if iv <= 0 {
		iv = time.Second
	}
	if t.Store.clock().Sub(t.lastSave) < iv {
		return nil
	}
	return t.saveLocked()
}

// Flush saves the pending cursor, if any, now.
func (t *Throttle) Flush() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.pending == "" {
		return t.lastError
	}
	return t.saveLocked()
}

func (t *Throttle) saveLocked() error {
	t.lastSave = t.Store.clock()
	r := Record{}
	if t.State != nil {
		var err error
		if r, err = t.State(); err != nil {
			t.lastError = fmt.Errorf("checkpoint state: %w", err)
			return t.lastError
		}
	}
	r.Cursor = t.pending
	if err := t.Store.SaveRecord(r); err != nil {
		t.lastError = err
		return err
	}
	t.saved, t.pending, t.lastError, t.savedAt = t.pending, "", nil, t.lastSave
	return nil
}

// Saved returns the last cursor saved and when (zero time if never).
func (t *Throttle) Saved() (string, time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.saved == "" {
		return "", time.Time{}
	}
	return t.saved, t.savedAt
}
