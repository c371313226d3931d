package journalfile

// Peek loads each file's next entry, as Next does before choosing among
// them, without taking one: a test can then change a file under entries
// the reader holds.
func (d *Dir) Peek() {
	for _, h := range d.heads {
		h.fill()
	}
}
