package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"time"

	"github.com/stemedb/stemewatch/internal/tally"
	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/templates"
)

// classifyReport is what classify reports, built once and rendered as the
// table or as SPEC.md's summary object: whatever the table shows, the JSON
// carries. The first fields are the summary object of SPEC.md; the rest
// are additions.
type classifyReport struct {
	Entries           int64            `json:"entries"`
	Errors            int64            `json:"errors"`
	SignatureFailures int64            `json:"signature_failures"`
	Malformed         int64            `json:"malformed"`
	Truncated         int64            `json:"truncated"`
	ByType            map[string]int64 `json:"by_type"`
	TopAgents         []tally.Agent    `json:"top_agents"`
	First             string           `json:"first,omitempty"`
	Last              string           `json:"last,omitempty"`

	PatternsVersion string `json:"patterns_version"`
	// Zone is the zone of every time in the report ("UTC", "CET (UTC+01:00)").
	Zone  string    `json:"zone"`
	Types []typeRow `json:"types"`
	// SignatureScope is the verdict over the whole input; the bursts have
	// their own.
	SignatureScope  sigScope           `json:"signature_scope"`
	Timeline        *timelineJSON      `json:"timeline,omitempty"`
	Bursts          []burstJSON        `json:"bursts"`
	SignatureBursts []sigBurstJSON     `json:"signature_bursts"`
	AgentsByType    []tally.AgentTypes `json:"agents_by_type"`
	// UnclassifiedTemplates is the TOP UNCLASSIFIED TEMPLATES section.
	UnclassifiedTemplates []unclassifiedTemplate `json:"unclassified_templates"`
	Skipped               skipCounts             `json:"skipped"`
	Filters               *filtersJSON           `json:"filters,omitempty"`
	Warnings              []string               `json:"warnings,omitempty"`

	tally     *tally.Tally
	templates *templates.Miner
	chart     *tally.Chart
	loc       *time.Location
	cols      int // the terminal's width for the table, 0 off a terminal
}

// typeRow is one error type's count, share and first and last seen.
type typeRow struct {
	ErrorType string  `json:"error_type"`
	Count     int64   `json:"count"`
	Share     float64 `json:"share"`
	FirstSeen string  `json:"first_seen,omitempty"`
	LastSeen  string  `json:"last_seen,omitempty"`
}

// sigScope is the signature failures' scope and the rule behind it.
type sigScope struct {
	Failures     int64   `json:"failures"`
	AtErrorLevel int64   `json:"at_error_level"`
	Agents       int     `json:"agents"`
	Scope        string  `json:"scope,omitempty"` // widespread, concentrated, "" (no agents)
	MinAgents    int     `json:"widespread_min_agents"`
	Ratio        float64 `json:"widespread_ratio"`
}

// timelineJSON is the chart: Buckets counts of StepSeconds from Start.
type timelineJSON struct {
	Start             string             `json:"start"`
	StepSeconds       int64              `json:"step_seconds"`
	Buckets           int                `json:"buckets"`
	Types             map[string][]int64 `json:"types"`
	SignatureFailures []int64            `json:"signature_failures"`
}

// burstJSON is one burst of one error type.
type burstJSON struct {
	ErrorType string   `json:"error_type"`
	From      string   `json:"from"`
	To        string   `json:"to"`
	Count     int64    `json:"count"`
	PerBucket float64  `json:"per_bucket"`
	Baseline  float64  `json:"baseline_per_bucket"`
	Ratio     *float64 `json:"ratio"` // null: none outside the burst
	Summary   string   `json:"summary"`
}

// sigBurstJSON is one burst of signature failures with its own scope.
type sigBurstJSON struct {
	From      string        `json:"from"`
	To        string        `json:"to"`
	Count     int64         `json:"count"`
	Ratio     *float64      `json:"ratio"`
	Agents    int           `json:"agents"`
	Scope     string        `json:"scope,omitempty"`
	TopAgents []tally.Agent `json:"top_agents"`
	Summary   string        `json:"summary"`
}

