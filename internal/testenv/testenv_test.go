package testenv

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

func TestJournaldSendAndRead(t *testing.T) {
	jd := Journald(t)
	id := fmt.Sprintf("testenv-%d-%d", os.Getpid(), time.Now().UnixNano())
	jd.Send(t, "MESSAGE=line one\nline two", "SYSLOG_IDENTIFIER="+id, "PRIORITY=3")
	var out []byte
	err := Eventually(5*time.Second, func() bool {
		out, _ = jd.Journalctl("-t", id, "-o", "export", "--all")
		return bytes.Contains(out, []byte("line two"))
	})
	if err != nil {
		t.Fatalf("entry not readable: %v; got %q", err, out)
	}
	// A second call finds it running.
	if _, err := StartSystem(); err != nil {
		t.Fatal(err)
	}
}

func TestNamespace(t *testing.T) {
	ns := Namespace(t, "tenv", "[Journal]\nStorage=volatile\n")
	ns.Send(t, "MESSAGE=in namespace", "SYSLOG_IDENTIFIER=nstest")
	if err := ns.Sync(); err != nil {
		t.Fatal(err)
	}
	out, err := ns.Journalctl("-t", "nstest", "-o", "cat")
	if err != nil || !strings.Contains(string(out), "in namespace") {
		t.Fatalf("got %q, %v", out, err)
	}
	if d := ns.JournalDir(); !strings.HasPrefix(d, "/run/log/journal/") {
		t.Fatalf("volatile namespace journal dir %q", d)
	}
}

func TestExportToJournal(t *testing.T) {
	dir := t.TempDir()
	var b []byte
	for i := 1; i <= 3; i++ {
		b = append(b, ExportEntry(
			fmt.Sprintf("__REALTIME_TIMESTAMP=%d", 1795636446635134+i),
			fmt.Sprintf("__MONOTONIC_TIMESTAMP=%d", 1000+i),
			"_BOOT_ID=accf0115855e4619befd2eb59d4bfcd0",
			"_SYSTEMD_UNIT=stemedb-api.service",
			fmt.Sprintf("MESSAGE=entry %d", i))...)
	}
	path := ExportToJournal(t, dir, "x", b)
	RequireProgram(t, "journalctl")
	in := &Instance{}
	out, err := in.Journalctl("--file", path, "-u", "stemedb-api", "-o", "cat")
	if err != nil {
		t.Fatal(err)
	}
	if got := string(out); got != "entry 1\nentry 2\nentry 3\n" {
		t.Fatalf("got %q", got)
	}
}
