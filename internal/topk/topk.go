// Package topk finds the heaviest keys of an unbounded stream in bounded
// memory with the Space-Saving algorithm (Metwally, Agrawal, El Abbadi 2005).
package topk

import (
	"container/heap"
	"slices"
)

// Item is one tracked key. Count over-estimates the key's true frequency by
// at most Err: Count-Err is a guaranteed lower bound, Count an upper bound.
type Item struct {
	Key        string
	Count, Err uint64
}

// SpaceSaving tracks at most Capacity keys. Any key whose true frequency
// exceeds N/Capacity (N the total added) is guaranteed to be tracked. Memory
// is Capacity items however many distinct keys arrive. Not safe for
// concurrent use.
type SpaceSaving struct {
	cap   int
	items minHeap
	index map[string]*slot
	total uint64
}

type slot struct {
	Item
	pos int // index in the heap
}

// New returns a tracker of at most capacity keys (at least 1).
func New(capacity int) *SpaceSaving {
	if capacity < 1 {
		capacity = 1
	}
	return &SpaceSaving{cap: capacity, index: make(map[string]*slot, capacity)}
}

// Capacity is the most keys tracked at once.
func (s *SpaceSaving) Capacity() int { return s.cap }

// Len is the number of keys tracked now.
func (s *SpaceSaving) Len() int { return len(s.items) }

// Total is the sum of all n added.
func (s *SpaceSaving) Total() uint64 { return s.total }

// Add counts n occurrences of key and returns its estimate afterwards. When
// the table is full, a new key replaces the key with the smallest count and
// inherits that count as its error. It does not allocate for a key already
// tracked.
func (s *SpaceSaving) Add(key string, n uint64) Item {
	s.total += n
	if sl, ok := s.index[key]; ok {
		sl.Count += n
		heap.Fix(&s.items, sl.pos)
		return sl.Item
	}
	if len(s.items) < s.cap {
		sl := &slot{Item: Item{Key: key, Count: n}}
		s.index[key] = sl
		heap.Push(&s.items, sl)
		return sl.Item
	}
	sl := s.items[0]
	delete(s.index, sl.Key)
	sl.Key, sl.Err, sl.Count = key, sl.Count, sl.Count+n
	s.index[key] = sl
	heap.Fix(&s.items, 0)
	return sl.Item
}

// Get returns key's estimate, and whether it is tracked.
func (s *SpaceSaving) Get(key string) (Item, bool) {
	sl, ok := s.index[key]
	if !ok {
		return Item{}, false
	}
	return sl.Item, true
}

// Min returns the smallest tracked count (0 when the table is not full:
// an untracked key may then be absent rather than evicted).
func (s *SpaceSaving) Min() uint64 {
	if len(s.items) < s.cap || len(s.items) == 0 {
		return 0
	}
	return s.items[0].Count
}

// Top returns up to k tracked items, highest Count first (ties by key).
func (s *SpaceSaving) Top(k int) []Item {
	if k > len(s.items) || k < 0 {
		k = len(s.items)
	}
	out := make([]Item, 0, len(s.items))
	for _, sl := range s.items {
		out = append(out, sl.Item)
	}
	sortItems(out)
	return out[:k]
}

// Reset forgets every key, keeping the capacity.
func (s *SpaceSaving) Reset() {
	s.items = s.items[:0]
	clear(s.index)
	s.total = 0
}

func sortItems(it []Item) {
	slices.SortFunc(it, func(a, b Item) int {
		if less(a, b) {
			return -1
		}
		if less(b, a) {
			return 1
		}
		return 0
	})
}

func less(a, b Item) bool {
	if a.Count != b.Count {
		return a.Count > b.Count
	}
	return a.Key < b.Key
}

type minHeap []*slot

func (h minHeap) Len() int { return len(h) }
func (h minHeap) Less(i, j int) bool {
	return h[i].Count < h[j].Count
}
func (h minHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].pos = i
	h[j].pos = j
}
func (h *minHeap) Push(x any) {
	sl := x.(*slot)
	sl.pos = len(*h)
	*h = append(*h, sl)
}
func (h *minHeap) Pop() any {
	old := *h
	n := len(old)
	sl := old[n-1]
	old[n-1] = nil
	*h = old[:n-1]
	return sl
}
