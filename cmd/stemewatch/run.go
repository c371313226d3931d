package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"reflect"
	"runtime"
	"sort"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/evidence"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/sidecar"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sidecar/journal"
	"github.com/stemedb/stemewatch/sidecar/replay"
	"github.com/stemedb/stemewatch/sinks"
)

func init() {
	register("run", "the sidecar: follow the journal, export metrics, publish anomalies", runRun)
}

const runAbout = `Follows the stemedb-api journal (or replays saved journals with --input),
classifies every error into the runbook taxonomy, serves Prometheus metrics on
--listen and publishes anomalies to NATS (printed as JSON lines without
--nats-url).

Settings come from the TOML file (--config), STEMEWATCH_* variables and flags;
flags win over the environment, which wins over the file. SIGHUP re-reads the
file and the pattern rules; a bad reload keeps the running set and counts
stemewatch_reload_failures_total. SIGTERM or SIGINT stops cleanly, writing the
checkpoint, within 5 seconds.

With --input, run reads the files to the end and keeps serving /metrics until
stopped; with --once it flushes every sink, writes the checkpoint and exits.
A replay leaves a live sidecar on the node alone: it serves HTTP only when
--listen is given (and otherwise stops at the end of the input), and keeps
its state in a temporary directory unless --state-dir is given.

Examples:
  stemewatch run --config /etc/stemewatch/stemewatch.toml
  stemewatch run --check-config --config deploy/stemewatch.toml
  stemewatch run --input testdata/sample.json.gz --listen 127.0.0.1:18189 --state-dir /tmp/sw
  journalctl -u stemedb-api -o json | stemewatch run --input - --once --state-dir /tmp/sw
`

// runOptions are the flags that are not settings.
type runOptions struct {
	configPath  string
	explicit    bool
	checkConfig bool
	once        bool
	addrFile    string
	layer       flagLayer
}

func parseRunFlags(e *env, args []string) (*runOptions, error) {
	o := &runOptions{}
	fs := newFlagSet(e, "run", "run [--config FILE] [source flags] [--listen ADDR] [--nats-url URL] [--state-dir DIR]", runAbout)
	fs.StringVar(&o.configPath, "config", "", "configuration `FILE` (default "+DefaultConfigPath+"; env STEMEWATCH_CONFIG)")
	fs.BoolVar(&o.checkConfig, "check-config", false, "validate the configuration and pattern rules and that the state directory is writable, then exit")
	fs.BoolVar(&o.once, "once", false, "stop at the end of the input: flush every sink, write the checkpoint, exit 0 (1 if either failed)")
	fs.StringVar(&o.addrFile, "addr-file", "", "write the address /metrics listens on to `FILE` (for --listen with port 0)")
	defineSettingFlags(fs, &o.layer)
	if err := parseFlags(fs, args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, usagef("unexpected argument %q", fs.Arg(0))
	}
	switch {
	case o.configPath != "":
		o.explicit = true
	case e.getenv("STEMEWATCH_CONFIG") != "":
		o.configPath, o.explicit = e.getenv("STEMEWATCH_CONFIG"), true
	default:
		o.configPath = DefaultConfigPath
	}
	return o, nil
}

// loadAll loads the configuration and the pattern rules it names.
func (o *runOptions) loadAll(e *env) (*loaded, *patterns.Set, error) {
	l, err := loadConfig(o.configPath, o.explicit, e.getenv, o.layer)
	if err != nil {
		return nil, nil, err
	}
	set, err := patterns.Load(patterns.Options{}, l.Patterns...)
	if err != nil {
		return l, nil, err
	}
	return l, set, nil
}

