//go:build !cgo

package journal

import (
	"context"
	"errors"
)

var errNoCgo = errors.New("this binary was built without cgo: sd-journal is unavailable")

func nativeUsable(*Config) error { return errNoCgo }

func (s *Source) readInProcess(context.Context, string, *emitter) error {
	return &permanentError{errNoCgo}
}

func readNative(context.Context, *Config, startPlan, sink) error { return &permanentError{errNoCgo} }
