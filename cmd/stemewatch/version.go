package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// Set at build time by the Makefile:
//
//	-ldflags "-X main.version=v1.2.0 -X main.commit=abc123 -X main.buildDate=2026-12-01T04:00:00Z"
//
// A build without them (go build, go install) falls back to what the Go
// toolchain recorded: the module version and the VCS revision and time.
var (
	version   = "dev"
	commit    = ""
	buildDate = ""
)

// buildInfo is what `stemewatch version` prints and /metrics labels.
type buildInfo struct {
	Version, Commit, Date, Go, Platform string
	Modified                            bool
}

// currentBuild combines the ldflags values with the build's own record.
func currentBuild() buildInfo {
	b := buildInfo{Version: version, Commit: commit, Date: buildDate,
		Go: runtime.Version(), Platform: runtime.GOOS + "/" + runtime.GOARCH}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if b.Version == "dev" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		b.Version = bi.Main.Version // go install ...@v1.2.0
	}
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.Commit == "" {
				b.Commit = s.Value
			}
		case "vcs.time":
			if b.Date == "" {
				b.Date = s.Value
			}
		case "vcs.modified":
			b.Modified = s.Value == "true"
		}
	}
	return b
}

func printVersion(w io.Writer) {
	b := currentBuild()
	unknown := func(s string) string {
		if s == "" {
			return "unknown"
		}
		return s
	}
	c := unknown(b.Commit)
	if b.Modified && !strings.HasSuffix(c, "-dirty") {
		c += " (modified)"
	}
	fmt.Fprintf(w, "stemewatch %s\n  commit:     %s\n  built:      %s\n  go:         %s %s\n",
		b.Version, c, unknown(b.Date), b.Go, b.Platform)
}
