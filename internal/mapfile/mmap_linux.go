//go:build linux

package mapfile

import (
	"os"

	"golang.org/x/sys/unix"
)

func mmap(f *os.File, size int) ([]byte, error) {
	data, err := unix.Mmap(int(f.Fd()), 0, size, unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, err
	}
	// Read ahead: the file is read from start to end.
	_ = unix.Madvise(data, unix.MADV_SEQUENTIAL)
	return data, nil
}

func munmap(b []byte) error { return unix.Munmap(b) }

func release(b []byte) { _ = unix.Madvise(b, unix.MADV_DONTNEED) }
