package board

import "time"

// Clock tells the time. Documents take one so tests can set the time.
type Clock func() time.Time

// step is one edit in the history with the revision it produced.
type step struct {
	cmd Command
	rev int
}

// Document is a board being edited: the board, its undo history and whether
// it has changes that are not saved yet. It is not safe for concurrent use;
// the UI changes it from its one event goroutine.
type Document struct {
	board *Board
	undo  []step
	redo  []step
	clock Clock

	// Every edit gets a revision number that is never reused, so undoing back
	// to the saved revision makes the document clean again, and a redo branch
	// thrown away can never look saved.
	lastRev int
	saved   int
	changed time.Time
	// untracked is set by changes that are saved but not undone, such as
	// the running timer, until the next save.
	untracked bool
	// untrackedGen counts untracked changes, so that a save of an older
	// version (written in the background) does not mark a newer one saved.
	untrackedGen int

	listeners []func()
	// savedListeners hear only about the saved state changing, which
	// alters nothing on the board: no redraw or re-analysis is needed.
	savedListeners []func()
	// refusedListeners hear of edits refused for crossing a limit, so the
	// facilitator is told wherever the edit came from.
	refusedListeners []func(error)
}

// NewDocument wraps b for editing. A nil clock means time.Now.
func NewDocument(b *Board, clock Clock) *Document {
	if clock == nil {
		clock = time.Now
	}
	return &Document{board: b, clock: clock}
}

// Board returns the board as it is now. Callers must not change it directly:
// every change goes through Apply so that it can be undone.
func (d *Document) Board() *Board { return d.board }

// OnChange registers f to be called after every edit, undo and redo.
func (d *Document) OnChange(f func()) { d.listeners = append(d.listeners, f) }

// OnSavedChange registers f to be called when the board is marked saved or
// unsaved without being changed, e.g. after an autosave.
func (d *Document) OnSavedChange(f func()) { d.savedListeners = append(d.savedListeners, f) }

// OnRefused registers f to be called with the *LimitError of every edit
// refused because the board would cross a limit of the file format.
func (d *Document) OnRefused(f func(error)) { d.refusedListeners = append(d.refusedListeners, f) }

// refuse tells the refused listeners of err and returns it.
func (d *Document) refuse(err error) error {
	for _, f := range d.refusedListeners {
		f(err)
	}
	return err
}

// doChecked performs c unless it makes the board cross a limit: then c is
// undone and its *LimitError returned. A problem the board had before c is
// not c's doing and does not stop it.
func (d *Document) doChecked(c Command) error {
	c.Do(d.board)
	if err := d.board.CheckLimits(); err != nil {
		c.Undo(d.board)
		if d.board.CheckLimits() == nil {
			return d.refuse(err)
		}
		c.Do(d.board)
	}
	return nil
}

// Apply performs c and puts it on the undo stack. Redo is cleared, as in
// every editor: a new edit starts a new branch of history.
//
// An edit that would make a board the file format cannot hold (the
// 100,001st sticky, a sticky past x = 1,000,000, text over 2,000
// characters; see CheckLimits) is undone at once and returned as a
// *LimitError for the facilitator to read; the board stays as it was.
// A problem the board already had before the edit does not block it.
func (d *Document) Apply(c Command) error {
	if err := d.doChecked(c); err != nil {
		return err
	}
	d.lastRev++
	d.undo = append(d.undo, step{c, d.lastRev})
	d.redo = nil
	d.touch()
	return nil
}

// CanUndo reports whether there is an edit to undo.
func (d *Document) CanUndo() bool { return len(d.undo) > 0 }

// CanRedo reports whether there is an undone edit to redo.
func (d *Document) CanRedo() bool { return len(d.redo) > 0 }

// UndoName names the edit Undo would revert, or "" when there is none.
func (d *Document) UndoName() string {
	if len(d.undo) == 0 {
		return ""
	}
	return d.undo[len(d.undo)-1].cmd.Name()
}

// RedoName names the edit Redo would repeat, or "" when there is none.
func (d *Document) RedoName() string {
	if len(d.redo) == 0 {
		return ""
	}
	return d.redo[len(d.redo)-1].cmd.Name()
}

// Undo reverts the last edit and reports whether there was one.
func (d *Document) Undo() bool {
	if len(d.undo) == 0 {
		return false
	}
	s := d.undo[len(d.undo)-1]
	d.undo = d.undo[:len(d.undo)-1]
	s.cmd.Undo(d.board)
	d.redo = append(d.redo, s)
	d.touch()
	return true
}

// Redo repeats the last undone edit and reports whether there was one.
func (d *Document) Redo() bool {
	if len(d.redo) == 0 {
		return false
	}
	s := d.redo[len(d.redo)-1]
	d.redo = d.redo[:len(d.redo)-1]
	s.cmd.Do(d.board)
	d.undo = append(d.undo, s)
	d.touch()
	return true
}

// revision identifies the board's current state in the history.
func (d *Document) revision() int {
	if len(d.undo) == 0 {
		return 0
	}
	return d.undo[len(d.undo)-1].rev
}

// Dirty reports whether the board differs from what was last saved.
func (d *Document) Dirty() bool { return d.untracked || d.revision() != d.saved }

// MarkSaved records that the board as it is now has been written to disk.
func (d *Document) MarkSaved() {
	d.saved = d.revision()
	d.untracked = false
	d.notifySaved()
}

// ChangeWithoutUndo changes the board in a way that must be saved but is no
// edit to undo: starting a timer, moving to the next agenda step. Undo and
// redo leave such changes alone.
func (d *Document) ChangeWithoutUndo(f func(b *Board)) {
	f(d.board)
	d.untracked = true
	d.untrackedGen++
	d.touch()
}

// Version identifies the board's state as it is now, to mark it saved
// later with MarkSavedAt once a copy of it has reached the disk.
type Version struct{ rev, untracked int }

// Version returns the board's current state in the history.
func (d *Document) Version() Version { return Version{d.revision(), d.untrackedGen} }

// MarkSavedAt records that the board as it was at v has been written to
// disk. Edits made since v keep the board unsaved.
func (d *Document) MarkSavedAt(v Version) {
	d.saved = v.rev
	if d.untrackedGen == v.untracked {
		d.untracked = false
	}
	d.notifySaved()
}

// MarkUnsaved records that the board as it is now exists nowhere on disk,
// e.g. a new board that will be saved to a file that does not exist yet.
func (d *Document) MarkUnsaved() {
	d.saved = -1
	d.notifySaved()
}

// Changed is when the board was last edited, undone or redone.
func (d *Document) Changed() time.Time { return d.changed }

// Now is the document's clock reading.
func (d *Document) Now() time.Time { return d.clock() }

func (d *Document) touch() {
	d.changed = d.clock()
	d.notify()
}

func (d *Document) notifySaved() {
	for _, f := range d.savedListeners {
		f()
	}
}

func (d *Document) notify() {
	for _, f := range d.listeners {
		f()
	}
}
