package evidence

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
)

// Toggle is on, off or auto. The run command resolves auto: evidence
// describes this node now, so it is on when following the live journal
// and off when replaying a saved one (--input).
type Toggle string

// Toggle values.
const (
	Auto Toggle = "auto"
	On   Toggle = "on"
	Off  Toggle = "off"
)

// Set parses on/true/yes/1, off/false/no/0 or auto (a flag.Value).
func (t *Toggle) Set(s string) error {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "auto", "":
		*t = Auto
	case "on", "true", "yes", "1":
		*t = On
	case "off", "false", "no", "0":
		*t = Off
	default:
		return fmt.Errorf("%q: want on, off or auto", s)
	}
	return nil
}

// String returns the value; unset is auto.
func (t *Toggle) String() string {
	if t == nil || *t == "" {
		return string(Auto)
	}
	return string(*t)
}

// UnmarshalTOML takes a boolean or one of the words of Set.
func (t *Toggle) UnmarshalTOML(v any) error {
	switch x := v.(type) {
	case bool:
		if x {
			*t = On
		} else {
			*t = Off
		}
		return nil
	case string:
		return t.Set(x)
	}
	return fmt.Errorf("want true, false or \"auto\", not %T", v)
}

// Enabled resolves the toggle: auto is on exactly when live.
func (t Toggle) Enabled(live bool) bool {
	switch t {
	case On:
		return true
	case Off:
		return false
	}
	return live
}

// Config is the [evidence] section. Start from Default(); durations are
// TOML strings ("2s").
type Config struct {
	// Enabled is on, off or auto (on when following the journal, off for
	// a replay with --input).
	Enabled Toggle `toml:"enabled"`
	// Timeout bounds one gathering, all kinds together.
	Timeout time.Duration `toml:"timeout"`
	// Clock reads adjtimex on signature_failures incidents.
	Clock bool `toml:"clock"`
	// Peers TCP-probes the host:port the errors name on NetworkError and
	// TimeoutError incidents, each within PeerTimeout (and the bound).
	Peers       bool          `toml:"peers"`
	PeerTimeout time.Duration `toml:"peer_timeout"`
	// Filesystems reports DataDirs' file systems on StorageError incidents
	// and data corruption.
	Filesystems bool     `toml:"filesystems"`
	DataDirs    []string `toml:"data_dirs"`
	// AgentRequests reads StemedbMetricsURL on agent_errors incidents.
	AgentRequests     bool   `toml:"agent_requests"`
	StemedbMetricsURL string `toml:"stemedb_metrics_url"`
}

// Default is every kind on, a 2 s bound and stemedb's usual places; the
// section itself is auto.
func Default() Config {
	return Config{
		Enabled:           Auto,
		Timeout:           2 * time.Second,
		Clock:             true,
		Peers:             true,
		PeerTimeout:       2 * time.Second,
		Filesystems:       true,
		DataDirs:          []string{"/var/lib/stemedb"},
		AgentRequests:     true,
		StemedbMetricsURL: "http://127.0.0.1:18180/metrics",
	}
}

// ConfigError is an invalid [evidence] setting.
type ConfigError struct {
	Field  string
	Reason string
}

func (e *ConfigError) Error() string { return "evidence." + e.Field + ": " + e.Reason }

// Validate checks ranges and forms.
func (c *Config) Validate() error {
	bad := func(field, format string, args ...any) error {
		return &ConfigError{Field: field, Reason: fmt.Sprintf(format, args...)}
	}
	switch c.Enabled {
	case Auto, On, Off, "":
	default:
		return bad("enabled", "%q: want on, off or auto", string(c.Enabled))
	}
	if c.Timeout < 10*time.Millisecond || c.Timeout > time.Minute {
		return bad("timeout", "%s out of range 10ms-1m", c.Timeout)
	}
	if c.PeerTimeout < time.Millisecond || c.PeerTimeout > time.Minute {
		return bad("peer_timeout", "%s out of range 1ms-1m", c.PeerTimeout)
	}
	for _, d := range c.DataDirs {
		if d == "" || !filepath.IsAbs(d) {
			return bad("data_dirs", "%q is not an absolute path", d)
		}
	}
	if c.Filesystems && len(c.DataDirs) == 0 {
		return bad("data_dirs", "empty while filesystems = true (list a directory or set filesystems = false)")
	}
	if c.AgentRequests {
		u, err := url.Parse(c.StemedbMetricsURL)
		if err != nil {
			return bad("stemedb_metrics_url", "%v", errors.Unwrap(err))
		}
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return bad("stemedb_metrics_url", "%q: want http://host:port/metrics", c.StemedbMetricsURL)
		}
	}
	return nil
}
