// Command stemetrain trains the classifier's fallback scorer on the labelled
// catalogue of real error wordings and the default pattern rules' examples,
// and writes the model as Go source for package scorer. `go generate
// ./scorer/` runs it; the generated file is committed, and a test in
// package scorer fails when it is out of date.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"

	"github.com/stemedb/stemewatch/patterns"
	"github.com/stemedb/stemewatch/scorer"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "stemetrain:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("stemetrain", flag.ContinueOnError)
	cat := fs.String("catalogue", "testdata/catalogue.jsonl", "the labelled catalogue `FILE` (JSON lines)")
	out := fs.String("o", "scorer/model_gen.go", "the Go `FILE` to write")
	if err := fs.Parse(args); err != nil {
		return err
	}
	f, err := os.Open(*cat)
	if err != nil {
		return err
	}
	defer f.Close()
	entries, err := scorer.ReadCatalogue(f, *cat)
	if err != nil {
		return err
	}
	m, err := scorer.Train(scorer.TrainingSet(entries, scorer.RuleExamples(patterns.Default()), ""), scorer.TrainOptions{})
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := scorer.WriteGo(&b, m, fmt.Sprintf("Trained on %d catalogue wordings and the default rules' examples.", len(entries))); err != nil {
		return err
	}
	return os.WriteFile(*out, b.Bytes(), 0o644)
}
