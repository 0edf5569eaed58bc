package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// fakeTimers is a clock and a scheduler that move only when the test says,
// so autosave timing is tested exactly and without sleeping.
type fakeTimers struct {
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	at   time.Time
	f    func()
	dead bool
}

func (ft *fakeTimers) Now() time.Time { return ft.now }

func (ft *fakeTimers) after(d time.Duration, f func()) func() {
	t := &fakeTimer{at: ft.now.Add(d), f: f}
	ft.timers = append(ft.timers, t)
	return func() { t.dead = true }
}

// advance moves the clock, firing every timer that falls due on the way.
func (ft *fakeTimers) advance(d time.Duration) {
	end := ft.now.Add(d)
	for {
		var next *fakeTimer
		for _, t := range ft.timers {
			if !t.dead && !t.at.After(end) && (next == nil || t.at.Before(next.at)) {
				next = t
			}
		}
		if next == nil {
			break
		}
		next.dead = true
		ft.now = next.at
		next.f()
	}
	ft.now = end
}

// newAutosaveWindow opens a window on a new board at path with a fake clock
// and a private recovery folder, which it returns.
func newAutosaveWindow(t *testing.T, path string, recDir string) (*Window, *fakeTimers) {
	t.Helper()
	ft := &fakeTimers{now: time.Date(2026, 11, 26, 10, 42, 0, 0, time.Local)}
	a := test.NewTempApp(t)
	b := board.New()
	if path != "" {
		if loaded, err := board.Load(path); err == nil {
			b = loaded
		}
	}
	w := newWindow(a, workshop.Options{Clock: ft.Now, After: ft.after, RecoveryDir: recDir, Board: b, Path: path})
	w.quit = func() {}
	w.win.Resize(fyne.NewSize(1400, 860))
	t.Cleanup(w.win.Close)
	return w, ft
}

// writeBoardNow saves the board to path, as Save As does, and reports
// whether it got there.
func writeBoardNow(w *Window, path string) bool {
	ok := false
	w.files.writeBoard(path, func() { ok = true })
	return ok
}

func eventsIn(t *testing.T, path string) []string {
	t.Helper()
	b, err := board.Load(path)
	if err != nil {
		return nil
	}
	var out []string
	for _, s := range b.InLane(board.Events) {
		out = append(out, s.Text)
	}
	return out
}

func TestAutosave_SavesNamedBoardOneSecondAfterTheLastChange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "retro.pathmap")
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	typeSticky(t, w, '1', "Deployed to staging")
	ft.advance(900 * time.Millisecond)
	if _, err := os.Stat(path); err == nil {
		t.Fatal("autosave wrote before the facilitator paused")
	}
	ft.advance(200 * time.Millisecond)
	if got := eventsIn(t, path); len(got) != 3 || got[1] != "Deployed to staging" {
		t.Fatalf("file holds events %q a second after the edit, want the new one saved", got)
	}
	if w.state.Text != "Saved 10:42" || strings.HasPrefix(w.win.Title(), "*") {
		t.Fatalf("after autosave status = %q, title = %q; want \"Saved 10:42\" and no unsaved marker", w.state.Text, w.win.Title())
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		t.Fatal("the first save of a new file made a .bak of nothing")
	}
}

func TestAutosave_SteadyEditingIsNeverMoreThanTwoSecondsBehind(t *testing.T) {
	path := filepath.Join(t.TempDir(), "busy.pathmap")
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	edits := map[string]time.Time{}
	for i := 0; i < 12; i++ {
		text := string(rune('A' + i))
		typeSticky(t, w, '1', text)
		edits[text] = ft.now
		ft.advance(600 * time.Millisecond) // faster than the quiet time
		saved := strings.Join(eventsIn(t, path), ",")
		for txt, at := range edits {
			if ft.now.Sub(at) >= workshop.AutosaveMax && !strings.Contains(saved, ","+txt) {
				t.Fatalf("at %v edit %q from %v ago is still not in the file (%s)", ft.now.Format("15:04:05.000"), txt, ft.now.Sub(at), saved)
			}
		}
	}
}

