package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/workshop"
)

// newTestWindow opens a window on a new board at path, sized like a laptop.
func newTestWindow(t *testing.T, path string) *Window {
	t.Helper()
	return newTestWindowWith(t, workshop.Options{Path: path})
}

// newTestWindowWith opens a window on the session opts describe (a new
// board when opts has none), sized like a laptop.
func newTestWindowWith(t *testing.T, opts workshop.Options) *Window {
	t.Helper()
	a := test.NewTempApp(t)
	a.Settings().SetTheme(NewTheme())
	if opts.After == nil {
		// In tests fyne.Do runs on the calling goroutine, so a real autosave
		// timer would draw from its own goroutine while the test draws too.
		// Tests of autosave drive it with fake timers (autosave_test.go).
		opts.After = func(time.Duration, func()) func() { return func() {} }
	}
	w := newWindow(a, opts)
	w.quit = func() {}
	w.win.Resize(fyne.NewSize(1400, 860))
	t.Cleanup(w.win.Close)
	// A test's window must not autosave or tick after the test: its timers
	// would draw on a window of the next test from their own goroutine.
	t.Cleanup(w.Session().Stop)
	return w
}

// typeSticky adds a sticky with key 1–6 and types text into it, as a
// facilitator would, then presses Enter.
func typeSticky(t *testing.T, w *Window, key rune, text string) {
	t.Helper()
	w.TypedRune(key)
	if !w.view.Editing() {
		t.Fatalf("key %q did not open a sticky for typing", key)
	}
	if w.win.Canvas().Focused() != w.view.Editor() {
		t.Fatal("the new sticky's text box does not have the keyboard focus")
	}
	test.Type(w.view.Editor(), text)
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

func stickiesIn(w *Window, l board.Lane) []string {
	var out []string
	for _, s := range w.Document().Board().InLane(l) {
		out = append(out, s.Text)
	}
	return out
}

func TestWindow_KeyAddsStickyToLane(t *testing.T) {
	w := newTestWindow(t, "")
	typeSticky(t, w, '1', "Deployed to staging")
	typeSticky(t, w, '4', "Flaky tests")
	if got := stickiesIn(w, board.Events); len(got) != 3 || got[1] != "Deployed to staging" {
		t.Fatalf("events = %q, want the typed event between the two seed events", got)
	}
	if got := stickiesIn(w, board.PainPoints); len(got) != 1 || got[0] != "Flaky tests" {
		t.Fatalf("pain points = %q, want [Flaky tests]", got)
	}
	if w.view.Editing() {
		t.Fatal("Enter did not close the text box")
	}
	w.edits.Undo()
	if got := stickiesIn(w, board.PainPoints); len(got) != 0 {
		t.Fatalf("after one undo pain points = %q, want none: adding and typing is one step", got)
	}
	w.edits.Redo()
	if got := stickiesIn(w, board.PainPoints); len(got) != 1 {
		t.Fatalf("redo did not bring the sticky back: %q", got)
	}
}

func TestStickyEditor_EscapeKeepsText(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('2')
	test.Type(w.view.Editor(), "Jenkins")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if got := stickiesIn(w, board.Systems); len(got) != 1 || got[0] != "Jenkins" {
		t.Fatalf("systems = %q, want [Jenkins]: Escape must keep what was typed", got)
	}
}

func TestStickyEditor_ShiftEnterStartsNewLine(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('6')
	e := w.view.Editor()
	test.Type(e, "Who owns staging?")
	e.KeyDown(&fyne.KeyEvent{Name: "LeftShift"})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	e.KeyUp(&fyne.KeyEvent{Name: "LeftShift"})
	if !w.view.Editing() {
		t.Fatal("Shift+Enter closed the text box")
	}
	test.Type(e, "Ask Priya")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := stickiesIn(w, board.Actions); len(got) != 1 || got[0] != "Who owns staging?\nAsk Priya" {
		t.Fatalf("actions = %q, want one two-line sticky", got)
	}
}

func TestStickyEditor_EmptyNewStickyIsDiscarded(t *testing.T) {
	w := newTestWindow(t, "")
	w.TypedRune('3')
	test.Type(w.view.Editor(), "   ")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if n := len(w.Document().Board().Stickies); n != 2 {
		t.Fatalf("board has %d stickies, want the 2 seed events only", n)
	}
	if w.Document().CanUndo() || w.Document().Dirty() {
		t.Fatal("discarding an empty sticky left an undo step or unsaved changes")
	}
}

func TestSticky_DoubleTapEditsText(t *testing.T) {
	w := newTestWindow(t, "")
	sw := w.view.StickyWidget(1)
	test.DoubleTap(sw)
	if !w.view.Editing() || w.view.EditorText() != board.StartEvent {
		t.Fatalf("double-tap: editing=%v text=%q, want the sticky's text in the text box", w.view.Editing(), w.view.EditorText())
	}
	w.view.Editor().SetText("Somebody had an idea")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if s, _ := w.Document().Board().Sticky(1); s.Text != "Somebody had an idea" {
		t.Fatalf("sticky text = %q after editing", s.Text)
	}
	w.edits.Undo()
	if s, _ := w.Document().Board().Sticky(1); s.Text != board.StartEvent {
		t.Fatalf("undo left text %q, want the original", s.Text)
	}
}

func TestSticky_DragSnapsToLaneInOneUndoStep(t *testing.T) {
	w := newTestWindow(t, "")
	v := w.view
	sw := v.StickyWidget(1)
	before, _ := w.Document().Board().Sticky(1)
	// Drag in several small moves down into the Teams lane, as a mouse does.
	b := w.Document().Board()
	target := float32(b.LaneTop(board.Teams)+b.LaneHeight(board.Teams)/2-before.Y-before.H/2) * v.Viewport().Zoom()
	for i := 0; i < 10; i++ {
		sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30 * v.Viewport().Zoom() / 10, DY: target / 10}})
	}
	sw.DragEnd()
	after, _ := w.Document().Board().Sticky(1)
	if after.Lane != board.Teams {
		t.Fatalf("dropped sticky is in %s, want Teams & people", after.Lane.Name())
	}
	if after.Y < b.LaneTop(board.Teams) || after.Y+after.H > b.LaneTop(board.Teams)+b.LaneHeight(board.Teams) {
		t.Fatalf("dropped sticky y=%v is not inside the Teams lane", after.Y)
	}
	// Out of the Events lane it is a team under an event: it lands in
	// the column of the one event left, the final one.
	if final := w.Document().Board().InLane(board.Events)[0]; after.X != final.X {
		t.Fatalf("dropped sticky at x %v, want it in the final event's column at %v", after.X, final.X)
	}
	if got := sw.Position(); got != v.Viewport().ToScreen(after.X, after.Y) {
		t.Fatalf("widget at %v, want it drawn at its new place %v", got, v.Viewport().ToScreen(after.X, after.Y))
	}
	w.edits.Undo()
	if back, _ := w.Document().Board().Sticky(1); back != before {
		t.Fatalf("one undo gave %+v, want the sticky back where the drag started %+v", back, before)
	}
}

