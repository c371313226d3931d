package sinks

// MetricMeta is the metadata of one metric family: its Prometheus type and
// a help text saying what a series counts.
type MetricMeta struct {
	// Type is counter, gauge, histogram or summary. Empty keeps the type
	// the metrics library wrote.
	Type string
	// Help says what one series of the family measures, in its unit.
	Help string
}

// MetricHelp is the one table of metric metadata that /metrics applies to
// the exposition (WriteExposition). A family missing from it is exposed
// with an empty HELP line, which `promtool check metrics` reports and the
// metadata test names: add the family here when adding a metric.
//
// Type here wins over the library's: a gauge function that only grows (a
// restart count read from elsewhere) is a counter to Prometheus.
var MetricHelp = map[string]MetricMeta{
	// The contract's metrics (SPEC.md).
	MetricErrorsByType:      {"counter", "Errors of stemedb-api by runbook error type (the five runbook types and Unclassified from start; types past metrics.max_error_types count as other)."},
	MetricSignatureFailures: {"counter", "Request signature verification failures (AuthenticationError: signature) seen in the stemedb-api journal."},
	MetricErrorsByAgent:     {"counter", "Errors of stemedb-api by agent_id, for the heaviest agents (metrics.max_agents); the other agents count as other."},

	// The pipeline.
	"stemewatch_entries_read_total":          {"counter", "Journal entries read from the source (live journal or saved input)."},
	"stemewatch_entries_malformed_total":     {"counter", "Entries that could not be parsed (bad JSON or export framing); skipped and logged."},
	"stemewatch_entries_truncated_total":     {"counter", "Entries whose message exceeded the size limit and was cut before classifying."},
	"stemewatch_entries_unclassified_total":  {"counter", "Error entries no pattern rule recognised (counted as error_type Unclassified)."},
	"stemewatch_events_total":                {"counter", "Classified events handed to the sinks (errors and signature failures)."},
	"stemewatch_rule_timeouts_total":         {"counter", "Pattern rule evaluations stopped by the per-rule time limit."},
	"stemewatch_rule_evaluations_total":      {"counter", "Evaluations of each pattern rule since the rule set was loaded (resets on reload)."},
	"stemewatch_rule_matches_total":          {"counter", "Matches of each pattern rule since the rule set was loaded (resets on reload)."},
	"stemewatch_rule_timeouts_by_rule_total": {"counter", "Time-limit stops of each pattern rule since the rule set was loaded (resets on reload)."},
	"stemewatch_rule_seconds_total":          {"counter", "Seconds spent evaluating each pattern rule since the rule set was loaded (resets on reload)."},
	"stemewatch_patterns_info":               {"gauge", "Always 1; the version label is the hash of the pattern rules in use."},
	"stemewatch_reloads_total":               {"counter", "Successful reloads of the configuration and pattern rules (SIGHUP, systemctl reload)."},
	"stemewatch_reload_failures_total":       {"counter", "Reloads refused (bad configuration or rules); the running set stays in use."},
	"stemewatch_sink_failures_total":         {"counter", "Failed deliveries to a sink, by sink."},

	// The journal source.
	"stemewatch_journal_lag_seconds":            {"gauge", "Seconds between the newest journal entry and the last one processed (0 for saved input)."},
	"stemewatch_journal_lost_entries_total":     {"counter", "Entries known lost to the reader (rotation or vacuum before they were read)."},
	"stemewatch_journal_gaps_total":             {"counter", "Discontinuities in the journal read, by reason (cursor gone, rotation, reader restart)."},
	"stemewatch_journal_reader_restarts_total":  {"counter", "Journal reader restarts by reason: silent (no sign of life for source.reader_silence_timeout: killed), died (the child ended), error (it reported a failure); 0 for saved input."},
	"stemewatch_journal_reader_silence_seconds": {"gauge", "Seconds since the journal reader child last gave a sign of life (a frame, journalctl output, or a check that it owed nothing)."},
	"stemewatch_journal_caught_up":              {"gauge", "1 when the reader has reached the end of the journal and is following it, else 0."},
	"stemewatch_source_ready":                   {"gauge", "1 when the source is healthy (what /readyz reports), else 0."},
	"stemewatch_source_finished":                {"gauge", "1 when a saved input has been read to its end, else 0."},

	// The checkpoint.
	"stemewatch_checkpoint_age_seconds":         {"gauge", "Seconds since the journal position was last saved to the state directory."},
	"stemewatch_checkpoint_failures_total":      {"counter", "Failed writes of the checkpoint (state directory full, read-only or missing)."},
	"stemewatch_checkpoint_load_failures_total": {"counter", "Checkpoints found unreadable at start (set aside; reading started from source.from)."},
	"stemewatch_checkpoint_held":                {"gauge", "1 while a batch's effects are unrecorded: reading paused and the checkpoint held back (see /readyz), else 0."},
	"stemewatch_batch_retries_total":            {"counter", "Retries of a batch whose effects a sink could not record (reading paused meanwhile)."},

	// Anomalies and NATS.
	MetricAnomalies:                        {"counter", "Anomalies raised, by kind (error_rate, new_error_type, signature_failures, agent_errors, data_corruption)."},
	MetricNATSPublished:                    {"counter", "Anomaly messages acknowledged by NATS JetStream."},
	MetricNATSPublishFailed:                {"counter", "Anomaly publishes NATS refused or did not acknowledge in time (kept in the outbox and retried)."},
	MetricNATSBuffered:                     {"gauge", "Anomaly messages waiting in the outbox for NATS to acknowledge them."},
	"stemewatch_outbox_bytes":              {"gauge", "Bytes of anomalies waiting in the NATS outbox, bounded by nats.outbox_max_bytes."},
	"stemewatch_anomalies_coalesced_total": {"counter", "Anomaly messages the storm guard held back, by kind (summarised in one message per kind and window)."},
	"stemewatch_evidence_gathered_total":   {"counter", "Evidence items attached to anomalies, by kind (clock, peers, filesystems, agent_requests) and verdict."},
	"stemewatch_evidence_late_total":       {"counter", "Evidence kinds not back within [evidence] timeout, by kind; the anomaly was sent without them."},
	MetricOutboxDropped:                    {"counter", "Anomalies dropped from a full outbox, by kind (the least important and oldest first)."},
	MetricNATSEventsPublished:              {"counter", "Classified error events published to NATS (the optional per-event stream)."},

	// The process.
	"stemewatch_build_info":         {"gauge", "Always 1; the labels say which stemewatch build runs (version, Go version)."},
	"stemewatch_start_time_seconds": {"gauge", "Start time of the stemewatch process, in seconds since the Unix epoch."},
}