func runRun(ctx context.Context, e *env, args []string) error {
	o, err := parseRunFlags(e, args)
	if err != nil {
		return err
	}
	l, pset, err := o.loadAll(e)
	if err != nil {
		return usagef("%v", err)
	}
	if o.checkConfig {
		file := l.path
		if file == "" {
			file = "none (defaults)"
		}
		if err := checkStateDir(l.StateDir); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "configuration OK: file %s; patterns version %s, %d rules; state directory %s writable\n",
			file, pset.Version(), len(pset.All()), l.StateDir)
		return nil
	}

	// SIGHUP reloads; main only cancels ctx on SIGINT/SIGTERM. Catch it
	// before anything else, so an early HUP waits instead of killing us.
	hup := make(chan os.Signal, 1)
	signal.Notify(hup, syscall.SIGHUP)
	defer signal.Stop(hup)

	lvl, _ := parseLogLevel(l.LogLevel)
	var level atomic.Int32
	level.Store(int32(lvl))
	logFmt := logFormat(e)
	base := newRunLogger(e, logFmt, &level)
	log := base.With().Str("component", "run").Logger()

	serve, cleanupReplay, err := replayIsolation(o, l, log)
	if err != nil {
		return err
	}
	defer cleanupReplay()

	if err := os.MkdirAll(l.StateDir, 0o750); err != nil {
		// Not fatal: checkpoints will fail, /readyz and metrics say so.
		log.Error().Err(err).Str("state_dir", l.StateDir).Msg("cannot create the state directory")
	}

	ms := metrics.NewSet()
	metricsSink := sinks.NewMetrics(ms, sinks.MetricsOptions{
		MaxErrorTypes: l.Metrics.MaxErrorTypes, MaxAgents: l.Metrics.MaxAgents})

	var (
		src   feed.Source
		lag   func(time.Time) time.Duration
		ckpt  *checkpoint.Throttle
		saved checkpoint.Record // the live checkpoint: cursor and detector state
	)
	if len(l.Source.Input) > 0 {
		// A replay keeps its own checkpoint file, so replaying on a node
		// never moves the live journal's position. It does not resume.
		ckpt = &checkpoint.Throttle{Store: &checkpoint.Store{Dir: l.StateDir, Name: "input.cursor"}}
		src = &replay.Source{Inputs: l.Source.Input, Format: l.Source.InputFormat, Stdin: e.stdin}
		// No reader to restart, but the family is exported (at 0) so the
		// dashboard's and alerts' queries find it on a replay too.
		for _, r := range []string{journal.RestartSilent, journal.RestartDied, journal.RestartError} {
			ms.GetOrCreateCounter(journal.MetricReaderRestarts + `{reason="` + r + `"}`)
		}
	} else {
		store := &checkpoint.Store{Dir: l.StateDir}
		saved, err = store.LoadRecord()
		cursor := saved.Cursor
		corrupt := ms.NewCounter("stemewatch_checkpoint_load_failures_total")
		if err != nil {
			// Set aside by Load; counted and logged, and we start as if
			// there were none (from --from).
			corrupt.Inc()
			log.Warn().Err(err).Msg("starting without a checkpoint")
		}
		js, err := journal.New(journal.Config{
			Backend: l.Source.Backend,
			Unit:    l.Source.Unit,
			Matches: l.Source.Match,
			Dir:     l.Source.JournalDir,
			Cursor:  cursor,
			From:    l.Source.From,
			Follow:  !o.once,
			Logger:  base.With().Str("component", "journal").Logger(),
			// The watchdog's restarts by reason and the reader's silence.
			SilenceTimeout: l.Source.ReaderSilenceTimeout,
			Metrics:        ms,
		})
		if err != nil {
			return fmt.Errorf("journal: %w", err)
		}
		if !o.once {
			journal.FollowOneCore()
		}
		backend, process, why := js.Backend()
		log.Info().Str("backend", backend).Str("process", process).Str("why", why).Int("gomaxprocs", runtime.GOMAXPROCS(0)).
			Bool("resumed", cursor != "").Msg("journal source")
		src = js
		lag = func(now time.Time) time.Duration { return js.Stats().Lag(now) }
		ms.NewGauge("stemewatch_journal_caught_up", func() float64 {
			if js.Stats().CaughtUp {
				return 1
			}
			return 0
		})
		ckpt = &checkpoint.Throttle{Store: store}
	}

	var sc *sidecar.Sidecar
	anomalies, err := anomalySinks(l, e, ms, base, func() string { return sc.PatternsVersion() })
	if err != nil {
		return err
	}
	if len(l.Source.Input) == 0 {
		// The live checkpoint carries the detectors' state: a restart
		// continues the same incidents under the same ids.
		anomalies.Saved = saved
		ckpt.State = anomalies.CheckpointState
	}

	var ln net.Listener
	addr := "none"
	if serve {
		ln, err = net.Listen("tcp", l.Listen)
		if err != nil {
			anomalies.Close(context.Background())
			return fmt.Errorf("listen on %s: %w", l.Listen, err)
		}
		addr = ln.Addr().String()
	}
	if o.addrFile != "" {
		if err := writeFileAtomic(o.addrFile, []byte(addr+"\n")); err != nil {
			ln.Close()
			anomalies.Close(context.Background())
			return fmt.Errorf("addr file: %w", err)
		}
	}

	sc = sidecar.New(sidecar.Config{
		Source:     src,
		Classifier: classifier.New(pset),
		Sinks:      []sidecar.Sink{metricsSink, anomalies},
		Metrics:    ms,
		Checkpoint: ckpt,
		Listener:   ln,
		Logger:     base.With().Str("component", "sidecar").Logger(),
		Once:       o.once,
		Lag:        lag,
		Version:    version,
	})
	log.Info().Str("listen", addr).Str("config", l.path).Str("patterns_version", pset.Version()).
		Strs("input", l.Source.Input).Str("state_dir", l.StateDir).Str("version", version).
		Str("log", logFmt).Msg("stemewatch running")

	// SIGHUP: reload (caught from the start, see above).
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case <-hup:
				reload(o, e, l, sc, &level, log)
			case <-done:
				return
			}
		}
	}()

	err = sc.Run(ctx)
	if err != nil {
		return err
	}
	log.Info().Msg("stopped")
	return nil
}

