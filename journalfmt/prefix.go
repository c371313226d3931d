package journalfmt

import (
	"bytes"
	"time"
)

// This file parses the prefix journalctl's short output modes put before
// each message (systemd logs-show.c, output_short):
//
//	short              Nov 25 09:46:40 host ident[pid]: msg
//	short-precise      Nov 25 09:46:40.000331 host ident[pid]: msg
//	short-iso          2026-11-25T09:46:40+0000 host ident[pid]: msg   (+00:00 in newer systemd)
//	short-iso-precise  2026-11-25T09:46:40.000331+0000 host ident[pid]: msg
//	short-full         Wed 2026-11-25 09:46:40 UTC host ident[pid]: msg
//	with-unit          Wed 2026-11-25 09:46:40 UTC host unit.service[pid]: msg
//	short-unix         1795600000.000331 host ident[pid]: msg
//	short-monotonic    [    1.000000] host ident[pid]: msg
//
// The host is missing with --no-hostname, the [pid] when the entry has none;
// the identifier is "unknown" when the entry has neither SYSLOG_IDENTIFIER
// nor _COMM. Lines of a multi-line message after the first are indented by
// the prefix's width.

// prefix is what a line's prefix gave.
type prefix struct {
	variant    Format
	us         int64 // realtime in µs since the epoch, 0 when the line has none
	host       []byte
	ident      []byte
	msg        int  // offset of the message in the line
	zoneInLine bool // the time carried its own zone or offset
	offset     int  // for short-iso: the offset in seconds east of UTC
}

// maxHeader bounds the "host ident[pid]" part searched for ": ".
const maxHeader = 512

