package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/rs/zerolog"
)

// givenForReplay reports whether the setting key was chosen for this run:
// by a flag or the environment, or by a configuration file that itself
// names the inputs (a replay's own file). A setting that comes from the
// live sidecar's file, or the default, is not.
func givenForReplay(l *loaded, key string) bool {
	o := l.origin(key)
	switch {
	case strings.HasPrefix(o, "flag ") || strings.HasPrefix(o, "env "):
		return true
	case strings.HasPrefix(o, "file"):
		return strings.HasPrefix(l.origin("source.input"), "file")
	}
	return false
}

// replayIsolation keeps a replay (--input) away from a live sidecar on the
// same node: unless --listen is given it serves no HTTP (the default or
// live configuration's address is the live sidecar's), and unless
// --state-dir is given it keeps its state (checkpoint, known error types,
// NATS outbox) in a temporary directory removed by cleanup. "Given" is a
// flag, the environment (STEMEWATCH_LISTEN, STEMEWATCH_STATE_DIR), or a
// configuration file that names the inputs itself (see givenForReplay). A replay that
// serves nothing stops at the end of its input, as with --once: there is
// nothing left to wait for. It says what it chose in one log line.
//
// It returns whether to serve HTTP; l.StateDir and o.once may be changed.
func replayIsolation(o *runOptions, l *loaded, log zerolog.Logger) (serve bool, cleanup func(), err error) {
	cleanup = func() {}
	if len(l.Source.Input) == 0 {
		return true, cleanup, nil
	}
	serve = givenForReplay(l, "listen")
	if !serve && o.addrFile != "" {
		return false, cleanup, usagef("--addr-file needs --listen when replaying (--input): a replay serves no HTTP unless told where")
	}
	ev := log.Info().Strs("input", l.Source.Input)
	if serve {
		ev = ev.Str("listen", l.Listen)
	} else {
		ev = ev.Str("listen", "none (give --listen ADDR to serve /metrics)")
		o.once = true
	}
	if givenForReplay(l, "state_dir") {
		ev = ev.Str("state_dir", l.StateDir)
	} else {
		dir, err := os.MkdirTemp("", "stemewatch-replay-")
		if err != nil {
			return false, cleanup, fmt.Errorf("temporary state directory: %w", err)
		}
		l.StateDir = dir
		cleanup = func() { os.RemoveAll(dir) }
		ev = ev.Str("state_dir", dir+" (temporary, removed on exit; give --state-dir DIR to keep it)")
	}
	ev.Bool("stops_at_end", o.once).Msg("replay: the live sidecar's address and state are left alone")
	return serve, cleanup, nil
}
