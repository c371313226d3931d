package sinks

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// WriteExposition writes what write produces (the metrics library's
// exposition, written without metadata) to w with the metadata of
// MetricHelp: every family gets one `# HELP` line with its text and one
// `# TYPE` line, its samples grouped under them. A family missing from the
// table keeps an empty HELP line and a type guessed from its samples
// (histogram with le, summary with quantile, counter for _total, gauge).
//
// The library's own metadata (metrics.ExposeMetadata) is process-wide and
// left off: it would change every other writer of the process.
func WriteExposition(w io.Writer, write func(io.Writer)) error {
	var raw bytes.Buffer
	write(&raw)

	type family struct {
		name, typ string
		samples   []string
	}
	var order []*family
	byName := map[string]*family{}
	get := func(name, typ string) *family {
		f := byName[name]
		if f == nil {
			f = &family{name: name, typ: typ}
			byName[name] = f
			order = append(order, f)
		}
		return f
	}
	sc := bufio.NewScanner(&raw)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		name := seriesName(line)
		if to := exposedName(name); to != name {
			line, name = to+line[len(name):], to
		}
		labels := line[len(name):]
		var f *family
		switch {
		case strings.HasSuffix(name, "_bucket") && hasLabel(labels, "le"):
			f = get(strings.TrimSuffix(name, "_bucket"), "histogram")
		case hasLabel(labels, "quantile"):
			f = get(name, "summary")
		case strings.HasSuffix(name, "_sum") || strings.HasSuffix(name, "_count"):
			base := name[:strings.LastIndexByte(name, '_')]
			if b := byName[base]; b != nil && (b.typ == "histogram" || b.typ == "summary") {
				f = b
			}
		}
		if f == nil {
			typ := "gauge"
			if strings.HasSuffix(name, "_total") {
				typ = "counter"
			}
			f = get(name, typ)
		}
		f.samples = append(f.samples, line)
	}
	if err := sc.Err(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	for _, f := range order {
		meta := MetricHelp[f.name]
		typ := f.typ
		if meta.Type != "" {
			typ = meta.Type
		}
		if meta.Help != "" {
			bw.WriteString("# HELP " + f.name + " " + escapeHelp(meta.Help) + "\n")
		} else {
			bw.WriteString("# HELP " + f.name + "\n")
		}
		bw.WriteString("# TYPE " + f.name + " " + typ + "\n")
		for _, s := range f.samples {
			bw.WriteString(s)
			bw.WriteByte('\n')
		}
	}
	return bw.Flush()
}

// hasLabel reports whether the label part of a sample line ({...} value)
// has label key.
func hasLabel(labels, key string) bool {
	return strings.HasPrefix(labels, "{"+key+"=\"") || strings.Contains(labels, ","+key+"=\"")
}

// seriesName is the metric name of a sample line.
func seriesName(line string) string {
	if i := strings.IndexAny(line, "{ "); i >= 0 {
		return line[:i]
	}
	return line
}

// escapeHelp escapes a help text as the text format requires (backslash and
// newline).
func escapeHelp(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}

// exposedName is the name a library family is exposed under (see renamed).
func exposedName(name string) string {
	if to, ok := renamed[name]; ok {
		return to
	}
	return name
}
