//go:build cgo

package journal

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <systemd/sd-journal.h>

// One pass over the entry's fields (sd_journal_enumerate_data) instead of
// one sd_journal_get_data per field, each of which scans the entry's items
// again: about twice as fast for the five fields we keep. libsystemd is
// dlopen'ed like go-systemd does, so the binary has no link dependency.

static void (*stw_restart)(sd_journal *);
static int (*stw_enum)(sd_journal *, const void **, size_t *);
static int (*stw_cursor)(sd_journal *, char **);
static int (*stw_realtime)(sd_journal *, uint64_t *);

static int stw_init(void) {
	const char *libs[] = {"libsystemd.so.0", "libsystemd.so", NULL};
	void *h = NULL;
	for (int i = 0; libs[i] && !h; i++)
		h = dlopen(libs[i], RTLD_LAZY);
	if (!h)
		return -ENOENT;
	stw_restart = dlsym(h, "sd_journal_restart_data");
	stw_enum = dlsym(h, "sd_journal_enumerate_data");
	stw_cursor = dlsym(h, "sd_journal_get_cursor");
	stw_realtime = dlsym(h, "sd_journal_get_realtime_usec");
	if (!stw_restart || !stw_enum || !stw_cursor || !stw_realtime)
		return -ENOSYS;
	return 0;
}

#define STW_NFIELDS 5
static const char *stw_names[STW_NFIELDS] = {"MESSAGE=", "PRIORITY=", "SYSLOG_IDENTIFIER=", "_SYSTEMD_UNIT=", "_HOSTNAME="};
static const size_t stw_lens[STW_NFIELDS] = {8, 9, 18, 14, 10};

// stw_read copies the kept fields' values (the first occurrence of each),
// then the cursor, into buf. off[i]/len[i] locate field i (len -1: absent);
// index STW_NFIELDS is the cursor. A value longer than maxval is cut and
// *truncated set. Returns 0, a negative errno, or the buffer size needed
// (> cap) when buf is too small.
static int64_t stw_read(sd_journal *j, char *buf, size_t cap, size_t maxval,
                        int64_t *off, int64_t *len, uint64_t *rt, int *truncated) {
	size_t used = 0, need = 0;
	const void *d;
	size_t l;
	int r;
	*truncated = 0;
	for (int i = 0; i <= STW_NFIELDS; i++)
		len[i] = -1;
	stw_restart(j);
	while ((r = stw_enum(j, &d, &l)) > 0) {
		const char *p = d;
		for (int i = 0; i < STW_NFIELDS; i++) {
			size_t n = stw_lens[i];
			if (len[i] >= 0 || l < n || p[0] != stw_names[i][0] || memcmp(p, stw_names[i], n) != 0)
				continue;
			size_t v = l - n;
			if (v > maxval) {
				v = maxval;
				*truncated = 1;
			}
			need += v;
			if (used + v <= cap) {
				memcpy(buf + used, p + n, v);
				off[i] = used;
				len[i] = v;
				used += v;
			} else {
				len[i] = 0; // seen; no room
			}
			break;
		}
	}
	if (r < 0)
		return r;
	char *c = NULL;
	r = stw_cursor(j, &c);
	if (r < 0)
		return r;
	size_t cl = strlen(c);
	need += cl;
	if (used + cl <= cap) {
		memcpy(buf + used, c, cl);
		off[STW_NFIELDS] = used;
		len[STW_NFIELDS] = cl;
		used += cl;
	}
	free(c);
	if (need > cap)
		return need;
	r = stw_realtime(j, rt);
	if (r < 0)
		return r;
	return 0;
}
*/
import "C"

import (
	"fmt"
	"reflect"
	"sync"
	"syscall"
	"unsafe"

	"github.com/coreos/go-systemd/v22/sdjournal"

	"github.com/stemedb/stemewatch/classifier"
)

var (
	fastOnce sync.Once
	fastErr  error
)

// fastUsable reports whether the one-pass reader can be used: libsystemd
// loads, and go-systemd's Journal still starts with its sd_journal pointer
// (checked by reflection against the pinned v22.7.0 layout; otherwise the
// per-field GetDataBytes path is used).
func fastUsable() error {
	fastOnce.Do(func() {
		t := reflect.TypeFor[sdjournal.Journal]()
		if t.NumField() < 1 || t.Field(0).Name != "cjournal" || t.Field(0).Type.Kind() != reflect.Pointer || t.Field(0).Offset != 0 {
			fastErr = fmt.Errorf("go-systemd Journal layout changed")
			return
		}
		if r := C.stw_init(); r < 0 {
			fastErr = fmt.Errorf("load libsystemd: %w", syscall.Errno(-r))
		}
	})
	return fastErr
}

func cJournal(j *sdjournal.Journal) *C.sd_journal {
	return *(**C.sd_journal)(unsafe.Pointer(j))
}

// fastReader reads an entry's kept fields in one cgo call. The entry's
// slices point into its buffer, valid until the next read.
type fastReader struct {
	buf  []byte
	off  [6]C.int64_t
	ln   [6]C.int64_t
	rt   C.uint64_t
	trun C.int
}

func (f *fastReader) read(j *sdjournal.Journal, e *classifier.Entry) error {
	if f.buf == nil {
		f.buf = make([]byte, 64<<10)
	}
	for {
		r := C.stw_read(cJournal(j), (*C.char)(unsafe.Pointer(&f.buf[0])), C.size_t(len(f.buf)), C.size_t(maxMessage),
			&f.off[0], &f.ln[0], &f.rt, &f.trun)
		if r < 0 {
			return fmt.Errorf("read entry: %w", syscall.Errno(-r))
		}
		if r == 0 {
			break
		}
		f.buf = make([]byte, int(r)+4096)
	}
	get := func(i int) []byte {
		if f.ln[i] < 0 {
			return nil
		}
		o := int(f.off[i])
		return f.buf[o : o+int(f.ln[i]) : o+int(f.ln[i])]
	}
	*e = classifier.Entry{
		Message:    get(0),
		Priority:   parsePriority(get(1)),
		Identifier: get(2),
		Unit:       get(3),
		Host:       get(4),
		Cursor:     get(5),
		RealtimeUS: int64(f.rt),
		Truncated:  f.trun != 0,
	}
	if e.Message == nil {
		e.Message = []byte{}
	}
	return nil
}
