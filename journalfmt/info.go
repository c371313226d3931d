package journalfmt

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Info describes what a Reader has read so far: the format it read and what
// it assumed. Take it at the end of the input for a report.
type Info struct {
	// Input is the input's name.
	Input string
	// Format is the format read: json, export, or for text the journalctl
	// mode of most prefixed lines (short, short-iso, ...), cat when no line
	// had a prefix.
	Format Format
	// Lines is the number of lines read (JSON and text; 0 for export).
	Lines int
	// Entries is the number of entries returned.
	Entries int
	// Foreign is the number of lines that looked like no journal format:
	// plain lines holding a NUL byte (a binary file), and in a file of
	// prefixed lines, the lines without a prefix. They were still returned
	// as plain messages.
	Foreign int
	// Notes counts journalctl's own lines skipped ("-- Boot ... --").
	Notes int
	// Continuations counts lines joined to the message before them.
	Continuations int
	// Blobs counts "[N blob data]" messages journalctl did not print
	// (returned Truncated, without a message: rerun with --all).
	Blobs int
	// NoWallClock is set when the lines carry no wall-clock time
	// (short-monotonic): entries have RealtimeUS 0.
	NoWallClock bool
	// Year is the year given to short and short-precise times, which print
	// none, at the first such line; YearAssumed says it was inferred (from
	// this machine's clock), not given in Options.
	Year        int
	YearAssumed bool
	// Zone says how times were placed in time, for a report: "from the
	// lines (+01:00)", or the zone assumed. ZoneAssumed is set when times
	// were printed without a zone and read in Options.Location or this
	// machine's zone, or named a zone this machine does not know.
	Zone        string
	ZoneAssumed bool
}

type informer interface{ info() Info }

// InfoOf returns what r has read so far. It works on every Reader this
// package returns; for others it gives an Info with only Format unset.
func InfoOf(r Reader) Info {
	if i, ok := r.(informer); ok {
		return i.info()
	}
	return Info{}
}

func (r *jsonReader) info() Info {
	f := FormatJSON
	if r.pretty {
		f = FormatJSONPretty
	}
	return Info{Input: r.name, Format: f, Lines: r.line, Entries: r.entries}
}

func (r *exportReader) info() Info {
	return Info{Input: r.name, Format: FormatExport, Entries: r.entries}
}

func (r *verboseReader) info() Info {
	return Info{Input: r.name, Format: FormatVerbose, Lines: r.line, Entries: r.entries, Blobs: r.blobs}
}

func (r *textReader) info() Info {
	in := Info{Input: r.name, Lines: r.line, Entries: r.entries, Notes: r.notes,
		Continuations: r.continuations, Blobs: r.blobs, Foreign: r.binary}
	prefixed := 0
	best := 0
	for _, f := range TextFormats {
		n := r.byVariant[f]
		prefixed += n
		if n > best {
			best, in.Format = n, f
		}
	}
	if prefixed == 0 {
		in.Format = FormatCat
		if r.want == FormatText && r.entries == 0 {
			in.Format = FormatText
		}
		return in
	}
	in.Foreign = r.plain // a prefixed file: plain lines do not belong
	switch in.Format {
	case FormatShortMonotonic:
		in.NoWallClock = true
		in.Zone = "none (monotonic times since boot)"
	case FormatShortUnix:
		in.Zone = "UTC (seconds since the epoch)"
	case FormatShortISO, FormatShortISOPrecise:
		in.Zone = "from the lines (" + offsetString(r.firstOffset) + ")"
		if r.mixedOffsets {
			in.Zone = "from the lines (" + offsetString(r.firstOffset) + " and others)"
		}
	case FormatShortFull, FormatWithUnit:
		in.Zone = "from the lines"
		if r.unknownZones > 0 {
			in.Zone = fmt.Sprintf("%q on %d lines is not a zone of %s: read as %s", r.unknownZone, r.unknownZones, r.zoneName(), r.zoneName())
			in.ZoneAssumed = true
		}
	default: // short, short-precise
		in.ZoneAssumed = true
		in.Zone = r.zoneName() + ", assumed (short times carry no zone)"
		in.Year = r.firstYear
		in.YearAssumed = r.fixedYear == 0
		if r.fixedYear != 0 {
			in.Year = r.fixedYear
		}
	}
	return in
}

// zoneName names the reader's location for people: the IANA name where it
// is known, with the abbreviation and offset now.
func (r *textReader) zoneName() string {
	name := r.loc.String()
	if r.loc == time.Local && !r.locGiven {
		name = localZoneName()
	}
	abbr, off := r.now().In(r.loc).Zone()
	if abbr == name {
		return fmt.Sprintf("%s (%s)", name, offsetString(off))
	}
	return fmt.Sprintf("%s (%s, %s)", name, abbr, offsetString(off))
}

// localZoneName is this machine's zone name: $TZ, else the zoneinfo file
// /etc/localtime points to, else "Local".
func localZoneName() string {
	if tz, ok := os.LookupEnv("TZ"); ok {
		if tz = strings.TrimPrefix(tz, ":"); tz != "" {
			return tz
		}
		return "UTC"
	}
	if p, err := os.Readlink("/etc/localtime"); err == nil {
		if i := strings.Index(p, "zoneinfo/"); i >= 0 {
			return p[i+len("zoneinfo/"):]
		}
		return filepath.Base(p)
	}
	return "Local"
}

func offsetString(off int) string {
	sign := '+'
	if off < 0 {
		sign, off = '-', -off
	}
	return fmt.Sprintf("%c%02d:%02d", sign, off/3600, off/60%60)
}

// Assumptions returns one line for a report saying how the input was read
// when that involved a guess or loses something ("format short: year 2026
// assumed, zone Europe/Berlin (CET, +01:00), assumed (short times carry no
// zone)"), or "" when nothing needs saying (JSON, export, ISO times).
func (i Info) Assumptions() string {
	var parts []string
	if i.YearAssumed {
		parts = append(parts, fmt.Sprintf("year %d assumed (the lines carry none)", i.Year))
	}
	if i.ZoneAssumed || i.NoWallClock {
		parts = append(parts, "zone "+i.Zone)
	}
	if i.Blobs > 0 {
		parts = append(parts, fmt.Sprintf("%d messages shown by journalctl as [blob data] (save with journalctl --all)", i.Blobs))
	}
	if len(parts) == 0 {
		return ""
	}
	return fmt.Sprintf("%s: read as journalctl %s: %s", i.Input, i.Format, strings.Join(parts, "; "))
}

// Warning returns one line telling a person the input was probably not
// read as they meant, or "" when it looks right. It warns when the input
// gave no entries, and when most of its lines look like no journal format
// (a binary file, a file of something else), naming the format detected
// and what to do.
func (i Info) Warning() string {
	const advice = "save the journal with journalctl -o json (e.g. journalctl -u stemedb-api -o json > saved.json) or give --input-format"
	switch {
	case i.Entries == 0:
		return fmt.Sprintf("warning: %s: 0 entries read (format %s, %d lines): %s", i.Input, i.Format, i.Lines, advice)
	case i.Foreign > 0 && 2*i.Foreign > i.Lines-i.Notes:
		return fmt.Sprintf("warning: %s: %d of %d lines do not look like journal output (read as %s): %s", i.Input, i.Foreign, i.Lines, i.Format, advice)
	case i.NoWallClock:
		return fmt.Sprintf("warning: %s: journalctl %s has no wall-clock times; times shown come from the messages, if any: save with journalctl -o json", i.Input, i.Format)
	}
	return ""
}
