package journal

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/VictoriaMetrics/metrics"
	"github.com/rs/zerolog"
)

// Backends.
const (
	BackendAuto       = "auto"
	BackendSDJournal  = "sdjournal"
	BackendJournalctl = "journalctl"
	// BackendFiles reads the journal files of Dir itself, in Go
	// (internal/journalfile): only a finite read from the head.
	BackendFiles = "files"
)

// Where the sd-journal reader runs (Config.Process).
const (
	ProcessAuto      = "auto"
	ProcessInProcess = "in-process"
	ProcessChild     = "child"
)

// droppedMessageID is journald's SD_MESSAGE_JOURNAL_DROPPED, the MESSAGE_ID
// of its "Suppressed N messages from UNIT" notices (checked in the 252
// binary).
const droppedMessageID = "a596d6fe7bfa4994828e72309e95d61e"

// Config says what to read and from where. The zero value (plus Follow)
// follows the whole local journal from its end.
type Config struct {
	// Backend is auto (default), sdjournal or journalctl. See New for what
	// auto picks.
	Backend string
	// Process is where the sd-journal reader runs: auto (default: in-process
	// only when every journal directory is on a filesystem that punches
	// holes, see holes.go), in-process or child.
	Process string
	// Unit matches like `journalctl -u`: a bare name gets ".service".
	Unit string
	// Matches are FIELD=VALUE terms ANDed with the unit (same field twice:
	// OR), like journalctl's positional matches.
	Matches []string
	// Dir reads the journal files of one directory instead of the local
	// journal (forensics on copied journals).
	Dir string
	// Namespace reads a journald namespace's journal (journalctl
	// --namespace); with the sdjournal backend it needs Dir instead.
	Namespace string
	// Cursor resumes after this entry (a checkpoint). It wins over From.
	Cursor string
	// From is where to start without a cursor: "tail" (default: only new
	// entries), "head", or a duration such as "10m" (entries newer than now
	// minus it).
	From string
	// Lines, with From "tail", starts that many entries before the end.
	Lines int
	// Follow waits for new entries; false reads to the current end and
	// returns.
	Follow bool
	// BatchSize caps the entries per batch (default 512).
	BatchSize int
	// Logger gets the source's own logs (child stderr, restarts, gaps).
	Logger zerolog.Logger
	// Journalctl is the journalctl binary (default "journalctl" on PATH).
	Journalctl string

	// IdleInterval is how often an empty batch carries the current cursor
	// during a quiet stretch (default 1 s).
	IdleInterval time.Duration

	// SilenceTimeout is how long a reader child (sd-journal child or
	// journalctl) may keep the source waiting without a sign of life
	// before it is killed and restarted after the last entry read
	// (default DefaultSilenceTimeout). See watchdog.go.
	SilenceTimeout time.Duration
	// Metrics, when set, receives the source's own series
	// (MetricReaderRestarts by reason, MetricReaderSilence).
	Metrics *metrics.Set
}

// withDefaults returns cfg with defaults filled in, validated.
func (cfg Config) withDefaults() (Config, error) {
	if cfg.Backend == "" {
		cfg.Backend = BackendAuto
	}
	switch cfg.Backend {
	case BackendAuto, BackendSDJournal, BackendJournalctl, BackendFiles:
	default:
		return cfg, fmt.Errorf("journal backend %q: want auto, sdjournal, journalctl or files", cfg.Backend)
	}
	if cfg.Process == "" {
		cfg.Process = ProcessAuto
	}
	switch cfg.Process {
	case ProcessAuto, ProcessInProcess, ProcessChild:
	default:
		return cfg, fmt.Errorf("journal reader process %q: want auto, in-process or child", cfg.Process)
	}
	if cfg.Unit != "" {
		cfg.Unit = UnitName(cfg.Unit)
	}
	for _, m := range cfg.Matches {
		if err := ValidateMatch(m); err != nil {
			return cfg, err
		}
	}
	if cfg.From == "" {
		cfg.From = "tail"
	}
	if _, _, err := parseFrom(cfg.From); err != nil {
		return cfg, err
	}
	if cfg.Lines < 0 {
		return cfg, fmt.Errorf("journal lines %d: must be >= 0", cfg.Lines)
	}
	if cfg.BatchSize <= 0 {
		cfg.BatchSize = 512
	}
	if cfg.Journalctl == "" {
		cfg.Journalctl = "journalctl"
	}
	if cfg.IdleInterval <= 0 {
		cfg.IdleInterval = time.Second
	}
	if cfg.SilenceTimeout < 0 {
		return cfg, fmt.Errorf("journal reader silence timeout %v: must not be negative", cfg.SilenceTimeout)
	}
	if cfg.SilenceTimeout == 0 {
		cfg.SilenceTimeout = DefaultSilenceTimeout
	}
	if cfg.SilenceTimeout < 2*time.Second {
		// The sd-journal child speaks every 250 ms when idle, but a
		// loaded machine can hold it up for a second or so.
		return cfg, fmt.Errorf("journal reader silence timeout %v: must be at least 2s", cfg.SilenceTimeout)
	}
	if strings.ContainsAny(cfg.Cursor, "\n\x00") {
		return cfg, errors.New("journal cursor contains a newline or NUL")
	}
	return cfg, nil
}

