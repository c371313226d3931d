package main

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/evidence"
	"github.com/stemedb/stemewatch/journalfmt"
	"github.com/stemedb/stemewatch/sidecar/journal"
)

// Validate checks ranges and formats; the error names where the bad value
// came from.
func (l *loaded) Validate() error {
	bad := func(key, format string, args ...any) error {
		return &ConfigError{Origin: l.origin(key), Key: key, Reason: fmt.Sprintf(format, args...)}
	}
	c := &l.Config
	if c.Listen == "" {
		return bad("listen", "must not be empty")
	}
	if _, port, err := net.SplitHostPort(c.Listen); err != nil {
		return bad("listen", "%q is not HOST:PORT: %v", c.Listen, err)
	} else if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		return bad("listen", "port %q out of range 0-65535", port)
	}
	if c.StateDir == "" {
		return bad("state_dir", "must not be empty")
	}
	if _, err := parseLogLevel(c.LogLevel); err != nil {
		return bad("log_level", "%v", err)
	}
	for _, p := range c.Patterns {
		if p == "" {
			return bad("patterns", "empty file name")
		}
	}
	if len(c.Source.Input) == 0 {
		if c.Source.Unit == "" && len(c.Source.Match) == 0 && c.Source.JournalDir == "" {
			return bad("source.unit", "empty: set a unit, a match or a journal directory (following the whole journal is not what stemewatch is for)")
		}
	}
	for _, m := range c.Source.Match {
		if err := journal.ValidateMatch(m); err != nil {
			return bad("source.match", "%v", err)
		}
	}
	switch c.Source.Backend {
	case journal.BackendAuto, journal.BackendSDJournal, journal.BackendJournalctl, journal.BackendFiles:
	default:
		return bad("source.backend", "%q: want auto, sdjournal, journalctl or files", c.Source.Backend)
	}
	if !validFrom(c.Source.From) {
		return bad("source.from", "%q: want tail, head or a positive duration such as 10m", c.Source.From)
	}
	if d := c.Source.ReaderSilenceTimeout; d != 0 && d < 2*time.Second {
		return bad("source.reader_silence_timeout", "%v: must be at least 2s (0: the default %v)", d, journal.DefaultSilenceTimeout)
	}
	if _, err := journalfmt.ParseFormat(c.Source.InputFormat); err != nil {
		return bad("source.input_format", "%v", err)
	}
	for _, in := range c.Source.Input {
		if in == "" {
			return bad("source.input", "empty file name")
		}
	}
	if n := c.Metrics.MaxErrorTypes; n < minErrorTypes || n > 10000 {
		return bad("metrics.max_error_types", "%d out of range %d-10000 (the five runbook types and Unclassified always have series)", n, minErrorTypes)
	}
	if n := c.Metrics.MaxAgents; n < 1 || n > 10000 {
		return bad("metrics.max_agents", "%d out of range 1-10000", n)
	}
	if u := c.NATS.URL; u != "" && !strings.Contains(u, "://") && !strings.Contains(u, ":") {
		return bad("nats.url", "%q is not a NATS URL (nats://host:4222)", u)
	}
	if err := c.NATS.Validate(); err != nil {
		return &ConfigError{Origin: l.sectionOrigin("nats"), Reason: err.Error()}
	}
	if err := c.Anomalies.Validate(); err != nil {
		origin := l.sectionOrigin("anomalies")
		var ae *anomaly.ConfigError
		if errors.As(err, &ae) && l.path != "" {
			key := append(toml.Key{"anomalies"}, strings.Split(ae.Field, ".")...)
			if line := keyLine(l.data, key); line > 0 {
				origin = fmt.Sprintf("%s:%d", l.path, line)
			}
		}
		return &ConfigError{Origin: origin, Reason: err.Error()}
	}
	if err := c.Evidence.Validate(); err != nil {
		origin := l.sectionOrigin("evidence")
		var ee *evidence.ConfigError
		if errors.As(err, &ee) {
			key := "evidence." + ee.Field
			origin = l.origin(key)
			if l.path != "" && strings.HasPrefix(origin, "file ") {
				if line := keyLine(l.data, toml.Key{"evidence", ee.Field}); line > 0 {
					origin = fmt.Sprintf("%s:%d", l.path, line)
				}
			}
		}
		return &ConfigError{Origin: origin, Reason: err.Error()}
	}
	return nil
}

func validFrom(s string) bool {
	switch s {
	case "tail", "head":
		return true
	}
	d, err := time.ParseDuration(s)
	return err == nil && d > 0
}

// parseLogLevel accepts zerolog's names; "" is info (zerolog would take it
// as "no level" and drop everything).
func parseLogLevel(s string) (zerolog.Level, error) {
	switch strings.ToLower(s) {
	case "":
		return zerolog.InfoLevel, nil
	case "trace", "debug", "info", "warn", "error":
		return zerolog.ParseLevel(strings.ToLower(s))
	}
	return zerolog.NoLevel, fmt.Errorf("%q: want trace, debug, info, warn or error", s)
}

// pathErrReason is err without the path the caller already names.
func pathErrReason(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
