package workshop

import (
	"bytes"
	"log"
	"time"

	"pathmap/board"
)

// A workshop board is an hour of fifteen people's thinking: the session
// saves it by itself. A named board is written to its file, an untitled one
// (or one whose file cannot be written) to a recovery copy that is offered
// on the next start.
const (
	// AutosaveQuiet is how long the session waits after an edit, so a burst
	// of edits is one write.
	AutosaveQuiet = time.Second
	// AutosaveMax bounds the wait during a steady stream of edits: no edit
	// stays unsaved longer than this.
	AutosaveMax = 2 * time.Second
)

// autosave keeps the session's board on disk. It runs on the owner
// goroutine; only the writes themselves go to the worker.
type autosave struct {
	s   *Session
	deb debouncer
	rec RecoveryStore

	// recovery is this session's recovery copy ("" until one is written).
	recovery string
	// recoveredAt is when the recovery copy was last written.
	recoveredAt time.Time
	// stamp is the board file as the session last read or wrote it, to
	// notice another program changing it.
	stamp board.Stamp
	// hold, when set, says why autosave must not write the board file (a
	// repaired board, a file changed on disk): only a save the facilitator
	// asks for may. Recovery copies are still written.
	hold string
	// readOnly is set while another pathmap has the board's file open:
	// nothing but Save As writes a board then (readonly.go).
	readOnly bool
	// copyLock is this session's claim on its recovery copy, so that
	// another pathmap starting meanwhile does not offer a copy that is
	// still being kept (readonly.go).
	copyLock *board.Lock
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
	// pending returns the board with the text still being typed, if any.
	pending func() (*board.Board, bool)
	// onFailed and onChangedOnDisk ask the window to tell the facilitator.
	onFailed        func(err error, recoveryKept bool)
	onChangedOnDisk func(path string)
	// onNotWritable asks the window to offer Save As for a board file that
	// must not be rewritten (read-only, or no regular file).
	onNotWritable func(path string, err error)
}

func (a *autosave) init(s *Session, rec RecoveryStore) {
	a.s, a.rec = s, rec
	a.deb = debouncer{quiet: AutosaveQuiet, max: AutosaveMax, now: s.Now,
		after: func(d time.Duration, f func()) func() { return s.after(d, f) }, fire: func() { a.run() }}
}

// track starts looking after a newly opened board at path.
func (a *autosave) track(path string) {
	a.deb.reset()
	a.dropRecovery()
	a.stamp = board.StampOf(path)
	a.hold, a.warned, a.backedUp, a.readOnly = "", false, "", false
}

// changed is called after every edit, undo, redo and save.
func (a *autosave) changed() {
	if a.s.doc.Dirty() {
		a.deb.changed()
	} else {
		a.deb.reset()
	}
}

// SetPending tells autosave how to see text still being typed into a
// sticky: f returns the board as it would be were the text box closed now,
// and whether there is such text. The sentence being typed is worth keeping
// too.
func (s *Session) SetPending(f func() (*board.Board, bool)) { s.auto.pending = f }

// OnAutosaveFailed sets what tells the facilitator, once, that autosave
// could not write the board's file; recoveryKept says whether a recovery
// copy was written instead.
func (s *Session) OnAutosaveFailed(f func(err error, recoveryKept bool)) { s.auto.onFailed = f }

// OnChangedOnDisk sets what asks the facilitator, when another program
// changed or deleted the board's file, whether to overwrite it. Until then
// autosave keeps only a recovery copy.
func (s *Session) OnChangedOnDisk(f func(path string)) { s.auto.onChangedOnDisk = f }

// OnNotWritable sets what asks the facilitator, once, where to save a board
// whose file must not be rewritten: a file made read-only on purpose is
// never replaced by autosave. Until the facilitator saves, autosave keeps
// only a recovery copy.
func (s *Session) OnNotWritable(f func(path string, err error)) { s.auto.onNotWritable = f }

// Typing records a character typed into a sticky: it is saved as an edit
// would be.
func (s *Session) Typing() { s.auto.deb.changed() }

// current is the board as autosave should write it, and whether that
// includes text still being typed.
func (a *autosave) current() (*board.Board, bool) {
	if a.pending != nil {
		if b, typing := a.pending(); typing {
			return b, true
		}
	}
	return a.s.doc.Board(), false
}

