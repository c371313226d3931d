package evidence

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/stemedb/stemewatch/anomaly"
)

// lowPct is the free share (bytes or inodes, for unprivileged users) under
// which a data directory's file system counts as nearly full.
const lowPct = 10.0

// Data-directory verdicts, worst first (ok and unavailable are shared).
const (
	verdictReadOnly  = "read_only"
	verdictLowSpace  = "low_space"
	verdictLowInodes = "low_inodes"
	verdictMissing   = "missing"
)

var dirVerdictRank = map[string]int{verdictReadOnly: 5, verdictLowSpace: 4, verdictLowInodes: 3,
	verdictMissing: 2, anomaly.VerdictUnavailable: 1, anomaly.VerdictOK: 0}

// filesystems reports every configured data directory; the verdict is the
// worst directory's.
func (g *Gatherer) filesystems() *anomaly.FilesystemsEvidence {
	mounts, merr := readMountinfo(g.mountinfo)
	fe := &anomaly.FilesystemsEvidence{Verdict: anomaly.VerdictOK}
	var parts []string
	for _, dir := range g.cfg.DataDirs {
		d := statDir(dir, mounts, merr)
		if dirVerdictRank[d.Verdict] > dirVerdictRank[fe.Verdict] {
			fe.Verdict = d.Verdict
		}
		parts = append(parts, dirSummary(&d))
		fe.Dirs = append(fe.Dirs, d)
	}
	fe.Summary = strings.Join(parts, "; ")
	return fe
}

func statDir(dir string, mounts []mount, merr error) anomaly.DataDirEvidence {
	d := anomaly.DataDirEvidence{Dir: dir}
	var st unix.Statfs_t
	if err := unix.Statfs(dir, &st); err != nil {
		d.Verdict, d.Error = anomaly.VerdictUnavailable, "statfs: "+err.Error()
		if errors.Is(err, unix.ENOENT) {
			d.Verdict, d.Error = verdictMissing, "no such directory"
		}
		return d
	}
	bs := uint64(st.Bsize)
	d.SizeBytes, d.FreeBytes = st.Blocks*bs, st.Bavail*bs
	if st.Blocks > 0 {
		d.FreePct = round2(float64(st.Bavail) / float64(st.Blocks) * 100)
	}
	if st.Files > 0 {
		p := round2(float64(st.Ffree) / float64(st.Files) * 100)
		d.InodesFreePct = &p
	}
	d.ReadOnly = st.Flags&unix.ST_RDONLY != 0
	if merr != nil {
		d.Error = "mount table: " + merr.Error()
	} else if m, ok := mountOf(dir, mounts); ok {
		d.Device, d.FSType, d.MountPoint = m.source, m.fstype, m.point
	}
	switch {
	case d.ReadOnly:
		d.Verdict = verdictReadOnly
	case st.Blocks > 0 && d.FreePct < lowPct:
		d.Verdict = verdictLowSpace
	case d.InodesFreePct != nil && *d.InodesFreePct < lowPct:
		d.Verdict = verdictLowInodes
	default:
		d.Verdict = anomaly.VerdictOK
	}
	return d
}

func dirSummary(d *anomaly.DataDirEvidence) string {
	switch d.Verdict {
	case verdictMissing, anomaly.VerdictUnavailable:
		return d.Dir + ": " + d.Error
	}
	s := fmt.Sprintf("%s: %s free of %s (%.1f%%)", d.Dir, bytesHuman(d.FreeBytes), bytesHuman(d.SizeBytes), d.FreePct)
	if d.InodesFreePct != nil {
		s += fmt.Sprintf(", inodes %.1f%% free", *d.InodesFreePct)
	}
	if d.ReadOnly {
		s += ", READ-ONLY"
	}
	if d.Device != "" {
		s += " on " + d.Device
	}
	switch d.Verdict {
	case verdictLowSpace:
		s += ": nearly full"
	case verdictLowInodes:
		s += ": out of inodes"
	}
	return s
}

// mount is one line of /proc/self/mountinfo.
type mount struct {
	dev                   string // major:minor
	point, fstype, source string
}

// readMountinfo parses a mountinfo file (proc(5)): fields 3 (major:minor)
// and 5 (mount point), then after the "-" separator the file system type
// and the mount source.
func readMountinfo(path string) ([]mount, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []mount
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		sep := -1
		for i := 6; i < len(fields); i++ {
			if fields[i] == "-" {
				sep = i
				break
			}
		}
		if len(fields) < 5 || sep < 0 || sep+2 >= len(fields) {
			continue
		}
		out = append(out, mount{dev: fields[2], point: unescapeMount(fields[4]),
			fstype: fields[sep+1], source: unescapeMount(fields[sep+2])})
	}
	return out, sc.Err()
}

// unescapeMount undoes the kernel's octal escapes (\040 for a space).
func unescapeMount(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+3 < len(s) {
			if n, err := strconv.ParseUint(s[i+1:i+4], 8, 8); err == nil {
				b.WriteByte(byte(n))
				i += 3
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// mountOf finds the mount holding dir: the longest mount point above the
// directory's real path on the same device (any device when none
// matches, as on btrfs subvolumes).
func mountOf(dir string, mounts []mount) (mount, bool) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		real = filepath.Clean(dir)
	}
	dev := ""
	var st unix.Stat_t
	if unix.Stat(real, &st) == nil {
		dev = fmt.Sprintf("%d:%d", unix.Major(uint64(st.Dev)), unix.Minor(uint64(st.Dev)))
	}
	best, bestAny := -1, -1
	for i, m := range mounts {
		if !under(real, m.point) {
			continue
		}
		if bestAny < 0 || len(m.point) >= len(mounts[bestAny].point) {
			bestAny = i
		}
		if m.dev == dev && (best < 0 || len(m.point) >= len(mounts[best].point)) {
			best = i
		}
	}
	if best < 0 {
		best = bestAny
	}
	if best < 0 {
		return mount{}, false
	}
	return mounts[best], true
}

func under(path, point string) bool {
	if point == "/" {
		return strings.HasPrefix(path, "/")
	}
	return path == point || strings.HasPrefix(path, point+"/")
}

func round2(f float64) float64 { return float64(int64(f*100+0.5)) / 100 }

// bytesHuman writes n in binary units: 1.5 GiB.
func bytesHuman(n uint64) string {
	const unit = 1024
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	div, exp := uint64(unit), 0
	for m := n / unit; m >= unit; m /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(n)/float64(div), "KMGTPE"[exp])
}
