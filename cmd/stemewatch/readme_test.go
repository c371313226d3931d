package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The README's examples run as shown. The convention (README.md, "Examples
// in this README"):
//
//   - in a fenced block whose info string is exactly "sh", every line that
//     starts with "stemewatch " is run from the repository root by bash
//     (pipefail) with the built binary first on PATH, and must exit 0;
//   - a block fenced "sh live" needs a node (its journal, NATS, root) and
//     is skipped, logged with that reason;
//   - a block fenced "console" is a captured screen: its first line is
//     "$ COMMAND", the rest is COMMAND's standard output (TZ=UTC, not a
//     terminal), compared line by line except the patterns version.
//     go test -run TestREADMEExamples -update recaptures the screens.

// readmeBlock is one fenced block of the README.
type readmeBlock struct {
	info  string
	line  int // of the opening fence, 1-based
	lines []string
}

func readmeBlocks(t *testing.T, text string) []readmeBlock {
	t.Helper()
	var out []readmeBlock
	var cur *readmeBlock
	for i, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "```") {
			if cur == nil {
				cur = &readmeBlock{info: strings.TrimSpace(strings.TrimPrefix(l, "```")), line: i + 1}
			} else {
				out = append(out, *cur)
				cur = nil
			}
			continue
		}
		if cur != nil {
			cur.lines = append(cur.lines, l)
		}
	}
	if cur != nil {
		t.Fatalf("README.md:%d: fence not closed", cur.line)
	}
	return out
}

var readmeVersionRE = regexp.MustCompile(`^patterns [0-9a-f]{12}$`)

func TestREADMEExamples(t *testing.T) {
	bin := stemewatchBin(t)
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	readme := filepath.Join(root, "README.md")
	data, err := os.ReadFile(readme)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	env := []string{"PATH=" + filepath.Dir(bin) + ":" + os.Getenv("PATH"), "TZ=UTC", "HOME=" + os.Getenv("HOME"), "LANG=C.UTF-8"}
	ran, skipped, screens := 0, 0, 0
	updated := text
	for _, b := range readmeBlocks(t, text) {
		switch b.info {
		case "sh live":
			for _, l := range b.lines {
				if strings.HasPrefix(l, "stemewatch ") {
					skipped++
					t.Logf("README.md:%d: skipped (needs a live node): %s", b.line, l)
				}
			}
		case "sh":
			for i, l := range b.lines {
				if !strings.HasPrefix(l, "stemewatch ") {
					continue
				}
				ran++
				cmd := exec.Command("bash", "-o", "pipefail", "-c", l)
				cmd.Dir, cmd.Env = root, env
				var out bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &out
				if err := cmd.Run(); err != nil {
					t.Errorf("README.md:%d: %s: %v\n%.2000s", b.line+1+i, l, err, out.String())
				}
			}
		case "console":
			if len(b.lines) == 0 || !strings.HasPrefix(b.lines[0], "$ stemewatch ") {
				t.Errorf("README.md:%d: a console block starts with \"$ stemewatch ...\"", b.line)
				continue
			}
			screens++
			command := strings.TrimPrefix(b.lines[0], "$ ")
			cmd := exec.Command("bash", "-o", "pipefail", "-c", command)
			cmd.Dir, cmd.Env = root, env
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Run(); err != nil {
				t.Errorf("README.md:%d: %s: %v\n%s", b.line+1, command, err, errb.String())
				continue
			}
			got := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
			want := b.lines[1:]
			if *update {
				old := "```console\n" + strings.Join(b.lines, "\n") + "\n```"
				updated = strings.Replace(updated, old, "```console\n"+b.lines[0]+"\n"+strings.Join(got, "\n")+"\n```", 1)
				continue
			}
			if !sameScreen(got, want) {
				t.Errorf("README.md:%d: the screen of %q is not what it prints now (go test ./cmd/stemewatch -run TestREADMEExamples -update recaptures it)\n got:\n%s\nwant:\n%s",
					b.line, command, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
	if *update && updated != text {
		if err := os.WriteFile(readme, []byte(updated), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if ran == 0 || screens == 0 {
		t.Errorf("no README example run (%d commands, %d screens): is the convention still followed?", ran, screens)
	}
	t.Logf("README: %d commands run, %d screens compared, %d live examples skipped", ran, screens, skipped)
}

// sameScreen compares screens line by line, any patterns version alike.
func sameScreen(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] && !(readmeVersionRE.MatchString(got[i]) && readmeVersionRE.MatchString(want[i])) {
			return false
		}
	}
	return true
}