// run is the autosave itself, on the owner goroutine; the writing happens
// on the worker.
func (a *autosave) run() {
	s := a.s
	snap, typing := a.current()
	if !s.doc.Dirty() && !typing {
		return
	}
	if typing {
		data, err := board.Encode(snap)
		if err == nil && bytes.Equal(data, a.typed) {
			return // written already
		}
		a.typed = data
	}
	doc, path, v := s.doc, s.path, s.doc.Version()
	after := func() {
		if typing && s.doc == doc {
			a.typingWritten()
		}
	}
	if path == "" || a.hold != "" || a.readOnly {
		a.writeRecoveryOf(snap, func(bool) { after() })
		return
	}
	if a.changedOnDisk() {
		a.hold = "changed on disk"
		a.backedUp = "" // Overwrite keeps the other program's version as .bak
		a.writeRecoveryOf(snap, func(bool) { after() })
		if a.onChangedOnDisk != nil {
			a.onChangedOnDisk(path)
		}
		return
	}
	if err := board.CheckWritable(path); err != nil {
		a.hold = "not writable"
		a.writeRecoveryOf(snap, func(bool) { after() })
		if a.onNotWritable != nil {
			a.onNotWritable(path, err)
		}
		return
	}
	a.save(path, snap, func(err error) {
		if s.doc != doc {
			return
		}
		if err != nil {
			a.typed = nil // try the file again next time
			// The facilitator hears whether a recovery copy was kept only
			// once its write has come back.
			a.writeRecoveryOf(snap, func(kept bool) {
				if !a.warned {
					a.warned = true
					if a.onFailed != nil {
						a.onFailed(err, kept)
					}
				}
				after()
			})
			return
		}
		if typing {
			a.stamp = board.StampOf(path)
		} else {
			s.markWritten(path, v)
		}
		after()
	})
}

// typingWritten marks the document unsaved after a save that included text
// still being typed: the file now holds something the document does not,
// and only saving the document again (once the sticky is closed) makes them
// one.
func (a *autosave) typingWritten() {
	if !a.s.doc.Dirty() {
		a.s.doc.MarkUnsaved()
	}
}

// save writes a copy of b to path on the worker and reports the outcome on
// the owner goroutine. The first save to a file in this session keeps its
// previous version as the .bak; later ones leave that .bak alone.
func (a *autosave) save(path string, b *board.Board, done func(error)) {
	snap := b.Clone()
	keepBak := a.backedUp == path
	a.s.write(func() {
		var err error
		if keepBak {
			err = board.SaveKeepingBackup(path, snap)
		} else {
			err = board.Save(path, snap)
		}
		a.s.run(func() {
			if err == nil && !keepBak {
				a.backedUp = path
			}
			done(err)
		})
	})
}

// written records a successful save of the board to path.
func (a *autosave) written(path string) {
	a.deb.reset()
	a.stamp = board.StampOf(path)
	a.hold, a.warned, a.typed, a.readOnly = "", false, nil, false
	a.dropRecovery()
}

// changedOnDisk reports whether another program changed, replaced or
// deleted the board file since the session last read or wrote it.
func (a *autosave) changedOnDisk() bool { return !board.StampOf(a.s.path).Same(a.stamp) }

// writeRecoveryOf keeps a copy of b in the recovery folder, then runs then
// (when not nil) on the owner goroutine with whether the copy was written.
// A failure is only logged here: the board is still in memory, and the
// caller tells the facilitator the board is not in its file.
func (a *autosave) writeRecoveryOf(b *board.Board, then func(kept bool)) {
	if a.recovery == "" {
		a.recovery = a.recoveryName()
		a.lockCopy()
	}
	file, rec := a.recovery, a.rec
	data, err := board.Encode(b)
	if err != nil {
		log.Printf("encoding the recovery copy: %v", err)
		if then != nil {
			then(false)
		}
		return
	}
	a.s.write(func() {
		err := rec.writeData(file, data)
		a.s.run(func() {
			if err != nil {
				log.Printf("writing the recovery copy %s: %v", file, err)
			} else if a.recovery == file {
				a.recoveredAt = a.s.clock()
				a.s.notifySaveState()
			}
			if then != nil {
				then(err == nil)
			}
		})
	})
}

// dropRecovery deletes this session's recovery copy once nothing needs it,
// after any write of it still queued.
func (a *autosave) dropRecovery() {
	if a.recovery == "" {
		return
	}
	file, rec := a.recovery, a.rec
	a.recovery, a.recoveredAt = "", time.Time{}
	lock := a.copyLock
	a.copyLock = nil
	a.s.write(func() {
		rec.Remove(file)
		lock.Release()
	})
}

// markWritten records that the board as it was at v reached path.
func (s *Session) markWritten(path string, v board.Version) {
	s.path = path
	s.savedAt = s.clock()
	s.auto.written(path)
	s.doc.MarkSavedAt(v)
	s.notifySaveState()
}

// Save writes the board to path and then calls done (when not nil) on the
// owner goroutine with the outcome. On failure (full disk, read-only
// folder) the board stays in memory, unchanged and still unsaved, and a
// recovery copy is kept. Saving to the board's own file after another
// program changed it overwrites that program's version, which becomes the
// .bak: ask first (ChangedOnDisk).
func (s *Session) Save(path string, done func(error)) {
	if err := s.mayWrite(path); err != nil {
		if done != nil {
			done(err)
		}
		return
	}
	doc, v := s.doc, s.doc.Version()
	if path == s.path && s.auto.changedOnDisk() {
		s.auto.backedUp = "" // the other program's version is kept as .bak
	}
	s.auto.save(path, doc.Board(), func(err error) {
		if s.doc == doc {
			if err != nil {
				s.auto.writeRecoveryOf(doc.Board(), nil)
			} else {
				s.markWritten(path, v)
			}
		}
		if done != nil {
			done(err)
		}
	})
}

