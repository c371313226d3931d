//go:build !linux

package mapfile

import (
	"errors"
	"os"
)

func mmap(*os.File, int) ([]byte, error) { return nil, errors.New("not mapped on this system") }

func munmap([]byte) error { return nil }

func release([]byte) {}