// filtersJSON echoes the filters the counts are under.
type filtersJSON struct {
	Since  string   `json:"since,omitempty"`
	Until  string   `json:"until,omitempty"`
	Types  []string `json:"types,omitempty"`
	Agents []string `json:"agents,omitempty"`
	Unit   string   `json:"unit,omitempty"`
}

// unclassifiedTemplate is one message template among the Unclassified
// errors, with how often it occurred and one (redacted) example.
type unclassifiedTemplate struct {
	Template string `json:"template"`
	Count    int64  `json:"count"`
	Example  string `json:"example,omitempty"`
}

// topUnclassifiedTemplates fills the TOP UNCLASSIFIED TEMPLATES section:
// the Unclassified errors' messages grouped into templates (templates/),
// the k most frequent, each with one redacted example.
func topUnclassifiedTemplates(st *classifyState, k int) []unclassifiedTemplate {
	if st.templates == nil || st.templates.Total() == 0 {
		return []unclassifiedTemplate{}
	}
	return unclassifiedTemplatesJSON(st.templates, k)
}

// defaultChartWidth is the timeline's most buckets off a terminal: an
// hour's span fits at one minute a bucket.
const defaultChartWidth = 72

func buildReport(st *classifyState, set *patterns.Set, chartWidth int) *classifyReport {
	t, o := st.t, st.o
	rep := &classifyReport{
		Entries: t.Entries, Errors: t.Errors, SignatureFailures: t.Signature,
		Malformed: t.Malformed, Truncated: t.Truncated,
		ByType: t.ByType(), TopAgents: t.TopAgents(o.top),
		PatternsVersion: set.Version(), Zone: zoneLabel(o.loc, t.First),
		AgentsByType:          t.AgentsByType(o.top),
		UnclassifiedTemplates: topUnclassifiedTemplates(st, o.top),
		Skipped:               st.skipped, Warnings: st.warnings,
		tally: t, templates: st.templates, loc: o.loc,
	}
	if !t.First.IsZero() {
		rep.First, rep.Last = rep.stamp(t.First), rep.stamp(t.Last)
	}
	for _, ty := range t.Types() {
		rep.Types = append(rep.Types, typeRow{ErrorType: ty.Name, Count: ty.Count, Share: share(ty.Count, t.Errors),
			FirstSeen: rep.stamp(ty.First), LastSeen: rep.stamp(ty.Last)})
	}
	rep.SignatureScope = sigScope{Failures: t.Signature, AtErrorLevel: t.SignatureErrors, Agents: t.SignatureAgents(),
		Scope: o.scope.verdict(t.SignatureAgents(), t.Signature), MinAgents: o.scope.minAgents, Ratio: o.scope.ratio}
	if o.since != "" || o.until != "" || len(o.types) > 0 || len(o.agents) > 0 || o.unitGiven {
		f := &filtersJSON{Since: rep.stamp(o.from), Until: rep.stamp(o.to), Types: o.types, Agents: o.agents}
		if o.unitGiven {
			f.Unit = o.unit
		}
		rep.Filters = f
	}
	rep.Bursts, rep.SignatureBursts = []burstJSON{}, []sigBurstJSON{}
	if c := t.Timeline.Chart(chartWidth); c != nil {
		rep.chart = c
		rep.Timeline = &timelineJSON{Start: rep.stamp(c.Start), StepSeconds: int64(c.Step / time.Second),
			Buckets: len(c.Signature), Types: c.Types, SignatureFailures: c.Signature}
		for _, ty := range t.Types() {
			for _, b := range tally.Bursts(c.Types[ty.Name]) {
				rep.Bursts = append(rep.Bursts, rep.burst(ty.Name, b))
			}
		}
		for _, b := range tally.Bursts(c.Signature) {
			rep.SignatureBursts = append(rep.SignatureBursts, rep.sigBurst(b, o.scope))
		}
	}
	return rep
}

// stamp is t in the report's zone, RFC 3339; "" for the zero time.
func (rep *classifyReport) stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(rep.loc).Format(time.RFC3339Nano)
}

