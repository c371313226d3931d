package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/sidecar/checkpoint"
)

var (
	stemegenOnce sync.Once
	stemegenPath string
	stemegenErr  error
)

// stemegen builds cmd/stemegen once per test process, beside the
// stemewatch binary.
func stemegen(t *testing.T) string {
	t.Helper()
	dir := filepath.Dir(stemewatchBin(t)) // removed by TestMain
	stemegenOnce.Do(func() {
		stemegenPath = filepath.Join(dir, "stemegen")
		if out, err := exec.Command("go", "build", "-o", stemegenPath, "../stemegen").CombinedOutput(); err != nil {
			stemegenErr = fmt.Errorf("build stemegen: %v\n%s", err, out)
		}
	})
	if stemegenErr != nil {
		t.Fatal(stemegenErr)
	}
	return stemegenPath
}

// genJournalFile writes n stemegen entries (more stemegen flags in args)
// into the journal file path (stemegen | systemd-journal-remote, as `make
// chaos` does).
func genJournalFile(t *testing.T, path string, n int, args ...string) {
	t.Helper()
	testenv.RequireProgram(t, testenv.JournalRemoteBin)
	sh := fmt.Sprintf("%s --entries %d --format export %s -o - | %s -o %s -",
		stemegen(t), n, strings.Join(args, " "), testenv.JournalRemoteBin, path)
	if out, err := exec.Command("bash", "-o", "pipefail", "-c", sh).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", sh, err, out)
	}
}

// genJournal writes n stemegen entries into a journal file in a new
// directory and returns the directory.
func genJournal(t *testing.T, n int) string {
	t.Helper()
	jdir := t.TempDir()
	genJournalFile(t, filepath.Join(jdir, "gen.journal"), n)
	return jdir
}

// cursorSeq is the journal sequence number (i=) of a cursor, 0 if none.
func cursorSeq(cur string) int {
	for _, f := range strings.Split(cur, ";") {
		if v, ok := strings.CutPrefix(f, "i="); ok {
			n, _ := strconv.ParseInt(v, 16, 64)
			return int(n)
		}
	}
	return 0
}

// streamData returns the data of every message of the anomaly stream.
func streamData(t *testing.T, url string) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range testenv.StreamMessages(t, url, testenv.AnomalyStream) {
		out = append(out, m.Data)
	}
	return out
}

// streamIDs returns the anomaly ids of the stream's messages (with
// repeats, if the stream holds any).
func streamIDs(t *testing.T, url string) []string {
	t.Helper()
	var ids []string
	for i, m := range streamData(t, url) {
		var a struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(m, &a); err != nil || a.ID == "" {
			t.Fatalf("message %d: not an anomaly: %v %q", i, err, m)
		}
		ids = append(ids, a.ID)
	}
	return ids
}

// TestRunSIGKILLExactlyOnce: a sidecar following a journal directory, with
// anomalies going to JetStream, killed with SIGKILL at 12 random points and
// restarted from its checkpoint each time, then finished with --once, leaves
// in the stream exactly the anomaly ids, and as many messages, as one
// undisturbed run: open incidents continue across the kills under the same
// ids, and coalesced counts are not lost.
func TestRunSIGKILLExactlyOnce(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 200,000-entry journal")
	}
	const total, kills, margin = 200_000, 12, 30_000
	jdir := genJournal(t, total)
	dir := t.TempDir()
	base := []string{"--journal-dir", jdir, "--from", "head", "--config", "/dev/null"}

	// The reference: one undisturbed --once run, anomalies on stdout.
	var stdout bytes.Buffer
	ref := exec.Command(stemewatchBin(t), append([]string{"run", "--once", "--listen", "127.0.0.1:0",
		"--state-dir", filepath.Join(dir, "ref")}, base...)...)
	var stderr bytes.Buffer
	ref.Stdout, ref.Stderr = &stdout, &stderr
	ref.Env = append(os.Environ(), "STEMEWATCH_CONFIG=")
	if err := ref.Run(); err != nil {
		t.Fatalf("reference run: %v\n%s", err, stderr.String())
	}
	var want []string
	sc := bufio.NewScanner(&stdout)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var a struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil || a.ID == "" {
			t.Fatalf("reference output: %v %q", err, sc.Text())
		}
		want = append(want, a.ID)
	}
	if len(want) < 20 {
		t.Fatalf("the reference run sent only %d anomalies", len(want))
	}

	srv := startNATS(t)
	state := filepath.Join(dir, "state")
	args := append([]string{"--state-dir", state, "--nats-url", srv.ClientURL()}, base...)
	store := &checkpoint.Store{Dir: state}
	seed := time.Now().UnixNano()
	rng := rand.New(rand.NewSource(seed))
	// Kill points spread over the journal, short of the end: a run that
	// caught up would advance its windows on the wall clock, which the
	// --once reference never does.
	points := make([]int, kills)
	for i := range points {
		points[i] = 1 + rng.Intn(total-margin)
	}
	slices.Sort(points)
	var at []string
	for _, point := range points {
		start, _ := store.Load()
		target := max(1, point-cursorSeq(start))
		p := startRun(t, dir, args...)
		p.await("the kill point", 120*time.Second, func() bool {
			cur, _ := store.Load()
			return value(p.scrape(), "stemewatch_entries_read_total") >= float64(target) && cur != start
		})
		p.cmd.Process.Kill()
		p.wait(30 * time.Second)
		cur, _ := store.Load()
		at = append(at, fmt.Sprintf("%d→%d", cursorSeq(start)+target, cursorSeq(cur)))
	}
	t.Logf("seed %d; killed at entry→checkpoint: %s", seed, strings.Join(at, " "))
	p := startRun(t, dir, append([]string{"--once"}, args...)...)
	if code := p.wait(120 * time.Second); code != 0 {
		t.Fatalf("final --once run: exit %d", code)
	}
	got := streamIDs(t, srv.ClientURL())
	slices.Sort(want)
	sorted := slices.Clone(got)
	slices.Sort(sorted)
	missing, extra := diff(want, slices.Compact(slices.Clone(sorted)))
	if len(got) != len(want) || len(missing) > 0 || len(extra) > 0 {
		t.Fatalf("stream holds %d messages, the undisturbed run sent %d: %d ids missing %v, %d extra %v",
			len(got), len(want), len(missing), head(missing), len(extra), head(extra))
	}
	t.Logf("%d anomalies, each once, as in the undisturbed run", len(got))
}

// diff returns what is in a and not b, and in b and not a (both sorted).
func diff(a, b []string) (onlyA, onlyB []string) {
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j >= len(b) || (i < len(a) && a[i] < b[j]):
			onlyA = append(onlyA, a[i])
			i++
		case i >= len(a) || b[j] < a[i]:
			onlyB = append(onlyB, b[j])
			j++
		default:
			i++
			j++
		}
	}
	return onlyA, onlyB
}

func head(s []string) []string { return s[:min(len(s), 5)] }
