package sinks

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/stemedb/stemewatch/internal/atomicfile"
)

// KnownTypesFile is the file, in the state directory, listing the error
// types already announced on this node (new_error_type), one per line.
const KnownTypesFile = "known_error_types"

// LoadKnownTypes reads the known error types from stateDir; a missing file
// is an empty list. Blank lines and lines starting with # are skipped.
func LoadKnownTypes(stateDir string) ([]string, error) {
	p := filepath.Join(stateDir, KnownTypesFile)
	b, err := os.ReadFile(p)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read known error types: %w", err)
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read known error types %s: %w", p, err)
	}
	return out, nil
}

// SaveKnownTypes writes types to stateDir atomically (temp file, fsync,
// rename, fsync of the directory).
func SaveKnownTypes(stateDir string, types []string) error {
	p := filepath.Join(stateDir, KnownTypesFile)
	var b bytes.Buffer
	b.WriteString("# error types already announced as new_error_type on this node\n")
	for _, t := range types {
		if t = strings.TrimSpace(t); t != "" && !strings.ContainsAny(t, "\n\r") {
			b.WriteString(t)
			b.WriteByte('\n')
		}
	}
	if err := atomicfile.Write(p, b.Bytes(), 0o640); err != nil {
		return fmt.Errorf("save known error types to %s: %w", p, err)
	}
	return nil
}
