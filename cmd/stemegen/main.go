// Command stemegen writes generated stemedb-api journal traffic, with
// optional labels, for tests and benchmarks.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/stemedb/stemewatch/internal/gen"
)

const usage = `Usage: stemegen [flags]

Writes realistic stemedb-api journal traffic (about 5% errors of the five
runbook types, signature failures, agent ids, plain/ANSI/logfmt/JSON tracing
messages, Rust panics) in journalctl's formats. The same seed gives the same
entries and labels in every format. Output is streamed: any size is fine.

Example: stemegen --entries 200000 --format json -o big.json   (about 210 MB)

Flags:
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			os.Exit(0)
		}
		fmt.Fprintln(os.Stderr, "stemegen:", err)
		var ue usageError
		if errors.As(err, &ue) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

type usageError struct{ error }

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("stemegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	entries := fs.Int("entries", 1000, "number of entries")
	format := fs.String("format", "json", "output format: json (journalctl -o json), export (-o export) or text (-o cat)")
	labels := fs.String("labels", "", "also write one label line per entry to `FILE` (is_error, error_type, agent_id, signature_failure, http_status, cursor, t_us)")
	seed := fs.Uint64("seed", 1, "random seed")
	out := fs.String("o", "-", "output `FILE` (- for standard output)")
	start := fs.String("start", "2026-11-25T09:46:40Z", "time of the first entry (RFC 3339)")
	rate := fs.Float64("rate", 20000.0/3600, "average entries per second")
	node := fs.String("node", "api-node-1", "_HOSTNAME of the entries")
	errorRate := fs.Float64("error-rate", 0.05, "share of entries logged at error level")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err}
	}
	if fs.NArg() > 0 {
		return usageError{fmt.Errorf("unexpected argument %q", fs.Arg(0))}
	}
	f := gen.Format(*format)
	if f != gen.JSON && f != gen.Export && f != gen.Text {
		return usageError{fmt.Errorf("--format %q: want json, export or text", *format)}
	}
	t0, err := time.Parse(time.RFC3339Nano, *start)
	if err != nil {
		return usageError{fmt.Errorf("--start: %w", err)}
	}
	if *entries < 0 || *rate <= 0 || *errorRate <= 0 || *errorRate > 0.9 {
		return usageError{errors.New("--entries must be >= 0, --rate > 0, --error-rate in (0, 0.9]")}
	}
	cfg := gen.Config{Seed: *seed, Entries: *entries, Start: t0, Rate: *rate, Node: *node, ErrorRate: *errorRate}
	if *entries == 0 {
		return nil
	}

	w := stdout
	var files []*os.File
	if *out != "-" {
		fo, err := os.Create(*out)
		if err != nil {
			return err
		}
		files = append(files, fo)
		w = fo
	}
	var lw io.Writer
	if *labels != "" {
		fl, err := os.Create(*labels)
		if err != nil {
			return err
		}
		files = append(files, fl)
		lw = fl
	}
	err = gen.WriteLabeled(ctxWriter{ctx, w}, lw, f, cfg)
	for _, fo := range files {
		if cerr := fo.Close(); err == nil {
			err = cerr
		}
	}
	return err
}

// ctxWriter stops writing once ctx is done (Ctrl-C on a huge output).
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
