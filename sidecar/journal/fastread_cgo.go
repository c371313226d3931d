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
static int (*stw_next)(sd_journal *);
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
	stw_next = dlsym(h, "sd_journal_next");
	stw_enum = dlsym(h, "sd_journal_enumerate_data");
	stw_cursor = dlsym(h, "sd_journal_get_cursor");
	stw_realtime = dlsym(h, "sd_journal_get_realtime_usec");
	if (!stw_restart || !stw_next || !stw_enum || !stw_cursor || !stw_realtime)
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
	int found = 0;
	stw_restart(j);
	while (found < STW_NFIELDS && (r = stw_enum(j, &d, &l)) > 0) {
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
			found++;
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

// A record is one entry as stw_read_many writes it: a header of STW_HDR
// bytes (int64 realtime; int32 truncated; int32 size of the record, padded
// to 8; int32 off[6]; int32 len[6], -1 for an absent field, index 5 the
// cursor), then the field bytes, offsets relative to the record.
#define STW_HDR 64

typedef struct {
	int64_t rt;
	int32_t truncated;
	int32_t size;
	int32_t off[STW_NFIELDS + 1];
	int32_t len[STW_NFIELDS + 1];
} stw_hdr;

// The reasons stw_read_many stops.
enum { STW_MAX = 0, STW_FULL = 1, STW_END = 2, STW_READ_ERR = 3, STW_NEXT_ERR = 4 };

// stw_read_many steps with sd_journal_next (first reading the current
// entry instead when *pending) and writes each entry as a record into buf,
// up to max records: one cgo call per batch of entries, not two per entry.
// It returns the number of records and in *status why it stopped: STW_MAX;
// STW_FULL, the current entry did not fit (*pending stays set; *need is its
// size when no record fit at all); STW_END, no next entry; STW_READ_ERR,
// the current entry could not be read (*err, negative errno; the journal
// stays on it, consumed); STW_NEXT_ERR, sd_journal_next failed (*err).
static int stw_read_many(sd_journal *j, char *buf, size_t cap, size_t maxval, int max,
                         int *pending, int *status, int64_t *need, int *err) {
	size_t used = 0;
	int n = 0;
	int64_t off[STW_NFIELDS + 1], len[STW_NFIELDS + 1];
	*status = STW_MAX;
	*need = 0;
	*err = 0;
	while (n < max) {
		if (!*pending) {
			int r = stw_next(j);
			if (r == 0) {
				*status = STW_END;
				return n;
			}
			if (r < 0) {
				*status = STW_NEXT_ERR;
				*err = r;
				return n;
			}
			*pending = 1;
		}
		size_t room = cap - used > STW_HDR ? cap - used - STW_HDR : 0;
		stw_hdr h;
		uint64_t rt = 0;
		int trunc = 0;
		for (int i = 0; i <= STW_NFIELDS; i++)
			off[i] = 0;
		int64_t r = stw_read(j, buf + used + STW_HDR, room, maxval, off, len, &rt, &trunc);
		if (r < 0) {
			*pending = 0;
			*status = STW_READ_ERR;
			*err = (int)r;
			return n;
		}
		if (r > 0 || cap - used < STW_HDR) {
			if (n == 0)
				*need = STW_HDR + (r > 0 ? r : 0) + 8;
			*status = STW_FULL;
			return n;
		}
		size_t data = 0;
		for (int i = 0; i <= STW_NFIELDS; i++) {
			h.off[i] = (int32_t)(STW_HDR + off[i]);
			h.len[i] = (int32_t)len[i];
			if (len[i] > 0)
				data += len[i];
		}
		size_t size = (STW_HDR + data + 7) & ~(size_t)7;
		h.rt = (int64_t)rt;
		h.truncated = trunc;
		h.size = (int32_t)size;
		memcpy(buf + used, &h, sizeof h);
		used += size;
		if (used > cap)
			used = cap;
		n++;
		*pending = 0;
	}
	return n;
}
*/
import "C"

import (
	"encoding/binary"
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

// The reasons stw_read_many stops (STW_*).
const (
	stwMax     = int(C.STW_MAX)
	stwFull    = int(C.STW_FULL)
	stwEnd     = int(C.STW_END)
	stwReadErr = int(C.STW_READ_ERR)
	stwNextErr = int(C.STW_NEXT_ERR)
)

// batchEntries is how many entries one cgo call reads at most: enough that
// the call costs nothing per entry, few enough that ctx and the journal's
// head are looked at often.
const batchEntries = 256

// batchBufSize is the batch buffer's first size; tests shrink it to make
// entries straddle batches.
var batchBufSize = 256 << 10

// batchReader reads entries batchEntries at a time (stw_read_many) into its
// buffer and hands them to a sink one by one.
type batchReader struct {
	buf []byte
	n   int   // records in buf
	pos int   // offset of the next record
	err error // a record next could not decode (the rest of the batch is dropped with it)
}

// readMany steps to and reads up to batchEntries entries. It returns the
// status (STW_*) and, for STW_READ_ERR and STW_NEXT_ERR, the error.
func (b *batchReader) readMany(j *sdjournal.Journal, pending *bool) (int, error) {
	if b.buf == nil {
		b.buf = make([]byte, batchBufSize)
	}
	for {
		var pend, status, cerr C.int
		var need C.int64_t
		if *pending {
			pend = 1
		}
		n := C.stw_read_many(cJournal(j), (*C.char)(unsafe.Pointer(&b.buf[0])), C.size_t(len(b.buf)), C.size_t(maxMessage),
			C.int(batchEntries), &pend, &status, &need, &cerr)
		*pending = pend != 0
		b.n, b.pos = int(n), 0
		if status == C.STW_FULL && n == 0 {
			b.buf = make([]byte, int(need)+4096) // one entry larger than the buffer
			continue
		}
		if cerr < 0 {
			return int(status), syscall.Errno(-cerr)
		}
		return int(status), nil
	}
}

// next decodes the next record into e (slices into the buffer, valid until
// the next readMany); false when the batch is used up.
// lastCursor returns the cursor of the last entry read into b ("" when
// none), without consuming anything.
func (b *batchReader) lastCursor() string {
	ne := binary.NativeEndian
	pos, c := b.pos, ""
	for range b.n {
		r := b.buf[pos:]
		if l := int32(ne.Uint32(r[40+4*5:])); l >= 0 {
			o := int(int32(ne.Uint32(r[16+4*5:])))
			c = string(r[o : o+int(l)])
		}
		pos += int(int32(ne.Uint32(r[12:])))
	}
	return c
}

func (b *batchReader) next(e *classifier.Entry) bool {
	if b.n == 0 {
		return false
	}
	b.n--
	size, err := decodeRecord(b.buf[b.pos:], e)
	if err != nil { // stw_read_many wrote it: should not happen
		b.err, b.n = err, 0
		return false
	}
	b.pos += size
	return true
}

// pending returns the records not handed on yet (their count and bytes)
// and consumes them: the reader child sends them to its parent as they are.
func (b *batchReader) pending() (int, []byte) {
	end := b.pos
	for range b.n {
		end += recordSize(b.buf[end:])
	}
	n, recs := b.n, b.buf[b.pos:end]
	b.n, b.pos = 0, end
	return n, recs
}
