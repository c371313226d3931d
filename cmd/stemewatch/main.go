// Command stemewatch follows the stemedb-api journal, classifies its errors
// into the runbook taxonomy, exports Prometheus metrics and publishes
// anomalies to NATS. See README.md and SPEC.md.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/pprof"
	"sort"
	"syscall"

	"github.com/stemedb/stemewatch/sidecar/journal"
)

// env is what a command may touch of the process: its streams and
// environment. Tests run commands in-process with their own env.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

// command is one subcommand. run returns nil for success, a *usageError for
// bad usage or invalid configuration (exit 2), anything else for a runtime
// failure (exit 1).
type command struct {
	summary string
	run     func(ctx context.Context, e *env, args []string) error
}

var commands = map[string]command{}

func register(name, summary string, run func(ctx context.Context, e *env, args []string) error) {
	commands[name] = command{summary: summary, run: run}
}

// usageError is bad usage or invalid configuration: exit status 2.
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error {
	return &usageError{msg: fmt.Sprintf(format, args...)}
}

func main() {
	// A journal reader child (the native reader where the journal's
	// filesystem cannot be trusted with an in-process SIGBUS) is this binary
	// re-executed: become it before anything else runs.
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	if journal.IsChild() {
		endProfile := startCPUProfile(e, ".reader")
		code := journal.RunChild()
		endProfile()
		os.Exit(code)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	endProfile := startCPUProfile(e, "")
	code := Main(ctx, e, os.Args[1:])
	stop()
	endProfile()
	os.Exit(code)
}

// startCPUProfile writes a CPU profile of the whole run to the file
// STEMEWATCH_CPUPROFILE names, with suffix appended (".reader" for the
// journal reader child), for `go tool pprof` (a performance report from the
// field; not a flag, as no command needs it to do its job). It returns the
// function that ends the profile.
func startCPUProfile(e *env, suffix string) func() {
	path := e.getenv("STEMEWATCH_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	path += suffix
	f, err := os.Create(path)
	if err == nil {
		err = pprof.StartCPUProfile(f)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "stemewatch: STEMEWATCH_CPUPROFILE: %v\n", err)
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintf(e.stderr, "stemewatch: STEMEWATCH_CPUPROFILE: %v\n", err)
		}
	}
}

// Main runs one command line and returns the process exit status.
func Main(ctx context.Context, e *env, args []string) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		printUsage(e.stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	name := args[0]
	if name == "version" || name == "--version" {
		printVersion(e.stdout)
		return 0
	}
	cmd, ok := commands[name]
	if !ok {
		hint := ""
		if c := closest(name, commandNames()); c != "" {
			hint = fmt.Sprintf(" (did you mean %q?)", c)
		}
		fmt.Fprintf(e.stderr, "stemewatch: unknown command %q%s\nTry: stemewatch --help\n", name, hint)
		return 2
	}
	err := cmd.run(ctx, e, args[1:])
	var ue *usageError
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "stemewatch %s: %v\nTry: stemewatch %s --help\n", name, err, name)
		return 2
	default:
		fmt.Fprintf(e.stderr, "stemewatch %s: %v\n", name, err)
		return 1
	}
}

func printUsage(w io.Writer) {
	fmt.Fprint(w, `stemewatch: classify stemedb-api journal errors, export metrics, publish anomalies.

Usage: stemewatch COMMAND [flags]

Commands:
`)
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-9s %s\n", n, commands[n].summary)
	}
	fmt.Fprint(w, `  version   print the version, commit, build date and Go version

Run "stemewatch COMMAND --help" for a command's flags and examples.
`)
}

// newFlagSet returns a FlagSet whose errors and --help go to e.stderr /
// e.stdout, with a usage text that shows the synopsis and examples first.
func newFlagSet(e *env, name, synopsis, about string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fs.SetOutput(e.stdout)
		fmt.Fprintf(e.stdout, "Usage: stemewatch %s\n\n%s\nFlags:\n", synopsis, about)
		printFlags(e.stdout, fs)
		fs.SetOutput(e.stderr)
	}
	return fs
}

// parseFlags parses args; a parse failure becomes a usage error (exit 2) and
// --help returns flag.ErrHelp (exit 0).
func parseFlags(fs *flag.FlagSet, args []string) error {
	// The flag package prints the usage itself on -help and on every
	// error; here -help prints it once and an error prints one line.
	usage := fs.Usage
	fs.Usage = func() {}
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	fs.Usage = usage
	if errors.Is(err, flag.ErrHelp) {
		fs.Usage()
		return err
	}
	if err != nil {
		return usagef("%s", unknownFlagHint(fs, err))
	}
	return nil
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return fmt.Sprint([]string(*m)) }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }
