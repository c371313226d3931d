package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/sinks"
)

func init() {
	register("watch", "the fleet's anomalies, live, from NATS (the reference responder)", runWatch)
}

const watchAbout = `Prints one line per anomaly from every node, live: entry time, node, kind,
severity, status, what it is about, and count over threshold. It also flags
what no single node can see:
  - widespread signature failures on one node only: suspect that node's clock;
    on several nodes at once: suspect the fleet's time source or a client release;
  - the same agent failing on several nodes: suspect the client, not a node.

It reads the anomaly stream STEMEDB_ANOMALIES through JetStream, so each
anomaly is shown once even when a sidecar resends it after an outage: by
default an ordered ephemeral consumer from now; with --durable NAME a durable
consumer that remembers what was acknowledged, so nothing is missed while
watch is not running. Only when the server has no JetStream does it subscribe
to the subject directly (and says so). Connection trouble is reported on
standard error at once and every 30s; if no connection is made within
--connect-timeout, watch exits 1.
Secrets are read from files only (--creds, --nkey, --password-file, --token-file).

Examples:
  stemewatch watch --nats-url nats://nats.internal:4222
  stemewatch watch --durable oncall --json | jq 'select(.severity=="critical")'
`

func runWatch(ctx context.Context, e *env, args []string) error {
	start := time.Now()
	fs := newFlagSet(e, "watch", "watch [--nats-url URL] [--json] [--durable NAME] [flags]", watchAbout)
	cfg := sinks.DefaultNATSConfig()
	cfg.Name = "stemewatch-watch"
	defURL := e.getenv("NATS_URL")
	if defURL == "" {
		defURL = nats.DefaultURL
	}
	fs.StringVar(&cfg.URL, "nats-url", defURL, "NATS server `URL` (default $NATS_URL or "+nats.DefaultURL+")")
	asJSON := fs.Bool("json", false, "print each anomaly's JSON payload as received, one per line (fleet notes go to stderr)")
	durable := fs.String("durable", "", "read through the durable JetStream consumer `NAME` (created if needed) and acknowledge each anomaly")
	subject := fs.String("subject", sinks.AnomalySubjects, "the anomaly subjects to read (a filter on the stream)")
	window := fs.Duration("fleet-window", 10*time.Minute, "how close in entry time anomalies from different nodes count as one fleet event")
	count := fs.Int("count", 0, "exit after `N` anomalies (0: run until interrupted)")
	connectTimeout := fs.Duration("connect-timeout", 30*time.Second, "exit 1 if no connection to NATS is made within this `DURATION` (0: keep trying)")
	utc := fs.Bool("utc", false, "show times in UTC instead of local time")
	fs.StringVar(&cfg.CredsFile, "creds", "", "NATS credentials `FILE` (user JWT and nkey seed)")
	fs.StringVar(&cfg.NKeySeedFile, "nkey", "", "NATS nkey seed `FILE`")
	fs.StringVar(&cfg.User, "user", "", "NATS user `NAME` (password from --password-file)")
	fs.StringVar(&cfg.PasswordFile, "password-file", "", "`FILE` holding the NATS password")
	fs.StringVar(&cfg.TokenFile, "token-file", "", "`FILE` holding the NATS token")
	fs.StringVar(&cfg.TLSCAFile, "tls-ca", "", "CA certificate `FILE` to verify the server")
	fs.StringVar(&cfg.TLSCertFile, "tls-cert", "", "client certificate `FILE`")
	fs.StringVar(&cfg.TLSKeyFile, "tls-key", "", "client key `FILE`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if *window <= 0 {
		return usagef("--fleet-window must be positive")
	}
	if *count < 0 {
		return usagef("--count must not be negative")
	}
	if *connectTimeout < 0 {
		return usagef("--connect-timeout must not be negative")
	}
	if err := cfg.Validate(); err != nil {
		return usagef("%v", err)
	}
	opts, err := cfg.ConnectOptions()
	if err != nil {
		return usagef("%v", err)
	}
	log := zerolog.New(e.stderr).With().Timestamp().Str("command", "watch").Logger()
	nc, err := connectWatch(ctx, cfg.URL, opts, *connectTimeout, e.stderr)
	if err != nil || nc == nil {
		return err // nil: interrupted before connecting
	}
	defer nc.Close()

	type delivery struct {
		m   *nats.Msg
		ack func() error
	}
	msgs := make(chan delivery, 256)
	stop, err := subscribeAnomalies(ctx, nc, anomalySource{subject: *subject, durable: *durable, start: start}, e.stderr,
		func(m *nats.Msg, ack func() error) {
			select {
			case msgs <- delivery{m, ack}:
			case <-ctx.Done():
			}
		})
	if err != nil {
		return err
	}
	defer stop()

	w := &watcher{out: e.stdout, notes: e.stderr, json: *asJSON, fleet: newFleet(*window), loc: displayZone(*utc)}
	if !*asJSON {
		w.notes = e.stdout
		w.header()
	}
	seen := 0
	for {
		select {
		case <-ctx.Done():
			return nil
		case d := <-msgs:
			ok := w.handle(d.m)
			if d.ack != nil {
				if err := d.ack(); err != nil {
					log.Warn().Err(err).Msg("ack")
				}
			}
			if !ok {
				continue
			}
			seen++
			if *count > 0 && seen >= *count {
				return nil
			}
		}
	}
}

