// Package anomaly turns classified events into anomalies for responders:
// error-rate spikes per error type, new error types, signature-failure
// bursts, one agent dominating the errors, data corruption and journal gaps.
//
// It is pure: events in, anomalies out, no I/O, no goroutines, no clock.
// Every window runs on entry time, so replaying a saved journal yields the
// same anomalies, with the same ids, as living through it.
package anomaly

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"strings"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// The anomaly kinds of SPEC.md.
const (
	KindErrorRate         = "error_rate"
	KindNewErrorType      = "new_error_type"
	KindSignatureFailures = "signature_failures"
	KindAgentErrors       = "agent_errors"
	KindDataCorruption    = "data_corruption"
	KindJournalGap        = "journal_gap"
)

// Kinds lists every kind.
var Kinds = [...]string{KindErrorRate, KindNewErrorType, KindSignatureFailures, KindAgentErrors, KindDataCorruption, KindJournalGap}

func validKind(k string) bool {
	for _, x := range Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Severities, lowest first.
const (
	SeverityInfo     = "info"
	SeverityWarning  = "warning"
	SeverityCritical = "critical"
)

// SeverityRank orders severities: info 0, warning 1, critical 2.
func SeverityRank(s string) int {
	switch s {
	case SeverityCritical:
		return 2
	case SeverityWarning:
		return 1
	}
	return 0
}

// Statuses of an incident's messages: the first message opens it, updates
// report it growing or coalesced repeats, the last resolves it.
const (
	StatusOpen     = "open"
	StatusUpdate   = "update"
	StatusResolved = "resolved"
)

// Scopes of a signature-failure burst.
const (
	ScopeWidespread   = "widespread"
	ScopeConcentrated = "concentrated"
)

// Window is the span of entry time an anomaly describes.
type Window struct {
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// AgentCount is one agent and its count in the window.
type AgentCount struct {
	AgentID string `json:"agent_id"`
	Count   int64  `json:"count"`
}

// Anomaly is one message to responders. Its JSON form is the payload of
// SPEC.md; the fields after PatternsVersion are additions that help a
// responder act.
type Anomaly struct {
	// ID is unique per message and deterministic: a hash of the node, kind,
	// key (error type, agent, gap reason), incident start and Seq. It is
	// the JetStream Nats-Msg-Id, so a replay is not delivered twice.
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Severity string `json:"severity"`
	Node     string `json:"node"`
	Unit     string `json:"unit,omitempty"`
	// ErrorType is the error type concerned (AuthenticationError for
	// signature failures); empty for agent_errors and journal_gap.
	ErrorType string `json:"error_type,omitempty"`
	// Scope is widespread or concentrated, for signature_failures.
	Scope string `json:"scope,omitempty"`
	// AgentID names the agent, for agent_errors.
	AgentID string `json:"agent_id,omitempty"`
	Window  Window `json:"window"`
	// Count is the number of events in Window (for a resolved incident:
	// over the whole incident; for journal_gap: entries lost, when known).
	Count int64 `json:"count"`
	// Threshold is the count that opened the incident.
	Threshold      int64        `json:"threshold"`
	DistinctAgents int          `json:"distinct_agents"`
	TopAgents      []AgentCount `json:"top_agents"`
	// Samples are recent matching messages, secrets redacted.
	Samples         []string `json:"samples"`
	Runbook         string   `json:"runbook"`
	PatternsVersion string   `json:"patterns_version"`

	// Incident is shared by every message of one incident (open, updates,
	// resolved); Seq numbers them from 0.
	Incident string `json:"incident"`
	Status   string `json:"status"`
	Seq      int    `json:"seq"`
	// Time is the entry time at which the anomaly was decided.
	Time time.Time `json:"time"`
	// Started is the entry time the incident opened.
	Started time.Time `json:"started"`
	// Baseline is the usual count per window (error_rate, signature_failures).
	Baseline float64 `json:"baseline,omitempty"`
	// Share is the agent's share of the node's errors (agent_errors).
	Share float64 `json:"share,omitempty"`
	// Total counts the events since the incident opened.
	Total int64 `json:"total"`
	// Reason is why entries were lost (journal_gap).
	Reason string `json:"reason,omitempty"`
	// Cursor is the journal cursor of the entry that decided the anomaly,
	// for `journalctl --cursor`.
	Cursor string `json:"cursor,omitempty"`
	// Summary is one line for people.
	Summary string `json:"summary"`
	// Evidence is what this node showed when the anomaly was sent (package
	// evidence fills it); ids, counts and every field above never depend on it.
	Evidence *Evidence `json:"evidence,omitempty"`
	// Coalesced is set on a storm guard's summary: how many messages of
	// the kind it stands for (they were not sent one by one).
	Coalesced int64 `json:"coalesced,omitempty"`
}

// Subject returns the NATS subject: stemedb.anomalies.<kind>.<node>.
func (a *Anomaly) Subject() string {
	return "stemedb.anomalies." + SubjectToken(a.Kind) + "." + SubjectToken(a.Node)
}

// SubjectToken makes s one NATS subject token: '.' becomes '_' (SPEC), and
// so do the wildcard and whitespace characters; empty becomes "_".
func SubjectToken(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '.', '*', '>', ' ', '\t', '\r', '\n', 0:
			return '_'
		}
		return r
	}, s)
}

// incidentID hashes what identifies an incident.
func incidentID(node, kind, key string, startUS int64) string {
	h := sha256.New()
	h.Write([]byte(node))
	h.Write([]byte{0})
	h.Write([]byte(kind))
	h.Write([]byte{0})
	h.Write([]byte(key))
	h.Write([]byte{0})
	h.Write(strconv.AppendInt(nil, startUS, 10))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// messageID is the id of message seq of an incident.
func messageID(incident string, seq int) string {
	return incident + "-" + strconv.Itoa(seq)
}

// runbookWord is the anchor word of an error type: StorageError → storage.
func runbookWord(t string) string {
	return strings.ToLower(strings.TrimSuffix(t, "Error"))
}

func (d *Detector) runbook(kind, errType string) string {
	if r, ok := d.cfg.Runbooks[kind]; ok {
		return strings.ReplaceAll(r, "{type}", runbookWord(errType))
	}
	switch kind {
	case KindErrorRate:
		if isRunbookType(errType) {
			return "high-error-rate.md#if-" + runbookWord(errType) + "-errors"
		}
		return "high-error-rate.md"
	case KindSignatureFailures:
		return "high-error-rate.md#if-authentication-errors"
	case KindAgentErrors:
		return "high-error-rate.md#if-one-agent-dominates"
	case KindNewErrorType:
		return "high-error-rate.md#unknown-error-types"
	case KindDataCorruption:
		return "data-corruption.md"
	case KindJournalGap:
		return "stemewatch.md#journal-gaps"
	}
	return ""
}

func isRunbookType(t string) bool {
	for _, r := range classifier.RunbookTypes {
		if r == t {
			return true
		}
	}
	return false
}