func TestAutosave_UntitledBoardGoesToARecoveryCopyOnly(t *testing.T) {
	rec := t.TempDir()
	w, ft := newAutosaveWindow(t, "", rec)
	typeSticky(t, w, '4', "Flaky tests")
	ft.advance(workshop.AutosaveMax)
	files, _ := filepath.Glob(filepath.Join(rec, "*.pathmap"))
	if len(files) != 1 {
		t.Fatalf("recovery folder holds %v, want one copy of the untitled board", files)
	}
	b, err := board.Load(files[0])
	if err != nil || len(b.InLane(board.PainPoints)) != 1 {
		t.Fatalf("recovery copy = %+v, %v; want the pain point in it", b, err)
	}
	if !w.Document().Dirty() || w.state.Text != "Unsaved changes · recovery copy 10:42" {
		t.Fatalf("status = %q, dirty = %v; an untitled board is not saved by a recovery copy", w.state.Text, w.Document().Dirty())
	}

	// Save As turns it into a real file; the recovery copy is no longer needed.
	saved := filepath.Join(t.TempDir(), "named.pathmap")
	if !writeBoardNow(w, saved) {
		t.Fatal("save failed")
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 0 {
		t.Fatalf("after saving, the recovery folder still holds %v", files)
	}
}

func TestAutosave_FailedSaveKeepsBoardAndARecoveryCopyAndSaysSoOnce(t *testing.T) {
	rec := t.TempDir()
	path := filepath.Join(t.TempDir(), "gone", "board.pathmap") // its folder does not exist
	w, ft := newAutosaveWindow(t, path, rec)
	typeSticky(t, w, '2', "GitHub")
	ft.advance(workshop.AutosaveMax)
	if top := w.win.Canvas().Overlays().Top(); top == nil || !containsText(top, "Autosave could not save the board") || !containsText(top, "Save As") {
		t.Fatal("a failed autosave showed no message saying what to do")
	}
	w.win.Canvas().Overlays().Top().Hide()
	w.win.Canvas().Overlays().Remove(w.win.Canvas().Overlays().Top())
	typeSticky(t, w, '2', "Jenkins")
	ft.advance(workshop.AutosaveMax)
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("the failure message popped up again on the next autosave")
	}
	if got := stickiesIn(w, board.Systems); len(got) != 2 || !w.Document().Dirty() {
		t.Fatalf("board after failed autosaves: systems %q, dirty %v; want both stickies, unsaved", got, w.Document().Dirty())
	}
	files, _ := filepath.Glob(filepath.Join(rec, "*.pathmap"))
	if len(files) != 1 {
		t.Fatalf("recovery folder holds %v, want one copy", files)
	}
	if b, _ := board.Load(files[0]); b == nil || len(b.InLane(board.Systems)) != 2 {
		t.Fatal("the recovery copy lacks the latest edit")
	}
	elsewhere := filepath.Join(t.TempDir(), "board.pathmap")
	if !writeBoardNow(w, elsewhere) || w.Path() != elsewhere || w.Document().Dirty() {
		t.Fatal("Save As elsewhere did not work after a failed autosave")
	}
}

func TestAutosave_FileChangedByAnotherProgramIsNotOverwritten(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.pathmap")
	if err := board.Save(path, board.New()); err != nil {
		t.Fatal(err)
	}
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	other := board.New()
	other.Title = "Edited in a text editor"
	data, _ := board.Encode(other)
	os.WriteFile(path, data, 0o644)
	os.Chtimes(path, time.Now().Add(time.Minute), time.Now().Add(time.Minute))

	typeSticky(t, w, '1', "Mine")
	ft.advance(workshop.AutosaveMax)
	if b, _ := board.Load(path); b == nil || b.Title != "Edited in a text editor" {
		t.Fatal("autosave overwrote a file another program had changed")
	}
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "was changed by another program") {
		t.Fatal("no question about the changed file")
	}
	ft.advance(10 * workshop.AutosaveMax)
	if b, _ := board.Load(path); b == nil || b.Title != "Edited in a text editor" {
		t.Fatal("a later autosave overwrote the changed file before anybody answered")
	}
	test.Tap(findButton(t, top, "Overwrite"))
	if got := eventsIn(t, path); len(got) != 3 || got[1] != "Mine" || w.Document().Dirty() {
		t.Fatalf("after Overwrite the file holds %q, dirty %v", got, w.Document().Dirty())
	}
	if bak, _ := board.Load(path + ".bak"); bak == nil || bak.Title != "Edited in a text editor" {
		t.Fatal("the other program's version was not kept as .bak")
	}
}

func TestSave_DeletedFileAsksBeforeWritingItAgain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "moved.pathmap")
	board.Save(path, board.New())
	w, _ := newAutosaveWindow(t, path, t.TempDir())
	os.Remove(path)
	typeSticky(t, w, '1', "Still here")
	w.files.Save()
	top := w.win.Canvas().Overlays().Top()
	if top == nil || !containsText(top, "was deleted or moved by another program") {
		t.Fatal("saving over a deleted file did not ask")
	}
	test.Tap(findButton(t, top, "Cancel"))
	if _, err := os.Stat(path); err == nil || !w.Document().Dirty() {
		t.Fatal("Cancel still wrote the file, or the board lost its unsaved state")
	}
}

func TestQuit_SavesNamedBoardWithoutAsking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "quit.pathmap")
	w, _ := newAutosaveWindow(t, path, t.TempDir())
	quit := false
	w.quit = func() { quit = true }
	typeSticky(t, w, '6', "Who owns staging?")
	w.Quit()
	if !quit {
		t.Fatal("Quit asked a question although the board has a file to save to")
	}
	if b, _ := board.Load(path); b == nil || len(b.InLane(board.Actions)) != 1 {
		t.Fatal("quitting did not save the last edit")
	}
}

