package evidence

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/stemedb/stemewatch/anomaly"
)

// hostPortRe finds candidate host:port pairs; peersIn checks each.
var hostPortRe = regexp.MustCompile(`(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9][A-Za-z0-9.-]*):([0-9]{1,5})`)

// sourceExts are file names that look like hosts in "main.rs:42".
var sourceExts = map[string]bool{"rs": true, "go": true, "py": true, "c": true, "h": true, "cc": true,
	"cpp": true, "java": true, "js": true, "ts": true, "rb": true, "toml": true, "json": true, "log": true}

// peersIn returns the host:port peers a message names: an IPv4 or
// bracketed IPv6 address, or a host name whose first label starts with a
// letter, with a port 1-65535; not part of a longer token (times such as
// 10:46:33, versions, file:line of source files).
func peersIn(msg string) []string {
	if !strings.Contains(msg, ":") {
		return nil
	}
	var out []string
	for _, m := range hostPortRe.FindAllStringSubmatchIndex(msg, -1) {
		start, end := m[0], m[1]
		host, port := msg[m[2]:m[3]], msg[m[4]:m[5]]
		if start > 0 && strings.IndexByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.:-", msg[start-1]) >= 0 {
			continue
		}
		if end < len(msg) {
			c := msg[end]
			if c == ':' || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
				continue
			}
			if c == '.' && end+1 < len(msg) && msg[end+1] >= '0' && msg[end+1] <= '9' {
				continue
			}
		}
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			continue
		}
		if !plausibleHost(host) {
			continue
		}
		out = append(out, net.JoinHostPort(strings.Trim(host, "[]"), port))
	}
	return out
}

func plausibleHost(h string) bool {
	if strings.HasPrefix(h, "[") {
		ip := net.ParseIP(strings.Trim(h, "[]"))
		return ip != nil && ip.To4() == nil
	}
	h = strings.TrimSuffix(h, ".")
	if ip := net.ParseIP(h); ip != nil {
		return ip.To4() != nil
	}
	labels := strings.Split(h, ".")
	for _, l := range labels {
		if l == "" || len(l) > 63 || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") {
			return false
		}
	}
	first := labels[0][0]
	if !(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
		return false
	}
	if len(labels) == 1 {
		return true
	}
	tld := labels[len(labels)-1]
	if strings.Trim(tld, "0123456789") == "" {
		return false // v1.2:3, a version; top-level domains are never numeric
	}
	return !sourceExts[strings.ToLower(tld)]
}

// maxTracked bounds the peers remembered per error type (the least
// recently named is forgotten first).
const maxTracked = 256

// staleAfter restarts a peer's mention count when it has not been named
// for this long (entry time).
const staleAfter = 10 * time.Minute

// tracker remembers, per error type, the peers its errors named.
type tracker struct {
	mu    sync.Mutex
	byTyp map[string]map[string]*mention
}

type mention struct {
	count       int
	first, last time.Time
}

// peerCount is a peer and how often the incident's errors named it.
type peerCount struct {
	peer  string
	count int
}

func newTracker() *tracker { return &tracker{byTyp: map[string]map[string]*mention{}} }

func (t *tracker) observe(typ, msg string, at time.Time) {
	ps := peersIn(msg)
	if len(ps) == 0 {
		return
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	m := t.byTyp[typ]
	if m == nil {
		m = map[string]*mention{}
		t.byTyp[typ] = m
	}
	for _, p := range ps {
		x := m[p]
		if x == nil {
			if len(m) >= maxTracked {
				evictOldest(m)
			}
			x = &mention{first: at}
			m[p] = x
		}
		if at.Sub(x.last) > staleAfter {
			x.count, x.first = 0, at
		}
		x.count++
		if at.After(x.last) {
			x.last = at
		}
	}
}

func evictOldest(m map[string]*mention) {
	var oldest string
	var t time.Time
	for p, x := range m {
		if oldest == "" || x.last.Before(t) {
			oldest, t = p, x.last
		}
	}
	delete(m, oldest)
}

// named returns at most max peers of typ's errors named since since, the
// most named first.
func (t *tracker) named(typ string, since time.Time, max int) []peerCount {
	t.mu.Lock()
	defer t.mu.Unlock()
	var out []peerCount
	for p, x := range t.byTyp[typ] {
		if !x.last.Before(since) {
			out = append(out, peerCount{p, x.count})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].peer < out[j].peer
	})
	if len(out) > max {
		out = out[:max]
	}
	return out
}

