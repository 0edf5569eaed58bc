package ui

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"pathmap/board"
)

// A workshop board is an hour of fifteen people's thinking: pathmap saves it
// by itself. A named board is written to its file, an untitled one (or one
// whose file cannot be written) to a recovery copy that is offered on the
// next start.
const (
	// autosaveQuiet is how long pathmap waits after an edit, so a burst of
	// edits is one write.
	autosaveQuiet = time.Second
	// autosaveMax bounds the wait during a steady stream of edits: no edit
	// stays unsaved longer than this.
	autosaveMax = 2 * time.Second
)

// scheduler runs f once after d and returns a function that cancels it.
type scheduler func(d time.Duration, f func()) (cancel func())

// afterOnUIThread is the real scheduler: the timer fires on its own
// goroutine, and fyne.Do brings the save back to the UI goroutine, the only
// one allowed to touch the document and the widgets.
func afterOnUIThread(d time.Duration, f func()) func() {
	t := time.AfterFunc(d, func() { fyne.Do(f) })
	return func() { t.Stop() }
}

// debouncer decides when to save: autosaveQuiet after the last change, but
// never later than autosaveMax after the first change not yet saved.
type debouncer struct {
	quiet, max time.Duration
	now        board.Clock
	after      scheduler
	fire       func()

	first  time.Time // first change since the last save; zero when none
	cancel func()
	gen    int // a timer stopped too late must not fire an old save
}

// changed records an edit and moves the save time.
func (d *debouncer) changed() {
	now := d.now()
	if d.first.IsZero() {
		d.first = now
	}
	due := now.Add(d.quiet)
	if latest := d.first.Add(d.max); latest.Before(due) {
		due = latest
	}
	d.stop()
	gen := d.gen
	d.cancel = d.after(due.Sub(now), func() {
		if gen != d.gen {
			return
		}
		d.first, d.cancel = time.Time{}, nil
		d.fire()
	})
}

// stop cancels the pending save, if any.
func (d *debouncer) stop() {
	d.gen++
	if d.cancel != nil {
		d.cancel()
		d.cancel = nil
	}
}

// reset forgets pending changes: the board was just saved.
func (d *debouncer) reset() {
	d.stop()
	d.first = time.Time{}
}

// pending reports whether a save is scheduled.
func (d *debouncer) pending() bool { return d.cancel != nil }

// autosaver keeps one window's board on disk.
type autosaver struct {
	w   *Window
	deb debouncer
	rec recoveryStore

	// recovery is this session's recovery copy ("" until one is written).
	recovery string
	// recoveredAt is when the recovery copy was last written.
	recoveredAt time.Time
	// stamp is the board file as pathmap last read or wrote it, to notice
	// another program changing it.
	stamp board.Stamp
	// hold, when set, says why autosave must not write the board file (a
	// repaired board, a file changed on disk): only a save the facilitator
	// asks for may. Recovery copies are still written.
	hold string
	// warned is set once a failed autosave has been reported, so the
	// message does not pop up again every two seconds.
	warned bool
	// backedUp is the file whose .bak this session has made already: later
	// saves leave that .bak alone, so it keeps the board as it was before.
	backedUp string
	// typed is the last board written with text still being typed, so an
	// unchanged text box is not written again every second.
	typed []byte
	// quitChosen is set when the facilitator quit (after saving or choosing
	// not to): then nothing more is written on the way out.
	quitChosen bool
}

func newAutosaver(w *Window, a fyne.App) *autosaver {
	s := &autosaver{w: w, rec: recoveryStore{dir: recoveryDir(a)}}
	s.deb = debouncer{quiet: autosaveQuiet, max: autosaveMax, now: w.clock, after: afterOnUIThread, fire: func() { s.run() }}
	return s
}

// track starts looking after a newly opened document. The previous board's
// recovery copy goes: its changes were saved, or the facilitator chose not
// to keep them.
func (s *autosaver) track(doc *board.Document, path string) {
	s.deb.reset()
	s.dropRecovery()
	s.stamp = board.StampOf(path)
	s.hold, s.warned, s.backedUp = "", false, ""
	changed := func() {
		if s.w.doc == doc {
			s.changed()
		}
	}
	doc.OnChange(changed)
	doc.OnSavedChange(changed) // a board marked unsaved must still be saved
}

