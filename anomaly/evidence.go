package anomaly

import "time"

// Evidence statuses: every kind asked for answered within the bound
// (complete), some did not (partial: Late names them), none did (late).
const (
	EvidenceComplete = "complete"
	EvidencePartial  = "partial"
	EvidenceLate     = "late"
)

// Evidence verdicts shared by every kind: "ok", or "unavailable" when the
// gathering itself failed (the summary says why).
const (
	VerdictOK          = "ok"
	VerdictUnavailable = "unavailable"
)

// Evidence is what the runbook would have the responder check next,
// gathered on the node when the anomaly was sent. Each item has a short
// machine Verdict and a one-line Summary for people. It is data only; the
// evidence package gathers it.
type Evidence struct {
	Status     string    `json:"status"`
	GatheredAt time.Time `json:"gathered_at"`
	// TookMS is how long the gathering took, in milliseconds.
	TookMS float64 `json:"took_ms"`
	// Late lists the kinds that had not answered within the bound.
	Late          []string               `json:"late,omitempty"`
	Clock         *ClockEvidence         `json:"clock,omitempty"`
	Peers         *PeersEvidence         `json:"peers,omitempty"`
	Filesystems   *FilesystemsEvidence   `json:"filesystems,omitempty"`
	AgentRequests *AgentRequestsEvidence `json:"agent_requests,omitempty"`
}

// ClockEvidence is the kernel's view of the clock (adjtimex, read-only).
// Verdict: ok, unsynchronised, error_over_1s or unavailable.
type ClockEvidence struct {
	Verdict string `json:"verdict"`
	Summary string `json:"summary"`
	// Synchronised is false when the kernel flags the clock unsynchronised
	// (STA_UNSYNC, or adjtimex state TIME_ERROR).
	Synchronised bool `json:"synchronised"`
	// State is adjtimex's return: TIME_OK, TIME_INS, TIME_DEL, TIME_OOP,
	// TIME_WAIT or TIME_ERROR.
	State     string  `json:"state,omitempty"`
	OffsetS   float64 `json:"offset_s"`
	EstErrorS float64 `json:"est_error_s"`
	MaxErrorS float64 `json:"max_error_s"`
	Error     string  `json:"error,omitempty"`
}

// PeersEvidence is one TCP connect to each host:port the incident's errors
// name. Verdict: ok, failing (some peer did not answer), none_named or
// unavailable.
type PeersEvidence struct {
	Verdict string      `json:"verdict"`
	Summary string      `json:"summary"`
	Probes  []PeerProbe `json:"probes,omitempty"`
}

// Results of a peer probe.
const (
	PeerOK         = "ok"
	PeerRefused    = "refused"
	PeerTimeout    = "timeout"
	PeerNoRoute    = "no_route"
	PeerDNSFailure = "dns_failure"
	PeerError      = "error"
)

// PeerProbe is one peer: Result is ok (ConnectMS set), refused, timeout,
// no_route, dns_failure or error; Mentions counts the errors naming it.
type PeerProbe struct {
	Peer      string  `json:"peer"`
	Result    string  `json:"result"`
	ConnectMS float64 `json:"connect_ms,omitempty"`
	Mentions  int     `json:"mentions"`
	Error     string  `json:"error,omitempty"`
}

// FilesystemsEvidence covers the configured data directories. Verdict is
// the worst of its directories: ok, low_space, low_inodes, read_only,
// missing or unavailable.
type FilesystemsEvidence struct {
	Verdict string            `json:"verdict"`
	Summary string            `json:"summary"`
	Dirs    []DataDirEvidence `json:"dirs,omitempty"`
}

// DataDirEvidence is one data directory's file system (statfs) and mount
// (/proc/self/mountinfo).
type DataDirEvidence struct {
	Dir        string  `json:"dir"`
	Verdict    string  `json:"verdict"`
	Device     string  `json:"device,omitempty"`
	FSType     string  `json:"fs_type,omitempty"`
	MountPoint string  `json:"mount_point,omitempty"`
	SizeBytes  uint64  `json:"size_bytes"`
	FreeBytes  uint64  `json:"free_bytes"`
	FreePct    float64 `json:"free_pct"`
	// InodesFreePct is absent when the file system has no inode limit.
	InodesFreePct *float64 `json:"inodes_free_pct,omitempty"`
	ReadOnly      bool     `json:"read_only"`
	Error         string   `json:"error,omitempty"`
}

// AgentRequestsEvidence is the agent's requests as stemedb-api counts them
// (stemedb_http_requests_total on its /metrics). Verdict: mostly_errors
// (error share at least one half), ok, agent_absent or unavailable.
type AgentRequestsEvidence struct {
	Verdict string `json:"verdict"`
	Summary string `json:"summary"`
	AgentID string `json:"agent_id"`
	// ByStatus is requests per HTTP status since stemedb-api started.
	ByStatus map[string]float64 `json:"by_status,omitempty"`
	Total    float64            `json:"total"`
	// Errors are the requests with a status of 400 or more.
	Errors     float64 `json:"errors"`
	ErrorShare float64 `json:"error_share"`
	Error      string  `json:"error,omitempty"`
}
