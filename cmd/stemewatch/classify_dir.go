package main

import (
	"context"
	"fmt"

	"github.com/rs/zerolog"

	"github.com/stemedb/stemewatch/sidecar/feed"
	"github.com/stemedb/stemewatch/sidecar/journal"
)

// classifyJournalDir reads a directory of journal files (copied from a
// node, for forensics) from its first entry to its end, through the same
// reader `run` follows the live journal with.
func classifyJournalDir(ctx context.Context, st *classifyState, o *classifyOpts) error {
	src, err := journal.New(journal.Config{
		Backend: o.backend,
		Unit:    o.unit,
		Dir:     o.journalDir,
		From:    "head",
		Follow:  false,
		Logger:  zerolog.New(st.stderr).Level(zerolog.WarnLevel).With().Timestamp().Str("component", "journal").Logger(),
	})
	if err != nil {
		return fmt.Errorf("--journal-dir %s: %w", o.journalDir, err)
	}
	batches := make(chan *feed.Batch, 4)
	done := make(chan error, 1)
	go func() { done <- src.Run(ctx, batches) }()
	for b := range batches {
		for i := range b.Entries {
			st.entry(&b.Entries[i])
		}
		for _, e := range b.Errors {
			st.malformed(e)
		}
		for _, g := range b.Gaps {
			fmt.Fprintf(st.stderr, "stemewatch classify: %s: %d entries lost (%s)\n", o.journalDir, g.Lost, g.Reason)
		}
		b.Release()
	}
	if err := <-done; err != nil {
		return fmt.Errorf("--journal-dir %s: %w", o.journalDir, err)
	}
	if err := src.Ready(); err != nil && st.entries.Load() == 0 {
		return fmt.Errorf("--journal-dir %s: %w", o.journalDir, err)
	}
	return nil
}
