package ui

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"pathmap/board"
)

// recoveryStore is the folder of recovery copies: boards that exist nowhere
// else yet, such as an untitled board, or a board whose file could not be
// written. The files are ordinary .pathmap boards, so a facilitator can also
// open one by hand.
type recoveryStore struct{ dir string }

// recoveryDir is inside the app's own storage (~/.config/fyne/<app id> on
// Linux), falling back to the user's config folder.
func recoveryDir(a fyne.App) string {
	if a != nil && a.Storage() != nil && a.Storage().RootURI() != nil && a.Storage().RootURI().Path() != "" {
		return filepath.Join(a.Storage().RootURI().Path(), "recovery")
	}
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pathmap", "recovery")
	}
	return filepath.Join(os.TempDir(), "pathmap-recovery")
}

const untitledPrefix = "untitled-"

// fileFor names the recovery copy for the board at path. A named board has
// one fixed name, found again from its path; each untitled board gets its
// own, so two crashed sessions never overwrite each other.
func (r recoveryStore) fileFor(path string, now time.Time) string {
	if path == "" {
		return filepath.Join(r.dir, fmt.Sprintf("%s%d%s", untitledPrefix, now.UnixNano(), board.Extension))
	}
	return filepath.Join(r.dir, namedRecoveryName(path))
}

func namedRecoveryName(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	sum := sha256.Sum256([]byte(abs))
	base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	return fmt.Sprintf("%s-%x%s", base, sum[:6], board.Extension)
}

// write stores a recovery copy atomically: a crash while writing it must not
// destroy the previous copy.
func (r recoveryStore) write(file string, b *board.Board) error {
	data, err := board.Encode(b)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(r.dir, 0o700); err != nil {
		return err
	}
	return board.WriteFileAtomic(file, data)
}

func (r recoveryStore) remove(file string) {
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		fyne.LogError("removing the recovery copy", err)
	}
}

// offer returns the recovery copy to offer when a window opens the board at
// path: for a named board its own copy, if it is newer than the board's
// file; for an untitled board the newest untitled copy.
func (r recoveryStore) offer(path string) (string, time.Time, bool) {
	if path != "" {
		file := filepath.Join(r.dir, namedRecoveryName(path))
		info, err := os.Stat(file)
		if err != nil {
			return "", time.Time{}, false
		}
		if st := board.StampOf(path); st.Exists && !info.ModTime().After(st.ModTime) {
			return "", time.Time{}, false // the board was saved after the copy
		}
		return file, info.ModTime(), true
	}
	files, _ := filepath.Glob(filepath.Join(r.dir, untitledPrefix+"*"+board.Extension))
	type cand struct {
		file string
		mod  time.Time
	}
	var cs []cand
	for _, f := range files {
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			cs = append(cs, cand{f, info.ModTime()})
		}
	}
	if len(cs) == 0 {
		return "", time.Time{}, false
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].mod.After(cs[j].mod) })
	return cs[0].file, cs[0].mod, true
}

// OfferRecovery looks for a recovery copy of this window's board left by a
// session that ended without saving (a crash, a power cut) and, if there is
// one, asks the facilitator to restore it, save it as a file or discard it.
// Nothing is restored or deleted without an answer. It reports whether it
// asked.
func (w *Window) OfferRecovery() bool {
	file, when, ok := w.auto.rec.offer(w.path)
	if !ok {
		return false
	}
	rb, repairs, err := board.LoadWithReport(file)
	if err != nil {
		w.ShowError(fmt.Errorf("A recovery copy was found but cannot be read; it is left as it is.\n%v", err))
		return false
	}
	if sameContent(rb, w.doc.Board()) {
		// Nothing in it that is not on screen already: no question to ask,
		// and nothing is lost by removing it.
		w.auto.rec.remove(file)
		return false
	}
	name := "an untitled board"
	if rb.Title != "" {
		name = "the untitled board “" + rb.Title + "”"
	}
	compare := ""
	if w.path != "" {
		name = "“" + filepath.Base(w.path) + "”"
		compare = "The file on disk has " + stickyCount(len(w.doc.Board().Stickies)) + "."
		if !board.StampOf(w.path).Exists {
			compare = "The file itself does not exist."
		}
	}
	msg := fmt.Sprintf("pathmap closed before %s was saved.\nA recovery copy from %s holds %s.\n%s",
		name, when.Format("Mon 2 Jan, 15:04"), stickyCount(len(rb.Stickies)), compare)
	msg = strings.TrimSpace(msg) + "\n\nRestore it, save it as a new file, or discard it?"

	var d dialog.Dialog
	restore := newButton("Restore", true, func() {
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
			w.auto.rec.remove(file)
			w.setDocument(board.NewDocument(rb, w.clock), path)
			w.markWritten(path)
		})
	})
	discard := newButton("Discard…", false, func() {
		dialog.ShowConfirm("Discard the recovery copy?", "The work in it will be lost. This cannot be undone.",
			func(yes bool) {
				if yes {
					d.Hide()
					w.auto.rec.remove(file)
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
	w.setDocument(board.NewDocument(rb, w.clock), w.path)
	w.auto.recovery = file // this session now keeps it up to date
	w.doc.MarkUnsaved()
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
