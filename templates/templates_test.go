package templates

import (
	"fmt"
	"reflect"
	"testing"
)

func TestGroupsVariableParts(t *testing.T) {
	m := New(10)
	for i := 0; i < 5; i++ {
		m.Add(fmt.Sprintf("invariant violated: subject graph has a cycle through node %d", i))
	}
	m.Add("unexpected state in handler: assertion count drifted")
	m.Add("unexpected state in handler: assertion count drifted")
	m.Add("replica 3 lagging by 420 entries")
	got := m.Top(0)
	want := []Template{
		{Pattern: "invariant violated: subject graph has a cycle through node <*>", Count: 5, Example: "invariant violated: subject graph has a cycle through node 0"},
		{Pattern: "unexpected state in handler: assertion count drifted", Count: 2, Example: "unexpected state in handler: assertion count drifted"},
		{Pattern: "replica <*> lagging by <*> entries", Count: 1, Example: "replica 3 lagging by 420 entries"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if m.Total() != 8 || m.Overflow() != 0 {
		t.Errorf("total %d overflow %d, want 8 and 0", m.Total(), m.Overflow())
	}
}

func TestDifferingWordsBecomeWildcards(t *testing.T) {
	m := New(10)
	m.Add("compaction of level two failed on shard alpha")
	m.Add("compaction of level two failed on shard beta")
	if got := m.Top(1)[0]; got.Pattern != "compaction of level two failed on shard <*>" || got.Count != 2 {
		t.Errorf("got %+v", got)
	}
	// Too different: a template of its own.
	m.Add("one two three four five six seven eight")
	if m.Len() != 2 {
		t.Errorf("%d templates, want 2", m.Len())
	}
}

func TestBoundedAndCounted(t *testing.T) {
	m := New(3)
	words := []string{"alpha", "bravo", "charlie", "delta", "echo"}
	for _, w := range words {
		m.Add(w + " went wrong entirely here")
		m.Add(w + " " + w + " " + w) // a different shape each time
	}
	if m.Len() != 3 {
		t.Errorf("%d templates held, want at most 3", m.Len())
	}
	sum := m.Overflow()
	for _, tp := range m.Top(0) {
		sum += tp.Count
	}
	if sum != m.Total() || m.Total() != 10 {
		t.Errorf("counted %d of %d messages", sum, m.Total())
	}
}

func TestDeterministicOrder(t *testing.T) {
	run := func() []Template {
		m := New(50)
		for i := 0; i < 200; i++ {
			m.Add(fmt.Sprintf("kind %c failure number %d", 'a'+i%7, i))
			m.Add(fmt.Sprintf("other %c thing", 'a'+i%5))
		}
		return m.Top(0)
	}
	a, b := run(), run()
	if !reflect.DeepEqual(a, b) {
		t.Error("same input, different templates or order")
	}
}

func TestHostileInput(t *testing.T) {
	m := New(5)
	long := make([]byte, 10000)
	for i := range long {
		long[i] = 'x'
		if i%7 == 0 {
			long[i] = ' '
		}
	}
	m.Add(string(long))
	m.Add("")
	m.Add("\x00\xff\xfe é")
	for _, tp := range m.Top(0) {
		if len(tp.Example) > maxExample+len("…") {
			t.Errorf("example of %d bytes kept", len(tp.Example))
		}
	}
	if m.Total() != 3 {
		t.Errorf("total %d", m.Total())
	}
}

func TestTokensMask(t *testing.T) {
	got := Tokens(`open /var/lib/x.log failed on node3:18182 at api-node-2.stemedb.internal value "abc" 0x1f`)
	want := []string{"open", "<*>", "failed", "on", "<*>", "at", "<*>", "value", "<*>", "<*>"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("invariant violated: subject graph has a cycle through node 7")
	f.Add("\xff\xfe \"quoted\" /a/b host.example.com:80")
	f.Fuzz(func(t *testing.T, msg string) {
		m := New(4)
		m.Add(msg)
		m.Add(msg)
		sum := m.Overflow()
		for _, tp := range m.Top(0) {
			sum += tp.Count
		}
		if sum != 2 {
			t.Fatalf("%q: counted %d of 2", msg, sum)
		}
	})
}
