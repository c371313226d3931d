package gen

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// Format is an output format.
type Format string

// The output formats, as journalctl writes them.
const (
	JSON   Format = "json"   // journalctl -o json
	Export Format = "export" // journalctl -o export
	Text   Format = "text"   // journalctl -o cat, multi-line messages folded
)

// jsonThreshold: journalctl -o json prints a field as null when
// len("FIELD=value") reaches it (without --all).
const jsonThreshold = 4096

// Write writes cfg.Entries generated entries to w in format, streaming.
func Write(w io.Writer, format Format, cfg Config) error {
	return WriteLabeled(w, nil, format, cfg)
}

// WriteLabeled is Write that also writes one label line per entry to labels
// (when not nil), in the form of testdata/sample.labels.jsonl.
func WriteLabeled(w, labels io.Writer, format Format, cfg Config) error {
	switch format {
	case JSON, Export, Text:
	default:
		return fmt.Errorf("unknown format %q (want json, export or text)", format)
	}
	g := New(cfg)
	bw := bufio.NewWriterSize(w, 256<<10)
	var lw *bufio.Writer
	if labels != nil {
		lw = bufio.NewWriterSize(labels, 64<<10)
	}
	streamID := g.hexID(16)
	invocation := g.hexID(16)
	machine := g.hexID(16)
	var buf, lbuf []byte
	for r := g.Next(); r != nil; r = g.Next() {
		buf = buf[:0]
		switch format {
		case JSON:
			buf = g.appendJSON(buf, r, streamID, invocation, machine)
		case Export:
			buf = g.appendExport(buf, r, streamID, invocation, machine)
		case Text:
			for _, c := range r.Message {
				if c == '\n' {
					c = ' '
				}
				buf = append(buf, c)
			}
			buf = append(buf, '\n')
		}
		if _, err := bw.Write(buf); err != nil {
			return err
		}
		if lw != nil {
			lbuf = AppendLabel(lbuf[:0], r)
			if _, err := lw.Write(lbuf); err != nil {
				return err
			}
		}
	}
	if lw != nil {
		if err := lw.Flush(); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// AppendLabel appends r's label as one JSON line.
func AppendLabel(b []byte, r *Record) []byte {
	l := &r.Label
	b = append(b, `{"is_error":`...)
	b = strconv.AppendBool(b, l.IsError)
	b = append(b, `,"error_type":`...)
	b = appendOptString(b, l.ErrorType)
	b = append(b, `,"agent_id":`...)
	b = appendOptString(b, l.AgentID)
	b = append(b, `,"signature_failure":`...)
	b = strconv.AppendBool(b, l.SignatureFailure)
	b = append(b, `,"http_status":`...)
	if l.HTTPStatus == 0 {
		b = append(b, "null"...)
	} else {
		b = strconv.AppendInt(b, int64(l.HTTPStatus), 10)
	}
	b = append(b, `,"cursor":`...)
	b = appendQuoted(b, r.Cursor)
	b = append(b, `,"t_us":`...)
	b = strconv.AppendInt(b, r.RealtimeUS, 10)
	return append(b, "}\n"...)
}

func appendOptString(b []byte, s string) []byte {
	if s == "" {
		return append(b, "null"...)
	}
	return appendQuoted(b, []byte(s))
}

// printable reports whether journalctl prints v as text: valid UTF-8 with
// no control bytes other than tab (and newline, when newline is set).
func printable(v []byte, newline bool) bool {
	for _, c := range v {
		if c < 0x20 && c != '\t' && (c != '\n' || !newline) || c == 0x7f {
			return false
		}
	}
	return utf8.Valid(v)
}

func (g *Generator) appendJSON(b []byte, r *Record, streamID, invocation, machine string) []byte {
	b = append(b, `{"__CURSOR":"`...)
	b = append(b, r.Cursor...)
	b = append(b, `","__REALTIME_TIMESTAMP":"`...)
	b = strconv.AppendInt(b, r.RealtimeUS, 10)
	b = append(b, `","__MONOTONIC_TIMESTAMP":"`...)
	b = strconv.AppendInt(b, r.MonotonicUS, 10)
	b = append(b, `","_BOOT_ID":"`...)
	b = append(b, g.bootID...)
	b = append(b, `","_TRANSPORT":"stdout","PRIORITY":"`...)
	b = strconv.AppendInt(b, int64(r.Priority), 10)
	b = append(b, `","SYSLOG_FACILITY":"3","SYSLOG_IDENTIFIER":"stemedb-api","_PID":"4242","_UID":"998","_GID":"998",`+
		`"_COMM":"stemedb-api","_EXE":"/usr/bin/stemedb-api","_CMDLINE":"/usr/bin/stemedb-api --config /etc/stemedb/api.toml",`+
		`"_CAP_EFFECTIVE":"0","_SYSTEMD_CGROUP":"/system.slice/stemedb-api.service","_SYSTEMD_UNIT":"stemedb-api.service",`+
		`"_SYSTEMD_SLICE":"system.slice","_SYSTEMD_INVOCATION_ID":"`...)
	b = append(b, invocation...)
	b = append(b, `","_MACHINE_ID":"`...)
	b = append(b, machine...)
	b = append(b, `","_HOSTNAME":`...)
	b = appendQuoted(b, []byte(g.cfg.Node))
	b = append(b, `,"_STREAM_ID":"`...)
	b = append(b, streamID...)
	b = append(b, `","MESSAGE":`...)
	switch m := r.Message; {
	case len("MESSAGE=")+len(m) >= jsonThreshold:
		b = append(b, "null"...)
	case printable(m, true):
		b = appendQuoted(b, m)
	default:
		b = append(b, '[')
		for i, c := range m {
			if i > 0 {
				b = append(b, ',')
			}
			b = strconv.AppendUint(b, uint64(c), 10)
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...)
}

func (g *Generator) appendExport(b []byte, r *Record, streamID, invocation, machine string) []byte {
	b = append(b, "__CURSOR="...)
	b = append(b, r.Cursor...)
	b = append(b, "\n__REALTIME_TIMESTAMP="...)
	b = strconv.AppendInt(b, r.RealtimeUS, 10)
	b = append(b, "\n__MONOTONIC_TIMESTAMP="...)
	b = strconv.AppendInt(b, r.MonotonicUS, 10)
	b = append(b, "\n_BOOT_ID="...)
	b = append(b, g.bootID...)
	b = append(b, "\n_TRANSPORT=stdout\nPRIORITY="...)
	b = strconv.AppendInt(b, int64(r.Priority), 10)
	b = append(b, "\nSYSLOG_FACILITY=3\nSYSLOG_IDENTIFIER=stemedb-api\n_PID=4242\n_UID=998\n_GID=998\n"+
		"_COMM=stemedb-api\n_EXE=/usr/bin/stemedb-api\n_CMDLINE=/usr/bin/stemedb-api --config /etc/stemedb/api.toml\n"+
		"_CAP_EFFECTIVE=0\n_SYSTEMD_CGROUP=/system.slice/stemedb-api.service\n_SYSTEMD_UNIT=stemedb-api.service\n"+
		"_SYSTEMD_SLICE=system.slice\n_SYSTEMD_INVOCATION_ID="...)
	b = append(b, invocation...)
	b = append(b, "\n_MACHINE_ID="...)
	b = append(b, machine...)
	b = append(b, "\n_HOSTNAME="...)
	b = append(b, g.cfg.Node...)
	b = append(b, "\n_STREAM_ID="...)
	b = append(b, streamID...)
	if m := r.Message; printable(m, false) {
		b = append(b, "\nMESSAGE="...)
		b = append(b, m...)
	} else {
		b = append(b, "\nMESSAGE\n"...)
		b = binary.LittleEndian.AppendUint64(b, uint64(len(m)))
		b = append(b, m...)
	}
	return append(b, "\n\n"...)
}
