package sinks

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/nats-io/nats.go"
)

// Stream and subjects of SPEC.md.
const (
	StreamName      = "STEMEDB_ANOMALIES"
	AnomalySubjects = "stemedb.anomalies.>"
)

// JetStream modes of NATSConfig.JetStream.
const (
	JetStreamAuto = "auto" // JetStream when the server has it, core NATS otherwise
	JetStreamOn   = "on"   // JetStream only: wait for it
	JetStreamOff  = "off"  // core NATS publish
)

// NATSConfig configures the NATS sink and `stemewatch watch`. Secrets are
// read from files only, never given on the command line. TOML tags let the
// run command embed it under [nats].
type NATSConfig struct {
	URL  string `toml:"url"`  // nats://host:4222, comma-separated for a cluster
	Name string `toml:"name"` // client name shown by the server

	CredsFile    string `toml:"creds_file"`     // user JWT + nkey seed (.creds)
	NKeySeedFile string `toml:"nkey_seed_file"` // nkey seed
	User         string `toml:"user"`
	PasswordFile string `toml:"password_file"`
	TokenFile    string `toml:"token_file"`
	TLSCAFile    string `toml:"tls_ca_file"`
	TLSCertFile  string `toml:"tls_cert_file"`
	TLSKeyFile   string `toml:"tls_key_file"`

	// JetStream is auto, on or off.
	JetStream string `toml:"jetstream"`
	// StreamMaxAge is how long the stream keeps anomalies, and
	// DuplicatesWindow how long JetStream remembers ids to drop repeats:
	// longer than the longest outage plus replay.
	StreamMaxAge     time.Duration `toml:"stream_max_age"`
	DuplicatesWindow time.Duration `toml:"duplicates_window"`
	// StreamReplicas is the replica count the stream is created with when
	// it does not exist yet (clustered JetStream: 3 survives the loss of
	// a server). An existing stream is never changed; see ensureStream.
	StreamReplicas int `toml:"stream_replicas"`
	// AckTimeout bounds the wait for one acknowledgement before the
	// anomaly is sent again (same id).
	AckTimeout time.Duration `toml:"ack_timeout"`

	// OutboxDir holds unacknowledged anomalies (the run command sets it to
	// <state-dir>/outbox); empty keeps them in memory only. OutboxMax
	// bounds it in anomalies, OutboxMaxBytes in payload bytes; when
	// either is reached the least important anomaly is dropped.
	OutboxDir      string `toml:"-"`
	OutboxMax      int    `toml:"outbox_max"`
	OutboxMaxBytes int64  `toml:"outbox_max_bytes"`

	// PublishEvents also sends every classified event, best effort, to
	// stemedb.errors.<type>.<node> (core NATS, no outbox).
	PublishEvents bool `toml:"publish_events"`
}

// DefaultNATSConfig returns the defaults; URL stays empty (stdout sink).
func DefaultNATSConfig() NATSConfig {
	return NATSConfig{
		Name:             "stemewatch",
		JetStream:        JetStreamAuto,
		StreamMaxAge:     7 * 24 * time.Hour,
		DuplicatesWindow: 24 * time.Hour,
		AckTimeout:       10 * time.Second,
		StreamReplicas:   1,
		OutboxMax:        DefaultOutboxMax,
		OutboxMaxBytes:   DefaultOutboxMaxBytes,
	}
}