func TestWindow_CtrlSWhileEditingSavesTypedText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "board.pathmap")
	w := newTestWindow(t, path)
	w.TypedRune('1')
	test.Type(w.view.Editor(), "Signed off by security")
	// The focused text box gets the shortcut first; it must reach the window.
	w.view.Editor().TypedShortcut(ctrl(fyne.KeyS))
	saved, err := board.Load(path)
	if err != nil {
		t.Fatalf("Ctrl+S while editing did not save: %v", err)
	}
	found := false
	for _, s := range saved.Stickies {
		found = found || s.Text == "Signed off by security"
	}
	if !found {
		t.Fatal("the saved file lacks the text that was being typed")
	}
	if w.Document().Dirty() || strings.HasPrefix(w.win.Title(), "*") {
		t.Fatalf("after saving the title is %q and dirty=%v", w.win.Title(), w.Document().Dirty())
	}
}

func TestWindow_TitleShowsFileAndUnsavedMarker(t *testing.T) {
	path := filepath.Join(t.TempDir(), "retro.pathmap")
	w := newTestWindow(t, path)
	if got := w.win.Title(); got != "retro.pathmap — pathmap" {
		t.Fatalf("title = %q", got)
	}
	typeSticky(t, w, '2', "GitHub")
	if got := w.win.Title(); got != "*retro.pathmap — pathmap" {
		t.Fatalf("title after an edit = %q, want the unsaved marker", got)
	}
	if w.state.Text != "Unsaved changes" {
		t.Fatalf("status = %q", w.state.Text)
	}
	w.TypedShortcut(ctrl(fyne.KeyS))
	if got := w.win.Title(); got != "retro.pathmap — pathmap" || !strings.HasPrefix(w.state.Text, "Saved ") {
		t.Fatalf("after Ctrl+S title = %q, status = %q", got, w.state.Text)
	}
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("Ctrl+S did not write %s: %v", path, err)
	}
}