// watcher prints anomalies and the fleet notes.
type watcher struct {
	out, notes io.Writer
	json       bool
	fleet      *fleet
	loc        *time.Location // times shown in (timefmt.go)
}

const watchFormat = "%-20s  %-14s  %-18s  %-8s  %-8s  %-36s  %s\n"

func (w *watcher) header() {
	fmt.Fprintf(w.out, "-- %s\n", timesNote(w.loc, time.Now()))
	fmt.Fprintf(w.out, watchFormat, "TIME", "NODE", "KIND", "SEVERITY", "STATUS", "WHAT", "COUNT/THRESHOLD")
}

// handle prints one message; false when it was not an anomaly.
func (w *watcher) handle(m *nats.Msg) bool {
	var a anomaly.Anomaly
	if err := json.Unmarshal(m.Data, &a); err != nil || a.Kind == "" {
		if err == nil {
			err = errors.New("no kind")
		}
		fmt.Fprintf(w.notes, "watch: malformed anomaly on %s: %v\n", m.Subject, err)
		return false
	}
	w.printAnomaly(&a, m.Data)
	for _, n := range w.fleet.observe(&a) {
		fmt.Fprintf(w.notes, "FLEET  %s\n", n)
	}
	return true
}

// printAnomaly renders one anomaly: its JSON payload as received (--json)
// or one table line. Everything watch shows for an anomaly goes through
// here.
func (w *watcher) printAnomaly(a *anomaly.Anomaly, raw []byte) {
	if w.json {
		fmt.Fprintf(w.out, "%s\n", strings.TrimRight(string(raw), "\n"))
		return
	}
	fmt.Fprintf(w.out, watchFormat, a.Time.In(w.loc).Format("2006-01-02 15:04:05"), clip(a.Node, 14), a.Kind, a.Severity, a.Status, clip(what(a), 36), fmt.Sprintf("%d/%d", a.Count, a.Threshold))
	writeEvidence(w.out, a)
}

// what says what an anomaly is about, in a few words.
func what(a *anomaly.Anomaly) string {
	switch a.Kind {
	case anomaly.KindSignatureFailures:
		s := "scope=" + a.Scope
		if a.Scope == anomaly.ScopeConcentrated && len(a.TopAgents) > 0 {
			s += " agent=" + a.TopAgents[0].AgentID
		} else if a.DistinctAgents > 0 {
			s += fmt.Sprintf(" agents=%d", a.DistinctAgents)
		}
		return s
	case anomaly.KindAgentErrors:
		if a.Share > 0 {
			return fmt.Sprintf("agent=%s share=%.0f%%", a.AgentID, 100*a.Share)
		}
		return "agent=" + a.AgentID
	case anomaly.KindJournalGap:
		return "reason=" + a.Reason
	}
	return a.ErrorType
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n-1] + "…"
}

