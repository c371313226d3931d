package main

import (
	"github.com/stemedb/stemewatch/anomaly"
)

// scopeRule is when signature failures are widespread rather than
// concentrated: at least minAgents distinct agents that are at least ratio
// of the failures. It is the anomaly detector's rule with the detector's
// configuration (anomalies.signature_failures.widespread_min_agents and
// widespread_ratio), so classify, tail and the published anomalies agree.
type scopeRule struct {
	minAgents int
	ratio     float64
}

// loadScope reads the rule from the configuration file: path as given
// (--config or STEMEWATCH_CONFIG: it must exist), or the default path if
// it exists, or the defaults. An invalid file is a usage error.
func loadScope(e *env, path string) (scopeRule, error) {
	explicit := path != ""
	if !explicit {
		path = e.getenv("STEMEWATCH_CONFIG")
		explicit = path != ""
	}
	if !explicit {
		path = DefaultConfigPath
	}
	l, err := loadConfig(path, explicit, e.getenv, nil)
	if err != nil {
		return scopeRule{}, usagef("%v", err)
	}
	s := l.Anomalies.SignatureFailures
	return scopeRule{minAgents: s.WidespreadMinAgents, ratio: s.WidespreadRatio}, nil
}

// verdict is "widespread", "concentrated", or "" when no agent is known.
func (r scopeRule) verdict(agents int, failures int64) string {
	switch {
	case agents == 0:
		return ""
	case agents >= r.minAgents && float64(agents) >= r.ratio*float64(failures):
		return anomaly.ScopeWidespread
	default:
		return anomaly.ScopeConcentrated
	}
}

// hint is the verdict with what it suggests to the runbook's reader.
func (r scopeRule) hint(agents int, failures int64) string {
	switch r.verdict(agents, failures) {
	case "":
		return "no agent ids logged"
	case anomaly.ScopeWidespread:
		return "widespread (suspect this node's clock or a fleet-wide client change)"
	default:
		return "concentrated (suspect a client fault or abuse)"
	}
}