// reload re-reads the configuration and the pattern rules and swaps them
// in; on any error the running set stays and the failure is counted.
func reload(o *runOptions, e *env, running *loaded, sc *sidecar.Sidecar, level *atomic.Int32, log zerolog.Logger) {
	l, pset, err := o.loadAll(e)
	if err != nil {
		sc.Reloaded(err)
		log.Error().Err(err).Str("patterns_version", sc.PatternsVersion()).
			Msg("reload failed; keeping the running configuration and patterns")
		return
	}
	old := sc.PatternsVersion()
	sc.SetClassifier(classifier.New(pset))
	lvl, _ := parseLogLevel(l.LogLevel)
	level.Store(int32(lvl))
	sc.Reloaded(nil)
	ev := log.Info().Str("patterns_version", pset.Version()).Str("previous_version", old).
		Str("log_level", lvl.String())
	if changed := restartOnly(running, l); len(changed) > 0 {
		ev = ev.Strs("need_restart", changed)
	}
	ev.Msg("reloaded")
}

// restartOnly lists settings that changed but only take effect on restart.
func restartOnly(a, b *loaded) []string {
	var out []string
	cmp := func(key string, x, y any) {
		if !reflect.DeepEqual(x, y) {
			out = append(out, key)
		}
	}
	cmp("listen", a.Listen, b.Listen)
	cmp("state_dir", a.StateDir, b.StateDir)
	cmp("source", a.Source, b.Source)
	cmp("metrics", a.Metrics, b.Metrics)
	cmp("nats", a.NATS, b.NATS)
	cmp("anomalies", a.Anomalies, b.Anomalies)
	cmp("evidence", a.Evidence, b.Evidence)
	sort.Strings(out)
	return out
}

// levelWriter drops events below a level that SIGHUP can change.
type levelWriter struct {
	w     io.Writer
	level *atomic.Int32
}

func (lw levelWriter) Write(p []byte) (int, error) { return lw.w.Write(p) }

func (lw levelWriter) WriteLevel(l zerolog.Level, p []byte) (int, error) {
	if l < zerolog.Level(lw.level.Load()) {
		return len(p), nil
	}
	return lw.w.Write(p)
}

// checkStateDir checks that the state directory takes a file, as the
// checkpoint and the outbox need: the directory itself, or when it does not
// exist yet, the nearest existing parent it would be made in (run makes it;
// --check-config leaves no trace).
func checkStateDir(dir string) error {
	at := filepath.Clean(dir)
	for {
		fi, err := os.Stat(at)
		if err == nil {
			if !fi.IsDir() {
				return fmt.Errorf("state directory %s: %s is not a directory", dir, at)
			}
			break
		}
		if !errors.Is(err, fs.ErrNotExist) || filepath.Dir(at) == at {
			return fmt.Errorf("state directory %s: %w", dir, err)
		}
		at = filepath.Dir(at)
	}
	f, err := os.CreateTemp(at, ".stemewatch-check-config-*")
	if err != nil {
		return fmt.Errorf("state directory %s is not writable: %w", dir, err)
	}
	name := f.Name()
	_, err = f.Write([]byte("stemewatch\n"))
	if serr := f.Sync(); err == nil {
		err = serr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	os.Remove(name)
	if err != nil {
		return fmt.Errorf("state directory %s is not writable: %w", dir, err)
	}
	return nil
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// anomalySinks builds the anomaly detectors and where their anomalies go:
// NATS with --nats-url (an outbox in the state directory keeps what is not
// yet acknowledged), otherwise standard output as JSON lines.
func anomalySinks(l *loaded, e *env, ms *metrics.Set, log zerolog.Logger, version func() string) (*sidecar.Anomalies, error) {
	known, err := sinks.LoadKnownTypes(l.StateDir)
	if err != nil {
		log.Warn().Err(err).Msg("known error types unreadable; starting from the runbook types")
	}
	host, _ := os.Hostname()
	alog := log.With().Str("component", "anomalies").Logger()
	a := &sidecar.Anomalies{
		Config:  l.Anomalies,
		Node:    host,
		Unit:    journal.UnitName(l.Source.Unit),
		Known:   known,
		Version: version,
		Metrics: ms,
		Logger:  &alog,
	}
	// Evidence describes this node now: meaningless for a saved journal,
	// so auto is on only when following the live journal.
	live := len(l.Source.Input) == 0
	if l.Evidence.Enabled.Enabled(live) {
		a.Evidence = evidence.New(l.Evidence)
		a.Evidence.SetMetrics(ms)
	}
	log.Info().Bool("enabled", a.Evidence != nil).Str("setting", l.Evidence.Enabled.String()).
		Bool("live", live).Dur("timeout", l.Evidence.Timeout).Msg("evidence")
	if l.NATS.URL == "" {
		a.Pub = sinks.NewStdout(e.stdout, ms)
		return a, nil
	}
	nc := l.NATS
	nc.OutboxDir = filepath.Join(l.StateDir, "outbox")
	n, err := sinks.NewNATS(nc, log.With().Str("component", "nats").Logger(), ms)
	if err != nil {
		return nil, fmt.Errorf("nats: %w", err)
	}
	a.Pub = n
	a.PublishEvents = nc.PublishEvents
	return a, nil
}
