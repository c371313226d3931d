package anomaly

import (
	"errors"
	"fmt"
	"time"

	"github.com/stemedb/stemewatch/classifier"
)

// Config holds every threshold of the detectors. The zero value is not
// useful: start from Default() and override fields. Durations are TOML
// strings ("1m", "30m"). The run command embeds it under [anomalies].
type Config struct {
	// Window is the sliding window every rate is measured over, on entry
	// time. It moves in steps of Window/Buckets.
	Window  time.Duration `toml:"window"`
	Buckets int           `toml:"buckets"`
	// BaselineSpan is the time constant of the moving baselines (an
	// exponentially weighted mean per bucket); Warmup is how long a fresh
	// baseline counts as zero-rate history, so a quiet start does not make
	// the first errors look normal or abnormal.
	BaselineSpan time.Duration `toml:"baseline_span"`
	Warmup       time.Duration `toml:"warmup"`
	// MaxSamples messages (redacted, cut to SampleBytes) travel with each
	// anomaly.
	MaxSamples  int `toml:"max_samples"`
	SampleBytes int `toml:"sample_bytes"`
	// TopAgents is how many agents top_agents lists.
	TopAgents int `toml:"top_agents"`

	ErrorRate         ErrorRateConfig      `toml:"error_rate"`
	NewErrorType      NewErrorTypeConfig   `toml:"new_error_type"`
	SignatureFailures SignatureConfig      `toml:"signature_failures"`
	AgentErrors       AgentErrorsConfig    `toml:"agent_errors"`
	DataCorruption    DataCorruptionConfig `toml:"data_corruption"`
	JournalGap        JournalGapConfig     `toml:"journal_gap"`
	Storm             StormConfig          `toml:"storm"`

	// Runbooks overrides the runbook link per kind ("error_rate" =
	// "https://wiki/high-error-rate#..."). For error_rate and
	// signature_failures a "{type}" in the value becomes the error type's
	// runbook anchor word ("storage", "authentication").
	Runbooks map[string]string `toml:"runbooks"`
}

// RateConfig is a count in the window against a moving baseline: an incident
// opens when the count reaches max(MinCount, Factor*baseline +
// Sigmas*sqrt(baseline)), escalates to critical at CriticalFactor times that
// threshold, and resolves when the count falls below CloseRatio times it.
type RateConfig struct {
	Enabled        bool    `toml:"enabled"`
	MinCount       int     `toml:"min_count"`
	Factor         float64 `toml:"factor"`
	Sigmas         float64 `toml:"sigmas"`
	CriticalFactor float64 `toml:"critical_factor"`
	CloseRatio     float64 `toml:"close_ratio"`
}

// ErrorRateConfig configures error_rate, per error type. Signature failures
// are left to signature_failures, and errors of one agent that dominates a
// type's window (DominantShare of it) to agent_errors, so one cause gives
// one kind of anomaly.
type ErrorRateConfig struct {
	RateConfig
	DominantShare float64 `toml:"dominant_share"`
	// MaxTypes bounds the types tracked; further types share "other".
	MaxTypes int `toml:"max_types"`
}

// NewErrorTypeConfig configures new_error_type. MaxKnown bounds the known
// set; past it new types are no longer announced.
type NewErrorTypeConfig struct {
	Enabled  bool `toml:"enabled"`
	MaxKnown int  `toml:"max_known"`
}

// SignatureConfig configures signature_failures. A burst is widespread when
// at least WidespreadMinAgents distinct agents fail and they are at least
// WidespreadRatio of the failures; otherwise concentrated.
type SignatureConfig struct {
	RateConfig
	WidespreadMinAgents int     `toml:"widespread_min_agents"`
	WidespreadRatio     float64 `toml:"widespread_ratio"`
	// TopK bounds the agents tracked per bucket (Space-Saving).
	TopK int `toml:"top_k"`
}

// AgentErrorsConfig configures agent_errors: an agent with at least
// MinCount errors in the window that are at least MinShare of the node's
// errors. It resolves below CloseRatio of both. At most MaxOpen agents are
// reported at once.
type AgentErrorsConfig struct {
	Enabled    bool    `toml:"enabled"`
	MinCount   int     `toml:"min_count"`
	MinShare   float64 `toml:"min_share"`
	CloseRatio float64 `toml:"close_ratio"`
	MaxOpen    int     `toml:"max_open"`
	// TopK bounds the agents tracked per bucket (Space-Saving).
	TopK int `toml:"top_k"`
}

