package redact

import (
	"bufio"
	"strings"
	"testing"

	"github.com/stemedb/stemewatch/internal/sample"
)

func TestString(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain line untouched", `2026-11-25T09:47:20Z ERROR stemedb_api::auth: request signature verification failed: bad signature agent_id=agent-0002 method=POST path=/v1/subjects status=401`,
			`2026-11-25T09:47:20Z ERROR stemedb_api::auth: request signature verification failed: bad signature agent_id=agent-0002 method=POST path=/v1/subjects status=401`},
		{"explicit type keeps its words", `Error: AuthenticationError: api key expired agent_id=agent-0191`, `Error: AuthenticationError: api key expired agent_id=agent-0191`},
		{"api_key=", `invalid api key api_key=sk9f8a7d6c5b4a3 agent_id=agent-0001`, `invalid api key api_key=[REDACTED] agent_id=agent-0001`},
		{"apikey=", `apikey=ABCDEF123456 next`, `apikey=[REDACTED] next`},
		{"x-api-key header", `headers: x-api-key: 0123456789abcdef user=bob`, `headers: x-api-key: [REDACTED] user=bob`},
		{"key=", `key=abc123 path=/v1`, `key=[REDACTED] path=/v1`},
		{"token=", `refresh failed token=tok_9a8b7c6d`, `refresh failed token=[REDACTED]`},
		{"access_token in query", `GET /v1/query?access_token=abc.def&limit=5 401`, `GET /v1/query?access_token=[REDACTED]&limit=5 401`},
		{"signature=", `signature mismatch signature=3f9a0b1c2d3e4f5a6b7c8d9e0f expected`, `signature mismatch signature=[REDACTED] expected`},
		{"sig= in query", `/v1/batch?sig=Zm9vYmFy&ts=1`, `/v1/batch?sig=[REDACTED]&ts=1`},
		{"request_signature=", `request_signature="AbC+/=="`, `request_signature="[REDACTED]"`},
		{"password=", `connect db password=hunter2 host=db1`, `connect db password=[REDACTED] host=db1`},
		{"db_password quoted", `db_password="correct horse battery" retry=3`, `db_password="[REDACTED]" retry=3`},
		{"passwd spaces", `passwd = s3cr3t!`, `passwd = [REDACTED]`},
		{"secret=", `client_secret=abcd1234 ok`, `client_secret=[REDACTED] ok`},
		{"bearer header", `Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig`, `Authorization: Bearer [REDACTED]`},
		{"bearer lower", `sent bearer abcdefgh12345678 upstream`, `sent bearer [REDACTED] upstream`},
		{"basic auth header", `Authorization: Basic dXNlcjpwYXNzd29yZA==`, `Authorization: Basic [REDACTED]`},
		{"basic as word", `basic authentication failed for agent_id=agent-0003`, `basic authentication failed for agent_id=agent-0003`},
		{"token as word", `token validation failed`, `token validation failed`},
		{"authorization other scheme", `authorization: HMAC-SHA256 Credential=AKID`, `authorization: [REDACTED] Credential=[REDACTED]`},
		{"json api_key", `{"level":"ERROR","fields":{"message":"bad key","api_key":"sk-live-0123456789","agent_id":"agent-0001"}}`,
			`{"level":"ERROR","fields":{"message":"bad key","api_key":"[REDACTED]","agent_id":"agent-0001"}}`},
		{"json password spaced", `{"password" : "p@ss w0rd", "user":"x"}`, `{"password" : "[REDACTED]", "user":"x"}`},
		{"json token number", `{"token": 123456789, "n": 1}`, `{"token": [REDACTED], "n": 1}`},
		{"json escaped quote", `{"secret":"a\"b\"c","x":1}`, `{"secret":"[REDACTED]","x":1}`},
		{"json signature", `{"signature":"MEUCIQD+abc/def=","signature_failure":true}`, `{"signature":"[REDACTED]","signature_failure":true}`},
		{"single quoted json-ish", `{'api_key': 'abcd-efgh'}`, `{'api_key': '[REDACTED]'}`},
		{"url userinfo", `dial nats://svc:pa55w0rd@nats.internal:4222 failed`, `dial nats://svc:[REDACTED]@nats.internal:4222 failed`},
		{"jwt anywhere", `got eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U end`, `got [REDACTED] end`},
		{"aws key id", `using AKIAIOSFODNN7EXAMPLE for s3`, `using [REDACTED] for s3`},
		{"github token", `ghp_0123456789abcdefghijABCDEFGHIJ0123 leaked`, `[REDACTED] leaked`},
		{"stripe-like", `key sk_live_0123456789abcdefABCD`, `key [REDACTED]`},
		{"nkey seed", `seed SUAMLK2ZNL35WSMW37E7UD4VZ7ELPKW7DHC3BWBSD2GCZ7IUQQXZIORRBU here`, `seed [REDACTED] here`},
		{"pem", "key -----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBg\n-----END PRIVATE KEY----- done", "key [REDACTED] done"},
		{"ansi around", "\x1b[2mapi_key\x1b[0m=\x1b[1mabc123\x1b[0m end", "api_key=[REDACTED] end"},
		{"ansi without secret keeps colours", "\x1b[31mERROR\x1b[0m disk full", "\x1b[31mERROR\x1b[0m disk full"},
		{"cookie", `Cookie: session=abc123def`, `Cookie: [REDACTED]`},
		{"session_id=", `session_id=77aa88bb`, `session_id=[REDACTED]`},
		{"not a key", `tokens=5 author=ann signature_failure=true monkey=1 bypass=yes`, `tokens=5 author=ann signature_failure=true monkey=1 bypass=yes`},
		{"short words as last part", `x_sig=abc db.pass=def oauth=ghi`, `x_sig=[REDACTED] db.pass=[REDACTED] oauth=ghi`},
		{"empty", ``, ``},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := String(tt.in)
			if got != tt.want {
				t.Errorf("String(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			if b := string(Bytes([]byte(tt.in))); b != tt.want {
				t.Errorf("Bytes(%q) = %q, want %q", tt.in, b, tt.want)
			}
			if again := String(got); again != got {
				t.Errorf("not idempotent: %q -> %q", got, again)
			}
		})
	}
}

