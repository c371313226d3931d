package tally

import (
	"math"
	"sort"
	"time"
)

// ladder is the bucket widths a timeline counts in, each dividing the
// next, so counts kept at one width add up exactly into any wider one.
var ladder = []time.Duration{
	time.Second, 5 * time.Second, 10 * time.Second, 30 * time.Second,
	time.Minute, 5 * time.Minute, 10 * time.Minute, 30 * time.Minute,
	time.Hour, 3 * time.Hour, 6 * time.Hour, 12 * time.Hour, 24 * time.Hour, 7 * 24 * time.Hour,
}

// Memory bounds of a timeline: at most maxSpan buckets between the first
// and the last (wider buckets are used past that), and at most
// maxBucketAgents distinct agents remembered per signature bucket.
const (
	maxSpan         = 2048
	maxBucketAgents = 4096
)

// Timeline counts errors per type and signature failures (with their
// agents) in time buckets, as fine as the span allows: it starts at one
// second and widens its buckets along the ladder when the span grows.
type Timeline struct {
	res       int                        // index in ladder
	types     map[string]map[int64]int64 // type -> bucket -> count
	sig       map[int64]int64
	sigAgents map[int64]map[string]int64
	lo, hi    int64
	any       bool
	capped    bool // a bucket held more distinct agents than remembered
}

func newTimeline() *Timeline {
	return &Timeline{types: map[string]map[int64]int64{}, sig: map[int64]int64{}, sigAgents: map[int64]map[string]int64{}}
}

// key is at's bucket, after widening the buckets if at stretches the span.
func (tl *Timeline) key(at time.Time) int64 {
	u := at.Unix()
	tl.see(tl.keyAt(u))
	return tl.keyAt(u)
}

func (tl *Timeline) keyAt(u int64) int64 {
	s := int64(ladder[tl.res] / time.Second)
	k := u / s
	if u%s < 0 {
		k--
	}
	return k
}

// see widens the buckets until the span including k fits.
func (tl *Timeline) see(k int64) {
	if !tl.any {
		tl.lo, tl.hi, tl.any = k, k, true
		return
	}
	lo, hi := min(tl.lo, k), max(tl.hi, k)
	for hi-lo >= maxSpan && tl.res < len(ladder)-1 {
		f := int64(ladder[tl.res+1] / ladder[tl.res])
		tl.coarsen(f)
		lo, hi = floorDiv(lo, f), floorDiv(hi, f)
	}
	tl.lo, tl.hi = lo, hi
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b < 0 {
		q--
	}
	return q
}

func (tl *Timeline) coarsen(f int64) {
	tl.res++
	for name, m := range tl.types {
		tl.types[name] = regroup(m, f)
	}
	tl.sig = regroup(tl.sig, f)
	agents := map[int64]map[string]int64{}
	for k, m := range tl.sigAgents {
		nk := floorDiv(k, f)
		dst := agents[nk]
		if dst == nil {
			dst = map[string]int64{}
			agents[nk] = dst
		}
		for a, n := range m {
			if _, ok := dst[a]; ok || len(dst) < maxBucketAgents {
				dst[a] += n
			} else {
				tl.capped = true
			}
		}
	}
	tl.sigAgents = agents
}

func regroup(m map[int64]int64, f int64) map[int64]int64 {
	out := make(map[int64]int64, len(m)/int(f)+1)
	for k, n := range m {
		out[floorDiv(k, f)] += n
	}
	return out
}

// extend stretches the span to at (an entry read, error or not), so the
// chart covers the whole input.
func (tl *Timeline) extend(at time.Time) { tl.see(tl.keyAt(at.Unix())) }

// addError counts one error of type name at.
func (tl *Timeline) addError(at time.Time, name string) {
	k := tl.key(at)
	m := tl.types[name]
	if m == nil {
		m = map[int64]int64{}
		tl.types[name] = m
	}
	m[k]++
}

// addSignature counts one signature failure at, by agent ("" unknown).
func (tl *Timeline) addSignature(at time.Time, agent string) {
	k := tl.key(at)
	tl.sig[k]++
	if agent == "" {
		return
	}
	m := tl.sigAgents[k]
	if m == nil {
		m = map[string]int64{}
		tl.sigAgents[k] = m
	}
	if _, ok := m[agent]; ok || len(m) < maxBucketAgents {
		m[agent]++
	} else {
		tl.capped = true
	}
}

// Chart is a timeline regrouped for display: N buckets of Step from Start.
type Chart struct {
	Start time.Time
	Step  time.Duration
	// Types maps each error type to its N bucket counts.
	Types map[string][]int64
	// Signature is the signature failures' N bucket counts.
	Signature []int64

	tl    *Timeline
	first int64 // first bucket's key at the timeline's resolution
	per   int64 // timeline buckets per chart bucket
}

