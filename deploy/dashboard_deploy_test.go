//go:build deploy

package deploy

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"

	"github.com/stemedb/stemewatch/internal/testenv"
)

type grafanaPanel struct {
	ID      int            `json:"id"`
	Type    string         `json:"type"`
	Title   string         `json:"title"`
	Panels  []grafanaPanel `json:"panels"`
	Targets []struct {
		Expr string `json:"expr"`
	} `json:"targets"`
}

// The dashboard's queries, with Grafana's variables as a dashboard
// showing "All" nodes over the last 5 minutes would send them.
func dashboardQueries(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("grafana/stemewatch.json")
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		UID    string         `json:"uid"`
		Panels []grafanaPanel `json:"panels"`
	}
	if err := json.Unmarshal(b, &d); err != nil {
		t.Fatalf("grafana/stemewatch.json: %v", err)
	}
	vars := strings.NewReplacer("$__rate_interval", "1m", "$__range", "5m", "$__interval", "15s", "$instance", ".*")
	qs := map[string]string{}
	ids := map[int]bool{}
	var walk func([]grafanaPanel)
	walk = func(ps []grafanaPanel) {
		for _, p := range ps {
			if ids[p.ID] {
				t.Errorf("panel id %d used twice", p.ID)
			}
			ids[p.ID] = true
			if p.Title == "" {
				t.Errorf("panel %d has no title", p.ID)
			}
			walk(p.Panels)
			if p.Type == "row" {
				continue
			}
			if len(p.Targets) == 0 {
				t.Errorf("panel %q has no query", p.Title)
			}
			for i, tg := range p.Targets {
				qs[fmt.Sprintf("%s #%d", p.Title, i+1)] = vars.Replace(tg.Expr)
			}
		}
	}
	walk(d.Panels)
	// The node picker: label_values(stemewatch_build_info, instance).
	qs["variable instance"] = "group by (instance) (stemewatch_build_info)"
	if len(qs) < 10 {
		t.Fatalf("only %d queries in the dashboard", len(qs))
	}
	return qs
}

// Every panel of deploy/grafana/stemewatch.json against a real Prometheus
// scraping `stemewatch run` replaying the bundled hour (with NATS, for the
// outbox panels): each query parses and returns data.
func TestDashboardQueriesReturnData(t *testing.T) {
	prom := requireTool(t, "prometheus")
	queries := dashboardQueries(t)

	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, JetStream: true,
		StoreDir: t.TempDir(), NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	ns.Start()
	defer func() { ns.Shutdown(); ns.WaitForShutdown() }()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats-server not ready")
	}

	dir := t.TempDir()
	swAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	sw := exec.Command(filepath.Join(repo(t), "dist", "stemewatch"), "run", "--config", "/dev/null",
		"--input", filepath.Join(repo(t), "testdata", "sample.json.gz"), "--listen", swAddr,
		"--state-dir", filepath.Join(dir, "state"), "--nats-url", ns.ClientURL())
	swLog := &testenv.Buffer{}
	sw.Stderr = swLog
	if err := sw.Start(); err != nil {
		t.Fatalf("stemewatch (make deb builds dist/stemewatch): %v", err)
	}
	defer func() { sw.Process.Kill(); sw.Wait() }()

	promAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	cfg := filepath.Join(dir, "prometheus.yml")
	os.WriteFile(cfg, []byte(fmt.Sprintf(`global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: stemewatch
    static_configs:
      - targets: [%q]
`, swAddr)), 0o644)
	pc := exec.Command(prom, "--config.file="+cfg, "--storage.tsdb.path="+filepath.Join(dir, "tsdb"),
		"--web.listen-address="+promAddr, "--log.level=warn")
	promLog := &testenv.Buffer{}
	pc.Stdout, pc.Stderr = promLog, promLog
	if err := pc.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { pc.Process.Kill(); pc.Wait() }()
	defer func() {
		if t.Failed() {
			t.Logf("prometheus log:\n%s\nstemewatch log (tail):\n%s", promLog.String(), lastLines(swLog.String(), 5))
		}
	}()

	query := func(q string) (status string, n int, errMsg string) {
		resp, err := http.Get("http://" + promAddr + "/api/v1/query?query=" + url.QueryEscape(q))
		if err != nil {
			return "", 0, err.Error()
		}
		defer resp.Body.Close()
		var r struct {
			Status string `json:"status"`
			Error  string `json:"error"`
			Data   struct {
				Result []json.RawMessage `json:"result"`
			} `json:"data"`
		}
		if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
			return "", 0, err.Error()
		}
		return r.Status, len(r.Data.Result), r.Error
	}
	// The replay done and at least three scrapes of it, so rate() and
	// increase() have two points in their window.
	await(t, "the replay scraped by Prometheus", 2*time.Minute, func() (bool, string) {
		_, n, e := query(`count_over_time(stemewatch_source_finished[1m]) >= 3 and stemewatch_source_finished == 1`)
		return n == 1, fmt.Sprintf("%d results %s", n, e)
	})
	for name, q := range queries {
		status, n, e := query(q)
		switch {
		case status != "success":
			t.Errorf("%s: %s\n  %s", name, e, q)
		case n == 0:
			t.Errorf("%s: no data\n  %s", name, q)
		default:
			t.Logf("%s: %d series", name, n)
		}
	}
}
