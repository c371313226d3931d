package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
)

// tailProc is a running `stemewatch tail` whose standard output lines
// arrive, time-stamped, on lines.
type tailProc struct {
	cmd    *exec.Cmd
	lines  chan arrived
	stderr *syncBuffer
	done   chan struct{}
}

type arrived struct {
	text string
	at   time.Time
}

func startTail(t *testing.T, args ...string) *tailProc {
	t.Helper()
	p := &tailProc{lines: make(chan arrived, 1000), stderr: &syncBuffer{}, done: make(chan struct{})}
	p.cmd = exec.Command(stemewatchBin(t), append([]string{"tail"}, args...)...)
	p.cmd.Stderr = p.stderr
	out, err := p.cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		defer close(p.done)
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			p.lines <- arrived{sc.Text(), time.Now()}
		}
		io.Copy(io.Discard, out)
	}()
	t.Cleanup(func() {
		if p.cmd.ProcessState == nil {
			p.cmd.Process.Kill()
			p.cmd.Wait()
		}
	})
	return p
}

// next returns the next line containing want, or fails after timeout.
func (p *tailProc) next(t *testing.T, want string, timeout time.Duration) arrived {
	t.Helper()
	deadline := time.After(timeout)
	for {
		select {
		case a := <-p.lines:
			if strings.Contains(a.text, want) {
				return a
			}
		case <-deadline:
			t.Fatalf("no line with %q within %v; stderr:\n%s", want, timeout, p.stderr.String())
		}
	}
}

// TestTailFollowsLiveJournal writes entries to the real journald and
// measures how long each takes to appear on tail's standard output, in
// both views (--json, flushed per event, and the human lines). journald
// batches its change notifications (about 250 ms here), so the bound
// asserted is generous; the figures are logged.
func TestTailFollowsLiveJournal(t *testing.T) {
	jd := testenv.Journald(t)
	for _, backend := range []string{"auto", "journalctl"} {
		t.Run(backend, func(t *testing.T) { tailFollow(t, jd, backend) })
	}
}

func tailFollow(t *testing.T, jd *testenv.Instance, backend string) {
	ident := fmt.Sprintf("stemewatch-tail-%d-%s", os.Getpid(), backend)
	sel := []string{"--backend", backend, "--unit", "", "--match", "SYSLOG_IDENTIFIER=" + ident, "--summary", "0"}
	js := startTail(t, append(sel, "--json")...)
	human := startTail(t, append(sel, "--utc", "--width", "120")...)

	send := func(msg string) time.Time {
		at := time.Now()
		jd.Send(t, "MESSAGE="+msg, "PRIORITY=3", "SYSLOG_IDENTIFIER="+ident)
		return at
	}
	// tail starts at the end of the journal: write until both see one.
	ready := func(p *tailProc) bool {
		for {
			select {
			case a := <-p.lines:
				if strings.Contains(a.text, "warm-up") {
					return true
				}
			default:
				return false
			}
		}
	}
	jsReady, humanReady := false, false
	if err := testenv.Eventually(20*time.Second, func() bool {
		send("ERROR stemedb_api::test: warm-up entry agent_id=agent-0001")
		time.Sleep(200 * time.Millisecond)
		jsReady = jsReady || ready(js)
		humanReady = humanReady || ready(human)
		return jsReady && humanReady
	}); err != nil {
		t.Fatalf("tail never showed a live entry (json %v, human %v); stderr:\n%s\n%s", jsReady, humanReady, js.stderr.String(), human.stderr.String())
	}
	time.Sleep(300 * time.Millisecond)
	for _, p := range []*tailProc{js, human} { // drop the other warm-ups
		for len(p.lines) > 0 {
			<-p.lines
		}
	}

	const n = 20
	var latJSON, latHuman []time.Duration
	for i := range n {
		at := send(fmt.Sprintf("ERROR stemedb_storage::wal: fsync failed on segment %d agent_id=agent-%04d", 1000+i, i))
		a := js.next(t, fmt.Sprintf(`"fsync failed on segment %d"`, 1000+i), 5*time.Second)
		var ev map[string]any
		if err := json.Unmarshal([]byte(a.text), &ev); err != nil || ev["error_type"] != "StorageError" || ev["agent_id"] != fmt.Sprintf("agent-%04d", i) {
			t.Errorf("event %q: %v", a.text, err)
		}
		latJSON = append(latJSON, a.at.Sub(at))
		h := human.next(t, fmt.Sprintf("fsync failed on segment %d", 1000+i), 5*time.Second)
		if !strings.Contains(h.text, " Storage ") {
			t.Errorf("human line %q", h.text)
		}
		latHuman = append(latHuman, h.at.Sub(at))
		time.Sleep(time.Duration(50+i*23%200) * time.Millisecond) // not in step with journald's timer
	}
	report := func(name string, lat []time.Duration) {
		within := 0
		for _, l := range lat {
			if l <= 300*time.Millisecond {
				within++
			}
			if l > 2*time.Second {
				t.Errorf("%s: an entry took %v to appear", name, l)
			}
		}
		slices.Sort(lat)
		t.Logf("journald write → %s line: p50 %v p90 %v max %v; %d/%d within 300 ms",
			name, lat[len(lat)/2].Round(time.Millisecond), lat[len(lat)*9/10].Round(time.Millisecond),
			lat[len(lat)-1].Round(time.Millisecond), within, len(lat))
	}
	report(backend+": tail --json", latJSON)
	report(backend+": tail", latHuman)

	// Ctrl-C (SIGINT): exit 0 at once, with the final summary.
	for name, p := range map[string]*tailProc{"json": js, "human": human} {
		start := time.Now()
		p.cmd.Process.Signal(syscall.SIGINT)
		err := p.cmd.Wait()
		took := time.Since(start)
		t.Logf("%s: SIGINT to exit: %v", name, took.Round(time.Millisecond))
		if err != nil || took > 2*time.Second {
			t.Errorf("%s: exit after SIGINT: %v after %v; stderr:\n%s", name, err, took, p.stderr.String())
		}
		if s := p.stderr.String(); !strings.Contains(s, "-- following the whole journal from the end") ||
			!strings.Contains(s, fmt.Sprintf("StorageError %d", n)) {
			t.Errorf("%s: stderr lacks the header or the final summary:\n%s", name, s)
		}
	}
}
