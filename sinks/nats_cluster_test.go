package sinks

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/stemedb/stemewatch/anomaly"
	"github.com/stemedb/stemewatch/internal/testenv"
)

const debianNATSServer = "/usr/sbin/nats-server"

// freePorts returns n loopback ports free at the moment of asking.
func freePorts(t testing.TB, n int) []int {
	t.Helper()
	var ls []net.Listener
	var ports []int
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ls = append(ls, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	for _, l := range ls {
		l.Close()
	}
	return ports
}

// natsCluster is three Debian nats-server processes forming one
// JetStream cluster on loopback.
type natsCluster struct {
	names []string
	urls  []string
	cmds  map[string]*exec.Cmd
	logs  map[string]*testenv.Buffer
}

func (c *natsCluster) url() string { return strings.Join(c.urls, ",") }

func startNATSCluster(t *testing.T) *natsCluster {
	t.Helper()
	testenv.RequireProgram(t, debianNATSServer)
	ports := freePorts(t, 9)
	dir := t.TempDir()
	c := &natsCluster{cmds: map[string]*exec.Cmd{}, logs: map[string]*testenv.Buffer{}}
	var routes []string
	for i := range 3 {
		routes = append(routes, fmt.Sprintf("nats-route://127.0.0.1:%d", ports[3*i+1]))
	}
	for i := range 3 {
		name := fmt.Sprintf("n%d", i+1)
		conf := fmt.Sprintf(`server_name: %s
listen: "127.0.0.1:%d"
http: "127.0.0.1:%d"
jetstream { store_dir: %q }
cluster {
  name: stemewatch-test
  listen: "127.0.0.1:%d"
  routes: [%s]
}
`, name, ports[3*i], ports[3*i+2], filepath.Join(dir, name), ports[3*i+1], strings.Join(routes, ", "))
		path := filepath.Join(dir, name+".conf")
		if err := os.WriteFile(path, []byte(conf), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(debianNATSServer, "-c", path)
		logs := &testenv.Buffer{}
		cmd.Stdout, cmd.Stderr = logs, logs
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			cmd.Process.Kill()
			cmd.Wait()
			if t.Failed() {
				t.Logf("%s log (end):\n%s", name, tailString(logs.String(), 3000))
			}
		})
		c.names = append(c.names, name)
		c.urls = append(c.urls, fmt.Sprintf("nats://127.0.0.1:%d", ports[3*i]))
		c.cmds[name], c.logs[name] = cmd, logs
	}
	// Ready when JetStream answers through every server (a meta leader
	// was elected and every server knows it).
	for _, u := range c.urls {
		err := testenv.Eventually(30*time.Second, func() bool {
			nc, err := nats.Connect(u, nats.Timeout(time.Second))
			if err != nil {
				return false
			}
			defer nc.Close()
			js, _ := jetstream.New(nc)
			ctx, cancel := context.WithTimeout(context.Background(), time.Second)
			defer cancel()
			_, err = js.AccountInfo(ctx)
			return err == nil
		})
		if err != nil {
			t.Fatalf("JetStream cluster not ready at %s", u)
		}
	}
	return c
}

