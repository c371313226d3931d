package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/classifier"
	"github.com/stemedb/stemewatch/evidence"
	"github.com/stemedb/stemewatch/sidecar/journal"
	"github.com/stemedb/stemewatch/sinks"
)

// minErrorTypes: the five runbook types and Unclassified always have series.
const minErrorTypes = len(classifier.RunbookTypes) + 1

// DefaultConfigPath is where `run` looks for its configuration file. A
// missing file at the default path is not an error; a missing --config is.
const DefaultConfigPath = "/etc/stemewatch/stemewatch.toml"

// Config is the whole configuration of `run`: the TOML file's structure.
// Every setting is also a flag and a STEMEWATCH_* variable (see settings);
// precedence is flags > environment > file > defaults.
type Config struct {
	// Listen is the HTTP address of /metrics, /healthz and /readyz.
	Listen string `toml:"listen"`
	// StateDir holds the checkpoint and other state.
	StateDir string `toml:"state_dir"`
	// LogLevel is trace, debug, info, warn or error.
	LogLevel string `toml:"log_level"`
	// Patterns are rule files added to the embedded defaults, in order.
	Patterns []string      `toml:"patterns"`
	Source   SourceConfig  `toml:"source"`
	Metrics  MetricsConfig `toml:"metrics"`
	// NATS is where anomalies go; without a URL they are printed on
	// standard output as JSON lines.
	NATS      sinks.NATSConfig `toml:"nats"`
	Anomalies anomaly.Config   `toml:"anomalies"`
	// Evidence is what is gathered on the node when an incident opens.
	Evidence evidence.Config `toml:"evidence"`
}

// SourceConfig says what to read.
type SourceConfig struct {
	Unit       string   `toml:"unit"`
	Match      []string `toml:"match"`
	JournalDir string   `toml:"journal_dir"`
	// Backend is auto, sdjournal, journalctl, or files (a finite read of
	// a journal directory from its head: run --once --journal-dir).
	Backend string `toml:"backend"`
	// From is where to start without a checkpoint: tail, head or a
	// duration such as "10m".
	From string `toml:"from"`
	// Input replaces the journal with saved journals (replay).
	Input       []string `toml:"input"`
	InputFormat string   `toml:"input_format"`
	// ReaderSilenceTimeout: a reader child (sd-journal child or
	// journalctl) that keeps stemewatch waiting this long without a sign
	// of life is killed and restarted after the last entry read.
	ReaderSilenceTimeout time.Duration `toml:"reader_silence_timeout"`
}

// MetricsConfig bounds the exported series.
type MetricsConfig struct {
	MaxErrorTypes int `toml:"max_error_types"`
	MaxAgents     int `toml:"max_agents"`
}

// defaultConfig is the configuration before any file, variable or flag.
func defaultConfig() Config {
	return Config{
		Listen:    ":18189",
		StateDir:  "/var/lib/stemewatch",
		LogLevel:  "info",
		Source:    SourceConfig{Unit: "stemedb-api", Backend: journal.BackendAuto, From: "tail", ReaderSilenceTimeout: journal.DefaultSilenceTimeout},
		Metrics:   MetricsConfig{MaxErrorTypes: sinks.DefaultMaxErrorTypes, MaxAgents: sinks.DefaultMaxAgents},
		NATS:      sinks.DefaultNATSConfig(),
		Anomalies: anomaly.Default(),
		Evidence:  evidence.Default(),
	}
}

// setting ties one configuration value to its TOML key, flag and
// environment variable (STEMEWATCH_ + the flag name upper-cased, - as _).
type setting struct {
	key, flag, usage string
	value            func(c *Config) flag.Value
}

func (s setting) env() string {
	return "STEMEWATCH_" + strings.ToUpper(strings.ReplaceAll(s.flag, "-", "_"))
}