// ChangedOnDisk reports whether another program changed, replaced or
// deleted the board's file since the session read or wrote it.
func (s *Session) ChangedOnDisk() bool { return s.auto.changedOnDisk() }

// Hold keeps autosave from writing the board's file until the facilitator
// saves (a board repaired on opening: opening a file must never change
// it). Recovery copies are still written, from the next edit on.
func (s *Session) Hold(why string) {
	s.auto.hold = why
	s.doc.MarkUnsaved()
	s.auto.deb.reset() // the file itself can be repaired again: no recovery copy until an edit
}

// Autosave saves now what autosave would save in a moment: a named board to
// its file, an untitled one (and text being typed) to its recovery copy.
func (s *Session) Autosave() {
	s.auto.deb.stop()
	s.auto.run()
}

// AutosavePending reports whether an autosave is scheduled.
func (s *Session) AutosavePending() bool { return s.auto.deb.pending() }

// Flush saves a named board now, for quitting, and calls done with whether
// the board is safe in its file; otherwise the caller asks the facilitator.
func (s *Session) Flush(done func(safe bool)) {
	a := &s.auto
	a.deb.stop()
	if s.path == "" || a.hold != "" || a.readOnly || a.changedOnDisk() || !s.doc.Dirty() {
		done(!s.doc.Dirty())
		return
	}
	doc, path, v := s.doc, s.path, s.doc.Version()
	a.save(path, doc.Board(), func(err error) {
		if err == nil && s.doc == doc {
			s.markWritten(path, v)
		}
		done(err == nil)
	})
}

// Quitting records that the facilitator chose to quit (after saving, or
// choosing not to): nothing more is written on the way out, and the
// recovery copy goes.
func (s *Session) Quitting() {
	s.auto.quitChosen = true
	s.auto.deb.stop()
	s.auto.dropRecovery()
	s.StopTicking()
}

// Stop ends the session's timers: no autosave and no tick after it.
func (s *Session) Stop() {
	s.auto.deb.stop()
	s.StopTicking()
}

// SaveOnExit keeps the board when the app ends without the facilitator
// quitting it: logout, shutdown, a terminal's Ctrl+C, kill. It runs after
// the owner goroutine's loop has ended, writes directly (after any write
// still queued) and returns when done. A named board goes to its file (text
// still being typed included), anything else unsaved to its recovery copy.
// A running timer is paused first, with the time so far booked.
func (s *Session) SaveOnExit() {
	a := &s.auto
	if a.quitChosen {
		return
	}
	defer a.releaseCopy()
	a.deb.stop()
	snap, typing := a.current()
	running := snap.Agenda.Running
	if !s.doc.Dirty() && !typing && !running {
		return
	}
	snap = snap.Clone()
	// A timer left running would count the days until the board is next
	// opened as overtime; pausing books the time actually spent. The copy
	// is paused, not the document, whose listeners belong to a window that
	// is gone by now.
	snap.Agenda.PauseForQuit(s.clock())
	path, recovery := s.path, a.recovery
	direct := path != "" && a.hold == "" && !a.readOnly && !a.changedOnDisk()
	keepBak := a.backedUp == path
	if recovery == "" {
		recovery = a.recoveryName()
		a.recovery = recovery
		a.lockCopy()
	}
	done := make(chan struct{})
	s.write(func() {
		defer close(done)
		if direct {
			var err error
			if keepBak {
				err = board.SaveKeepingBackup(path, snap)
			} else {
				err = board.Save(path, snap)
			}
			if err == nil {
				return
			}
		}
		if err := a.rec.Write(recovery, snap); err != nil {
			log.Printf("writing the recovery copy on exit: %v", err)
		}
	})
	<-done
}

// RecoveryNote is added to the status bar while changes exist only in the
// recovery copy.
func (s *Session) RecoveryNote() string {
	a := &s.auto
	if a.recoveredAt.IsZero() || a.recoveredAt.Before(s.doc.Changed()) {
		return ""
	}
	return " · recovery copy " + a.recoveredAt.Format("15:04")
}

// Recovery is the session's folder of recovery copies.
func (s *Session) Recovery() RecoveryStore { return s.auto.rec }

// AdoptRecovery makes file this session's recovery copy, kept up to date
// from now on: a restored board's copy stays until the board is saved.
func (s *Session) AdoptRecovery(file string) {
	s.auto.releaseCopy()
	s.auto.recovery = file
	s.auto.lockCopy()
}

// RemoveRecovery deletes a recovery copy the facilitator saved or discarded.
func (s *Session) RemoveRecovery(file string) {
	rec := s.auto.rec
	s.write(func() { rec.Remove(file) })
}

// MarkWritten records that the board as it is now was written to path by
// the caller (a recovered board saved as a new file).
func (s *Session) MarkWritten(path string) { s.markWritten(path, s.doc.Version()) }
