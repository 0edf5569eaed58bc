package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"

	"pathmap/board"
	"pathmap/internal/testboard"
	"pathmap/workshop"
)

// timers is a session's timers for a test: each waits until the test fires
// it.
type timers struct{ due []*timer }

type timer struct {
	d         time.Duration
	f         func()
	cancelled bool
}

func (ts *timers) after(d time.Duration, f func()) func() {
	t := &timer{d: d, f: f}
	ts.due = append(ts.due, t)
	return func() { t.cancelled = true }
}

// fire runs the timers still waiting that were set for d (0: as soon as
// possible; analysisFallback: the aids' fallback), and reports how many
// ran. Other timers (autosave) are left alone.
func (ts *timers) fire(d time.Duration) int {
	n := 0
	for _, t := range ts.due {
		if !t.cancelled && t.d == d {
			t.cancelled = true
			t.f()
			n++
		}
	}
	return n
}

// aidTexts are the texts of the aids' markers now on the board.
func aidTexts(w *Window) string {
	var texts []string
	for _, o := range w.aids.markers.shown {
		if m, ok := o.(*aidMarker); ok {
			texts = append(texts, m.text)
		}
	}
	return strings.Join(texts, " | ")
}

// bigAidBoard is a board over the size whose analysis waits for the first
// frame: two alike events and one in the present tense in view, and
// thousands of actions far to the right.
func bigAidBoard() *board.Board {
	stickies := []board.Sticky{ev("Code reviewed"), ev("code review done"), ev("Deploy to staging")}
	for i := 0; i <= bigBoardItems; i++ {
		stickies = append(stickies, board.Sticky{Lane: board.Actions, Text: fmt.Sprintf("Question %d", i)})
	}
	return testboard.InLanes(stickies...)
}

func TestAids_BigBoardIsDrawnBeforeItsAnalysisAndMarkedAfter(t *testing.T) {
	ts := &timers{}
	w := newTestWindowWith(t, workshop.Options{After: ts.after})
	// A small board first: its markers show at once, as always.
	w.ws.Replace(board.NewDocument(testboard.InLanes(ev("Deployed"), ev("deployed")), nil), "")
	w.view.Resize(fyne.NewSize(1200, 760))
	w.view.Viewport().FitLanes()
	if !strings.Contains(aidTexts(w), "≈ 2 alike") {
		t.Fatalf("small board's markers %q; want its duplicates marked at once", aidTexts(w))
	}

	w.ws.Replace(board.NewDocument(bigAidBoard(), nil), "")
	w.view.Viewport().FitLanes()
	if got := aidTexts(w); got != "" {
		t.Fatalf("before the big board's first frame the markers are %q; want none (nothing left of the last board)", got)
	}
	if w.aids.status != "" || len(w.aids.groups) != 0 || len(w.aids.hints) != 0 {
		t.Fatalf("the big board was analysed before its first frame: status %q, %d duplicate groups, %d hints",
			w.aids.status, len(w.aids.groups), len(w.aids.hints))
	}
	if n := ts.fire(0); n != 0 {
		t.Fatalf("%d analyses were due before the first frame was painted", n)
	}

	w.win.Canvas().Capture() // the first frame
	if got := aidTexts(w); got != "" {
		t.Fatalf("the first frame has markers %q; want them after it", got)
	}
	if n := ts.fire(0); n != 1 {
		t.Fatalf("%d analyses ran right after the first frame; want 1", n)
	}
	got := aidTexts(w)
	if strings.Count(got, "≈ 2 alike") != 2 || !strings.Contains(got, "Deployed to staging") {
		t.Fatalf("after the analysis the markers are %q; want both code reviews alike and the tense hint", got)
	}
	if n := ts.fire(0) + ts.fire(analysisFallback); n != 0 {
		t.Fatalf("the analysis's fallback still ran %d times after it", n)
	}
	w.win.Canvas().Capture()
	if n := ts.fire(0) + ts.fire(analysisFallback); n != 0 {
		t.Fatalf("a later frame scheduled %d more analyses", n)
	}
}

func TestAids_BigBoardOutOfSightIsAnalysedAfterAWhile(t *testing.T) {
	ts := &timers{}
	w := newTestWindowWith(t, workshop.Options{After: ts.after, Board: bigAidBoard()})
	if len(w.aids.groups) != 0 {
		t.Fatal("the big board was analysed before it was drawn")
	}
	if n := ts.fire(analysisFallback); n != 1 || len(w.aids.groups) != 1 {
		t.Fatalf("%d analyses ran after %v without a frame, %d duplicate groups; want 1 and 1", n, analysisFallback, len(w.aids.groups))
	}
}

func TestAids_EditOnABigBoardBeforeItsAnalysisAnalysesItAtOnce(t *testing.T) {
	ts := &timers{}
	w := newTestWindowWith(t, workshop.Options{After: ts.after, Board: bigAidBoard()})
	w.ws.Document().Apply(&board.EditText{ID: w.ws.Document().Board().Stickies[2].ID, Text: "Deployed to staging"})
	if len(w.aids.groups) != 1 {
		t.Fatalf("after an edit %d duplicate groups; want the board analysed as it is now", len(w.aids.groups))
	}
	w.win.Canvas().Capture()
	if n := ts.fire(0) + ts.fire(analysisFallback); n != 0 {
		t.Fatalf("%d analyses still ran after the edit's", n)
	}
}