var settings = []setting{
	{"listen", "listen", "`ADDR` serving /metrics, /healthz, /readyz", func(c *Config) flag.Value { return (*strVal)(&c.Listen) }},
	{"state_dir", "state-dir", "`DIR` for the checkpoint and state", func(c *Config) flag.Value { return (*strVal)(&c.StateDir) }},
	{"log_level", "log-level", "own log `LEVEL`: trace, debug, info, warn, error", func(c *Config) flag.Value { return (*strVal)(&c.LogLevel) }},
	{"patterns", "patterns", "rule `FILE` added to the default rules (repeatable)", func(c *Config) flag.Value { return &listVal{p: &c.Patterns} }},
	{"source.unit", "unit", "follow this systemd `UNIT` like journalctl -u", func(c *Config) flag.Value { return (*strVal)(&c.Source.Unit) }},
	{"source.match", "match", "journal match `FIELD=VALUE` (repeatable)", func(c *Config) flag.Value { return &listVal{p: &c.Source.Match} }},
	{"source.journal_dir", "journal-dir", "read the journal files of `DIR`", func(c *Config) flag.Value { return (*strVal)(&c.Source.JournalDir) }},
	{"source.backend", "journal-backend", "journal reader: auto, sdjournal, journalctl, or files (run --once over a journal directory from its head)", func(c *Config) flag.Value { return (*strVal)(&c.Source.Backend) }},
	{"source.from", "from", "start without a checkpoint at: tail, head or a duration like 10m", func(c *Config) flag.Value { return (*strVal)(&c.Source.From) }},
	{"source.input", "input", "replay a saved journal `FILE` (- for stdin; repeatable) instead of following the journal", func(c *Config) flag.Value { return &listVal{p: &c.Source.Input} }},
	{"source.input_format", "input-format", "force the input `FORMAT`: json, json-pretty, export, verbose, text, or a journalctl -o text mode (short, short-iso, ..., with-unit, cat)", func(c *Config) flag.Value { return (*strVal)(&c.Source.InputFormat) }},
	{"metrics.max_error_types", "max-error-types", "at most `N` error_type series, then \"other\"", func(c *Config) flag.Value { return (*intVal)(&c.Metrics.MaxErrorTypes) }},
	{"metrics.max_agents", "max-agents", "at most `N` agent_id series (the top agents), then \"other\"", func(c *Config) flag.Value { return (*intVal)(&c.Metrics.MaxAgents) }},
	{"evidence.enabled", "evidence", "gather evidence on the node when an incident opens: on, off or auto (auto: on when following the journal, off with --input)", func(c *Config) flag.Value { return &c.Evidence.Enabled }},
	{"nats.url", "nats-url", "publish anomalies to NATS at `URL` (none: print them as JSON lines)", func(c *Config) flag.Value { return (*strVal)(&c.NATS.URL) }},
}

type strVal string

func (v *strVal) String() string     { return string(*v) }
func (v *strVal) Set(s string) error { *v = strVal(s); return nil }

type intVal int

func (v *intVal) String() string { return strconv.Itoa(int(*v)) }
func (v *intVal) Set(s string) error {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil {
		return fmt.Errorf("not an integer: %q", s)
	}
	*v = intVal(n)
	return nil
}

// listVal replaces the list on its first Set and appends after, so a
// repeated flag overrides the file's list instead of adding to it.
type listVal struct {
	p   *[]string
	set bool
}

func (v *listVal) String() string {
	if v == nil || v.p == nil {
		return ""
	}
	return strings.Join(*v.p, ",")
}

func (v *listVal) Set(s string) error {
	if !v.set {
		*v.p, v.set = nil, true
	}
	*v.p = append(*v.p, s)
	return nil
}

// ConfigError is an invalid setting: where it came from (a file, "flag
// --x" or "env STEMEWATCH_X"), its key and why.
type ConfigError struct {
	Origin, Key, Reason string
}

func (e *ConfigError) Error() string {
	if e.Key == "" {
		return e.Origin + ": " + e.Reason
	}
	return fmt.Sprintf("%s: %s: %s", e.Origin, e.Key, e.Reason)
}

// loaded is a configuration with where each setting came from.
type loaded struct {
	Config
	path    string            // the file read, "" if none
	data    []byte            // its content, for positions
	origins map[string]string // key -> "file PATH" | "env NAME" | "flag --x"
}

func (l *loaded) origin(key string) string {
	if o, ok := l.origins[key]; ok {
		return o
	}
	return "default"
}

// sectionOrigin names the file for a problem in a [section] only the file
// sets.
func (l *loaded) sectionOrigin(section string) string {
	if l.path != "" {
		return "file " + l.path
	}
	return "default " + section
}

// flagLayer is what the command line set, in order.
type flagLayer []struct{ name, value string }

// recorder is a flag.Value that records instead of applying, so flags can
// be applied last, over the file and the environment.
type recorder struct {
	name  string
	layer *flagLayer
}

func (r *recorder) String() string { return "" }
func (r *recorder) Set(s string) error {
	*r.layer = append(*r.layer, struct{ name, value string }{r.name, s})
	return nil
}

// defineSettingFlags adds every setting as a flag that records into layer.
func defineSettingFlags(fs *flag.FlagSet, layer *flagLayer) {
	def := defaultConfig()
	for _, s := range settings {
		dv := s.value(&def).String()
		usage := s.usage + " (env " + s.env() + ")"
		fs.Var(&recorder{name: s.flag, layer: layer}, s.flag, usage)
		if f := fs.Lookup(s.flag); f != nil {
			f.DefValue = dv
		}
	}
}

