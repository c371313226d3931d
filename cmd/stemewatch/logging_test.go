package main

import (
	"bytes"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/coreos/go-systemd/v22/journal"
	"github.com/rs/zerolog"
	"github.com/rs/zerolog/journald"
)

type sent struct {
	msg  string
	prio journal.Priority
	vars map[string]string
}

// The journal writer: PRIORITY from the level, fields as journal fields, a
// MESSAGE that reads on its own; levels below the configured one dropped;
// what the journal refuses goes to stderr as JSON.
func TestJournalLogger(t *testing.T) {
	var got []sent
	fail := false
	journald.SendFunc = func(msg string, p journal.Priority, vars map[string]string) error {
		if fail {
			return errors.New("no journal socket")
		}
		got = append(got, sent{msg, p, vars})
		return nil
	}
	defer func() { journald.SendFunc = nil }()
	var stderr bytes.Buffer
	e := &env{stderr: &stderr, getenv: func(string) string { return "" }}
	var level atomic.Int32
	level.Store(int32(zerolog.InfoLevel))
	log := newRunLogger(e, logJournal, &level).With().Str("component", "nats").Logger()

	log.Debug().Msg("not shown at info")
	log.Warn().Str("error", "connection refused").Int("outbox", 3).Msg("nats disconnected")
	log.Error().Msg("checkpoint failed")
	log.Info().Msg("running")
	if len(got) != 3 {
		t.Fatalf("sent %d entries, want 3: %+v", len(got), got)
	}
	w := got[0]
	if w.prio != journal.PriWarning || got[1].prio != journal.PriErr || got[2].prio != journal.PriInfo {
		t.Errorf("priorities %d %d %d, want 4 3 6", w.prio, got[1].prio, got[2].prio)
	}
	if w.msg != `nats disconnected: error="connection refused" outbox=3` {
		t.Errorf("MESSAGE %q", w.msg)
	}
	if w.vars["COMPONENT"] != "nats" || w.vars["OUTBOX"] != "3" || w.vars["ERROR"] != "connection refused" ||
		w.vars["SYSLOG_IDENTIFIER"] != "stemewatch" {
		t.Errorf("fields %v", w.vars)
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr while the journal takes entries: %q", stderr.String())
	}
	fail = true
	log.Warn().Msg("journal gone")
	if !strings.Contains(stderr.String(), `"message":"journal gone"`) {
		t.Errorf("refused entry not on stderr: %q", stderr.String())
	}
}

// Not the journal, not a terminal: JSON lines.
func TestLogFormatPipe(t *testing.T) {
	var b bytes.Buffer
	if f := logFormat(&env{stderr: &b}); f != logJSON {
		t.Errorf("buffer: %s", f)
	}
}
