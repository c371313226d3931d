// Package atomicfile writes files so that a crash or a full disk leaves
// either the old content or the new one, whole, never a mix: a temporary
// file in the same directory, fsync, rename over the target, fsync of the
// directory. The checkpoint, the NATS outbox and the known error types all
// rely on it.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data. On failure the target is untouched and the
// temporary file is removed; the error is the first one met.
func Write(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(perm)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return SyncDir(dir)
}

// SyncDir fsyncs a directory, making a rename or an unlink in it durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
