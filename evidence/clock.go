package evidence

import (
	"fmt"
	"math"
	"time"

	"golang.org/x/sys/unix"

	"github.com/stemedb/stemewatch/anomaly"
)

// skewRule is the runbook's line: "sync clocks if skew > 1 second".
const skewRule = time.Second

// clockState is what adjtimex tells, in plain units.
type clockState struct {
	state    int
	unsync   bool
	offset   time.Duration
	estError time.Duration
	maxError time.Duration
}

// readAdjtimex asks the kernel for its clock discipline without changing
// it (modes 0 is a pure read; no privilege needed).
func readAdjtimex() (clockState, error) {
	var tx unix.Timex // Modes 0: read only
	st, err := unix.Adjtimex(&tx)
	if err != nil {
		return clockState{}, fmt.Errorf("adjtimex: %w", err)
	}
	off := time.Duration(tx.Offset) * time.Microsecond
	if tx.Status&unix.STA_NANO != 0 {
		off = time.Duration(tx.Offset)
	}
	return clockState{
		state:    st,
		unsync:   tx.Status&unix.STA_UNSYNC != 0 || st == unix.TIME_ERROR,
		offset:   off,
		estError: time.Duration(tx.Esterror) * time.Microsecond,
		maxError: time.Duration(tx.Maxerror) * time.Microsecond,
	}, nil
}

var timeStates = map[int]string{
	unix.TIME_OK: "TIME_OK", unix.TIME_INS: "TIME_INS", unix.TIME_DEL: "TIME_DEL",
	unix.TIME_OOP: "TIME_OOP", unix.TIME_WAIT: "TIME_WAIT", unix.TIME_ERROR: "TIME_ERROR",
}

// clock is the clock evidence. The verdict follows the runbook's 1 s rule
// as far as one node can tell: unsynchronised when the kernel says so (no
// NTP discipline: the skew to the other nodes is unknown and grows);
// error_over_1s when synchronised but the offset or the estimated error
// exceeds 1 s; ok otherwise.
func (g *Gatherer) clock() *anomaly.ClockEvidence {
	cs, err := g.adjtimex()
	if err != nil {
		return &anomaly.ClockEvidence{Verdict: anomaly.VerdictUnavailable,
			Summary: "clock unavailable: " + err.Error(), Error: err.Error()}
	}
	return clockVerdict(cs)
}

func clockVerdict(cs clockState) *anomaly.ClockEvidence {
	c := &anomaly.ClockEvidence{
		Synchronised: !cs.unsync,
		State:        timeStates[cs.state],
		OffsetS:      cs.offset.Seconds(),
		EstErrorS:    cs.estError.Seconds(),
		MaxErrorS:    cs.maxError.Seconds(),
	}
	if c.State == "" {
		c.State = fmt.Sprintf("state %d", cs.state)
	}
	worst := time.Duration(math.Abs(float64(cs.offset)))
	if cs.estError > worst {
		worst = cs.estError
	}
	switch {
	case cs.unsync:
		c.Verdict = "unsynchronised"
		c.Summary = fmt.Sprintf("clock unsynchronised (kernel %s), maximum error %s: skew to other nodes unknown, check chrony (runbook: sync clocks if skew is over 1 s)",
			c.State, round(cs.maxError))
	case worst > skewRule:
		c.Verdict = "error_over_1s"
		c.Summary = fmt.Sprintf("clock synchronised but offset %s, estimated error %s: over the runbook's 1 s, check chrony",
			round(cs.offset), round(cs.estError))
	default:
		c.Verdict = anomaly.VerdictOK
		c.Summary = fmt.Sprintf("clock synchronised, offset %s, estimated error %s (within 1 s): clocks are not the cause",
			round(cs.offset), round(cs.estError))
	}
	return c
}

// round shortens a duration for people: 2.4s, 350ms, 12µs.
func round(d time.Duration) time.Duration {
	a := d
	if a < 0 {
		a = -a
	}
	switch {
	case a >= 10*time.Second:
		return d.Round(time.Second)
	case a >= time.Second:
		return d.Round(100 * time.Millisecond)
	case a >= time.Millisecond:
		return d.Round(100 * time.Microsecond)
	}
	return d.Round(time.Microsecond)
}