func tailString(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// streamLeader asks the stream info API which server leads the stream.
func (c *natsCluster) streamLeader(t *testing.T) string {
	t.Helper()
	leader := ""
	err := testenv.Eventually(30*time.Second, func() bool {
		nc, err := nats.Connect(c.url())
		if err != nil {
			return false
		}
		defer nc.Close()
		js, _ := jetstream.New(nc)
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		s, err := js.Stream(ctx, StreamName)
		if err != nil {
			return false
		}
		info := s.CachedInfo()
		if info.Cluster == nil || info.Cluster.Leader == "" {
			return false
		}
		if info.Config.Replicas != 3 || len(info.Cluster.Replicas) != 2 {
			t.Fatalf("stream has %d replicas (%d peers besides the leader), want 3", info.Config.Replicas, len(info.Cluster.Replicas))
		}
		leader = info.Cluster.Leader
		return true
	})
	if err != nil {
		t.Fatal("no stream leader")
	}
	return leader
}

// storedIDs reads the Nats-Msg-Id of every message of the stream by
// sequence number (the get-message API: an ordered consumer created right
// after a leader change was seen retrying forever in nats.go v1.55).
func storedIDs(t *testing.T, url string) []string {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, _ := jetstream.New(nc)
	var st jetstream.Stream
	var info *jetstream.StreamInfo
	if err := testenv.Eventually(30*time.Second, func() bool {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		if st, err = js.Stream(ctx, StreamName); err != nil {
			return false
		}
		info, err = st.Info(ctx)
		return err == nil
	}); err != nil {
		t.Fatalf("stream info: %v", err)
	}
	var ids []string
	for seq := info.State.FirstSeq; seq <= info.State.LastSeq && seq > 0; seq++ {
		var m *jetstream.RawStreamMsg
		if err := testenv.Eventually(10*time.Second, func() bool {
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
			defer cancel()
			m, err = st.GetMsg(ctx, seq)
			return err == nil
		}); err != nil {
			t.Fatalf("message %d: %v", seq, err)
		}
		ids = append(ids, m.Header.Get(nats.MsgIdHdr))
	}
	return ids
}

// TestNATSClusterLeaderKilled: a 3-server JetStream cluster, the stream
// created with nats.stream_replicas = 3. The stream's leader is killed
// (SIGKILL) while anomalies flow and stays down; every anomaly still
// reaches the stream, each once.
func TestNATSClusterLeaderKilled(t *testing.T) {
	began := time.Now()
	c := startNATSCluster(t)
	t.Logf("cluster up in %v", time.Since(began).Round(time.Millisecond))
	cfg := DefaultNATSConfig()
	cfg.URL, cfg.OutboxDir = c.url(), t.TempDir()
	cfg.StreamReplicas = 3
	cfg.AckTimeout = 2 * time.Second
	n, err := NewNATS(cfg, testLogger(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu  sync.Mutex
		ids []string
	)
	pub := func(from, to int) {
		for i := from; i < to; i++ {
			a := testAnomaly(i, anomaly.KindErrorRate)
			if err := n.Publish(context.Background(), a); err != nil {
				t.Error(err)
				return
			}
			mu.Lock()
			ids = append(ids, a.ID)
			mu.Unlock()
			time.Sleep(5 * time.Millisecond) // a flow, not one burst
		}
	}
	pub(0, 100)
	flush(t, n, 30*time.Second)
	leader := c.streamLeader(t)

	// Kill the leader while the next anomalies are being published.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); pub(100, 300) }()
	mu.Lock()
	for len(ids) < 150 {
		mu.Unlock()
		time.Sleep(5 * time.Millisecond)
		mu.Lock()
	}
	mu.Unlock()
	killed := time.Now()
	if err := c.cmds[leader].Process.Kill(); err != nil {
		t.Fatal(err)
	}
	c.cmds[leader].Wait()
	var alive []string
	for i, name := range c.names {
		if name != leader {
			alive = append(alive, c.urls[i])
		}
	}
	t.Logf("killed stream leader %s after %d anomalies", leader, 150)
	wg.Wait()
	flush(t, n, 45*time.Second)
	t.Logf("all %d anomalies acknowledged %v after the kill", len(ids), time.Since(killed).Round(time.Millisecond))
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := n.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if newLeader := c.streamLeader(t); newLeader == leader {
		t.Fatalf("leader still %s after it was killed", leader)
	}
	got := storedIDs(t, strings.Join(alive, ","))
	seen := map[string]int{}
	for _, id := range got {
		seen[id]++
	}
	for _, id := range ids {
		if seen[id] != 1 {
			t.Errorf("%s stored %d times", id, seen[id])
		}
	}
	if len(got) != len(ids) {
		t.Errorf("stream holds %d messages, want %d", len(got), len(ids))
	}
	t.Logf("stream holds %d anomalies, each once", len(got))
	t.Logf("whole test %v", time.Since(began).Round(time.Millisecond))
}