// DataCorruptionConfig configures data_corruption: the first error of one
// of Types is reported at once; the next ones within Cooldown of the last
// message are coalesced into one update.
type DataCorruptionConfig struct {
	Enabled  bool          `toml:"enabled"`
	Types    []string      `toml:"types"`
	Cooldown time.Duration `toml:"cooldown"`
}

// JournalGapConfig configures journal_gap: a gap is reported at once, later
// gaps within Cooldown are coalesced.
type JournalGapConfig struct {
	Enabled  bool          `toml:"enabled"`
	Cooldown time.Duration `toml:"cooldown"`
}

// StormConfig is the storm guard: per kind, at most MaxOpen incidents open
// in any Window of entry time; past it the rest are held back and, when the
// window ends, one summary message of the kind gives their count and the
// first Examples of them (counted in stemewatch_anomalies_coalesced_total).
type StormConfig struct {
	Enabled  bool          `toml:"enabled"`
	Window   time.Duration `toml:"window"`
	MaxOpen  int           `toml:"max_open"`
	Examples int           `toml:"examples"`
}

// Default returns the defaults, tuned on an hour of a busy stemedb-api node
// (about 15 errors a minute): a spike must be three times its type's usual
// rate plus three standard deviations, and at least 10 a minute; a
// signature-failure burst likewise and at least 12; one agent must make 18
// errors a minute and 45% of the node's. On the bundled hour each scenario
// incident is still found, and nothing else, with these thresholds scaled
// anywhere from 0.8 to 1.4 (0.6 to 1.5 for error_rate and signatures).
func Default() Config {
	return Config{
		Window:       time.Minute,
		Buckets:      6,
		BaselineSpan: 30 * time.Minute,
		Warmup:       5 * time.Minute,
		MaxSamples:   3,
		SampleBytes:  400,
		TopAgents:    5,
		ErrorRate: ErrorRateConfig{
			RateConfig:    RateConfig{Enabled: true, MinCount: 10, Factor: 3, Sigmas: 3, CriticalFactor: 3, CloseRatio: 0.5},
			DominantShare: 0.5,
			MaxTypes:      64,
		},
		NewErrorType: NewErrorTypeConfig{Enabled: true, MaxKnown: 1024},
		SignatureFailures: SignatureConfig{
			RateConfig:          RateConfig{Enabled: true, MinCount: 12, Factor: 3, Sigmas: 3, CriticalFactor: 3, CloseRatio: 0.5},
			WidespreadMinAgents: 8,
			WidespreadRatio:     0.5,
			TopK:                64,
		},
		AgentErrors: AgentErrorsConfig{Enabled: true, MinCount: 18, MinShare: 0.45, CloseRatio: 0.5, MaxOpen: 16, TopK: 64},
		DataCorruption: DataCorruptionConfig{
			Enabled:  true,
			Types:    []string{classifier.SerializationError},
			Cooldown: time.Minute,
		},
		JournalGap: JournalGapConfig{Enabled: true, Cooldown: time.Minute},
		Storm:      StormConfig{Enabled: true, Window: 10 * time.Minute, MaxOpen: 10, Examples: 5},
	}
}

// ConfigError is an invalid setting: Field is its TOML path under
// [anomalies].
type ConfigError struct {
	Field string
	Value any
	Err   error
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("anomalies.%s = %v: %v", e.Field, e.Value, e.Err)
}

func (e *ConfigError) Unwrap() error { return e.Err }