// changed is called after every edit, undo, redo and save.
func (s *autosaver) changed() {
	if s.w.doc.Dirty() {
		s.deb.changed()
	} else {
		s.deb.reset()
	}
}

// typing is called for every character typed into a sticky: the sentence
// being typed is worth keeping too.
func (s *autosaver) typing() { s.deb.changed() }

// run is the autosave itself, on the UI goroutine. It reports whether the
// board is now safely in its file.
func (s *autosaver) run() bool {
	w := s.w
	snap, typing := w.boardWithTyping()
	if !w.doc.Dirty() && !typing {
		return true
	}
	if typing {
		data, err := board.Encode(snap)
		if err == nil && bytes.Equal(data, s.typed) {
			return false // written already
		}
		s.typed = data
		defer s.typingWritten()
	}
	if w.path == "" || s.hold != "" {
		s.writeRecoveryOf(snap)
		return false
	}
	if s.changedOnDisk() {
		s.hold = "changed on disk"
		s.backedUp = "" // Overwrite keeps the other program's version as .bak
		s.writeRecoveryOf(snap)
		w.askOverwrite(w.path, nil)
		return false
	}
	if err := s.save(w.path, snap); err != nil {
		s.typed = nil // try the file again next time
		s.writeRecoveryOf(snap)
		if !s.warned {
			s.warned = true
			where := "A recovery copy was kept; pathmap offers it when it starts next."
			if s.recovery == "" {
				where = "No recovery copy could be written either."
			}
			dialog.ShowError(errors.New("Autosave could not save the board.\n"+err.Error()+"\n"+where+
				"\nYour board is still open; use Save As to save it somewhere else."), w.win)
		}
		return false
	}
	if typing {
		s.stamp = board.StampOf(w.path)
		return false
	}
	w.markWritten(w.path)
	return true
}

// typingWritten marks the document unsaved after a save that included text
// still being typed: the file now holds something the document does not, and
// only saving the document again (once the sticky is closed) makes them one.
func (s *autosaver) typingWritten() {
	if !s.w.doc.Dirty() {
		s.w.doc.MarkUnsaved()
	}
}

// boardWithTyping is the board as it would be if the open sticky were closed
// now, and the text in it. Without an open sticky with new text it is the
// document's board and typing is false.
func (w *Window) boardWithTyping() (b *board.Board, typing bool) {
	b = w.doc.Board()
	st := w.view.editing
	if st == nil {
		return b, false
	}
	text := board.CleanText(w.view.editor.Text)
	if text == "" {
		return b, false
	}
	if st.id == 0 {
		c := b.Clone()
		c.Stickies = append(c.Stickies, board.Sticky{ID: c.NextID(), Lane: st.lane, Text: text,
			X: st.x, Y: st.y, W: board.StickyWidth, H: board.StickyHeight})
		return c, true
	}
	i := b.Index(st.id)
	if i < 0 || b.Stickies[i].Text == text {
		return b, false
	}
	c := b.Clone()
	c.Stickies[i].Text = text
	return c, true
}

// save writes b to path. The first save to a file in this session keeps
// its previous version as the .bak; later ones leave that .bak alone.
func (s *autosaver) save(path string, b *board.Board) error {
	if s.backedUp == path {
		return board.SaveKeepingBackup(path, b)
	}
	if err := board.Save(path, b); err != nil {
		return err
	}
	s.backedUp = path
	return nil
}

// written records a successful save of the board to path.
func (s *autosaver) written(path string) {
	s.deb.reset()
	s.stamp = board.StampOf(path)
	s.hold, s.warned, s.typed = "", false, nil
	s.dropRecovery()
}

// changedOnDisk reports whether another program changed, replaced or
// deleted the board file since pathmap last read or wrote it.
func (s *autosaver) changedOnDisk() bool {
	return !board.StampOf(s.w.path).Same(s.stamp)
}

// writeRecovery keeps a copy of the board in the recovery folder. A
// failure is kept quiet here: the board is still in memory, and the
// caller already tells the facilitator the board is not in its file.
func (s *autosaver) writeRecovery() { s.writeRecoveryOf(s.w.doc.Board()) }

func (s *autosaver) writeRecoveryOf(b *board.Board) {
	if s.recovery == "" {
		s.recovery = s.rec.fileFor(s.w.path, s.w.clock())
	}
	if err := s.rec.write(s.recovery, b); err != nil {
		fyne.LogError("writing the recovery copy", err)
		return
	}
	s.recoveredAt = s.w.clock()
	s.w.refreshChrome()
}