// span is a burst's start and end as a person reads them.
func (rep *classifyReport) span(b tally.Burst) string {
	c := rep.chart
	from, to := c.BucketStart(b.From).In(rep.loc), c.BucketStart(b.To+1).In(rep.loc)
	f := "15:04"
	if c.Step < time.Minute {
		f = "15:04:05"
	}
	if rep.tally.First.In(rep.loc).YearDay() != rep.tally.Last.In(rep.loc).YearDay() {
		return from.Format("Jan 2 "+f) + "-" + to.Format("Jan 2 "+f)
	}
	return from.Format(f) + "-" + to.Format(f)
}

func ratioOf(b tally.Burst) (*float64, string) {
	r := b.Ratio()
	if r == 0 {
		return nil, "none outside it"
	}
	r = math.Round(r*10) / 10
	if r >= 10 {
		return &r, fmt.Sprintf("%.0fx its baseline", r)
	}
	return &r, fmt.Sprintf("%.1fx its baseline", r)
}

func (rep *classifyReport) burst(name string, b tally.Burst) burstJSON {
	c := rep.chart
	r, rs := ratioOf(b)
	return burstJSON{ErrorType: name, From: rep.stamp(c.BucketStart(b.From)), To: rep.stamp(c.BucketStart(b.To + 1)),
		Count: b.Count, PerBucket: round1(b.PerBucket), Baseline: round1(b.Baseline), Ratio: r,
		Summary: fmt.Sprintf("%s %s, %s (%s errors, %s%s, usually %s)", name, rep.span(b), rs, groupDigits(b.Count),
			fmtRate(b.PerBucket), perStep(c.Step), fmtRate(b.Baseline))}
}

func (rep *classifyReport) sigBurst(b tally.Burst, rule scopeRule) sigBurstJSON {
	c := rep.chart
	agents, _ := c.SignatureAgents(b.From, b.To)
	r, rs := ratioOf(b)
	sb := sigBurstJSON{From: rep.stamp(c.BucketStart(b.From)), To: rep.stamp(c.BucketStart(b.To + 1)), Count: b.Count,
		Ratio: r, Agents: len(agents), Scope: rule.verdict(len(agents), b.Count), TopAgents: agents[:min(len(agents), 5)]}
	sb.Summary = fmt.Sprintf("signature failures %s, %s (%s failures from %s): %s", rep.span(b), rs, groupDigits(b.Count),
		plural(int64(len(agents)), "agent"), rule.hint(len(agents), b.Count))
	return sb
}

func round1(f float64) float64 { return math.Round(f*10) / 10 }

func fmtRate(f float64) string {
	if f >= 10 || f == math.Trunc(f) {
		return fmt.Sprintf("%.0f", f)
	}
	return fmt.Sprintf("%.1f", f)
}

// perStep is "per bucket" as a unit: "/min", "/s", "/h", "/day", "/5m".
func perStep(d time.Duration) string {
	switch d {
	case time.Second:
		return "/s"
	case time.Minute:
		return "/min"
	case time.Hour:
		return "/h"
	case 24 * time.Hour:
		return "/day"
	}
	return "/" + shortDuration(d)
}

// shortDuration is "5m", "30s", "3h", "1d".
func shortDuration(d time.Duration) string {
	switch {
	case d >= 24*time.Hour && d%(24*time.Hour) == 0:
		return fmt.Sprintf("%dd", d/(24*time.Hour))
	case d >= time.Hour && d%time.Hour == 0:
		return fmt.Sprintf("%dh", d/time.Hour)
	case d >= time.Minute && d%time.Minute == 0:
		return fmt.Sprintf("%dm", d/time.Minute)
	}
	return fmt.Sprintf("%ds", d/time.Second)
}

func share(n, of int64) float64 {
	if of == 0 {
		return 0
	}
	return math.Round(1000*float64(n)/float64(of)) / 10
}

func writeReportJSON(w io.Writer, rep *classifyReport) {
	if rep.TopAgents == nil {
		rep.TopAgents = []tally.Agent{}
	}
	if rep.Types == nil {
		rep.Types = []typeRow{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(rep)
}
