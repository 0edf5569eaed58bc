package board

// Source says who made an edit. The facilitator's own edits go on the undo
// stack; an edit from elsewhere (a participant's phone in the room) does
// not, so Ctrl+Z never takes back what someone else added. The facilitator
// can still delete such a sticky, and that deletion is their own edit,
// which Ctrl+Z undoes.
type Source int

const (
	// SourceFacilitator is the person at the laptop: keyboard, mouse,
	// menus, imports.
	SourceFacilitator Source = iota
	// SourceRoom is anyone else: a participant adding a sticky from their
	// phone over the local network.
	SourceRoom
)

// String names the source for logs and messages.
func (s Source) String() string {
	switch s {
	case SourceFacilitator:
		return "facilitator"
	case SourceRoom:
		return "room"
	}
	return "unknown source"
}

// ApplyFrom performs c as an edit from src. The facilitator's edits are
// undoable, as with Apply. An edit from elsewhere is kept out of the undo
// history: undo and redo skip it, and the board counts as unsaved until the
// next save. It clears redo, since an undone edit redone on top of it could
// reuse an id it took. An edit from anywhere that would cross a limit of
// the file format is refused as Apply refuses it.
func (d *Document) ApplyFrom(src Source, c Command) error {
	if c == nil {
		return nil
	}
	if src == SourceFacilitator {
		return d.Apply(c)
	}
	if err := d.doChecked(c); err != nil {
		return err
	}
	d.redo = nil
	d.untracked = true
	d.untrackedGen++
	d.touch()
	return nil
}
