package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/stemedb/stemewatch/internal/console"
	"github.com/stemedb/stemewatch/internal/testenv"
	"github.com/stemedb/stemewatch/journalfmt"
)

// tmuxPane is a command running in a detached tmux session of its own
// server: a real pseudo-terminal of a known size.
type tmuxPane struct {
	t    *testing.T
	sock string
}

var tmuxSeq atomic.Int32

// startTmux runs shell command line in a width x height terminal. The
// command is followed by `echo EXIT=$?` and a long sleep, so the screen
// stays to be captured; the server is killed at cleanup.
func startTmux(t *testing.T, width, height int, line string) *tmuxPane {
	t.Helper()
	testenv.RequireProgram(t, "tmux")
	p := &tmuxPane{t: t, sock: fmt.Sprintf("stemewatch-test-%d-%d", os.Getpid(), tmuxSeq.Add(1))}
	// The shell survives a Ctrl-C meant for the command (a trap with a
	// command is reset to the default in the command itself).
	full := `trap "true" INT; ` + line + `; echo "EXIT=$?"; sleep 600`
	cmd := exec.Command("tmux", "-L", p.sock, "-f", "/dev/null", "new-session", "-d",
		"-x", fmt.Sprint(width), "-y", fmt.Sprint(height), "sh", "-c", full)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v: %s", err, out)
	}
	t.Cleanup(func() { exec.Command("tmux", "-L", p.sock, "kill-server").Run() })
	return p
}

// capture returns the pane's text, with colour escapes when escapes is
// set, including up to history lines scrolled off, wrapped lines joined
// (so a line wider than the pane shows as one long line).
func (p *tmuxPane) capture(escapes bool, history int) string {
	p.t.Helper()
	args := []string{"-L", p.sock, "capture-pane", "-p", "-J", "-S", fmt.Sprint(-history)}
	if escapes {
		args = append(args, "-e")
	}
	out, err := exec.Command("tmux", args...).CombinedOutput()
	if err != nil {
		p.t.Fatalf("tmux capture-pane: %v: %s", err, out)
	}
	return string(out)
}

// await waits until the pane shows want.
func (p *tmuxPane) await(want string, timeout time.Duration) string {
	p.t.Helper()
	var screen string
	if err := testenv.Eventually(timeout, func() bool {
		screen = p.capture(false, 3000)
		return strings.Contains(screen, want)
	}); err != nil {
		p.t.Fatalf("pane never showed %q; it shows:\n%s", want, screen)
	}
	return screen
}

func (p *tmuxPane) keys(keys ...string) {
	p.t.Helper()
	if out, err := exec.Command("tmux", append([]string{"-L", p.sock, "send-keys"}, keys...)...).CombinedOutput(); err != nil {
		p.t.Fatalf("tmux send-keys: %v: %s", err, out)
	}
}

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }

func absPath(t *testing.T, p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// On a terminal: colour by type, notes on the screen, every line within
// 80 columns; NO_COLOR and --no-color turn colour off there.
func TestTailOnTerminal(t *testing.T) {
	bin := stemewatchBin(t)
	sample := absPath(t, sampleJSON)
	styles := absPath(t, "testdata/styles.json")

	p := startTmux(t, 80, 24, fmt.Sprintf("TZ=UTC %s tail --input %s --all", bin, shellQuote(styles)))
	p.await("EXIT=0", 10*time.Second)
	screen := p.capture(true, 100)
	for _, want := range []string{"\x1b[31mStorage", "\x1b[1m\x1b[33msig", "\x1b[2mINFO"} {
		if !strings.Contains(screen, want) && !strings.Contains(screen, strings.Replace(want, "\x1b[1m\x1b[33m", "\x1b[1;33m", 1)) {
			t.Errorf("no %q on the terminal:\n%q", want, screen)
		}
	}
	plain := p.capture(false, 100)
	if !strings.Contains(plain, "-- total 09:46:40 to 09:46:47") {
		t.Errorf("the summary is not on the terminal:\n%s", plain)
	}
	if !strings.Contains(plain, "09:46:41 Storage            agent-0002 507 request failed") {
		t.Errorf("narrow layout not used at 80 columns:\n%s", plain)
	}

	// The whole sample hour at 80 columns: no line wraps.
	p = startTmux(t, 80, 24, fmt.Sprintf("TZ=UTC %s tail --input %s", bin, shellQuote(sample)))
	p.await("EXIT=0", 20*time.Second)
	all := p.capture(false, 3000)
	n := 0
	for _, l := range strings.Split(all, "\n") {
		if w := console.Width(l); w > 80 {
			t.Fatalf("line of %d columns on an 80-column terminal: %q", w, l)
		}
		if len(l) > 0 {
			n++
		}
	}
	if n < 1000 {
		t.Errorf("only %d lines captured", n)
	}

	for _, line := range []string{
		fmt.Sprintf("NO_COLOR=1 %s tail --input %s --all", bin, shellQuote(styles)),
		fmt.Sprintf("%s tail --no-color --input %s --all", bin, shellQuote(styles)),
	} {
		p := startTmux(t, 80, 24, line)
		p.await("EXIT=0", 10*time.Second)
		if s := p.capture(true, 100); sgrRE.MatchString(s) {
			t.Errorf("%s: colour on the terminal:\n%q", line, s)
		}
	}
}

// A resized terminal gets lines of its new width; Ctrl-C ends tail at once
// with status 0, the final summary written, the "^C" wiped and the
// colours reset.
func TestTailCtrlC(t *testing.T) {
	bin := stemewatchBin(t)
	p := startTmux(t, 100, 24, fmt.Sprintf("TZ=UTC %s tail --input - --summary 0", bin))
	time.Sleep(200 * time.Millisecond) // let the shell start tail reading the terminal
	p.keys("-l", "2026-11-25T09:46:41Z ERROR stemedb_storage::wal: fsync failed agent_id=agent-0007")
	p.keys("Enter")
	p.await("Storage            agent-0007", 10*time.Second)
	// The terminal shrinks (SIGWINCH): the next line fits the new width.
	if out, err := exec.Command("tmux", "-L", p.sock, "resize-window", "-x", "60", "-y", "24").CombinedOutput(); err != nil {
		t.Fatalf("tmux resize-window: %v: %s", err, out)
	}
	time.Sleep(200 * time.Millisecond) // SIGWINCH is delivered asynchronously
	p.keys("-l", "2026-11-25T09:46:42Z ERROR stemedb_storage::wal: fsync failed on the disk with a long message that goes on and on agent_id=agent-0008")
	p.keys("Enter")
	for _, l := range strings.Split(p.await("Storage            agent-0008", 10*time.Second), "\n") {
		if strings.HasPrefix(l, "09:46:42 Storage") && console.Width(l) > 60 {
			t.Errorf("after shrinking to 60 columns: %d columns: %q", console.Width(l), l)
		}
	}
	start := time.Now()
	p.keys("C-c")
	screen := p.await("EXIT=0", 5*time.Second)
	took := time.Since(start)
	t.Logf("Ctrl-C to exit (as seen on the screen): %v", took)
	if took > 2*time.Second {
		t.Errorf("Ctrl-C took %v", took)
	}
	if !strings.Contains(screen, "-- top agents: agent-0007 (1), agent-0008 (1)") {
		t.Errorf("no final summary:\n%s", screen)
	}
	if strings.Contains(screen, "^C--") {
		t.Errorf("^C left on the summary line:\n%s", screen)
	}
	for _, l := range strings.Split(p.capture(true, 100), "\n") {
		// tmux writes a cell's attributes; back to the defaults is fine.
		rest := strings.NewReplacer("\x1b[0m", "", "\x1b[39m", "", "\x1b[49m", "").Replace(l)
		if strings.Contains(l, "EXIT=0") && strings.Contains(rest, "\x1b[") {
			t.Errorf("colours not reset after exit: %q", l)
		}
	}
}

// TestTailScreenForREADME captures a real tail screen (colour off, 100x30)
// into docs/tail-screen.txt when run with -update.
func TestTailScreenForREADME(t *testing.T) {
	if !*update {
		t.Skip("run with -update to refresh docs/tail-screen.txt")
	}
	bin := stemewatchBin(t)
	sample := absPath(t, sampleJSON)
	// The last minute of the bundled hour, piped in as journalctl's
	// output would be; the echoed command is the one that ran.
	line := fmt.Sprintf("zcat %s | tail -n 330 | TZ=UTC %s tail --input -", shellQuote(sample), bin)
	p := startTmux(t, 100, 30, "clear; echo '$ zcat testdata/sample.json.gz | tail -n 330 | stemewatch tail --input -'; "+line)
	p.await("EXIT=0", 10*time.Second)
	screen := p.capture(false, 0)
	screen = strings.TrimRight(strings.Replace(screen, "EXIT=0\n", "", 1), "\n") + "\n"
	screen += "\n" + liveScreen(t, bin, sample)
	if err := os.WriteFile("../../docs/tail-screen.txt", []byte(screen), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote docs/tail-screen.txt:\n%s", screen)
}

// liveScreen follows the real journal in a 100x24 terminal while the
// last 300 entries of the bundled hour are written to journald over 6
// seconds, then presses Ctrl-C, and returns the screen with its
// scrollback.
func liveScreen(t *testing.T, bin, sample string) string {
	jd := testenv.Journald(t)
	rd, closer, err := journalfmt.Open(sample, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closer.Close()
	type msg struct {
		text string
		prio int
	}
	var all []msg
	for {
		e, err := rd.Next()
		if err != nil {
			break
		}
		if len(e.Message) > 0 {
			all = append(all, msg{string(e.Message), e.Priority})
		}
	}
	all = all[len(all)-300:]
	cmdline := "stemewatch tail --unit \"\" --match SYSLOG_IDENTIFIER=stemedb-api --summary 4s"
	p := startTmux(t, 100, 24, "clear; echo '$ "+cmdline+"'; "+strings.Replace(cmdline, "stemewatch", "TZ=UTC "+bin, 1))
	p.await("Ctrl-C to stop", 10*time.Second)
	time.Sleep(500 * time.Millisecond)
	for _, m := range all {
		jd.Send(t, "MESSAGE="+m.text, fmt.Sprintf("PRIORITY=%d", max(m.prio, 0)), "SYSLOG_IDENTIFIER=stemedb-api")
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(time.Second)
	p.keys("C-c")
	p.await("EXIT=0", 5*time.Second)
	screen := p.capture(false, 1000) // with what scrolled off the top
	screen = strings.ReplaceAll(screen, "EXIT=0\n", "")
	return strings.TrimLeft(strings.TrimRight(screen, "\n"), "\n") + "\n"
}