func TestQuit_UntitledBoardAsksAndDontSaveDropsTheRecoveryCopy(t *testing.T) {
	rec := t.TempDir()
	w, ft := newAutosaveWindow(t, "", rec)
	quit := false
	w.quit = func() { quit = true }
	typeSticky(t, w, '6', "Scratch")
	ft.advance(workshop.AutosaveMax)
	w.Quit()
	top := w.win.Canvas().Overlays().Top()
	if quit || top == nil {
		t.Fatal("quitting an untitled board with changes did not ask")
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 1 {
		t.Fatal("the recovery copy went before the question was answered")
	}
	test.Tap(findButton(t, top, "Don't save"))
	if !quit {
		t.Fatal("Don't save did not quit")
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*")); len(files) != 0 {
		t.Fatalf("after Don't save the recovery folder still holds %v", files)
	}
}

func TestStickyEditor_StopsAtTheLongestTextAFileKeeps(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('1')
	e := w.view.Editor()
	e.SetText(strings.Repeat("x", board.MaxTextLength-1))
	e.CursorColumn = board.MaxTextLength
	test.Type(e, "yz")
	if n := len([]rune(e.Text)); n != board.MaxTextLength {
		t.Fatalf("the text box holds %d characters, want at most %d", n, board.MaxTextLength)
	}
	if !strings.Contains(w.state.Text, "at most 2,000 characters") {
		t.Fatalf("status = %q, want a word on why typing stopped", w.state.Text)
	}
}

// findButton finds the button labelled label under o.
func findButton(t *testing.T, o fyne.CanvasObject, label string) *widget.Button {
	t.Helper()
	for _, obj := range test.LaidOutObjects(o) {
		if b, ok := obj.(*widget.Button); ok && b.Text == label {
			return b
		}
	}
	t.Fatalf("no %q button", label)
	return nil
}

// containsText reports whether a label or text under o contains s.
func containsText(o fyne.CanvasObject, s string) bool {
	for _, obj := range test.LaidOutObjects(o) {
		switch v := obj.(type) {
		case *widget.Label:
			if strings.Contains(v.Text, s) {
				return true
			}
		case *widget.RichText:
			if strings.Contains(v.String(), s) {
				return true
			}
		}
	}
	return false
}

func TestAutosave_KeepsTheSentenceStillBeingTyped(t *testing.T) {
	path := filepath.Join(t.TempDir(), "typing.pathmap")
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	w.TypedRune('1')
	test.Type(w.view.Editor(), "Half a sent")
	ft.advance(workshop.AutosaveMax)
	if got := eventsIn(t, path); len(got) != 3 || got[1] != "Half a sent" {
		t.Fatalf("file events = %q while typing, want the unfinished sticky kept", got)
	}
	if !w.view.Editing() || !w.Document().Dirty() {
		t.Fatal("autosave closed the text box, or called the board saved though the sticky is still open")
	}
	test.Type(w.view.Editor(), "ence")
	ft.advance(workshop.AutosaveMax)
	if got := eventsIn(t, path); len(got) != 3 || got[1] != "Half a sentence" {
		t.Fatalf("file events = %q, want the latest text", got)
	}
	// Emptied and closed, the new sticky is dropped: so it goes from the file.
	w.view.Editor().SetText("")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	ft.advance(workshop.AutosaveMax)
	if got := eventsIn(t, path); len(got) != 2 || w.Document().Dirty() {
		t.Fatalf("after dropping the sticky the file holds %q, dirty %v", got, w.Document().Dirty())
	}
}

func TestStickyEditor_PasteIsCutAtTheLongestTextAFileKeeps(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('6')
	e := w.view.Editor()
	test.Type(e, "Notes: ")
	clip := fyne.CurrentApp().Clipboard()
	clip.SetContent(strings.Repeat("pasted minutes\n", 400))
	e.TypedShortcut(&fyne.ShortcutPaste{Clipboard: clip})
	if n := len([]rune(e.Text)); n != board.MaxTextLength {
		t.Fatalf("after pasting 6,000 characters the text box holds %d, want %d", n, board.MaxTextLength)
	}
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := stickiesIn(w, board.Actions); len(got) != 1 || !strings.HasPrefix(got[0], "Notes: pasted minutes") {
		t.Fatalf("actions = %d stickies, want the pasted sticky kept", len(got))
	}
}

func TestAutosave_BakKeepsTheBoardAsItWasBeforeThisSession(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kept.pathmap")
	before := board.New()
	before.Title = "Before the workshop"
	board.Save(path, before)
	w, ft := newAutosaveWindow(t, path, t.TempDir())
	for _, text := range []string{"One", "Two", "Three"} {
		typeSticky(t, w, '1', text)
		ft.advance(workshop.AutosaveMax)
	}
	w.files.Save()
	if got := eventsIn(t, path); len(got) != 5 {
		t.Fatalf("file events %q, want all three edits saved", got)
	}
	if bak, err := board.Load(path + ".bak"); err != nil || bak.Title != "Before the workshop" || len(bak.Stickies) != 2 {
		t.Fatalf(".bak = %+v, %v; want the board as it was before this session, not the last autosave", bak, err)
	}
}
