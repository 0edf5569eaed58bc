package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/workshop"
)

// fakeClock is a wall clock the test moves by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time          { return c.t }
func (c *fakeClock) advance(d time.Duration) { c.t = c.t.Add(d) }

// newSessionWindow opens a test window whose timer reads a fake clock and
// whose chime is counted instead of played.
func newSessionWindow(t *testing.T) (*Window, *fakeClock, *int) {
	t.Helper()
	c := &fakeClock{t: time.Date(2026, 11, 26, 14, 0, 0, 0, time.UTC)}
	w := newTestWindowWith(t, workshop.Options{Clock: c.now})
	chimes := 0
	w.session.sound = func() { chimes++ }
	w.session.documentChanged()
	return w, c, &chimes
}

func key(w *Window, k fyne.KeyName) { w.TypedKey(&fyne.KeyEvent{Name: k}) }

func TestAgenda_SpaceStartsAndPausesTheTimer(t *testing.T) {
	w, c, _ := newSessionWindow(t)
	key(w, fyne.KeySpace)
	c.advance(90 * time.Second)
	w.session.tick()
	if got := w.session.digits.Text; got != "03:30" {
		t.Fatalf("90 s after Space on the 5 min first step the timer shows %q, want 03:30", got)
	}
	if w.session.startBtn.Text != "Pause" {
		t.Fatalf("start button says %q while running, want Pause", w.session.startBtn.Text)
	}
	key(w, fyne.KeySpace)
	c.advance(10 * time.Minute)
	w.session.tick()
	if got := w.session.digits.Text; got != "03:30" {
		t.Fatalf("paused timer moved to %q", got)
	}
	if !w.Document().Dirty() || w.Document().CanUndo() {
		t.Fatalf("timer changes: dirty=%v canUndo=%v, want saved-but-not-undoable", w.Document().Dirty(), w.Document().CanUndo())
	}
}

func TestAgenda_SpaceWhileTypingAStickyTypesASpace(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.TypedRune('1')
	key(w, fyne.KeySpace) // as if it leaked past the text box
	if w.Document().Board().Agenda.Running {
		t.Fatal("Space started the timer while a sticky was being edited")
	}
}

func TestAgenda_PageDownAndButtonsMoveBetweenSteps(t *testing.T) {
	w, c, _ := newSessionWindow(t)
	test.Tap(w.session.prompt.startBtn)
	c.advance(4 * time.Minute)
	key(w, fyne.KeyPageDown)
	if a := w.Document().Board().Agenda; a.Current != 1 || !a.Running {
		t.Fatalf("PageDown: step %d running=%v, want step 2 still running", a.Current+1, a.Running)
	}
	if !strings.Contains(w.session.prompt.title.Text, "Brainstorm") || !strings.Contains(w.session.prompt.text.Text, "write every event") {
		t.Fatalf("prompt bar shows %q / %q, want step 2's title and prompt", w.session.prompt.title.Text, w.session.prompt.text.Text)
	}
	test.Tap(w.session.nextBtn)
	test.Tap(w.session.prevBtn)
	key(w, fyne.KeyPageUp)
	if a := w.Document().Board().Agenda; a.Current != 0 {
		t.Fatalf("after next, previous, PageUp: step %d, want 1", a.Current+1)
	}
	if got := w.session.rows[0].actual.Text; got != "4" {
		t.Fatalf("step 1 actual minutes shown %q, want 4", got)
	}
}

func TestAgenda_AdjustAndResetButtons(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.session.AdjustTimer(time.Minute)
	if got := w.session.digits.Text; got != "06:00" {
		t.Fatalf("+1 min shows %q, want 06:00", got)
	}
	w.session.AdjustTimer(-2 * time.Minute)
	if got := w.session.digits.Text; got != "04:00" {
		t.Fatalf("−2 min shows %q, want 04:00", got)
	}
	w.session.ResetTimer()
	if got := w.session.digits.Text; got != "05:00" {
		t.Fatalf("reset shows %q, want 05:00", got)
	}
}