// parseFrom returns the start mode ("tail", "head", "since") and, for
// "since", how far back.
func parseFrom(s string) (string, time.Duration, error) {
	switch s {
	case "tail", "head":
		return s, 0, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return "", 0, fmt.Errorf("journal start %q: want tail, head or a positive duration like 10m", s)
	}
	return "since", d, nil
}

// UnitName completes a unit name like systemctl: a name without a unit
// type suffix gets ".service".
func UnitName(u string) string {
	for _, suf := range []string{".service", ".socket", ".target", ".device", ".mount",
		".automount", ".swap", ".timer", ".path", ".slice", ".scope"} {
		if strings.HasSuffix(u, suf) {
			return u
		}
	}
	return u + ".service"
}

// ValidateMatch checks a FIELD=VALUE match the way sd_journal_add_match
// does: a non-empty field of uppercase letters, digits and underscores, not
// starting with a digit, then '='.
func ValidateMatch(m string) error {
	field, _, ok := strings.Cut(m, "=")
	if !ok {
		return fmt.Errorf("journal match %q: want FIELD=VALUE", m)
	}
	if field == "" || len(field) > 64 {
		return fmt.Errorf("journal match %q: field name must be 1-64 characters", m)
	}
	for i, c := range field {
		switch {
		case c >= 'A' && c <= 'Z', c == '_':
		case c >= '0' && c <= '9' && i > 0:
		default:
			return fmt.Errorf("journal match %q: field name may only hold A-Z, 0-9 and _", m)
		}
	}
	return nil
}

// terms returns the match expression as a disjunction of conjunctions (each
// term is a list of FIELD=VALUE, ANDed; same field twice ORed, as
// sd-journal does). nil means "everything".
//
// With a unit it is what `journalctl -u UNIT MATCHES...` selects
// (systemd's add_matches_for_unit), each alternative ANDed with the user's
// matches:
//
//	_SYSTEMD_UNIT=U
//	∨ MESSAGE_ID=<coredump> ∧ _UID=0 ∧ COREDUMP_UNIT=U
//	∨ _PID=1 ∧ UNIT=U
//	∨ _UID=0 ∧ OBJECT_SYSTEMD_UNIT=U
//	∨ _SYSTEMD_SLICE=U                       (slices only)
//
// plus, so that rate limiting is seen, journald's own "Suppressed N
// messages" notices (MESSAGE_ID=<dropped> ∧ _TRANSPORT=driver), which the
// reader turns into gaps instead of entries.
func (cfg *Config) terms() [][]string {
	if cfg.Unit == "" {
		if len(cfg.Matches) == 0 {
			return nil
		}
		return [][]string{append([]string(nil), cfg.Matches...)}
	}
	u := cfg.Unit
	alts := [][]string{
		{"_SYSTEMD_UNIT=" + u},
		{"MESSAGE_ID=fc2e22bc6ee647b6b90729ab34a250b1", "_UID=0", "COREDUMP_UNIT=" + u},
		{"_PID=1", "UNIT=" + u},
		{"_UID=0", "OBJECT_SYSTEMD_UNIT=" + u},
	}
	if strings.HasSuffix(u, ".slice") {
		alts = append(alts, []string{"_SYSTEMD_SLICE=" + u})
	}
	var out [][]string
	for _, a := range alts {
		out = append(out, append(a, cfg.Matches...))
	}
	return append(out, []string{"MESSAGE_ID=" + droppedMessageID, "_TRANSPORT=driver"})
}

// journalctlMatchArgs returns terms as journalctl positional arguments
// ("+" between alternatives).
func journalctlMatchArgs(terms [][]string) []string {
	var args []string
	for i, t := range terms {
		if i > 0 {
			args = append(args, "+")
		}
		args = append(args, t...)
	}
	return args
}

// parseSuppressed parses journald's "Suppressed N messages from UNIT".
func parseSuppressed(msg []byte) (n int64, unit string, ok bool) {
	s, ok := strings.CutPrefix(string(msg), "Suppressed ")
	if !ok {
		return 0, "", false
	}
	num, unit, ok := strings.Cut(s, " messages from ")
	if !ok {
		return 0, "", false
	}
	n, err := strconv.ParseInt(num, 10, 64)
	if err != nil || n < 0 {
		return 0, "", false
	}
	return n, unit, true
}
