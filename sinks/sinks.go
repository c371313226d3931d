// Package sinks delivers what stemewatch finds to the outside: counters for
// Prometheus (metrics.go), anomalies to NATS with JetStream dedupe and a
// durable outbox in the state directory (nats.go, outbox.go), or to standard
// output as JSON lines when no NATS URL is set (stdout.go). One file per
// dependency; the sidecar owns the goroutines that feed them.
package sinks

import (
	"github.com/VictoriaMetrics/metrics"
)

// Metric names of the anomaly sinks (stemewatch's own health).
const (
	MetricNATSPublished       = "stemewatch_nats_published_total"
	MetricNATSPublishFailed   = "stemewatch_nats_publish_failures_total"
	MetricNATSBuffered        = "stemewatch_nats_buffered"
	MetricAnomalies           = "stemewatch_anomalies_total"
	MetricOutboxDropped       = "stemewatch_outbox_dropped_total"
	MetricOutboxBytes         = "stemewatch_outbox_bytes"
	MetricNATSEventsPublished = "stemewatch_nats_events_published_total"
)

// anomalyCounter counts one anomaly of kind handed to a sink.
func anomalyCounter(set *metrics.Set, kind string) *metrics.Counter {
	return set.GetOrCreateCounter(MetricAnomalies + `{kind="` + labelValue(kind) + `"}`)
}

// labelValue escapes a Prometheus label value (see LIBRARIES.md §3).
func labelValue(s string) string {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '\\':
			out = append(out, '\\', '\\')
		case '"':
			out = append(out, '\\', '"')
		case '\n':
			out = append(out, '\\', 'n')
		default:
			out = append(out, c)
		}
	}
	return string(out)
}
