package main

import "fmt"

// classifyJournalDir reads a directory of journal files through the native
// journal reader.
func classifyJournalDir(_ interface{}, _ *classifyState, o *classifyOpts) error {
	return fmt.Errorf("--journal-dir %s: not available yet", o.journalDir)
}