func TestAgenda_LastMinuteAmberThenFlashAndOvertimeInRed(t *testing.T) {
	w, c, chimes := newSessionWindow(t)
	key(w, fyne.KeySpace)
	c.advance(4*time.Minute + 30*time.Second)
	w.session.tick()
	if w.session.digits.Color != timerClosing {
		t.Fatalf("last minute digits %v, want amber", w.session.digits.Color)
	}
	c.advance(31 * time.Second)
	w.session.tick()
	if !w.session.flashing(c.now()) || w.session.card.FillColor != timerFlash {
		t.Fatal("no flash when the time ran out")
	}
	if *chimes != 1 {
		t.Fatalf("chime played %d times at zero, want once", *chimes)
	}
	c.advance(time.Minute)
	w.session.tick()
	if w.session.digits.Text != "+01:01" || w.session.digits.Color != timerOvertime || w.session.flashing(c.now()) {
		t.Fatalf("a minute later: %q in %v flashing=%v, want +01:01 in red, flash over", w.session.digits.Text, w.session.digits.Color, w.session.flashing(c.now()))
	}
	if *chimes != 1 {
		t.Fatalf("chime played %d times, want only when zero was reached", *chimes)
	}
}

func TestAgenda_MutedTimerFlashesWithoutSound(t *testing.T) {
	w, c, chimes := newSessionWindow(t)
	test.Tap(w.session.muteBtn)
	key(w, fyne.KeySpace)
	c.advance(5 * time.Minute)
	w.session.tick()
	if *chimes != 0 || !w.session.flashing(c.now()) {
		t.Fatalf("muted: chimes=%d flashing=%v, want a flash and no sound", *chimes, w.session.flashing(c.now()))
	}
}

func TestAgenda_NAddsStickyToTheStepsLane(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.session.goTo(4) // Systems and tools
	w.TypedRune('n')
	test.Type(w.view.Editor(), "Jenkins")
	w.view.Editor().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := stickiesIn(w, board.Systems); len(got) != 1 || got[0] != "Jenkins" {
		t.Fatalf("systems = %q, want the sticky added with N during the systems step", got)
	}
	if !strings.Contains(w.session.addBtn.Text, "Systems & tools") {
		t.Fatalf("add button says %q", w.session.addBtn.Text)
	}
}

func TestAgenda_TapOnAStepMakesItCurrent(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	test.Tap(w.session.rows[6])
	if w.Document().Board().Agenda.Current != 6 || !strings.Contains(w.session.stepTitle.Text, "Pain points") {
		t.Fatalf("after tapping step 7: current %d, title %q", w.Document().Board().Agenda.Current+1, w.session.stepTitle.Text)
	}
}

func TestAgenda_EditsShowAndUndo(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.Document().Apply(&board.EditStep{Index: 0, Step: board.Step{Title: "Ends of the path", Lane: board.Events, Planned: 8 * time.Minute}})
	if got := w.session.rows[0].title.Text; got != "1. Ends of the path" || w.session.digits.Text != "08:00" {
		t.Fatalf("row %q timer %q after edit", got, w.session.digits.Text)
	}
	w.Document().Apply(board.MoveStep{From: 0, To: 2})
	w.edits.Undo()
	w.edits.Undo()
	if got := w.session.rows[0].title.Text; !strings.Contains(got, "Start and final events") {
		t.Fatalf("after two undos row 1 is %q", got)
	}
	if !strings.Contains(w.session.totals.Text, "of 95 min") {
		t.Fatalf("totals %q, want the plan's 95 min", w.session.totals.Text)
	}
}

