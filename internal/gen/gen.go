// Package gen generates realistic, deterministic stemedb-api journal traffic
// (with the truth for every entry) for tests and benchmarks.
//
// The traffic resembles testdata/sample.*: plain, ANSI-coloured, logfmt and
// JSON `tracing` messages and raw multi-line Rust panics; about 5% errors
// across the five runbook types in varied real-world Rust wordings (std::io,
// tokio, hyper/rustls, serde/bincode, checksums, credentials, signatures)
// plus a few unclassifiable ones and other explicit *Error names; signature
// failures at WARN and ERROR; INFO/WARN/DEBUG noise, some of it using error
// words; agent ids; messages with bytes that journalctl prints as byte
// arrays; and messages over 4096 bytes that it prints as null.
package gen

import (
	"encoding/hex"
	"math/rand/v2"
	"strconv"
	"time"
)

// Config describes the traffic to generate. Zero fields take defaults.
type Config struct {
	// Seed makes the output reproducible: the same seed gives the same
	// entries and labels in every format.
	Seed uint64
	// Entries is how many entries to write (default 1000).
	Entries int
	// Start is the time of the first entry (default 2026-11-25T09:46:40Z).
	Start time.Time
	// Rate is the average entries per second (default 20000 per hour, as
	// the sample).
	Rate float64
	// Node is _HOSTNAME (default "api-node-1").
	Node string
	// ErrorRate is the share of entries logged at error level (default 0.05).
	ErrorRate float64
}

func (c Config) withDefaults() Config {
	if c.Entries <= 0 {
		c.Entries = 1000
	}
	if c.Start.IsZero() {
		c.Start = time.Date(2026, 11, 25, 9, 46, 40, 0, time.UTC)
	}
	if c.Rate <= 0 {
		c.Rate = 20000.0 / 3600
	}
	if c.Node == "" {
		c.Node = "api-node-1"
	}
	if c.ErrorRate <= 0 {
		c.ErrorRate = 0.05
	}
	return c
}

// Label is the truth about one entry, as in testdata/sample.labels.jsonl.
type Label struct {
	IsError bool
	// ErrorType is "" when the entry is not an error.
	ErrorType        string
	AgentID          string
	SignatureFailure bool
	// HTTPStatus is 0 when the message carries none.
	HTTPStatus int
}

// Record is one generated entry. Its byte slices are reused by the next
// call to Next.
type Record struct {
	Seq         int // 1-based
	RealtimeUS  int64
	MonotonicUS int64
	Cursor      []byte
	Priority    int
	Message     []byte
	Label       Label
}

// Generator yields records one at a time, in constant memory.
type Generator struct {
	cfg      Config
	rng      *rand.Rand
	n        int
	t        float64 // seconds since start
	seqnumID string
	bootID   string
	rec      Record
	text     []byte // scratch for message text
	kv       []kv
}

// New returns a Generator for cfg.
func New(cfg Config) *Generator {
	cfg = cfg.withDefaults()
	g := &Generator{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x5eed_57e3ed)), kv: make([]kv, 0, 8)}
	g.seqnumID = g.hexID(16)
	g.bootID = g.hexID(16)
	return g
}

func (g *Generator) hexID(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.Uint32())
	}
	return hex.EncodeToString(b)
}

// Config returns the configuration in use, defaults filled in.
func (g *Generator) Config() Config { return g.cfg }

// BootID returns the _BOOT_ID of the generated entries.
func (g *Generator) BootID() string { return g.bootID }

// Next returns the next record, or nil after cfg.Entries records.
func (g *Generator) Next() *Record {
	if g.n >= g.cfg.Entries {
		return nil
	}
	g.n++
	// Exponential gaps give Poisson arrivals at the configured rate.
	if g.n > 1 {
		g.t += g.rng.ExpFloat64() / g.cfg.Rate
	}
	r := &g.rec
	r.Seq = g.n
	r.RealtimeUS = max(g.cfg.Start.UnixMicro()+int64(g.t*1e6)+int64(g.rng.IntN(1000)), r.RealtimeUS+1)
	r.MonotonicUS = 1_000_000 + r.RealtimeUS - g.cfg.Start.UnixMicro()
	r.Cursor = g.cursor(r.Cursor[:0], r)
	r.Label = Label{}
	r.Message = g.message(r.Message[:0], r)
	return r
}

// cursor formats a journald cursor: s=seqnum id;i=seqnum;b=boot id;
// m=monotonic;t=realtime;x=xor hash, numbers in hex.
func (g *Generator) cursor(b []byte, r *Record) []byte {
	b = append(b, "s="...)
	b = append(b, g.seqnumID...)
	b = append(b, ";i="...)
	b = strconv.AppendUint(b, uint64(r.Seq), 16)
	b = append(b, ";b="...)
	b = append(b, g.bootID...)
	b = append(b, ";m="...)
	b = strconv.AppendUint(b, uint64(r.MonotonicUS), 16)
	b = append(b, ";t="...)
	b = strconv.AppendUint(b, uint64(r.RealtimeUS), 16)
	b = append(b, ";x="...)
	x := strconv.AppendUint(nil, uint64(r.Seq)*0x9e3779b1^uint64(r.RealtimeUS), 16)
	for range 16 - len(x) {
		b = append(b, '0')
	}
	return append(b, x...)
}