func TestWindow_UndoRedoShortcuts(t *testing.T) {
	w := newTestWindow(t, "")
	typeSticky(t, w, '5', "2 days")
	for _, tc := range []struct {
		s    fyne.Shortcut
		want int
	}{
		{&fyne.ShortcutUndo{}, 0},
		{ctrlShift(fyne.KeyZ), 1},
		{&fyne.ShortcutUndo{}, 0},
		{&fyne.ShortcutRedo{}, 1}, // Ctrl+Y
	} {
		if !w.TypedShortcut(tc.s) {
			t.Fatalf("%s not handled", tc.s.ShortcutName())
		}
		if got := len(stickiesIn(w, board.Timings)); got != tc.want {
			t.Fatalf("after %s timings has %d stickies, want %d", tc.s.ShortcutName(), got, tc.want)
		}
	}
}

func TestWindow_DeleteKeyRemovesSelectedSticky(t *testing.T) {
	w := newTestWindow(t, "")
	test.Tap(w.view.StickyWidget(2))
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	if _, ok := w.Document().Board().Sticky(2); ok {
		t.Fatal("Delete did not remove the selected sticky")
	}
	w.edits.Undo()
	if _, ok := w.Document().Board().Sticky(2); !ok {
		t.Fatal("undo did not bring the deleted sticky back")
	}
}

func TestWindow_OpenBadFileKeepsBoardAndFile(t *testing.T) {
	w := newTestWindow(t, "")
	typeSticky(t, w, '1', "Kept")
	bad := filepath.Join(t.TempDir(), "bad.pathmap")
	// A damaged sticky is repaired on open (files_test.go); a file that is
	// no board at all is refused.
	content := []byte(`{"format":"pathmap","version":1,"stickies":[{"id":12,"lane":"events","text":5,"x":0,"y":0},]}`)
	os.WriteFile(bad, content, 0o644)
	if err := w.files.OpenPath(bad); err == nil || !strings.Contains(err.Error(), "line 1, column 92: not valid JSON") {
		t.Fatalf("OpenPath error = %v", err)
	}
	if got := stickiesIn(w, board.Events); len(got) != 3 {
		t.Fatalf("a failed open changed the board: %q", got)
	}
	if data, _ := os.ReadFile(bad); string(data) != string(content) {
		t.Fatal("a failed open changed the file")
	}
}

func TestWindow_NewBoardStartsWithSeedEvents(t *testing.T) {
	w := newTestWindow(t, "")
	w.files.NewBoard() // clean board: no question asked
	if got := stickiesIn(w, board.Events); len(got) != 2 || got[0] != board.StartEvent || got[1] != board.FinalEvent {
		t.Fatalf("new board events = %q", got)
	}
}

// Facilitators bring whatever laptop they have: the window, agenda panel
// open or closed, must fit a 1366×768 screen.
func TestWindow_FitsASmallLaptopScreen(t *testing.T) {
	w := newTestWindow(t, "")
	for _, open := range []bool{false, true} {
		if open == w.session.collapsed {
			w.TypedRune('a')
		}
		min := w.win.Content().MinSize()
		if min.Width > 1366 || min.Height > 740 {
			t.Errorf("agenda panel open=%v: the window needs at least %v, more than a 1366×768 screen", open, min)
		}
	}
}

func TestWindow_BoardKeysWaitWhileADialogIsOpen(t *testing.T) {
	w := newTestWindow(t, "")
	w.commands.ShowHelp()
	w.TypedRune('1')
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	if w.view.Editing() || w.Document().Board().Agenda.Running {
		t.Fatal("keys pressed at a dialog changed the board behind it")
	}
}

// A presentation clicker's Page Down moves the session on even while a
// sticky is being typed, and the typed text is kept.
func TestStickyEditor_ClickerPageDownKeepsTextAndMovesOn(t *testing.T) {
	w := newTestWindow(t, "")
	step := w.Document().Board().Agenda.Current
	w.TypedRune('1')
	test.Type(w.view.Editor(), "Build started")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if got := stickiesIn(w, board.Events); len(got) != 3 || got[1] != "Build started" {
		t.Fatalf("events = %q: the typed sticky was lost", got)
	}
	if w.Document().Board().Agenda.Current != step+1 {
		t.Fatalf("agenda step = %d, want %d", w.Document().Board().Agenda.Current, step+1)
	}
}

// Brainstormed events go between the start and the final event, which
// stays last.
func TestWindow_NewEventsGoBeforeTheFinalEvent(t *testing.T) {
	w := newTestWindow(t, "")
	for _, text := range []string{"Code reviewed", "Deployed to staging", "Released", "Announced", "Measured"} {
		typeSticky(t, w, '1', text)
		w.view.Selection().Set()
	}
	got := stickiesIn(w, board.Events)
	want := []string{board.StartEvent, "Code reviewed", "Deployed to staging", "Released", "Announced", "Measured", board.FinalEvent}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("events = %q, want %q", got, want)
	}
	noOverlap(t, w.Document().Board())
}
