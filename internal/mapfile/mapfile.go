// Package mapfile maps a regular file into memory read-only, so that a
// reader that jumps around in it (a journal file's objects and entry
// arrays) reads it in place, and gives the pages of what was read back to
// the page cache as it goes, so that the process' resident memory stays
// small however big the file. A file read once from start to end is better
// read than mapped (see parclassify).
//
// A mapped file that shrinks while it is read makes the next access past
// its new end fault (SIGBUS). Every goroutine that touches the mapping must
// run Guard first: the fault then becomes a *FaultError panic that Guard's
// recover function returns, instead of killing the process.
package mapfile

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"unsafe"
)

// File is a mapped file.
type File struct {
	// Data is the file's content as it was mapped.
	Data []byte
	name string
}

// Map maps f (named name in errors) read-only, or returns nil, nil when f
// is not a regular file of at least minSize bytes (and at least one) or
// cannot be mapped: the caller then reads it.
func Map(f *os.File, name string, minSize int64) (*File, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !fi.Mode().IsRegular() || fi.Size() < max(minSize, 1) || int64(int(fi.Size())) != fi.Size() {
		return nil, nil
	}
	data, err := mmap(f, int(fi.Size()))
	if err != nil {
		return nil, nil // e.g. a filesystem without mmap: read it instead
	}
	return &File{Data: data, name: name}, nil
}

// MapGrowing maps f read-only with room for the file to grow to size bytes
// (or its current size, when larger): a file another process appends to,
// as journald does its journal files, is read through the one mapping as
// it grows. Touching a page past the file's end faults; Guard makes that
// an error. Data is the whole mapping: the reader bounds itself by what
// the file says it holds.
func MapGrowing(f *os.File, name string, size int) (*File, error) {
	fi, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if !fi.Mode().IsRegular() || int64(int(fi.Size())) != fi.Size() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	data, err := mmap(f, max(size, int(fi.Size())))
	if err != nil {
		return nil, fmt.Errorf("%s: mmap: %w", name, err)
	}
	return &File{Data: data, name: name}, nil
}

// Release gives back the pages of Data[from:to], both rounded down to a
// page (call it in order, each from the last to: the page to falls in is
// given back by the next call):
// they are no longer counted as the process' memory, and a later access
// reads them again from the page cache (or the file).
func (m *File) Release(from, to int) {
	page := os.Getpagesize()
	from = from / page * page
	to = to / page * page
	if to > from && to <= len(m.Data) {
		release(m.Data[from:to])
	}
}

// Close unmaps the file. No goroutine may touch Data afterwards.
func (m *File) Close() error {
	if m == nil || m.Data == nil {
		return nil
	}
	err := munmap(m.Data)
	m.Data = nil
	return err
}

// FaultError is a fault on the mapping: the file shrank (was truncated or
// rewritten) while it was read.
type FaultError struct {
	Name string
}

func (e *FaultError) Error() string {
	return fmt.Sprintf("%s: the file shrank while it was read (truncated or rewritten by another program?); copy it and read the copy", e.Name)
}

// Guard makes a memory fault on the calling goroutine a panic (as
// debug.SetPanicOnFault) until the returned function runs; that function
// must be deferred by the same goroutine and turns such a panic into a
// *FaultError, given to onFault. Any other panic goes on.
//
//	defer m.Guard(func(err error) { ... })()
func (m *File) Guard(onFault func(error)) func() {
	old := debug.SetPanicOnFault(true)
	return func() {
		debug.SetPanicOnFault(old)
		if r := recover(); r != nil {
			if m.faultIn(r) {
				onFault(&FaultError{Name: m.name})
				return
			}
			panic(r)
		}
	}
}

// Holds reports whether r, a value recovered from a panic on a goroutine
// running with debug.SetPanicOnFault, is a memory fault in m's mapping: for
// a reader that guards several mappings at once.
func (m *File) Holds(r any) bool { return m.faultIn(r) }

// faultIn reports whether a recovered value is the runtime's memory fault
// panic (a runtime.Error with the faulting address) at an address of the
// mapping: a nil dereference, also a fault panic under SetPanicOnFault, is
// a bug and goes on panicking.
func (m *File) faultIn(r any) bool {
	if _, ok := r.(runtime.Error); !ok {
		return false
	}
	a, ok := r.(interface{ Addr() uintptr })
	if !ok || len(m.Data) == 0 {
		return false
	}
	start := uintptr(unsafe.Pointer(unsafe.SliceData(m.Data)))
	return a.Addr() >= start && a.Addr() < start+uintptr(len(m.Data))
}
