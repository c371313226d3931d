package main

import (
	"fmt"
	"os"

	"github.com/rs/zerolog"
)

// has reports whether the flag name was given on the command line.
func (l flagLayer) has(name string) bool {
	for _, f := range l {
		if f.name == name {
			return true
		}
	}
	return false
}

// replayIsolation keeps a replay (--input) away from a live sidecar on the
// same node: unless --listen is given on the command line it serves no HTTP
// (the configured or default address is the live sidecar's), and unless
// --state-dir is given it keeps its state (checkpoint, known error types,
// NATS outbox) in a temporary directory removed by cleanup. A replay that
// serves nothing stops at the end of its input, as with --once: there is
// nothing left to wait for. It says what it chose in one log line.
//
// It returns whether to serve HTTP; l.StateDir and o.once may be changed.
func replayIsolation(o *runOptions, l *loaded, log zerolog.Logger) (serve bool, cleanup func(), err error) {
	cleanup = func() {}
	if len(l.Source.Input) == 0 {
		return true, cleanup, nil
	}
	serve = o.layer.has("listen")
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
	if o.layer.has("state-dir") {
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
