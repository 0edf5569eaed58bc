package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/workshop"
)

// openElsewhere makes path look open in another running pathmap: its lock
// names this test's parent process, alive as long as the test runs.
func openElsewhere(t *testing.T, path string) {
	t.Helper()
	host, _ := os.Hostname()
	data, _ := json.Marshal(board.LockHolder{PID: os.Getppid(), Host: host})
	if err := os.WriteFile(board.LockFileFor(path), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func sharedBoard(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "shared.pathmap")
	if err := board.Save(path, board.New()); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestBoardLock_OpeningABoardLocksItAndClosingReleasesIt(t *testing.T) {
	path := sharedBoard(t)
	w, _ := newAutosaveWindow(t, path, t.TempDir())
	if h, ok := board.HeldBy(path); !ok || h.PID != os.Getpid() {
		t.Fatalf("the open board is not locked by this pathmap: %+v, %v", h, ok)
	}
	if w.ws.ReadOnly() {
		t.Fatal("a board nobody else has open opened read-only")
	}
	w.SaveOnExit()
	if _, ok := board.HeldBy(path); ok {
		t.Fatal("the lock outlived the window")
	}
}

func TestBoardLock_ABoardOpenElsewhereOpensReadOnlyAndSaveAsksWhere(t *testing.T) {
	path := sharedBoard(t)
	before, _ := os.ReadFile(path)
	openElsewhere(t, path)
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "“shared.pathmap” is open in another pathmap (process") {
		t.Fatal("no word that another pathmap has the board open")
	}
	if w.win.Canvas().Focused() != findDefault(t, top, "Open read-only") {
		t.Fatal("Open read-only is not the focused answer")
	}
	test.Tap(findDefault(t, top, "Open read-only"))
	if !strings.Contains(w.WindowTitle(), "(read-only)") {
		t.Fatalf("window title %q does not say read-only", w.WindowTitle())
	}
	typeSticky(t, w, '1', "Seen from the second window")
	ft.advance(workshop.AutosaveMax)
	w.files.Save()
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the board another pathmap has open was written")
	}
	if top := w.win.Canvas().Overlays().Top(); top == nil || !containsText(top, "Folder") {
		t.Fatal("Save of a read-only board did not ask where to save it")
	}
}

func TestBoardLock_OpenACopyGivesAnUntitledBoardWithTheSameContent(t *testing.T) {
	path := sharedBoard(t)
	openElsewhere(t, path)
	w, _ := newAutosaveWindow(t, path, t.TempDir())
	n := len(w.Document().Board().Stickies)
	test.Tap(findButton(t, w.win.Canvas().Overlays().Top(), "Open a copy"))
	if w.Path() != "" || w.ws.ReadOnly() || len(w.Document().Board().Stickies) != n || !w.Document().Dirty() {
		t.Fatalf("after Open a copy: path %q, read-only %v, %d stickies (want %d), unsaved %v",
			w.Path(), w.ws.ReadOnly(), len(w.Document().Board().Stickies), n, w.Document().Dirty())
	}
}

func TestBoardLock_CloseAtTheStartEndsTheApp(t *testing.T) {
	path := sharedBoard(t)
	openElsewhere(t, path)
	w, _ := newAutosaveWindow(t, path, t.TempDir())
	quit := false
	w.quit = func() { quit = true }
	test.Tap(findButton(t, w.win.Canvas().Overlays().Top(), "Close"))
	if !quit {
		t.Fatal("Close did not end the second pathmap")
	}
}

func TestBoardLock_CancelOpeningAnotherBoardKeepsThePreviousOne(t *testing.T) {
	mine := sharedBoard(t)
	theirs := filepath.Join(filepath.Dir(mine), "theirs.pathmap")
	board.Save(theirs, board.New())
	openElsewhere(t, theirs)
	w, _ := newAutosaveWindow(t, mine, t.TempDir())
	w.files.OpenPath(theirs)
	test.Tap(findButton(t, w.win.Canvas().Overlays().Top(), "Cancel"))
	if w.Path() != mine || w.ws.ReadOnly() {
		t.Fatalf("after Cancel the window shows %q (read-only %v); want %q back", w.Path(), w.ws.ReadOnly(), mine)
	}
	if h, ok := board.HeldBy(mine); !ok || h.PID != os.Getpid() {
		t.Fatal("the previous board is not locked again")
	}
}
