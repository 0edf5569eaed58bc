package ui

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/workshop"
)

// crashUntitled leaves a recovery copy of an untitled board with one pain
// point in rec, as a session killed after its autosave would.
func crashUntitled(t *testing.T, rec string) {
	t.Helper()
	w, ft := newAutosaveWindow(t, "", rec)
	typeSticky(t, w, '4', "Flaky tests")
	ft.advance(workshop.AutosaveMax)
	w.ws.Stop() // the process dies here: nothing else runs
}

func TestRecovery_UntitledWorkIsOfferedAndRestoredOnlyWhenAsked(t *testing.T) {
	rec := t.TempDir()
	crashUntitled(t, rec)

	w, _ := newAutosaveWindow(t, "", rec)
	if len(w.Document().Board().InLane(board.PainPoints)) != 0 {
		t.Fatal("the recovery copy was applied before anybody was asked")
	}
	if !w.OfferRecovery() {
		t.Fatal("the recovery copy of the untitled board was not offered")
	}
	top := w.win.Canvas().Overlays().Top()
	if !containsText(top, "pathmap closed before the untitled board “Path to production” was saved") || !containsText(top, "holds 3 stickies") {
		t.Fatal("the offer does not say what it found")
	}
	if w.win.Canvas().Focused() != findDefault(t, top, "Restore") {
		t.Fatal("Restore is not the focused answer; Space should keep the work")
	}
	test.Tap(findDefault(t, top, "Restore"))
	if got := stickiesIn(w, board.PainPoints); len(got) != 1 || got[0] != "Flaky tests" || !w.Document().Dirty() {
		t.Fatalf("restored pain points %q, dirty %v; want the lost sticky back, unsaved", got, w.Document().Dirty())
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 1 {
		t.Fatalf("recovery folder holds %v after restoring; the copy must stay until the board is saved", files)
	}
}

func TestRecovery_DiscardAsksAgainBeforeDeleting(t *testing.T) {
	rec := t.TempDir()
	crashUntitled(t, rec)
	w, _ := newAutosaveWindow(t, "", rec)
	w.OfferRecovery()
	offer := w.win.Canvas().Overlays().Top()
	test.Tap(findButton(t, offer, "Discard…"))
	confirm := w.win.Canvas().Overlays().Top()
	if confirm == offer || !containsText(confirm, "cannot be undone") {
		t.Fatal("Discard deleted without a second question")
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 1 {
		t.Fatal("the copy went before the second answer")
	}
	test.Tap(findButton(t, confirm, "Yes"))
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 0 {
		t.Fatalf("after confirming, the recovery folder holds %v", files)
	}
	if len(w.Document().Board().InLane(board.PainPoints)) != 0 {
		t.Fatal("discarding restored the board")
	}
}

func TestRecovery_NamedBoardCopyIsOfferedWhileItDiffersFromTheFile(t *testing.T) {
	rec := t.TempDir()
	path := filepath.Join(t.TempDir(), "team.pathmap")
	board.Save(path, board.New())
	// A failed autosave left a copy with one more sticky.
	copyBoard := board.New()
	copyBoard.Stickies = append(copyBoard.Stickies, board.Sticky{ID: 3, Lane: board.Teams, Text: "Platform team",
		X: 0, Y: 268, W: board.StickyWidth, H: board.StickyHeight})
	store := workshop.RecoveryStore{Dir: rec}
	file := store.FileFor(path, time.Now())
	if err := store.Write(file, copyBoard); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(path, old, old)

	w, _ := newAutosaveWindow(t, path, rec)
	if !w.OfferRecovery() {
		t.Fatal("a recovery copy holding more than the board file was not offered")
	}
	top := w.win.Canvas().Overlays().Top()
	if !containsText(top, "“team.pathmap”") || !containsText(top, "The file on disk has 2 stickies") {
		t.Fatal("the offer does not compare the copy with the file")
	}
	test.Tap(findDefault(t, top, "Restore"))
	if got := stickiesIn(w, board.Teams); len(got) != 1 || w.Path() != path {
		t.Fatalf("restore gave teams %q on %q", got, w.Path())
	}

	// Once the board file holds the same board, the copy is not offered
	// again, however old either is.
	board.Save(path, copyBoard)
	os.Chtimes(path, old, old)
	w2, _ := newAutosaveWindow(t, path, rec)
	if w2.OfferRecovery() {
		t.Fatal("a recovery copy holding the board in the file was offered")
	}
	if _, err := os.Stat(file); err != nil {
		t.Fatal("a stale recovery copy was deleted without asking")
	}
}

func TestRecovery_RestoredNamedBoardReachesItsFileByAutosave(t *testing.T) {
	rec := t.TempDir()
	path := filepath.Join(t.TempDir(), "lost.pathmap") // never saved before the crash
	store := workshop.RecoveryStore{Dir: rec}
	file := store.FileFor(path, time.Now())
	lost := board.New()
	lost.Title = "Lost in the crash"
	store.Write(file, lost)
	w, ft := newAutosaveWindow(t, path, rec)
	w.OfferRecovery()
	test.Tap(findDefault(t, w.win.Canvas().Overlays().Top(), "Restore"))
	ft.advance(workshop.AutosaveMax)
	if b, err := board.Load(path); err != nil || b.Title != "Lost in the crash" {
		t.Fatalf("the restored board did not reach its file: %v", err)
	}
	if _, err := os.Stat(file); err == nil {
		t.Fatal("the recovery copy stayed after the board was saved")
	}
}

func TestRecovery_CopyEqualToTheOpenBoardIsNotOffered(t *testing.T) {
	rec := t.TempDir()
	store := workshop.RecoveryStore{Dir: rec}
	file := store.FileFor("", time.Now())
	store.Write(file, board.New()) // e.g. a new board, edited and undone
	w, _ := newAutosaveWindow(t, "", rec)
	if w.OfferRecovery() {
		t.Fatal("a recovery copy with nothing new in it was offered")
	}
	if _, err := os.Stat(file); err == nil {
		t.Fatal("an empty recovery copy was kept to be offered again and again")
	}
}

// findDefault finds the default button labelled label under o.
func findDefault(t *testing.T, o fyne.CanvasObject, label string) *defaultButton {
	t.Helper()
	for _, obj := range test.LaidOutObjects(o) {
		if b, ok := obj.(*defaultButton); ok && b.Text == label {
			return b
		}
	}
	t.Fatalf("no default %q button", label)
	return nil
}

func TestRecovery_EnterRestores(t *testing.T) {
	rec := t.TempDir()
	crashUntitled(t, rec)
	w, _ := newAutosaveWindow(t, "", rec)
	if !w.OfferRecovery() {
		t.Fatal("the recovery copy was not offered")
	}
	focused := w.win.Canvas().Focused()
	if focused == nil {
		t.Fatal("nothing in the recovery question has the keyboard")
	}
	// The key goes where the window sends it: to the focused widget.
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := stickiesIn(w, board.PainPoints); len(got) != 1 || got[0] != "Flaky tests" {
		t.Fatalf("after Enter the pain points are %q; want the recovered sticky back", got)
	}
	if w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the recovery question is still open after Enter")
	}
}