// Validate reports the first invalid setting as a *ConfigError.
func (c *Config) Validate() error {
	bad := func(field string, v any, msg string) error {
		return &ConfigError{Field: field, Value: v, Err: errors.New(msg)}
	}
	if c.Window < time.Second {
		return bad("window", c.Window, "must be at least 1s")
	}
	if c.Buckets < 2 || c.Buckets > 120 {
		return bad("buckets", c.Buckets, "must be between 2 and 120")
	}
	if c.BaselineSpan < c.Window {
		return bad("baseline_span", c.BaselineSpan, "must be at least the window")
	}
	if c.Warmup < 0 {
		return bad("warmup", c.Warmup, "must not be negative")
	}
	if c.MaxSamples < 0 || c.MaxSamples > 50 {
		return bad("max_samples", c.MaxSamples, "must be between 0 and 50")
	}
	if c.SampleBytes < 32 || c.SampleBytes > 64<<10 {
		return bad("sample_bytes", c.SampleBytes, "must be between 32 and 65536")
	}
	if c.TopAgents < 0 || c.TopAgents > 100 {
		return bad("top_agents", c.TopAgents, "must be between 0 and 100")
	}
	if err := c.ErrorRate.RateConfig.validate("error_rate"); err != nil {
		return err
	}
	if s := c.ErrorRate.DominantShare; s <= 0 || s > 1 {
		return bad("error_rate.dominant_share", s, "must be in (0, 1]")
	}
	if c.ErrorRate.MaxTypes < 1 || c.ErrorRate.MaxTypes > 10000 {
		return bad("error_rate.max_types", c.ErrorRate.MaxTypes, "must be between 1 and 10000")
	}
	if c.NewErrorType.MaxKnown < 1 {
		return bad("new_error_type.max_known", c.NewErrorType.MaxKnown, "must be at least 1")
	}
	if err := c.SignatureFailures.RateConfig.validate("signature_failures"); err != nil {
		return err
	}
	if c.SignatureFailures.WidespreadMinAgents < 1 {
		return bad("signature_failures.widespread_min_agents", c.SignatureFailures.WidespreadMinAgents, "must be at least 1")
	}
	if r := c.SignatureFailures.WidespreadRatio; r < 0 || r > 1 {
		return bad("signature_failures.widespread_ratio", r, "must be in [0, 1]")
	}
	if k := c.SignatureFailures.TopK; k < 4 || k > 100000 {
		return bad("signature_failures.top_k", k, "must be between 4 and 100000")
	}
	a := c.AgentErrors
	if a.MinCount < 1 {
		return bad("agent_errors.min_count", a.MinCount, "must be at least 1")
	}
	if a.MinShare <= 0 || a.MinShare > 1 {
		return bad("agent_errors.min_share", a.MinShare, "must be in (0, 1]")
	}
	if a.CloseRatio <= 0 || a.CloseRatio > 1 {
		return bad("agent_errors.close_ratio", a.CloseRatio, "must be in (0, 1]")
	}
	if a.MaxOpen < 1 {
		return bad("agent_errors.max_open", a.MaxOpen, "must be at least 1")
	}
	if a.TopK < 4 || a.TopK > 100000 {
		return bad("agent_errors.top_k", a.TopK, "must be between 4 and 100000")
	}
	if c.DataCorruption.Cooldown < 0 {
		return bad("data_corruption.cooldown", c.DataCorruption.Cooldown, "must not be negative")
	}
	for _, t := range c.DataCorruption.Types {
		if t == "" {
			return bad("data_corruption.types", c.DataCorruption.Types, "must not contain an empty type")
		}
	}
	if c.JournalGap.Cooldown < 0 {
		return bad("journal_gap.cooldown", c.JournalGap.Cooldown, "must not be negative")
	}
	if st := c.Storm; st.Enabled {
		if st.Window < c.Window {
			return bad("storm.window", st.Window, "must be at least the window")
		}
		if st.MaxOpen < 1 {
			return bad("storm.max_open", st.MaxOpen, "must be at least 1")
		}
		if st.Examples < 0 || st.Examples > 50 {
			return bad("storm.examples", st.Examples, "must be between 0 and 50")
		}
	}
	for k := range c.Runbooks {
		if !validKind(k) {
			return bad("runbooks", k, "is not an anomaly kind")
		}
	}
	return nil
}

func (r *RateConfig) validate(name string) error {
	bad := func(field string, v any, msg string) error {
		return &ConfigError{Field: name + "." + field, Value: v, Err: errors.New(msg)}
	}
	if r.MinCount < 1 {
		return bad("min_count", r.MinCount, "must be at least 1")
	}
	if r.Factor < 1 {
		return bad("factor", r.Factor, "must be at least 1")
	}
	if r.Sigmas < 0 {
		return bad("sigmas", r.Sigmas, "must not be negative")
	}
	if r.CriticalFactor < 1 {
		return bad("critical_factor", r.CriticalFactor, "must be at least 1")
	}
	if r.CloseRatio <= 0 || r.CloseRatio > 1 {
		return bad("close_ratio", r.CloseRatio, "must be in (0, 1]")
	}
	return nil
}