// fleet remembers, per entry-time window, which nodes reported what, to
// flag patterns that span nodes.
type fleet struct {
	window time.Duration
	nodes  map[string]time.Time            // every node heard from
	wide   map[string]time.Time            // node → last widespread signature burst
	agents map[string]map[string]time.Time // agent → node → last failure report
	noted  map[string]int                  // note key → size last reported
}

func newFleet(window time.Duration) *fleet {
	return &fleet{
		window: window,
		nodes:  map[string]time.Time{},
		wide:   map[string]time.Time{},
		agents: map[string]map[string]time.Time{},
		noted:  map[string]int{},
	}
}

// recent returns the sorted keys of m seen within the window before now.
func (f *fleet) recent(m map[string]time.Time, now time.Time) []string {
	var out []string
	for k, t := range m {
		if now.Sub(t) <= f.window && t.Sub(now) <= f.window {
			out = append(out, k)
		} else if now.Sub(t) > f.window {
			delete(m, k)
		}
	}
	sort.Strings(out)
	return out
}

// observe records a and returns the fleet notes it gives rise to, each
// once per growth of the group it concerns.
func (f *fleet) observe(a *anomaly.Anomaly) []string {
	now := a.Time
	f.nodes[a.Node] = now
	if a.Status == anomaly.StatusResolved {
		return nil
	}
	var notes []string
	note := func(key string, size int, text string) {
		if f.noted[key] >= size {
			return
		}
		f.noted[key] = size
		notes = append(notes, text)
	}
	if a.Kind == anomaly.KindSignatureFailures && a.Scope == anomaly.ScopeWidespread {
		f.wide[a.Node] = now
		wide := f.recent(f.wide, now)
		all := f.recent(f.nodes, now)
		if len(wide) >= 2 {
			note("sig-fleet", len(wide), fmt.Sprintf("widespread signature failures on %d nodes at once (%s): suspect the fleet's time source (NTP) or a client release, not one node", len(wide), strings.Join(wide, ", ")))
		} else {
			others := len(all) - 1
			quiet := "no other node reporting yet"
			if others > 0 {
				quiet = fmt.Sprintf("%d other node(s) reporting without it", others)
			}
			note("sig-node-"+a.Node+"-"+a.Incident, 1, fmt.Sprintf("widespread signature failures on %s only (%s): suspect %s's clock (timedatectl, chronyc tracking)", a.Node, quiet, a.Node))
		}
	}
	agent := ""
	switch {
	case a.Kind == anomaly.KindAgentErrors:
		agent = a.AgentID
	case a.Kind == anomaly.KindSignatureFailures && a.Scope == anomaly.ScopeConcentrated && len(a.TopAgents) > 0:
		agent = a.TopAgents[0].AgentID
	}
	if agent != "" {
		nodes := f.agents[agent]
		if nodes == nil {
			nodes = map[string]time.Time{}
			f.agents[agent] = nodes
		}
		nodes[a.Node] = now
		on := f.recent(nodes, now)
		if len(on) >= 2 {
			note("agent-"+agent, len(on), fmt.Sprintf("agent %s failing on %d nodes (%s): suspect the client (credentials, release, traffic), not a node", agent, len(on), strings.Join(on, ", ")))
		}
	}
	// Forget groups that went quiet so a later recurrence is noted again.
	for ag, nodes := range f.agents {
		if len(f.recent(nodes, now)) == 0 {
			delete(f.agents, ag)
		}
	}
	for k := range f.noted {
		if strings.HasPrefix(k, "agent-") && len(f.agents[strings.TrimPrefix(k, "agent-")]) == 0 {
			delete(f.noted, k)
		}
	}
	if len(f.wide) == 0 {
		for k := range f.noted {
			if strings.HasPrefix(k, "sig-") {
				delete(f.noted, k)
			}
		}
	}
	return notes
}