// Validate reports an invalid setting, naming its TOML key under [nats].
func (c *NATSConfig) Validate() error {
	switch c.JetStream {
	case JetStreamAuto, JetStreamOn, JetStreamOff, "":
	default:
		return fmt.Errorf("nats.jetstream = %q: must be auto, on or off", c.JetStream)
	}
	if c.StreamMaxAge < 0 || c.DuplicatesWindow < 0 {
		return errors.New("nats.stream_max_age and nats.duplicates_window must not be negative")
	}
	if c.DuplicatesWindow > 0 && c.DuplicatesWindow < 100*time.Millisecond {
		return fmt.Errorf("nats.duplicates_window = %v: must be at least 100ms", c.DuplicatesWindow)
	}
	if c.StreamMaxAge > 0 && c.DuplicatesWindow > c.StreamMaxAge {
		return fmt.Errorf("nats.duplicates_window = %v: must not exceed nats.stream_max_age = %v", c.DuplicatesWindow, c.StreamMaxAge)
	}
	if c.AckTimeout < 0 {
		return fmt.Errorf("nats.ack_timeout = %v: must not be negative", c.AckTimeout)
	}
	if c.OutboxMax < 0 {
		return fmt.Errorf("nats.outbox_max = %d: must not be negative", c.OutboxMax)
	}
	if c.OutboxMaxBytes != 0 && c.OutboxMaxBytes < minOutboxBytes {
		return fmt.Errorf("nats.outbox_max_bytes = %d: must be at least %d (one large anomaly)", c.OutboxMaxBytes, minOutboxBytes)
	}
	if c.StreamReplicas < 0 || c.StreamReplicas > 5 {
		return fmt.Errorf("nats.stream_replicas = %d: JetStream allows 1 to 5", c.StreamReplicas)
	}
	if (c.TLSCertFile == "") != (c.TLSKeyFile == "") {
		return errors.New("nats.tls_cert_file and nats.tls_key_file go together")
	}
	if c.PasswordFile != "" && c.User == "" {
		return errors.New("nats.password_file needs nats.user")
	}
	n := 0
	for _, s := range []string{c.CredsFile, c.NKeySeedFile, c.User, c.TokenFile} {
		if s != "" {
			n++
		}
	}
	if n > 1 {
		return errors.New("nats: give one of creds_file, nkey_seed_file, user/password_file, token_file")
	}
	return nil
}

// ConnectOptions returns the nats.go options for the credentials and TLS of
// c, reading secrets from their files, plus reconnecting forever.
func (c *NATSConfig) ConnectOptions() ([]nats.Option, error) {
	name := c.Name
	if name == "" {
		name = "stemewatch"
	}
	opts := []nats.Option{
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(time.Second),
		nats.RetryOnFailedConnect(true),
		nats.ReconnectBufSize(8 << 20),
		nats.PingInterval(20 * time.Second),
	}
	readSecret := func(what, path string) (string, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return "", fmt.Errorf("read nats %s file: %w", what, err)
		}
		s := strings.TrimSpace(string(b))
		if s == "" {
			return "", fmt.Errorf("nats %s file %s is empty", what, path)
		}
		return s, nil
	}
	switch {
	case c.CredsFile != "":
		if _, err := os.Stat(c.CredsFile); err != nil {
			return nil, fmt.Errorf("nats creds file: %w", err)
		}
		opts = append(opts, nats.UserCredentials(c.CredsFile))
	case c.NKeySeedFile != "":
		o, err := nats.NkeyOptionFromSeed(c.NKeySeedFile)
		if err != nil {
			return nil, fmt.Errorf("nats nkey seed file %s: %w", c.NKeySeedFile, err)
		}
		opts = append(opts, o)
	case c.User != "":
		pw := ""
		if c.PasswordFile != "" {
			var err error
			if pw, err = readSecret("password", c.PasswordFile); err != nil {
				return nil, err
			}
		}
		opts = append(opts, nats.UserInfo(c.User, pw))
	case c.TokenFile != "":
		tok, err := readSecret("token", c.TokenFile)
		if err != nil {
			return nil, err
		}
		opts = append(opts, nats.Token(tok))
	}
	if c.TLSCAFile != "" {
		opts = append(opts, nats.RootCAs(c.TLSCAFile))
	}
	if c.TLSCertFile != "" {
		opts = append(opts, nats.ClientCert(c.TLSCertFile, c.TLSKeyFile))
	}
	return opts, nil
}

// redactURL hides user info in a server URL for messages.
func redactURL(u string) string {
	if i := strings.Index(u, "@"); i >= 0 {
		if j := strings.Index(u, "://"); j >= 0 && j < i {
			return u[:j+3] + "[REDACTED]" + u[i:]
		}
	}
	return u
}
