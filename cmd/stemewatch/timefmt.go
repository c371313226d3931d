package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The time convention of every command, as journalctl's: times people read
// are local time unless --utc is given, and the zone is printed once where
// they are read. Machine output (JSON) carries RFC 3339 times with their
// offset in the same zone.

// displayZone is the zone times are shown in: UTC with --utc, else local.
func displayZone(utc bool) *time.Location {
	if utc {
		return time.UTC
	}
	return time.Local
}

// zoneLabel names loc as a person reads it at t: "UTC", or the local
// abbreviation with its offset, "CET (UTC+01:00)".
func zoneLabel(loc *time.Location, t time.Time) string {
	if t.IsZero() {
		t = time.Now()
	}
	t = t.In(loc)
	name, off := t.Zone()
	if off == 0 && (name == "UTC" || name == "GMT" || name == "") {
		return "UTC"
	}
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	zone := fmt.Sprintf("UTC%s%02d:%02d", sign, off/3600, off%3600/60)
	if name == "" || strings.HasPrefix(name, "+") || strings.HasPrefix(name, "-") {
		return zone
	}
	return name + " (" + zone + ")"
}

// timesNote is the one line (or clause) saying which zone times are in.
func timesNote(loc *time.Location, t time.Time) string {
	if loc == time.UTC {
		return "times in UTC"
	}
	return "times in local time, " + zoneLabel(loc, t) + "; --utc for UTC"
}

// parseTimeSpec reads a --since/--until value as journalctl does:
// "2026-11-25 09:50:00", "2026-11-25 09:50", "2026-11-25", "09:50[:00]"
// (today), RFC 3339, "@UNIX-SECONDS", "now", "today", "yesterday",
// "tomorrow", and times relative to now: "-1h", "+30min", "2h ago",
// "1h 30min ago". A trailing " UTC" reads the absolute forms in UTC;
// otherwise they are in loc.
func parseTimeSpec(s string, now time.Time, loc *time.Location) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, fmt.Errorf("empty time")
	}
	if strings.HasSuffix(s, " UTC") {
		s, loc = strings.TrimSpace(strings.TrimSuffix(s, " UTC")), time.UTC
	}
	day := func(off int) time.Time {
		n := now.In(loc)
		return time.Date(n.Year(), n.Month(), n.Day()+off, 0, 0, 0, 0, loc)
	}
	switch s {
	case "now":
		return now, nil
	case "today":
		return day(0), nil
	case "yesterday":
		return day(-1), nil
	case "tomorrow":
		return day(1), nil
	}
	if strings.HasPrefix(s, "@") {
		f, err := strconv.ParseFloat(s[1:], 64)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q: want @SECONDS since the epoch", s)
		}
		return time.UnixMicro(int64(f * 1e6)), nil
	}
	switch {
	case strings.HasPrefix(s, "-"), strings.HasPrefix(s, "+"), strings.HasSuffix(s, " ago"), strings.HasSuffix(s, " left"):
		sign := time.Duration(1)
		rest := s
		switch {
		case strings.HasPrefix(s, "-"):
			sign, rest = -1, s[1:]
		case strings.HasPrefix(s, "+"):
			rest = s[1:]
		case strings.HasSuffix(s, " ago"):
			sign, rest = -1, strings.TrimSuffix(s, " ago")
		default:
			rest = strings.TrimSuffix(s, " left")
		}
		d, err := parseSpan(rest)
		if err != nil {
			return time.Time{}, fmt.Errorf("%q: %v", s, err)
		}
		return now.Add(sign * d), nil
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{"2006-01-02 15:04:05.999999", "2006-01-02T15:04:05.999999", "2006-01-02 15:04", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, nil
		}
	}
	for _, layout := range []string{"15:04:05.999999", "15:04"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			d := day(0)
			return time.Date(d.Year(), d.Month(), d.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), loc), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q: want a time as journalctl takes it: \"2026-11-25 09:50:00\", \"09:50\", \"today\", \"yesterday\", \"-1h\", \"30min ago\", \"@1795600000\" (a trailing \" UTC\" for UTC)", s)
}

// spanUnits are systemd.time(7)'s time span units.
var spanUnits = map[string]time.Duration{
	"us": time.Microsecond, "usec": time.Microsecond, "µs": time.Microsecond,
	"ms": time.Millisecond, "msec": time.Millisecond,
	"s": time.Second, "sec": time.Second, "second": time.Second, "seconds": time.Second,
	"m": time.Minute, "min": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"d": 24 * time.Hour, "day": 24 * time.Hour, "days": 24 * time.Hour,
	"w": 7 * 24 * time.Hour, "week": 7 * 24 * time.Hour, "weeks": 7 * 24 * time.Hour,
}

// parseSpan reads a time span: "1h", "90min", "1h 30min", "2h30m", "1.5h".
func parseSpan(s string) (time.Duration, error) {
	var total time.Duration
	rest := strings.TrimSpace(s)
	if rest == "" {
		return 0, fmt.Errorf("empty time span")
	}
	for rest != "" {
		i := 0
		for i < len(rest) && (rest[i] >= '0' && rest[i] <= '9' || rest[i] == '.') {
			i++
		}
		if i == 0 {
			return 0, fmt.Errorf("time span %q: want a number then a unit (s, min, h, d, w)", s)
		}
		n, err := strconv.ParseFloat(rest[:i], 64)
		if err != nil {
			return 0, fmt.Errorf("time span %q: %v", s, err)
		}
		rest = strings.TrimLeft(rest[i:], " ")
		j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != 'µ' })
		if j < 0 {
			j = len(rest)
		}
		unit := rest[:j]
		rest = strings.TrimLeft(rest[j:], " ")
		if unit == "" {
			unit = "s" // systemd: a bare number is seconds
		}
		u, ok := spanUnits[unit]
		if !ok {
			return 0, fmt.Errorf("time span %q: unknown unit %q (want s, min, h, d, w)", s, unit)
		}
		total += time.Duration(n * float64(u))
	}
	return total, nil
}

// clockIn formats t for a person in loc: the date only when the span
// (first to last) crosses days.
func clockIn(t time.Time, loc *time.Location, withDate bool) string {
	if t.IsZero() {
		return "-"
	}
	if withDate {
		return t.In(loc).Format("2006-01-02 15:04:05")
	}
	return t.In(loc).Format("15:04:05")
}
