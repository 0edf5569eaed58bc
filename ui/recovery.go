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
func (f *fileKeeper) OfferRecovery() bool {
	file, when, ok := f.ws.Recovery().Offer(f.ws.Path())
	if !ok {
		return false
	}
	rb, repairs, err := board.LoadWithReport(file)
	if err != nil {
		dialog.ShowError(fmt.Errorf("A recovery copy was found but cannot be read; it is left as it is.\n%v", err), f.win)
		return false
	}
	if sameContent(rb, f.ws.Document().Board()) {
		// Nothing in it that is not on screen already: no question to ask,
		// and nothing is lost by removing it.
		f.ws.RemoveRecovery(file)
		return false
	}
	name := "an untitled board"
	if rb.Title != "" {
		name = "the untitled board “" + rb.Title + "”"
	}
	compare := ""
	if f.ws.Path() != "" {
		name = "“" + filepath.Base(f.ws.Path()) + "”"
		compare = "The file on disk has " + stickyCount(len(f.ws.Document().Board().Stickies)) + "."
		if !board.StampOf(f.ws.Path()).Exists {
			compare = "The file itself does not exist."
		}
	}
	msg := fmt.Sprintf("pathmap closed before %s was saved.\nA recovery copy from %s holds %s.\n%s",
		name, when.Format("Mon 2 Jan, 15:04"), stickyCount(len(rb.Stickies)), compare)
	msg = strings.TrimSpace(msg) + "\n\nRestore it, save it as a new file, or discard it?"

	var d dialog.Dialog
	restore := newDefaultButton("Restore", func() {
		d.Hide()
		f.restoreRecovery(file, rb, repairs)
	})
	saveAs := newButton("Save as…", false, func() {
		d.Hide()
		name := strings.TrimSuffix(suggestName(f.ws, board.Extension), board.Extension) + " (recovered)" + board.Extension
		f.saveDialog(name, board.Extension, func(path string) {
			if err := board.Save(path, rb); err != nil {
				dialog.ShowError(errors.New("Could not save the recovered board.\n"+err.Error()+"\nThe recovery copy is kept."), f.win)
				return
			}
			f.ws.RemoveRecovery(file)
			f.ws.Replace(board.NewDocument(rb, f.ws.Clock()), path)
			f.ws.MarkWritten(path)
		})
	})
	discard := newButton("Discard…", false, func() {
		dialog.ShowConfirm("Discard the recovery copy?", "The work in it will be lost. This cannot be undone.",
			func(yes bool) {
				if yes {
					d.Hide()
					f.ws.RemoveRecovery(file)
				}
			}, f.win)
	})
	d = newQuestion("Recover unsaved work?", msg, f.win, discard, saveAs, restore)
	d.Show()
	f.win.Canvas().Focus(restore) // Space or Enter keeps the work
	return true
}

// restoreRecovery opens the recovered board in place of the current one. It
// counts as unsaved, so it reaches the board's file only through a save (or
// autosave, for a named board); the recovery copy stays until then.
func (f *fileKeeper) restoreRecovery(file string, rb *board.Board, repairs []board.Repair) {
	f.ws.Replace(board.NewDocument(rb, f.ws.Clock()), f.ws.Path())
	f.ws.AdoptRecovery(file) // this session now keeps it up to date
	f.ws.Document().MarkUnsaved()
	if len(repairs) > 0 {
		f.ShowRepairs(file, repairs)
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
