package journal

import (
	"fmt"
	"strings"

	"golang.org/x/sys/unix"
)

// Filesystems that support FALLOC_FL_PUNCH_HOLE (LIBRARIES.md §7: no reader
// crashed on ext4 or tmpfs in ~5000 rotations; on ramfs the in-process
// reader died of SIGBUS within a second). Since an in-process reader also
// died of SIGBUS once on ext4 here under rotation plus vacuum every second,
// this only decides finite reads of copied directories (see autoProcess).
var punchesHoles = map[int64]string{
	unix.EXT4_SUPER_MAGIC:  "ext4", // also ext2/ext3
	unix.XFS_SUPER_MAGIC:   "xfs",
	unix.BTRFS_SUPER_MAGIC: "btrfs",
	unix.TMPFS_MAGIC:       "tmpfs",
	unix.F2FS_SUPER_MAGIC:  "f2fs",
	0x2fc12fc1:             "zfs",
}

// holePunching reports whether every existing dir is on a filesystem known
// to punch holes, and names them. Missing dirs are skipped; none existing
// counts as unsafe (the journal may appear on anything).
func holePunching(dirs []string) (bool, string) {
	var names []string
	seen := 0
	for _, d := range dirs {
		var st unix.Statfs_t
		if err := unix.Statfs(d, &st); err != nil {
			continue
		}
		seen++
		name, ok := punchesHoles[int64(st.Type)]
		if !ok {
			return false, fmt.Sprintf("%s is on a filesystem (magic %#x) not known to punch holes", d, st.Type)
		}
		names = append(names, d+" on "+name)
	}
	if seen == 0 {
		return false, "no journal directory found to check"
	}
	return true, strings.Join(names, ", ")
}
