package evidence

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"

	"github.com/stemedb/stemewatch/anomaly"
)

// requestsFamily is stemedb-api's request counter.
const requestsFamily = "stemedb_http_requests_total"

// maxMetricsBytes bounds the metrics page read.
const maxMetricsBytes = 16 << 20

// mostlyErrors is the error share from which the verdict is mostly_errors.
const mostlyErrors = 0.5

// agentRequests reads stemedb-api's /metrics (Prometheus text format,
// parsed by Prometheus' own parser) and sums the agent's requests by
// status. The counts run since stemedb-api started.
func (g *Gatherer) agentRequests(ctx context.Context, agent string) *anomaly.AgentRequestsEvidence {
	ar := &anomaly.AgentRequestsEvidence{AgentID: agent}
	fail := func(format string, args ...any) *anomaly.AgentRequestsEvidence {
		ar.Verdict, ar.Error = anomaly.VerdictUnavailable, fmt.Sprintf(format, args...)
		ar.Summary = ar.Error
		return ar
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.cfg.StemedbMetricsURL, nil)
	if err != nil {
		return fail("metrics endpoint unusable: %v", err)
	}
	req.Header.Set("Accept", "text/plain;version=0.0.4")
	t0 := time.Now()
	resp, err := g.client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fail("metrics endpoint unreachable: no answer within %s", round(time.Since(t0)))
		}
		return fail("metrics endpoint unreachable: %v", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fail("metrics endpoint answered %s", resp.Status)
	}
	parser := expfmt.NewTextParser(model.UTF8Validation)
	fams, err := parser.TextToMetricFamilies(io.LimitReader(resp.Body, maxMetricsBytes))
	if err != nil {
		return fail("metrics endpoint: cannot parse the page: %v", err)
	}
	fam := fams[requestsFamily]
	if fam == nil {
		return fail("metrics endpoint has no %s", requestsFamily)
	}
	agents := map[string]bool{}
	byStatus := map[string]float64{}
	for _, m := range fam.GetMetric() {
		a, status := labelOf(m, "agent", "agent_id"), labelOf(m, "status", "code")
		agents[a] = true
		if a != agent {
			continue
		}
		if status == "" {
			status = "unknown"
		}
		byStatus[status] += sampleValue(m)
	}
	if len(byStatus) == 0 {
		ar.Verdict = "agent_absent"
		ar.Summary = fmt.Sprintf("%s has no requests in stemedb-api's %s (%d agents listed)", agent, requestsFamily, len(agents))
		return ar
	}
	ar.ByStatus = byStatus
	for s, v := range byStatus {
		ar.Total += v
		if isErrorStatus(s) {
			ar.Errors += v
		}
	}
	if ar.Total > 0 {
		ar.ErrorShare = round2(ar.Errors/ar.Total*100) / 100
	}
	ar.Verdict = anomaly.VerdictOK
	if ar.Total > 0 && ar.Errors/ar.Total >= mostlyErrors {
		ar.Verdict = "mostly_errors"
	}
	ar.Summary = fmt.Sprintf("%s: %s requests since stemedb-api started, %.0f%% errors (%s)",
		agent, count(ar.Total), ar.Errors/max(ar.Total, 1)*100, statusList(byStatus))
	return ar
}

// labelOf is the first of names m carries.
func labelOf(m *dto.Metric, names ...string) string {
	for _, n := range names {
		for _, l := range m.GetLabel() {
			if l.GetName() == n {
				return l.GetValue()
			}
		}
	}
	return ""
}

func sampleValue(m *dto.Metric) float64 {
	switch {
	case m.Counter != nil:
		return m.GetCounter().GetValue()
	case m.Untyped != nil:
		return m.GetUntyped().GetValue()
	case m.Gauge != nil:
		return m.GetGauge().GetValue()
	}
	return 0
}

// isErrorStatus: 4xx and 5xx, also written as "4xx".
func isErrorStatus(s string) bool {
	if n, err := strconv.Atoi(s); err == nil {
		return n >= 400
	}
	return len(s) == 3 && (s[0] == '4' || s[0] == '5')
}

// statusList is "401: 700, 200: 432", largest first.
func statusList(m map[string]float64) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if m[keys[i]] != m[keys[j]] {
			return m[keys[i]] > m[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + count(m[k])
	}
	return strings.Join(parts, ", ")
}

// count writes a counter value without a needless fraction.
func count(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatFloat(v, 'f', 1, 64)
}