// TestSampleUnchanged checks that the bundled hour, which carries no
// secrets, passes through unchanged: redaction must not eat evidence.
func TestSampleUnchanged(t *testing.T) {
	zr := sample.Open(t, "sample.txt.gz")
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	n, changed := 0, 0
	for sc.Scan() {
		n++
		if got := String(sc.Text()); got != sc.Text() {
			changed++
			if changed < 5 {
				t.Errorf("line %d changed:\n%q\n%q", n, sc.Text(), got)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 || changed > 0 {
		t.Fatalf("%d lines, %d changed", n, changed)
	}
}

func TestNoAllocWithoutSecret(t *testing.T) {
	line := []byte(`2026-11-25T09:47:20.680136Z ERROR stemedb_api::storage: write failed: no space left on device agent_id=agent-0002 method=POST path=/v1/subjects status=507`)
	allocs := testing.AllocsPerRun(100, func() { _ = Bytes(line) })
	if allocs != 0 {
		t.Fatalf("Bytes allocated %v times on a clean line", allocs)
	}
}

func FuzzString(f *testing.F) {
	f.Add(`password=hunter2 token="a b" {"api_key":"x"}`)
	f.Add(`Authorization: Bearer abc`)
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if strings.Contains(s, "hunter2") && strings.Contains(s, "password=hunter2") && strings.Contains(got, "password=hunter2") {
			t.Fatalf("password survived: %q", got)
		}
	})
}

func BenchmarkClean(b *testing.B) {
	line := []byte(`2026-11-25T09:47:20.680136Z ERROR stemedb_api::storage: write failed: no space left on device agent_id=agent-0002 method=POST path=/v1/subjects status=507`)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Bytes(line)
	}
}

func BenchmarkSecret(b *testing.B) {
	line := []byte(`2026-11-25T09:47:20.680136Z ERROR stemedb_api::auth: bad api_key=sk0123456789 agent_id=agent-0002 method=POST path=/v1/subjects status=401`)
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		_ = Bytes(line)
	}
}

func TestSample(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"\x1b[31mERROR\x1b[0m disk full\nsecond line", 0, "ERROR disk full second line"},
		{"password=hunter2 and more text", 12, "password=[RE…"},
		{"héllo wörld", 2, "h…"},
		{"bad \xff byte", 0, "bad  byte"},
	}
	for _, tt := range tests {
		if got := Sample(tt.in, tt.max); got != tt.want {
			t.Errorf("Sample(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}