// dropRecovery deletes this session's recovery copy once nothing needs it.
func (s *autosaver) dropRecovery() {
	if s.recovery != "" {
		s.rec.remove(s.recovery)
		s.recovery, s.recoveredAt = "", time.Time{}
	}
}

// flush saves a named board now, for quitting. It reports whether the board
// is safe in its file; otherwise the caller asks the facilitator.
func (s *autosaver) flush() bool {
	s.deb.stop()
	if s.w.path == "" || s.hold != "" || s.changedOnDisk() {
		return !s.w.doc.Dirty()
	}
	if !s.w.doc.Dirty() {
		return true
	}
	if err := s.save(s.w.path, s.w.doc.Board()); err != nil {
		return false
	}
	s.w.markWritten(s.w.path)
	return true
}

// recoveryNote is added to the status bar while changes exist only in the
// recovery copy.
func (s *autosaver) recoveryNote() string {
	if s.recoveredAt.IsZero() || s.recoveredAt.Before(s.w.doc.Changed()) {
		return ""
	}
	return " · recovery copy " + s.recoveredAt.Format("15:04")
}

// markWritten updates the window after the board reached path.
func (w *Window) markWritten(path string) {
	w.path = path
	w.savedAt = w.clock()
	w.auto.written(path)
	w.doc.MarkSaved()
	w.refreshChrome()
}

// askOverwrite asks what to do when the board's file was changed, replaced
// or deleted by another program since pathmap read it: saving blindly would
// destroy someone's work, not saving would leave the board only in memory.
func (w *Window) askOverwrite(path string, then func()) {
	name := filepath.Base(path)
	what := fmt.Sprintf("“%s” was changed by another program since pathmap opened or saved it.", name)
	if !board.StampOf(path).Exists {
		what = fmt.Sprintf("“%s” was deleted or moved by another program since pathmap opened or saved it.", name)
	}
	msg := what + "\nOverwrite replaces it with the board on screen"
	if board.StampOf(path).Exists {
		msg += " (its current version is kept as " + name + ".bak)"
	}
	msg += ".\nYour board stays open either way; until you choose, pathmap keeps a recovery copy\ninstead of saving to the file."
	var d dialog.Dialog
	overwrite := newButton("Overwrite", true, func() {
		d.Hide()
		if w.writeBoard(path) && then != nil {
			then()
		}
	})
	saveAs := newButton("Save as…", false, func() {
		d.Hide()
		w.saveDialog(w.defaultName(board.Extension), board.Extension, func(p string) {
			if w.writeBoard(p) && then != nil {
				then()
			}
		})
	})
	cancel := newButton("Cancel", false, func() { d.Hide() })
	d = newQuestion("The file changed on disk", msg, w.win, cancel, saveAs, overwrite)
	d.Show()
}

// Flush saves now what autosave would save in a moment: a named board to its
// file, an untitled one (and text being typed) to its recovery copy, which
// stays to be offered at the next start. main calls it when the system asks
// pathmap to stop (logout, shutdown, kill), so that nothing waits for the
// timer.
func (w *Window) Flush() {
	w.auto.deb.stop()
	w.auto.run()
}

// SaveOnExit keeps the board when the app ends without the facilitator
// quitting it: logout, shutdown, a terminal's Ctrl+C, kill. Fyne then stops
// its event loop by itself, so this runs after ShowAndRun returns and only
// writes files, never touching the window, which is gone. A named board goes
// to its file (text still being typed included), anything else unsaved to
// its recovery copy.
func (w *Window) SaveOnExit() {
	s := w.auto
	if s == nil || s.quitChosen {
		return
	}
	s.deb.stop()
	snap, typing := w.boardWithTyping()
	if !w.doc.Dirty() && !typing {
		return
	}
	if w.path != "" && s.hold == "" && !s.changedOnDisk() {
		if err := s.save(w.path, snap); err == nil {
			return
		}
	}
	if s.recovery == "" {
		s.recovery = s.rec.fileFor(w.path, w.clock())
	}
	if err := s.rec.write(s.recovery, snap); err != nil {
		fyne.LogError("writing the recovery copy on exit", err)
	}
}