// loadConfig builds the configuration: defaults, then the file (path;
// explicit says --config or STEMEWATCH_CONFIG named it, so it must exist),
// then STEMEWATCH_* variables, then the flags in layer; then Validate.
// Every problem is a *ConfigError.
func loadConfig(path string, explicit bool, getenv func(string) string, layer flagLayer) (*loaded, error) {
	l := &loaded{Config: defaultConfig(), origins: map[string]string{}}
	if path != "" {
		data, err := os.ReadFile(path)
		switch {
		case err == nil:
			l.path, l.data = path, data
			if err := decodeConfigFile(path, data, &l.Config, l.origins); err != nil {
				return nil, err
			}
		case errors.Is(err, os.ErrNotExist) && !explicit:
			// no file at the default path: defaults, env and flags only
		default:
			return nil, &ConfigError{Origin: path, Reason: "cannot read: " + pathErrReason(err)}
		}
	}
	for _, s := range settings {
		v, ok := lookupEnv(getenv, s.env())
		if !ok {
			continue
		}
		fv := s.value(&l.Config)
		parts := []string{v}
		if _, isList := fv.(*listVal); isList {
			parts = splitList(v)
			if len(parts) == 0 {
				*fv.(*listVal).p = nil
			}
		}
		for _, p := range parts {
			if err := fv.Set(p); err != nil {
				return nil, &ConfigError{Origin: "env " + s.env(), Key: s.key, Reason: err.Error()}
			}
		}
		l.origins[s.key] = "env " + s.env()
	}
	vals := map[string]flag.Value{}
	for _, f := range layer {
		s := settingByFlag(f.name)
		fv, ok := vals[f.name]
		if !ok {
			fv = s.value(&l.Config)
			vals[f.name] = fv
		}
		if err := fv.Set(f.value); err != nil {
			return nil, &ConfigError{Origin: "flag --" + f.name, Key: s.key, Reason: err.Error()}
		}
		l.origins[s.key] = "flag --" + f.name
	}
	if err := l.Validate(); err != nil {
		return nil, err
	}
	return l, nil
}

func lookupEnv(getenv func(string) string, name string) (string, bool) {
	v := getenv(name)
	return v, v != ""
}

func splitList(v string) []string {
	var out []string
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func settingByFlag(name string) setting {
	for _, s := range settings {
		if s.flag == name {
			return s
		}
	}
	panic("unknown setting flag " + name)
}

// decodeConfigFile decodes data into c strictly: unknown keys and wrong
// types are errors naming the file, line and key.
func decodeConfigFile(path string, data []byte, c *Config, origins map[string]string) error {
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(c)
	if err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			key := pe.LastKey
			reason := pe.Message
			if pe.Message == "" {
				reason = err.Error()
			}
			origin := fmt.Sprintf("%s:%d", path, pe.Position.Line)
			return &ConfigError{Origin: origin, Key: key, Reason: reason}
		}
		if m := tomlTypeErr.FindStringSubmatch(err.Error()); m != nil {
			return &ConfigError{Origin: path + ":" + m[1], Key: m[2], Reason: m[3]}
		}
		return &ConfigError{Origin: path, Reason: err.Error()}
	}
	if und := md.Undecoded(); len(und) > 0 {
		k := und[0].String()
		origin := path
		if line := keyLine(data, und[0]); line > 0 {
			origin = fmt.Sprintf("%s:%d", path, line)
		}
		return &ConfigError{Origin: origin, Key: k, Reason: "unknown key (deploy/stemewatch.toml lists every key)"}
	}
	for _, k := range md.Keys() {
		origins[k.String()] = "file " + path
	}
	return nil
}

// tomlTypeErr is how BurntSushi/toml words a type mismatch (a plain error,
// not a ParseError).
var tomlTypeErr = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]*)"\): (.*)$`)

// keyLine finds the line of key in a TOML file: a "name =" line under the
// right [table] header (or the header itself for a table key). Best
// effort: 0 when not found.
func keyLine(data []byte, key toml.Key) int {
	table := strings.Join(key[:len(key)-1], ".")
	last := key[len(key)-1]
	cur := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "[") {
			cur = strings.TrimSpace(strings.Trim(line, "[]"))
			if cur == strings.Join(key, ".") {
				return n
			}
			continue
		}
		name, _, ok := strings.Cut(line, "=")
		if ok && cur == table && strings.Trim(strings.TrimSpace(name), `"'`) == last {
			return n
		}
	}
	return 0
}
