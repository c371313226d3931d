// Package journal follows the live systemd journal and hands its entries on
// in feed.Batches: natively through sd-journal (cgo; in-process where the
// journal's filesystem punches holes, otherwise in a child process so that a
// SIGBUS costs a restart, not the sidecar), or through a `journalctl
// --follow --output=export` child when sd-journal is not available.
//
// Use:
//
//	src, err := journal.New(journal.Config{
//		Unit:    "stemedb-api",          // like journalctl -u
//		Matches: []string{"PRIORITY=3"}, // optional, ANDed
//		Cursor:  saved,                  // from checkpoint.Store.Load; "" = per From
//		From:    "tail",                 // or "head" or "10m"
//		Follow:  true,
//		Logger:  lg,
//	})
//	out := make(chan *feed.Batch, 4)
//	go src.Run(ctx, out) // closes out
//	for b := range out { ...; throttle.Offer(b.Cursor) }
//
// The binary must call MaybeRunChild first thing in main, so that it can
// serve as its own reader child.
//
// Guarantees, all tested against a real journald and real journal files:
//   - Resuming from a cursor follows LIBRARIES.md §1: seek, land on the
//     saved entry and skip it (sd_journal_test_cursor, or the same seqnum
//     for journalctl, started with --cursor because 252's --after-cursor
//     skips one entry too many when the cursor's entry is gone).
//   - Entries lost before they were read are reported as feed.Gaps:
//     "vacuumed" when the checkpointed entry was vacuumed (counted from
//     the cursors' sequence numbers against the oldest retained entry),
//     when reading without matches any jump in sequence numbers, and with
//     matches a file the built-in reader saw vacuumed under it
//     (journalfile.Dir.TakeLosses: every entry of it not read, matching or
//     not); "ratelimited" for journald's "Suppressed N messages from UNIT";
//     "unreadable" for entries sd-journal or journalctl could not deliver
//     whole (with matches; without, the sequence jump counts them). A
//     failed sd_journal_next names no entry and skips none: a read error,
//     not a loss.
//   - A dead reader (child killed, journalctl exiting, repeated read
//     errors) is restarted after the last entry handed on: nothing lost,
//     nothing repeated.
//   - Sending blocks while the consumer is busy: at most the channel's
//     capacity plus one batch is read ahead.
//   - During quiet or fully filtered stretches an empty batch carries the
//     current cursor at least every IdleInterval (1 s).
package journal
