package ui

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// recoveryDir is inside the app's own storage (~/.config/fyne/<app id> on
// Linux), falling back to the user's config folder.
func recoveryDir(a fyne.App) string {
	if a != nil && a.Storage() != nil && a.Storage().RootURI() != nil && a.Storage().RootURI().Path() != "" {
		return filepath.Join(a.Storage().RootURI().Path(), "recovery")
	}
	return workshop.DefaultRecoveryDir()
}

// OfferRecovery looks for a recovery copy of this window's board left by a
// session that ended without saving (a crash, a power cut) and, if there is
// one, asks the facilitator to restore it, save it as a file or discard it.
// Nothing is restored or deleted without an answer. It reports whether it
// asked.
func (w *Window) OfferRecovery() bool {
	file, when, ok := w.ws.Recovery().Offer(w.ws.Path())
	if !ok {
		return false
	}
	rb, repairs, err := board.LoadWithReport(file)
	if err != nil {
		w.ShowError(fmt.Errorf("A recovery copy was found but cannot be read; it is left as it is.\n%v", err))
		return false
	}
	if sameContent(rb, w.Document().Board()) {
		// Nothing in it that is not on screen already: no question to ask,
		// and nothing is lost by removing it.
		w.ws.RemoveRecovery(file)
		return false
	}
	name := "an untitled board"
	if rb.Title != "" {
		name = "the untitled board “" + rb.Title + "”"
	}
	compare := ""
	if w.ws.Path() != "" {
		name = "“" + filepath.Base(w.ws.Path()) + "”"
		compare = "The file on disk has " + stickyCount(len(w.Document().Board().Stickies)) + "."
		if !board.StampOf(w.ws.Path()).Exists {
			compare = "The file itself does not exist."
		}
	}
	msg := fmt.Sprintf("pathmap closed before %s was saved.\nA recovery copy from %s holds %s.\n%s",
		name, when.Format("Mon 2 Jan, 15:04"), stickyCount(len(rb.Stickies)), compare)
	msg = strings.TrimSpace(msg) + "\n\nRestore it, save it as a new file, or discard it?"

	var d dialog.Dialog
	restore := newDefaultButton("Restore", func() {
		d.Hide()
		w.restoreRecovery(file, rb, repairs)
	})
	saveAs := newButton("Save as…", false, func() {
		d.Hide()
		name := strings.TrimSuffix(w.defaultName(board.Extension), board.Extension) + " (recovered)" + board.Extension
		w.saveDialog(name, board.Extension, func(path string) {
			if err := board.Save(path, rb); err != nil {
				w.ShowError(errors.New("Could not save the recovered board.\n" + err.Error() + "\nThe recovery copy is kept."))
				return
			}
			w.ws.RemoveRecovery(file)
			w.setDocument(board.NewDocument(rb, w.ws.Clock()), path)
			w.ws.MarkWritten(path)
		})
	})
	discard := newButton("Discard…", false, func() {
		dialog.ShowConfirm("Discard the recovery copy?", "The work in it will be lost. This cannot be undone.",
			func(yes bool) {
				if yes {
					d.Hide()
					w.ws.RemoveRecovery(file)
				}
			}, w.win)
	})
	d = newQuestion("Recover unsaved work?", msg, w.win, discard, saveAs, restore)
	d.Show()
	w.win.Canvas().Focus(restore) // Space or Enter keeps the work
	return true
}

// restoreRecovery opens the recovered board in place of the current one. It
// counts as unsaved, so it reaches the board's file only through a save (or
// autosave, for a named board); the recovery copy stays until then.
func (w *Window) restoreRecovery(file string, rb *board.Board, repairs []board.Repair) {
	w.setDocument(board.NewDocument(rb, w.ws.Clock()), w.ws.Path())
	w.ws.AdoptRecovery(file) // this session now keeps it up to date
	w.Document().MarkUnsaved()
	if len(repairs) > 0 {
		w.ShowRepairs(file, repairs)
	}
}

// sameContent reports whether two boards would be saved as the same file.
func sameContent(a, b *board.Board) bool {
	da, errA := board.Encode(a)
	db, errB := board.Encode(b)
	return errA == nil && errB == nil && bytes.Equal(da, db)
}

func stickyCount(n int) string {
	if n == 1 {
		return "1 sticky"
	}
	return fmt.Sprintf("%d stickies", n)
}

// defaultButton is the answer of a question that keeps the work: focused,
// it is pressed by Enter as well as by Space, as in every other dialog a
// facilitator knows.
type defaultButton struct{ widget.Button }

func newDefaultButton(label string, tapped func()) *defaultButton {
	b := &defaultButton{}
	b.Text, b.OnTapped, b.Importance = label, tapped, widget.HighImportance
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter or Return too; Escape closes its
// dialog, as in every dialog (dialogkeys.go).
func (b *defaultButton) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil)
		return
	case fyne.KeyEscape:
		dialogEscape(canvasOf(b))
		return
	}
	b.Button.TypedKey(ev)
}
