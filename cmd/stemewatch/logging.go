package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync/atomic"

	"github.com/coreos/go-systemd/v22/journal"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/journald"

	"github.com/stemedb/stemewatch/internal/console"
)

// Log output formats of `run`.
const (
	logJournal = "journal" // native journald protocol: PRIORITY, fields
	logJSON    = "json"    // one JSON object a line
	logConsole = "console" // human text on a terminal
)

// logFormat picks where run's log goes: the journal's native protocol when
// standard error is the journal stream (a systemd unit), readable text on a
// terminal, JSON lines otherwise (a pipe, a file, a container runtime).
func logFormat(e *env) string {
	f, ok := e.stderr.(*os.File)
	if !ok {
		return logJSON
	}
	if f == os.Stderr {
		if is, err := journal.StderrIsJournalStream(); err == nil && is {
			return logJournal
		}
	}
	if console.IsTerminal(f) {
		return logConsole
	}
	return logJSON
}

// newRunLogger builds run's logger for format, dropping events below the
// level in level (SIGHUP may change it).
func newRunLogger(e *env, format string, level *atomic.Int32) zerolog.Logger {
	var w io.Writer = e.stderr
	switch format {
	case logJournal:
		w = journalWriter{send: journald.NewJournalDWriter(), fallback: e.stderr}
	case logConsole:
		w = zerolog.ConsoleWriter{Out: e.stderr, NoColor: e.getenv("NO_COLOR") != "", TimeFormat: "15:04:05"}
	}
	return zerolog.New(levelWriter{w: w, level: level}).Level(zerolog.TraceLevel).
		With().Timestamp().Logger()
}

// journalWriter hands zerolog events to zerolog's journald writer (PRIORITY
// from the level, every field as an upper-cased journal field) after making
// the message readable on its own: `journalctl -u stemewatch` shows MESSAGE
// only, so the event's fields are appended to it as key=value. An event the
// journal refuses goes to fallback (standard error) as JSON.
type journalWriter struct {
	send     io.Writer
	fallback io.Writer
}

func (w journalWriter) Write(p []byte) (int, error) {
	var ev map[string]any
	d := json.NewDecoder(bytes.NewReader(p))
	d.UseNumber()
	if err := d.Decode(&ev); err != nil {
		return w.fallback.Write(p)
	}
	ev[zerolog.MessageFieldName] = readableMessage(ev)
	ev["SYSLOG_IDENTIFIER"] = "stemewatch"
	b, err := json.Marshal(ev)
	if err == nil {
		_, err = w.send.Write(b)
	}
	if err != nil {
		return w.fallback.Write(p)
	}
	return len(p), nil
}

// readableMessage is the event's message followed by its fields (not level,
// time or component, which the journal has as PRIORITY, timestamp and
// COMPONENT): "nats disconnected; anomalies wait in the outbox: error=EOF
// outbox=3 url=nats://...".
func readableMessage(ev map[string]any) string {
	msg, _ := ev[zerolog.MessageFieldName].(string)
	var keys []string
	for k := range ev {
		switch k {
		case zerolog.MessageFieldName, zerolog.LevelFieldName, zerolog.TimestampFieldName, "component":
			continue
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return msg
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString(msg)
	b.WriteString(":")
	for _, k := range keys {
		v := ev[k]
		s, ok := v.(string)
		if !ok {
			j, _ := json.Marshal(v)
			s = string(j)
		}
		if strings.ContainsAny(s, " \t\"") {
			s = fmt.Sprintf("%q", s)
		}
		b.WriteString(" " + k + "=" + s)
	}
	return b.String()
}
