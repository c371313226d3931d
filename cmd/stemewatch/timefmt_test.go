package main

import (
	"testing"
	"time"
)

func TestParseTimeSpec(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zoneinfo:", err)
	}
	now := time.Date(2026, 11, 25, 10, 30, 0, 0, time.UTC) // 11:30 in Berlin
	for _, tc := range []struct{ in, want string }{
		{"2026-11-25 11:06:00", "2026-11-25T10:06:00Z"},
		{"2026-11-25 11:06", "2026-11-25T10:06:00Z"},
		{"2026-11-25", "2026-11-24T23:00:00Z"},
		{"2026-11-25 10:06 UTC", "2026-11-25T10:06:00Z"},
		{"2026-11-25T10:06:00Z", "2026-11-25T10:06:00Z"},
		{"11:06", "2026-11-25T10:06:00Z"},
		{"today", "2026-11-24T23:00:00Z"},
		{"yesterday", "2026-11-23T23:00:00Z"},
		{"tomorrow", "2026-11-25T23:00:00Z"},
		{"now", "2026-11-25T10:30:00Z"},
		{"-1h", "2026-11-25T09:30:00Z"},
		{"+30min", "2026-11-25T11:00:00Z"},
		{"1h 30min ago", "2026-11-25T09:00:00Z"},
		{"-2h30m", "2026-11-25T08:00:00Z"},
		{"@1795600000", "2026-11-25T09:46:40Z"},
	} {
		got, err := parseTimeSpec(tc.in, now, berlin)
		if err != nil || !got.Equal(mustTime(t, tc.want)) {
			t.Errorf("%q: got %v, %v; want %s", tc.in, got.UTC(), err, tc.want)
		}
	}
	for _, bad := range []string{"", "soon", "-1 fortnight", "25/11/2026", "-h"} {
		if _, err := parseTimeSpec(bad, now, berlin); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}

func mustTime(t *testing.T, s string) time.Time {
	tm, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatal(err)
	}
	return tm
}

func TestZoneLabel(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no zoneinfo:", err)
	}
	winter, summer := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC), time.Date(2026, 7, 1, 0, 0, 0, 0, time.UTC)
	if got := zoneLabel(berlin, winter); got != "CET (UTC+01:00)" {
		t.Errorf("winter: %q", got)
	}
	if got := zoneLabel(berlin, summer); got != "CEST (UTC+02:00)" {
		t.Errorf("summer: %q", got)
	}
	if got := zoneLabel(time.UTC, winter); got != "UTC" {
		t.Errorf("utc: %q", got)
	}
	if got := zoneLabel(time.FixedZone("", -(5*3600+1800)), winter); got != "UTC-05:30" {
		t.Errorf("fixed: %q", got)
	}
}

func TestClosest(t *testing.T) {
	flags := []string{"format", "input", "input-format", "since", "until", "type", "agent", "utc"}
	for in, want := range map[string]string{"frmat": "format", "fromat": "format", "inptu": "input", "sinse": "since", "input-fmt": "input-format", "xyz": "", "inp": "", "unt": "until"} {
		if got := closest(in, flags); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
