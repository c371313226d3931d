package topk

import (
	"container/heap"
	"fmt"
)

// Items returns the tracked items in the table's internal order (not
// sorted), with their error bounds, for Restore. A table restored from
// them evicts the same keys as this one would.
func (s *SpaceSaving) Items() []Item {
	out := make([]Item, len(s.items))
	for i, sl := range s.items {
		out[i] = sl.Item
	}
	return out
}

// Restore replaces the table's content with items (from Items) and total.
// It fails, leaving the table empty, when items exceed the capacity or
// repeat a key.
func (s *SpaceSaving) Restore(items []Item, total uint64) error {
	s.Reset()
	if len(items) > s.cap {
		return fmt.Errorf("topk: %d items for a capacity of %d", len(items), s.cap)
	}
	for i, it := range items {
		if _, dup := s.index[it.Key]; dup {
			s.Reset()
			return fmt.Errorf("topk: key %q twice", it.Key)
		}
		sl := &slot{Item: it, pos: i}
		s.items = append(s.items, sl)
		s.index[it.Key] = sl
	}
	s.total = total
	// A valid saved heap is left as it is (same evictions); an edited one
	// is repaired.
	heap.Init(&s.items)
	return nil
}