func TestAgenda_ReopenedBoardResumesRunningStep(t *testing.T) {
	w, c, chimes := newSessionWindow(t)
	w.session.NextStep()
	key(w, fyne.KeySpace)
	data, err := board.Encode(w.Document().Board())
	if err != nil {
		t.Fatal(err)
	}
	c.advance(12 * time.Minute) // the laptop crashed; pathmap is back
	b, err := board.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	w.ws.Replace(board.NewDocument(b, w.ws.Clock()), "")
	w.session.tick()
	if got := w.session.digits.Text; got != "+02:00" || w.session.prompt.title.Text == "" {
		t.Fatalf("reopened 12 min into a 10 min step: %q, want +02:00", got)
	}
	if *chimes != 0 {
		t.Fatal("reopening a board already in overtime played the chime")
	}
}

func TestAgenda_PanelOpensClosesAndIsRemembered(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	if w.session.panel.Visible() {
		t.Fatal("the agenda panel starts open; it should leave the board the whole width until asked for")
	}
	test.Tap(w.session.prompt.panelBtn)
	if !w.session.panel.Visible() {
		t.Fatal("the Agenda button did not open the panel")
	}
	again := NewWindow(w.app, "", board.New())
	t.Cleanup(again.win.Close)
	if !again.session.panel.Visible() {
		t.Fatal("a new window forgot that the panel was left open")
	}
	w.session.ToggleAgendaPanel()
	if w.session.panel.Visible() {
		t.Fatal("the agenda panel did not close")
	}
}

func TestFormatTimeLeft(t *testing.T) {
	for d, want := range map[time.Duration]string{
		5 * time.Minute: "05:00", 400 * time.Millisecond: "00:01", 0: "+00:00",
		-61 * time.Second: "+01:01", 95 * time.Minute: "1:35:00",
	} {
		if got := FormatTimeLeft(d); got != want {
			t.Errorf("FormatTimeLeft(%v) = %q, want %q", d, got, want)
		}
	}
}

func TestAgenda_SessionMenuRunsTheSession(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	var session *fyne.Menu
	for _, m := range w.win.MainMenu().Items {
		if m.Label == "Session" {
			session = m
		}
	}
	if session == nil {
		t.Fatal("no Session menu")
	}
	for _, it := range session.Items {
		if strings.HasPrefix(it.Label, "Next step") {
			it.Action()
		}
	}
	if w.Document().Board().Agenda.Current != 1 {
		t.Fatal("Session ▸ Next step did not move to step 2")
	}
}

func TestChimeWAV_IsAValidPCMFile(t *testing.T) {
	b := chimeWAV()
	if string(b[0:4]) != "RIFF" || string(b[8:16]) != "WAVEfmt " || string(b[36:40]) != "data" {
		t.Fatalf("header %q is not a WAV header", b[:44])
	}
	size := int(b[40]) | int(b[41])<<8 | int(b[42])<<16 | int(b[43])<<24
	if size != len(b)-44 || size < 22050 {
		t.Fatalf("data size %d for %d bytes of file, want the rest of the file and over half a second", size, len(b))
	}
}

func TestAgenda_StepListFollowsTheCurrentStep(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	w.session.ToggleAgendaPanel()
	w.win.Resize(fyne.NewSize(1280, 720))
	for range 9 {
		key(w, fyne.KeyPageDown)
	}
	s := w.session
	r := s.rows[9]
	if r.Position().Y+r.Size().Height > s.list.Offset.Y+s.list.Size().Height+1 || r.Position().Y < s.list.Offset.Y {
		t.Fatalf("step 10 at y %v–%v is outside the visible part of the list (%v–%v)",
			r.Position().Y, r.Position().Y+r.Size().Height, s.list.Offset.Y, s.list.Offset.Y+s.list.Size().Height)
	}
}

func TestAgenda_KeysThatChangeNothingLeaveTheBoardSaved(t *testing.T) {
	w, _, _ := newSessionWindow(t)
	key(w, fyne.KeyPageUp) // already on the first step
	if w.Document().Dirty() {
		t.Fatal("Page Up on the first step marked the board unsaved")
	}
}
