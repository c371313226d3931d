package classifier

// Verdict is the classifier's answer for one entry. Its byte slices alias the
// entry's message (or the classifier's scratch buffer) and are only valid
// until the next Classify call on the same Classifier: call Event to copy.
type Verdict struct {
	// Error is set when the entry's own level is error or worse.
	Error bool
	// Signature is set when the entry reports a failed signature verification.
	Signature bool
	// ErrorType is the runbook type, a discovered *Error name, or
	// Unclassified; "" when the entry is not an error.
	ErrorType string
	// Rule names what decided the type: a pattern rule's name, "explicit"
	// when the message named its type, or "" for Unclassified.
	Rule string
	// Level is the level found in the message or PRIORITY ("ERROR", "WARN",
	// "PANIC", ...), or "" when none was found.
	Level string
	// Extracted request fields; zero when absent.
	AgentID, Method, Path []byte
	HTTPStatus            int
	// Timeouts counts pattern rules that hit their match timeout on this
	// entry; they were skipped.
	Timeouts int
}

// Reportable reports whether the entry becomes an Event: errors and
// signature failures at any level.
func (v *Verdict) Reportable() bool { return v.Error || v.Signature }