// probePeers connects once to each peer, concurrently, each within the
// peer timeout and ctx.
func (g *Gatherer) probePeers(ctx context.Context, peers []peerCount) *anomaly.PeersEvidence {
	if len(peers) == 0 {
		return &anomaly.PeersEvidence{Verdict: "none_named",
			Summary: "the incident's errors name no host:port peer to probe"}
	}
	probes := make([]anomaly.PeerProbe, len(peers))
	var wg sync.WaitGroup
	for i, p := range peers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			probes[i] = g.probe(ctx, p)
		}()
	}
	wg.Wait()
	return peersVerdict(probes)
}

func (g *Gatherer) probe(ctx context.Context, p peerCount) anomaly.PeerProbe {
	pr := anomaly.PeerProbe{Peer: p.peer, Mentions: p.count}
	d := net.Dialer{Timeout: g.cfg.PeerTimeout}
	t0 := time.Now()
	c, err := d.DialContext(ctx, "tcp", p.peer)
	took := time.Since(t0)
	if err == nil {
		c.Close()
		pr.Result, pr.ConnectMS = anomaly.PeerOK, ms(took)
		if pr.ConnectMS == 0 {
			pr.ConnectMS = 0.001 // answered in under a microsecond: still an answer
		}
		return pr
	}
	pr.Result, pr.Error = dialResult(err), err.Error()
	if pr.Result == anomaly.PeerTimeout {
		pr.Error = fmt.Sprintf("no answer within %s", round(took))
	}
	return pr
}

// dialResult sorts a connect failure into the runbook's words.
func dialResult(err error) string {
	var dns *net.DNSError
	switch {
	case errors.As(err, &dns) && !dns.IsTimeout:
		return anomaly.PeerDNSFailure
	case errors.Is(err, syscall.ECONNREFUSED):
		return anomaly.PeerRefused
	case errors.Is(err, syscall.EHOSTUNREACH), errors.Is(err, syscall.ENETUNREACH):
		return anomaly.PeerNoRoute
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, os.ErrDeadlineExceeded):
		return anomaly.PeerTimeout
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return anomaly.PeerTimeout
	}
	return anomaly.PeerError
}

// peersVerdict is ok when every peer answered, failing otherwise; the
// summary names the failures first.
func peersVerdict(probes []anomaly.PeerProbe) *anomaly.PeersEvidence {
	var bad, good []string
	for _, p := range probes {
		switch p.Result {
		case anomaly.PeerOK:
			good = append(good, fmt.Sprintf("%s answers in %.1f ms", p.Peer, p.ConnectMS))
		case anomaly.PeerTimeout:
			bad = append(bad, fmt.Sprintf("%s times out (%s)", p.Peer, p.Error))
		case anomaly.PeerRefused:
			bad = append(bad, p.Peer+" refuses connections")
		case anomaly.PeerNoRoute:
			bad = append(bad, p.Peer+" has no route")
		case anomaly.PeerDNSFailure:
			bad = append(bad, p.Peer+" does not resolve")
		default:
			bad = append(bad, p.Peer+": "+p.Error)
		}
	}
	pe := &anomaly.PeersEvidence{Verdict: anomaly.VerdictOK, Probes: probes}
	if len(bad) > 0 {
		pe.Verdict = "failing"
	}
	pe.Summary = strings.Join(append(bad, good...), "; ")
	return pe
}
