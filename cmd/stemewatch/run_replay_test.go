package main

import (
	"bytes"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBinaryRunReplayLeavesLiveSidecarAlone: a replay with the live
// sidecar's configuration (its address held by another listener, its state
// directory) binds nothing, writes nothing in that state directory, keeps
// its state in a temporary directory it removes, says so in one log line,
// and stops at the end of the input.
func TestBinaryRunReplayLeavesLiveSidecarAlone(t *testing.T) {
	bin := stemewatchBin(t)
	live, err := net.Listen("tcp", "127.0.0.1:0") // the live sidecar's port
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	dir := t.TempDir()
	liveState := filepath.Join(dir, "live-state")
	conf := filepath.Join(dir, "stemewatch.toml")
	os.WriteFile(conf, []byte("listen = \""+live.Addr().String()+"\"\nstate_dir = \""+liveState+"\"\n"), 0o644)

	cmd := exec.Command(bin, "run", "--config", conf, "--input", "../../testdata/sample.json.gz")
	cmd.Env = append(os.Environ(), "STEMEWATCH_CONFIG=", "STEMEWATCH_LISTEN=", "STEMEWATCH_STATE_DIR=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("replay: %v\n%s", err, stderr.String())
	}
	if _, err := os.Stat(liveState); !os.IsNotExist(err) {
		t.Errorf("the live state directory was touched: %v", err)
	}
	var said []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(line), &m) == nil && strings.HasPrefix(m["message"].(string), "replay:") {
			said = append(said, m)
		}
	}
	if len(said) != 1 {
		t.Fatalf("want one replay log line, got %d:\n%s", len(said), stderr.String())
	}
	state, _ := said[0]["state_dir"].(string)
	listen, _ := said[0]["listen"].(string)
	if !strings.Contains(state, "temporary") || !strings.HasPrefix(listen, "none") || said[0]["stops_at_end"] != true {
		t.Errorf("replay line: %v", said[0])
	}
	tmp, _, _ := strings.Cut(state, " ")
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("temporary state directory %s left behind: %v", tmp, err)
	}
	if !strings.Contains(stdout.String(), `"kind"`) {
		t.Errorf("no anomalies printed: %q", stdout.String())
	}

	// --addr-file without --listen asks for an address never served.
	cmd = exec.Command(bin, "run", "--config", conf, "--input", "../../testdata/sample.json.gz", "--addr-file", filepath.Join(dir, "addr"))
	cmd.Env = append(os.Environ(), "STEMEWATCH_CONFIG=")
	out, err := cmd.CombinedOutput()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), "--addr-file needs --listen") {
		t.Errorf("--addr-file without --listen: %v %s", err, out)
	}
}