// Chart regroups the timeline into at most width buckets of the finest
// ladder width that fits the span (nil when nothing was counted).
func (tl *Timeline) Chart(width int) *Chart {
	if !tl.any || width < 1 {
		return nil
	}
	res := int64(ladder[tl.res] / time.Second)
	step := tl.res
	for step < len(ladder)-1 {
		s := int64(ladder[step] / time.Second)
		first, last := floorDiv(tl.lo*res, s), floorDiv(tl.hi*res, s)
		if last-first+1 <= int64(width) {
			break
		}
		step++
	}
	s := int64(ladder[step] / time.Second)
	first, last := floorDiv(tl.lo*res, s), floorDiv(tl.hi*res, s)
	n := int(last - first + 1)
	per := s / res
	c := &Chart{Start: time.Unix(first*s, 0).UTC(), Step: ladder[step], Types: map[string][]int64{},
		tl: tl, first: first * per, per: per}
	idx := func(k int64) int { return int(floorDiv(k, per) - first) }
	for name, m := range tl.types {
		row := make([]int64, n)
		for k, v := range m {
			row[idx(k)] += v
		}
		c.Types[name] = row
	}
	c.Signature = make([]int64, n)
	for k, v := range tl.sig {
		c.Signature[idx(k)] += v
	}
	return c
}

// BucketStart is the start of chart bucket i.
func (c *Chart) BucketStart(i int) time.Time { return c.Start.Add(time.Duration(i) * c.Step) }

// SignatureAgents returns the distinct agents with signature failures in
// chart buckets from..to (inclusive), most failures first, and whether the
// list may be incomplete (a bucket held more agents than remembered).
func (c *Chart) SignatureAgents(from, to int) ([]Agent, bool) {
	lo, hi := c.first+int64(from)*c.per, c.first+int64(to+1)*c.per
	sum := map[string]int64{}
	for k, m := range c.tl.sigAgents {
		if k < lo || k >= hi {
			continue
		}
		for a, n := range m {
			sum[a] += n
		}
	}
	out := make([]Agent, 0, len(sum))
	for a, n := range sum {
		out = append(out, Agent{AgentID: a, Errors: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Errors != out[j].Errors {
			return out[i].Errors > out[j].Errors
		}
		return out[i].AgentID < out[j].AgentID
	})
	return out, c.tl.capped
}

// Burst is a run of chart buckets well above a series' usual level.
type Burst struct {
	// From and To are the first and last bucket (inclusive).
	From, To int
	// Count is the events in the burst.
	Count int64
	// PerBucket is the burst's mean count per bucket; Baseline the series'
	// mean per bucket outside its bursts (0: none outside them).
	PerBucket, Baseline float64
}

// Ratio is how many times its baseline the burst's rate is (0 when there is
// no baseline to compare with).
func (b Burst) Ratio() float64 {
	if b.Baseline == 0 {
		return 0
	}
	return b.PerBucket / b.Baseline
}

// Burst detection: a bucket is hot when it holds at least burstFactor
// times the series' median bucket and at least minHot events; hot buckets
// at most one bucket apart are one burst; a burst needs minBurst events,
// burstFactor times the mean of the buckets outside the bursts, and more
// than that mean could give by chance (see Bursts).
const (
	burstFactor = 3
	minHot      = 3
	minBurst    = 5
)

// Bursts finds the bursts of one series of bucket counts, in time order.
func Bursts(row []int64) []Burst {
	n := len(row)
	if n < 4 {
		return nil // too few buckets to speak of a baseline
	}
	sorted := append([]int64(nil), row...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	median := float64(sorted[n/2])
	if n%2 == 0 {
		median = float64(sorted[n/2-1]+sorted[n/2]) / 2
	}
	hot := make([]bool, n)
	for i, v := range row {
		hot[i] = v >= minHot && float64(v) >= burstFactor*median
	}
	var runs [][2]int
	for i := 0; i < n; i++ {
		if !hot[i] {
			continue
		}
		if k := len(runs); k > 0 && i-runs[k-1][1] <= 2 {
			runs[k-1][1] = i
			continue
		}
		runs = append(runs, [2]int{i, i})
	}
	in := make([]bool, n)
	for _, r := range runs {
		for i := r[0]; i <= r[1]; i++ {
			in[i] = true
		}
	}
	var outSum int64
	outN := 0
	for i, v := range row {
		if !in[i] {
			outSum += v
			outN++
		}
	}
	base := 0.0
	if outN > 0 {
		base = float64(outSum) / float64(outN)
	}
	var out []Burst
	for _, r := range runs {
		var sum int64
		for i := r[0]; i <= r[1]; i++ {
			sum += row[i]
		}
		b := Burst{From: r[0], To: r[1], Count: sum, PerBucket: float64(sum) / float64(r[1]-r[0]+1), Baseline: base}
		// Not noise: a Poisson count with the baseline's mean exceeds
		// mean + 4 standard deviations + 4 rarely, however many buckets
		// and types are looked at.
		expect := base * float64(r[1]-r[0]+1)
		if sum < minBurst || (base > 0 && b.PerBucket < burstFactor*base) || float64(sum) < expect+4*math.Sqrt(expect)+4 {
			continue
		}
		out = append(out, b)
	}
	return out
}
