package main

import (
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/anomaly"
)

// TestWatchEvidence: watch prints one line per evidence item under the
// anomaly, and says what came too late.
func TestWatchEvidence(t *testing.T) {
	s := startNATS(t)
	sig := fleetAnomaly(0, "api-node-1", anomaly.KindSignatureFailures, anomaly.ScopeWidespread, "")
	sig.Evidence = &anomaly.Evidence{Status: anomaly.EvidenceComplete, Clock: &anomaly.ClockEvidence{
		Verdict: "unsynchronised", Summary: "clock unsynchronised (kernel TIME_ERROR), maximum error 16s"}}
	netA := fleetAnomaly(1, "api-node-2", anomaly.KindErrorRate, "", "")
	netA.ErrorType = "NetworkError"
	netA.Evidence = &anomaly.Evidence{Status: anomaly.EvidenceComplete, Peers: &anomaly.PeersEvidence{
		Verdict: "failing", Summary: "node3:18182 refuses connections;\nnode2:18182 answers in 0.4 ms"}}
	st := fleetAnomaly(2, "api-node-2", anomaly.KindErrorRate, "", "")
	st.ErrorType = "StorageError"
	st.Evidence = &anomaly.Evidence{Status: anomaly.EvidencePartial, Late: []string{"peers"},
		Filesystems: &anomaly.FilesystemsEvidence{Verdict: "low_space", Summary: "/var/lib/stemedb: 1.2 GiB free of 100 GiB (1.2%)"}}
	ag := fleetAnomaly(3, "api-node-1", anomaly.KindAgentErrors, "", "agent-0666")
	ag.Evidence = &anomaly.Evidence{Status: anomaly.EvidenceComplete, AgentRequests: &anomaly.AgentRequestsEvidence{
		Verdict: anomaly.VerdictUnavailable, Summary: "metrics endpoint unreachable: connection refused"}}
	publishAll(t, s.ClientURL(), sig, netA, st, ag)

	out, errOut, done := runWatchAsync(t, "--nats-url", s.ClientURL(), "--durable", "ev", "--count", "4")
	waitExit(t, done, out, errOut)
	got := out.String()
	t.Logf("\n%s", got)
	for _, want := range []string{
		"    evidence clock          unsynchronised clock unsynchronised (kernel TIME_ERROR), maximum error 16s\n",
		"    evidence peers          failing        node3:18182 refuses connections; node2:18182 answers in 0.4 ms\n",
		"    evidence filesystems    low_space      /var/lib/stemedb: 1.2 GiB free of 100 GiB (1.2%)\n",
		"    evidence peers          late           not back within the bound; sent without it\n",
		"    evidence agent_requests unavailable    metrics endpoint unreachable: connection refused\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Each evidence line follows its own anomaly's line.
	lines := strings.Split(got, "\n")
	for i, l := range lines {
		if strings.Contains(l, "evidence clock") && !strings.Contains(lines[i-1], "signature_failures") {
			t.Errorf("clock evidence under %q", lines[i-1])
		}
	}
}
