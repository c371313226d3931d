package redact

import (
	"strings"
	"testing"
)

// TestSecretShapes: every shape of secret an error message may carry is
// masked: the secret itself never survives, the words around it do.
func TestSecretShapes(t *testing.T) {
	tests := []struct {
		name, line, secret string
	}{
		// Cloud keys.
		{"aws access key id", `s3 put failed with AKIAZ7QX3MPLN4RTWE2K`, "AKIAZ7QX3MPLN4RTWE2K"},
		{"aws secret after a bare word", `aws secret 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 rejected`, "9dQk2vXr7PzL1mNb4TyW8sJc5HgF0aEiUoRl3KqZ"},
		{"aws secret access key words", `secret access key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY in env`, "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},
		{"aws secret, no key word", `upload signed with 9dQk2vXr7PzL1mNb4TyW8sJc5HgF0aEiUoRl3KqZ failed`, "9dQk2vXr7PzL1mNb4TyW8sJc5HgF0aEiUoRl3KqZ"},
		{"aws session token", `X-Amz-Security-Token: FwoGZXIvYXdzEJr//////////wEaDHk7Lq2Pz9Xw3Rt5Vb8mNc`, "FwoGZXIvYXdzEJr"},
		{"gcp api key", `maps call 403 key AIzaSyB3x9Qw7Lk2Mn5Pq8Rs1Tv4Uw6Xy0Za_bC`, "AIzaSyB3x9Qw7Lk2Mn5Pq8Rs1Tv4Uw6Xy0Za_bC"},
		{"azure storage key", `AccountName=sw;AccountKey=Zq3vT8kL1xN6pR9sW2yB5dG0hJ4mQ7cF1aE3iU6oY8tK2nM5bV9xC0zL4wS7gH==;EndpointSuffix=core`, "Zq3vT8kL1xN6pR9sW2yB5dG0hJ4mQ7cF"},
		// Tokens.
		{"jwt", `auth failed for eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZ2VudC0wMDAxIn0.Qm9ndXNTaWduYXR1cmVIZXJl`, "eyJhbGciOiJSUzI1NiJ9"},
		{"bearer", `upstream said 401 to Authorization: Bearer abc123XYZ789def456`, "abc123XYZ789def456"},
		{"bearer lower, no header", `retrying with bearer tok_live_8f7e6d5c4b3a`, "tok_live_8f7e6d5c4b3a"},
		{"basic", `proxy-authorization: Basic c3RlbWU6aHVudGVyMg==`, "c3RlbWU6aHVudGVyMg"},
		{"github token", `clone failed ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0123456789`, "ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0123456789"},
		{"slack token", `webhook xoxb-1234567890-abcdefghijkl failed`, "xoxb-1234567890-abcdefghijkl"},
		// URLs.
		{"url with password", `dial postgres://stemedb:Pa55w0rd!x@db.internal:5432/stemedb failed`, "Pa55w0rd!x"},
		{"url query token", `GET https://api.internal/v1/export?token=Ab12Cd34Ef56&limit=5 502`, "Ab12Cd34Ef56"},
		// Cookies.
		{"cookie session second", `request Cookie: theme=dark; session=s3ss10nV4lu3 rejected`, "s3ss10nV4lu3"},
		{"set-cookie", `Set-Cookie: session=9f8e7d6c5b4a; Path=/; HttpOnly`, "9f8e7d6c5b4a"},
		{"session= kv", `stale session=a1b2c3d4e5f6 agent_id=agent-0001`, "a1b2c3d4e5f6"},
		{"session after a bare word", `session 7Hq2Lm9Xv4 expired for agent-0002`, "7Hq2Lm9Xv4"},
		{"json session", `{"session":"v4lu3-0f-s3ss10n","agent_id":"agent-0003"}`, "v4lu3-0f-s3ss10n"},
		// Passwords and keys.
		{"password is", `login failed: password is hunter22x for bob`, "hunter22x"},
		{"client_secret", `oauth client_secret=Xy9Zw8Vu7Ts6 refused`, "Xy9Zw8Vu7Ts6"},
		{"pem block", "tls: -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n-----END RSA PRIVATE KEY----- unusable", "MIIEowIBAAKCAQEA7x"},
		{"pem cut off", "key: -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBx9", "MHcCAQEEIBx9"},
		{"nkey seed", `nats seed SUAMLK2ZNL35WSMW37E7UD4VZ7ELPKW7DHC3BWBSD2GCZ7IUQQXZIORRBU bad`, "SUAMLK2ZNL35WSMW37E7UD4VZ7ELPKW7DHC3BWBSD2GCZ7IUQQXZIORRBU"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := String(tt.line)
			if strings.Contains(got, tt.secret) || !strings.Contains(got, Mask) {
				t.Errorf("secret survived:\n in  %q\n out %q", tt.line, got)
			}
			if s := Sample(tt.line, 0); strings.Contains(s, tt.secret) {
				t.Errorf("secret survived Sample: %q", s)
			}
		})
	}
}

// TestNotSecrets: what a responder needs stays: journal cursors, hashes,
// ids, UUIDs, identifiers, paths and plain words after secret-ish words.
func TestNotSecrets(t *testing.T) {
	for _, line := range []string{
		`checkpoint at s=2d434f1240af4dce984a41edbd0a24ac;i=1d4c0;b=fbc6ef7b1eb946fc9b9dbecbe042b001;m=50665dac5;t=6611bba7f3885;x=3cb340ab54f2087f`,
		`content hash mismatch: expected 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 got E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855`,
		`incident a931e5401096c526cc7c7397f9ac6ca9-3 request_id=123e4567-e89b-12d3-a456-426614174000 trace=4bf92f3577b34da6a3ce929d0e0e4736`,
		`ERROR stemedb_api::schema: SchemaVersionMismatchErrorHandler2024 failed at /var/lib/stemedb/segments/000000000042.seg`,
		`session expired for agent-0001; password reset requested; secret rotation scheduled; token validation failed`,
		`base64 of nothing: AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
		`QuotaExceededError: agent agent-0042 exceeded 1000 writes/min (limit=1000 window=60s)`,
	} {
		if got := String(line); got != line {
			t.Errorf("changed a line without secrets:\n in  %q\n out %q", line, got)
		}
	}
}
