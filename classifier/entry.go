// Package classifier turns one journal entry into a verdict: is it an error,
// which runbook error type, is it a signature failure, and which agent, method,
// path and HTTP status it names. It is pure: no I/O, no goroutines, no globals.
package classifier

import "time"

// Entry is one journal entry as read by a source. Byte slices may alias the
// source's buffers and are only valid until the source's next read: copy what
// must outlive the call (NewEvent does).
type Entry struct {
	// Message is the MESSAGE field, raw bytes (ANSI codes, invalid UTF-8 and
	// newlines intact).
	Message []byte
	// Priority is journald's PRIORITY (0-7), or -1 when the entry has none.
	Priority int
	// Cursor is the entry's __CURSOR; for plain text input "line:N".
	Cursor []byte
	// RealtimeUS is __REALTIME_TIMESTAMP in microseconds since the epoch, or
	// 0 when unknown (plain text).
	RealtimeUS int64
	// Unit is _SYSTEMD_UNIT, Host is _HOSTNAME, Identifier is SYSLOG_IDENTIFIER.
	Unit, Host, Identifier []byte
	// Truncated is set when the message was not available in full: journalctl
	// printed MESSAGE as null (over 4096 bytes without --all), or a source cut
	// it at its size cap. A truncated entry with no Message cannot be
	// classified and is counted, never guessed.
	Truncated bool
}

// Time returns the entry time, or the zero Time when unknown.
func (e *Entry) Time() time.Time {
	if e.RealtimeUS == 0 {
		return time.Time{}
	}
	return time.UnixMicro(e.RealtimeUS).UTC()
}

// Unclassified is the error type of an error no rule recognises.
const Unclassified = "Unclassified"

// The five runbook error types.
const (
	StorageError        = "StorageError"
	TimeoutError        = "TimeoutError"
	SerializationError  = "SerializationError"
	NetworkError        = "NetworkError"
	AuthenticationError = "AuthenticationError"
)

// RunbookTypes are the five error types of the stemedb runbooks, in the
// runbook's order. They are known from the start, like Unclassified.
var RunbookTypes = [...]string{StorageError, TimeoutError, SerializationError, NetworkError, AuthenticationError}

// Event is what the classifier reports about an error or signature-failure
// entry, with every field copied out of the source's buffers. Its JSON form
// is the ndjson event of SPEC.md.
type Event struct {
	Cursor string    `json:"cursor"`
	Time   time.Time `json:"time,omitzero"`
	Node   string    `json:"node,omitempty"`
	Unit   string    `json:"unit,omitempty"`
	// ErrorType is nil (JSON null) for a signature failure that is not an error.
	ErrorType *string `json:"error_type"`
	Rule      string  `json:"rule,omitempty"`
	// Confidence is the fallback scorer's confidence when Rule is "fallback".
	Confidence       float64 `json:"confidence,omitempty"`
	SignatureFailure bool    `json:"signature_failure"`
	AgentID          string  `json:"agent_id,omitempty"`
	HTTPStatus       int     `json:"http_status,omitempty"`
	Method           string  `json:"method,omitempty"`
	Path             string  `json:"path,omitempty"`
	Message          string  `json:"message"`
	// Priority is journald's PRIORITY, -1 when unknown. Not part of the ndjson
	// contract; used by tail's --min-priority.
	Priority int `json:"-"`
	// Level is the level found in the message ("ERROR", "WARN", ...) or "".
	Level string `json:"-"`
}

// Type returns the error type, or "" for a signature failure that is not an error.
func (e *Event) Type() string {
	if e.ErrorType == nil {
		return ""
	}
	return *e.ErrorType
}
