package ui

import (
	"errors"
	"fmt"
	"log"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"pathmap/board"
	"pathmap/workshop"
)

// boardLock keeps this window's lock on its board file (board.LockBoard),
// following the board the session has open: a board opened, saved under a
// new name or closed. A board another running pathmap has open is not
// locked again: it opens read-only, and the facilitator chooses to keep it
// so, to open a copy instead, or not to open it. A lock left by a pathmap
// that is gone is taken over.
type boardLock struct {
	ws  *workshop.Session
	win fyne.Window
	// reopen opens a board file again, after Cancel; quit ends the app
	// when the first board of the window is not opened.
	reopen func(path string) error
	quit   func()

	lock *board.Lock
	// path is the board file the lock was last sought for; prev the one
	// before it.
	path, prev string
	// elsewhere is set while another pathmap has path open.
	elsewhere bool
	// started is set once the window's first board has been looked after.
	started bool
}

func newBoardLock(ws *workshop.Session, win fyne.Window, reopen func(string) error, quit func()) *boardLock {
	k := &boardLock{ws: ws, win: win, reopen: reopen, quit: quit}
	ws.OnReplaced(func(*board.Document) { k.follow() })
	ws.OnSaveState(k.follow) // a Save As moves the board to another file
	k.follow()
	k.started = true
	return k
}

// follow locks the session's board file when it changed, and keeps a board
// another pathmap has open read-only, also when it is replaced by a
// restored copy of itself.
func (k *boardLock) follow() {
	path := k.ws.Path()
	if path != k.path {
		k.release()
		k.prev, k.path, k.elsewhere = k.path, path, false
		if path != "" {
			k.take(path)
		}
	}
	if k.elsewhere && !k.ws.ReadOnly() {
		k.ws.SetReadOnly(true)
	}
}

func (k *boardLock) take(path string) {
	lock, err := board.LockBoard(path)
	var locked *board.LockedError
	switch {
	case errors.As(err, &locked):
		k.elsewhere = true
		k.ws.SetReadOnly(true)
		k.ask(path, locked, !k.started)
	case err != nil:
		// A folder pathmap may read but not write: the board opens
		// without the protection, and saving will say what is wrong.
		log.Printf("opening %s without a lock: %v", path, err)
	default:
		k.lock = lock
	}
}

// ask tells the facilitator that another pathmap has the board open and
// offers to keep it open read-only, to open a copy, or not to open it
// (at the start, closing the window).
func (k *boardLock) ask(path string, locked *board.LockedError, atStart bool) {
	who := "another pathmap window"
	if h := locked.Holder; h.PID != 0 {
		who = fmt.Sprintf("another pathmap (process %d on %s, since %s)", h.PID, h.Host, h.Since.Local().Format("15:04"))
	}
	msg := fmt.Sprintf("“%s” is open in %s.\nTwo windows saving one file would overwrite each other's work.\n\n"+
		"Open read-only: look and edit here, then keep it with Save As; the file is never written from here.\n"+
		"Open a copy: a new, untitled board with the same content.", filepath.Base(path), who)
	cancelText := "Cancel"
	if atStart {
		cancelText = "Close"
	}
	var d dialog.Dialog
	readOnly := newDefaultButton("Open read-only", func() { d.Hide() })
	copyBtn := newButton("Open a copy", false, func() {
		d.Hide()
		k.openCopy()
	})
	cancel := newButton(cancelText, false, func() {
		d.Hide()
		k.cancel(atStart)
	})
	d = newQuestion("The board is open in another window", msg, k.win, cancel, copyBtn, readOnly)
	d.Show()
	k.win.Canvas().Focus(readOnly)
}

// openCopy replaces the read-only board by an untitled copy of it.
func (k *boardLock) openCopy() {
	b := k.ws.Document().Board().Clone()
	if b.Title != "" {
		b.Title += " (copy)"
	}
	k.ws.Replace(board.NewDocument(b, k.ws.Clock()), "")
	k.ws.Document().MarkUnsaved() // it exists nowhere yet
}

// cancel goes back to the board open before, or ends the app when the
// board was its first.
func (k *boardLock) cancel(atStart bool) {
	switch {
	case atStart:
		k.quit()
	case k.prev != "":
		if k.reopen(k.prev) == nil {
			return
		}
		fallthrough
	default:
		k.ws.NewBoard()
	}
}

// release gives the lock up: the board was closed or the app ends.
func (k *boardLock) release() {
	if err := k.lock.Release(); err != nil {
		log.Printf("releasing the lock on %s: %v", k.path, err)
	}
	k.lock = nil
}
