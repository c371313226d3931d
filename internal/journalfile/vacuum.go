package journalfile

// Loss is a followed file that journald deleted and deallocated under the
// reader: a vacuum unlinks a file and punches it out, and a mapping of it
// then reads zeros (on ramfs, which cannot punch, it is truncated: a fault
// the caller sees as an error). Entries the reader had not taken from it
// are gone.
type Loss struct {
	Path string
	// Unread is how many entries were lost, matching the terms or not
	// (the zeros no longer tell which matched). A file is reported when
	// its zeros are met, with the entries its header last said it held
	// past the last one read; and again, with the rest, when the next entry
	// of the same numbering is read (journald may have written more to it
	// after the reader's last look): the jump in sequence numbers from
	// the file's last entry known to the next entry read.
	Unread uint64
	// After and Through bound the lost sequence numbers (After+1 to
	// Through), for the log.
	After, Through uint64
}

type unsettled struct {
	path  string
	after uint64
}

// TakeLosses returns the losses to files vacuumed under the reader since
// the last call. A reader without terms also sees them as a jump in
// sequence numbers at the next entry; one with terms has only this.
func (d *Dir) TakeLosses() []Loss {
	l := d.losses
	d.losses = nil
	return l
}

// vacuumed records h's file as deallocated under the reader: lost are its
// entries after the last one taken from it (h.seq), and after the last
// one taken from any file of its numbering (entries are taken in sequence
// order: the file's entries before that one were taken, or never there).
func (d *Dir) vacuumed(h *head) {
	if h.lost {
		return
	}
	h.lost = true
	f := h.f
	var after uint64 // the last sequence number not lost
	known := true
	switch {
	case h.seqSet:
		after = h.seq
	case f.headSeq > 0:
		after = f.headSeq - 1 // nothing read from it
	default:
		known = false // empty at the last look
	}
	if l := &d.last; l.set && *l.seqnumID == f.seqnumID && (!known || l.seqnum > after) {
		after, known = l.seqnum, true
	}
	if !known {
		return // nothing read of its numbering: nothing to count from
	}
	if f.tailSeq > after {
		d.losses = append(d.losses, Loss{Path: f.Path, Unread: f.tailSeq - after, After: after, Through: f.tailSeq})
		after = f.tailSeq
	}
	if h.archived {
		return // its header was final at the last look: nothing more to settle
	}
	if d.unsettled == nil {
		d.unsettled = map[[16]byte]unsettled{}
	}
	if u, ok := d.unsettled[f.seqnumID]; !ok || after < u.after {
		d.unsettled[f.seqnumID] = unsettled{f.Path, after}
	}
}

// settle counts the entries lost between a vacuumed file's last entry
// known and x, the next entry taken of the same numbering.
func (d *Dir) settle(x *Entry) {
	u, ok := d.unsettled[x.file.seqnumID]
	if !ok || x.Seqnum <= u.after {
		return
	}
	delete(d.unsettled, x.file.seqnumID)
	if n := x.Seqnum - u.after - 1; n > 0 {
		d.losses = append(d.losses, Loss{Path: u.path, Unread: n, After: u.after, Through: x.Seqnum - 1})
	}
}