var monthNames = [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// parsePrefix parses line's journalctl prefix. want restricts the variant
// (FormatText accepts any). It reports false when line has no prefix.
func (r *textReader) parsePrefix(line []byte, want Format) (p prefix, ok bool) {
	if len(line) < 12 {
		return p, false
	}
	var n int
	c := line[0]
	switch {
	case c == '[':
		n, ok = parseMonotonic(line)
		p.variant = FormatShortMonotonic
	case c >= '0' && c <= '9':
		if len(line) > 4 && line[4] == '-' {
			n, ok = r.parseISO(line, &p)
		} else {
			n, ok = parseUnix(line, &p)
		}
	case c >= 'A' && c <= 'Z':
		if len(line) > 3 && line[3] == ' ' && len(line) > 8 && line[8] == '-' {
			n, ok = r.parseFull(line, &p)
		} else {
			n, ok = r.parseShort(line, &p)
		}
	}
	if !ok || n >= len(line) || line[n] != ' ' {
		return p, false
	}
	n++
	// The header runs to the first ": " (or a final ':', for an empty
	// message whose trailing space was trimmed).
	end := min(len(line), n+maxHeader)
	i := bytes.Index(line[n:end], []byte(": "))
	switch {
	case i >= 0:
		p.msg = n + i + 2
	case end == len(line) && len(line) > n && line[len(line)-1] == ':':
		i = len(line) - 1 - n
		p.msg = len(line)
	default:
		return p, false
	}
	header := line[n : n+i]
	if len(header) == 0 || header[0] == ' ' {
		return p, false
	}
	if sp := bytes.IndexByte(header, ' '); sp >= 0 {
		p.host, p.ident = header[:sp], header[sp+1:]
		for _, b := range p.host {
			if b < '!' || b == 0x7f {
				return p, false
			}
		}
	} else {
		p.ident = header
	}
	// Drop "[pid]".
	if k := len(p.ident); k > 2 && p.ident[k-1] == ']' {
		if j := bytes.LastIndexByte(p.ident, '['); j > 0 {
			p.ident = p.ident[:j]
		}
	}
	if len(p.ident) == 0 || p.ident[0] == ' ' {
		return p, false
	}
	if p.variant == FormatShortFull && isUnitName(p.ident) {
		p.variant = FormatWithUnit
	}
	if want != FormatText && want != p.variant {
		// short-full and with-unit differ only in what the header names.
		if !(want == FormatShortFull && p.variant == FormatWithUnit) {
			return p, false
		}
		p.variant = FormatShortFull
	}
	return p, true
}

// isUnitName reports whether s ends in a systemd unit suffix, as the header
// of `journalctl -o with-unit` does ("stemedb-api.service").
func isUnitName(s []byte) bool {
	if i := bytes.IndexByte(s, '/'); i >= 0 { // "unit/user-unit"
		s = s[:i]
	}
	dot := bytes.LastIndexByte(s, '.')
	if dot <= 0 {
		return false
	}
	switch string(s[dot+1:]) {
	case "service", "scope", "socket", "slice", "mount", "timer", "target", "path", "swap", "device", "automount":
		return true
	}
	return false
}

// digits parses exactly n decimal digits at b[i:].
func digits(b []byte, i, n int) (int, bool) {
	if i+n > len(b) {
		return 0, false
	}
	v := 0
	for _, c := range b[i : i+n] {
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// clock parses "HH:MM:SS" at b[i:] and an optional fraction ".f" (1 to 9
// digits, kept to the microsecond). It returns the end offset.
func clock(b []byte, i int) (h, m, s, us, end int, ok bool) {
	if i+8 > len(b) || b[i+2] != ':' || b[i+5] != ':' {
		return
	}
	var ok1, ok2, ok3 bool
	h, ok1 = digits(b, i, 2)
	m, ok2 = digits(b, i+3, 2)
	s, ok3 = digits(b, i+6, 2)
	if !ok1 || !ok2 || !ok3 || h > 23 || m > 59 || s > 60 {
		return
	}
	end = i + 8
	if end < len(b) && b[end] == '.' {
		j, scale := end+1, 100000
		for j < len(b) && b[j] >= '0' && b[j] <= '9' && j-end <= 9 {
			us += int(b[j]-'0') * scale
			scale /= 10
			j++
		}
		if j == end+1 {
			return
		}
		end = j
	}
	return h, m, s, us, end, true
}

// date parses "YYYY-MM-DD" at b[i:].
func date(b []byte, i int) (y, mo, d int, ok bool) {
	if i+10 > len(b) || b[i+4] != '-' || b[i+7] != '-' {
		return
	}
	var ok1, ok2, ok3 bool
	y, ok1 = digits(b, i, 4)
	mo, ok2 = digits(b, i+5, 2)
	d, ok3 = digits(b, i+8, 2)
	return y, mo, d, ok1 && ok2 && ok3 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31
}

// parseShort parses "Mmm dd HH:MM:SS[.ffffff]" (the day may also be
// space-padded, as syslog writes it). The year is inferred.
func (r *textReader) parseShort(b []byte, p *prefix) (int, bool) {
	mon := -1
	for k, name := range monthNames {
		if string(b[:3]) == name {
			mon = k + 1
			break
		}
	}
	if mon < 0 || b[3] != ' ' {
		return 0, false
	}
	i := 4
	var day int
	var ok bool
	if b[i] == ' ' {
		day, ok = digits(b, i+1, 1)
	} else {
		day, ok = digits(b, i, 2)
	}
	i += 2
	if !ok || day < 1 || day > 31 || i >= len(b) || b[i] != ' ' {
		return 0, false
	}
	h, m, s, us, end, ok := clock(b, i+1)
	if !ok {
		return 0, false
	}
	p.variant = FormatShort
	if end > i+9 {
		p.variant = FormatShortPrecise
	}
	y := r.inferYear(mon, day, h)
	p.us = time.Date(y, time.Month(mon), day, h, m, s, 0, r.loc).Unix()*1e6 + int64(us)
	return end, true
}

// parseISO parses "YYYY-MM-DDTHH:MM:SS[.ffffff]+HHMM" (or "+HH:MM").
func (r *textReader) parseISO(b []byte, p *prefix) (int, bool) {
	y, mo, d, ok := date(b, 0)
	if !ok || len(b) < 11 || b[10] != 'T' {
		return 0, false
	}
	h, m, s, us, end, ok := clock(b, 11)
	if !ok || end >= len(b) || (b[end] != '+' && b[end] != '-') {
		return 0, false
	}
	sign := 1
	if b[end] == '-' {
		sign = -1
	}
	oh, ok1 := digits(b, end+1, 2)
	j := end + 3
	if j < len(b) && b[j] == ':' {
		j++
	}
	om, ok2 := digits(b, j, 2)
	if !ok1 || !ok2 {
		return 0, false
	}
	off := sign * (oh*3600 + om*60)
	p.variant = FormatShortISO
	if end > 19 {
		p.variant = FormatShortISOPrecise
	}
	p.zoneInLine, p.offset = true, off
	p.us = (time.Date(y, time.Month(mo), d, h, m, s, 0, time.UTC).Unix()-int64(off))*1e6 + int64(us)
	return j + 2, true
}

// parseFull parses "Www YYYY-MM-DD HH:MM:SS[.ffffff] ZONE".
func (r *textReader) parseFull(b []byte, p *prefix) (int, bool) {
	for _, c := range b[:3] {
		if (c < 'A' || c > 'Z') && (c < 'a' || c > 'z') {
			return 0, false
		}
	}
	y, mo, d, ok := date(b, 4)
	if !ok || len(b) < 15 || b[14] != ' ' {
		return 0, false
	}
	h, m, s, us, end, ok := clock(b, 15)
	if !ok || end >= len(b) || b[end] != ' ' {
		return 0, false
	}
	zs := end + 1
	ze := zs
	for ze < len(b) && ze-zs <= 8 && b[ze] != ' ' {
		c := b[ze]
		if !(c >= 'A' && c <= 'Z') && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && c != '+' && c != '-' {
			return 0, false
		}
		ze++
	}
	if ze == zs || ze-zs > 8 {
		return 0, false
	}
	p.variant = FormatShortFull
	p.zoneInLine = true
	p.us = r.zoneTime(b[zs:ze], y, mo, d, h, m, s)*1e6 + int64(us)
	return ze, true
}

// zoneTime resolves a zone abbreviation as printed by strftime's %Z: UTC
// and numeric offsets are exact; other names are looked up in the reader's
// location (standard and summer time). A name the location does not know is
// read in the location, and counted.
func (r *textReader) zoneTime(tok []byte, y, mo, d, h, m, s int) int64 {
	switch string(tok) {
	case "UTC", "GMT", "UCT", "Z":
		return time.Date(y, time.Month(mo), d, h, m, s, 0, time.UTC).Unix()
	}
	if tok[0] == '+' || tok[0] == '-' { // "+03", "-0330"
		oh, ok1 := digits(tok, 1, 2)
		om, ok2 := 0, len(tok) == 3
		if len(tok) == 5 {
			om, ok2 = digits(tok, 3, 2)
		}
		if ok1 && ok2 {
			off := oh*3600 + om*60
			if tok[0] == '-' {
				off = -off
			}
			return time.Date(y, time.Month(mo), d, h, m, s, 0, time.UTC).Unix() - int64(off)
		}
	}
	t := time.Date(y, time.Month(mo), d, h, m, s, 0, r.loc)
	if name, _ := t.Zone(); name == string(tok) {
		return t.Unix()
	}
	for _, probe := range [2]time.Month{time.January, time.July} {
		name, off := time.Date(y, probe, 1, 12, 0, 0, 0, r.loc).Zone()
		if name == string(tok) {
			return time.Date(y, time.Month(mo), d, h, m, s, 0, time.UTC).Unix() - int64(off)
		}
	}
	r.unknownZones++
	if r.unknownZone == "" {
		r.unknownZone = string(tok)
	}
	return t.Unix()
}

// parseUnix parses "SSSSSSSSSS.ffffff" (seconds since the epoch).
func parseUnix(b []byte, p *prefix) (int, bool) {
	var sec int64
	i := 0
	for i < len(b) && i < 12 && b[i] >= '0' && b[i] <= '9' {
		sec = sec*10 + int64(b[i]-'0')
		i++
	}
	if i == 0 || i >= len(b) || b[i] != '.' {
		return 0, false
	}
	us, ok := digits(b, i+1, 6)
	if !ok {
		return 0, false
	}
	p.variant = FormatShortUnix
	p.zoneInLine = true
	p.us = sec*1e6 + int64(us)
	return i + 7, true
}

// parseMonotonic parses "[ SSSSS.ffffff]" or, for short-delta,
// "[ SSSSS.ffffff <    D.ffffff >]": seconds since boot, no wall time.
func parseMonotonic(b []byte) (int, bool) {
	i := 1
	for i < len(b) && b[i] == ' ' {
		i++
	}
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		i++
	}
	if i == start || i >= len(b) || b[i] != '.' {
		return 0, false
	}
	if _, ok := digits(b, i+1, 6); !ok {
		return 0, false
	}
	i += 7
	if i < len(b) && b[i] == ' ' { // short-delta
		j := bytes.IndexByte(b[i:min(len(b), i+40)], ']')
		if j < 0 {
			return 0, false
		}
		i += j
	}
	if i >= len(b) || b[i] != ']' {
		return 0, false
	}
	return i + 1, true
}

// inferYear returns the year of a short-format date, which has none: the
// current year in the reader's zone for the first line (the year before
// when that would put the line more than two days in the future), then
// following the lines: a jump back of more than six months (Dec to Jan) is
// a new year, a jump forward of as much (journalctl -r) the year before.
func (r *textReader) inferYear(mon, day, hour int) int {
	if r.fixedYear != 0 {
		return r.fixedYear
	}
	if r.year == 0 {
		now := r.now().In(r.loc)
		y := now.Year()
		if time.Date(y, time.Month(mon), day, hour, 0, 0, 0, r.loc).After(now.Add(48 * time.Hour)) {
			y--
		}
		r.year, r.firstYear, r.lastMonth = y, y, mon
		return y
	}
	switch {
	case mon < r.lastMonth-6:
		r.year++
	case mon > r.lastMonth+6:
		r.year--
	}
	r.lastMonth = mon
	return r.year
}

// isNote reports whether line is one of journalctl's own lines: "-- Boot
// ID --", "-- No entries --", "-- Journal begins at ... --", "-- Logs begin
// at ... --", "-- Reboot --", or a catalog line of -x ("-- " or "░░ ").
func isNote(line []byte) bool {
	if bytes.HasPrefix(line, []byte("░░ ")) || bytes.Equal(line, []byte("░░")) {
		return true
	}
	if !bytes.HasPrefix(line, []byte("-- ")) {
		return false
	}
	rest := line[3:]
	for _, w := range [...]string{"Boot ", "No entries", "Reboot", "Journal begins", "Journal ends", "Logs begin"} {
		if bytes.HasPrefix(rest, []byte(w)) {
			return bytes.HasSuffix(rest, []byte("--"))
		}
	}
	return false
}

// isBlob reports whether msg is journalctl's stand-in for a message it
// would not print ("[177B blob data]", "[1.2K blob data]"): not UTF-8
// printable, shown in full only with --all.
func isBlob(msg []byte) bool {
	if len(msg) < 13 || msg[0] != '[' || !bytes.HasSuffix(msg, []byte(" blob data]")) {
		return false
	}
	size := msg[1 : len(msg)-len(" blob data]")]
	if len(size) == 0 || size[0] < '0' || size[0] > '9' {
		return false
	}
	for _, c := range size {
		if !(c >= '0' && c <= '9') && c != '.' && !(c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}
