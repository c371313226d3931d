package classifier

import "testing"

func TestTextBodyFields(t *testing.T) {
	bodies(t, "2026-11-25T09:46:40.123456Z ERROR stemedb_api::handlers: ", []bodyCase{
		{"request failed agent_id=agent-0042 status=500", "request failed"},
		{`request failed path="/v1/put" agent_id=a`, "request failed"},
		// Nothing but fields: read whole, as the JSON shape reads it.
		{"ID=CRYPTO-eaz3T Message=Errors.WebKey.Config", "ID=CRYPTO-eaz3T Message=Errors.WebKey.Config"},
		// A list in prose: a value ending in a comma, or a run after one.
		{"Error when reading table: out of range, offset=4194304, size=4096, len=4190000",
			"Error when reading table: out of range, offset=4194304, size=4096, len=4190000"},
		{"disk full, agent_id=a", "disk full, agent_id=a"},
		// Pairs joined by commas are one string, not tracing fields.
		{"already connected to hostnqn=nqn.x,nqn=nqn.y,transport=tcp", "already connected to hostnqn=nqn.x,nqn=nqn.y,transport=tcp"},
		{"request failed peers=node1,node2", "request failed"},
		{"disk full error=ENOSPC", "disk full"},
	})
}

// TestTextBodyTarget: the word after the level is cut off as a tracing
// target when it is a module path (any word with "::", as before) or a
// crate's root (an identifier with an underscore), and kept when it reads
// as prose.
func TestTextBodyTarget(t *testing.T) {
	bodies(t, "2026-11-25T09:46:40.123456Z ERROR ", []bodyCase{
		{"stemedb_api::handlers: request failed: disk full", "request failed: disk full"},
		{"stemedb_api: request failed: disk full", "request failed: disk full"},
		{"_private: disk full", "disk full"},
		{"r#type::x: disk full", "disk full"},
		{"compaction: disk full", "compaction: disk full"},
		{"fsync-failed: disk full", "fsync-failed: disk full"},
		{"<T as Trait>::f: disk full", "<T as Trait>::f: disk full"},
		{"9_lives: disk full", "9_lives: disk full"},
		{"stemedb_api:", ""},
	})
}

// bodyCase is a line after a head and the body textBody should find.
type bodyCase struct{ line, want string }

// bodies checks textBody on head+line for each case.
func bodies(t *testing.T, head string, cases []bodyCase) {
	t.Helper()
	for _, c := range cases {
		if got := string(textBody([]byte(head + c.line))); got != c.want {
			t.Errorf("textBody(%q) = %q, want %q", c.line, got, c.want)
		}
	}
}
