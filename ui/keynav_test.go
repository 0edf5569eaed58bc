package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func eventTexts(w *Window) []string { return stickiesIn(w, board.Events) }

func TestKeyNav_ArrowsWalkTheSelectionAndPanWithoutOne(t *testing.T) {
	w := sampleWindow(t)
	ci := eventNamed(t, w, "CI pipeline passed")
	w.view.Selection().Set(ci.ID)
	sendKey(w, fyne.KeyRight)
	b := w.Document().Board()
	events := b.InLane(board.Events)
	var next board.Sticky
	for i, e := range events {
		if e.ID == ci.ID {
			next = events[i+1]
		}
	}
	if w.view.Selection().One() != next.ID {
		t.Fatalf("Right from %q selected %d; want the next event %q", ci.Text, w.view.Selection().One(), next.Text)
	}
	sendKey(w, fyne.KeyLeft)
	if w.view.Selection().One() != ci.ID {
		t.Fatal("Left did not come back to the event")
	}
	sendKey(w, fyne.KeyDown)
	below, _ := b.Sticky(w.view.Selection().One())
	if e, _ := b.EventOf(below); below.Lane == board.Events || e.ID != ci.ID {
		t.Fatalf("Down from %q selected %q in %s, under another column", ci.Text, below.Text, below.Lane.Name())
	}
	// The lane key then adds under the column walked to, as after a click.
	typeSticky(t, w, '3', "Release team")
	for _, s := range w.Document().Board().InLane(board.Teams) {
		if s.Text == "Release team" {
			if e, _ := w.Document().Board().EventOf(s); e.ID != ci.ID {
				t.Fatalf("the team went under %q", e.Text)
			}
		}
	}
	w.view.Selection().Set()
	x, _, _, _ := w.view.Viewport().VisibleRect()
	sendKey(w, fyne.KeyRight)
	if x2, _, _, _ := w.view.Viewport().VisibleRect(); x2 == x {
		t.Fatal("Right with nothing selected did not pan")
	}
}

func TestKeyNav_CtrlArrowMovesTheEventOnePlaceInOneUndo(t *testing.T) {
	w := aidWindow(t, ev("Coded"), ev("Reviewed"), ev("Tested"), board.Sticky{Lane: board.Systems, Text: "GitHub", X: board.StickyWidth + board.ColumnGap})
	w.view.Selection().Set(2)
	sendShortcut(w, ctrl(fyne.KeyRight))
	if got := eventTexts(w); got[0] != "Coded" || got[1] != "Tested" || got[2] != "Reviewed" {
		t.Fatalf("events after Ctrl+Right: %q", got)
	}
	b := w.Document().Board()
	gh, _ := b.Sticky(4)
	if e, _ := b.EventOf(gh); e.Text != "Reviewed" {
		t.Fatalf("GitHub stayed under %q; the stickies under an event move with it", e.Text)
	}
	sendShortcut(w, ctrl(fyne.KeyLeft))
	sendShortcut(w, ctrl(fyne.KeyLeft))
	if got := eventTexts(w); got[0] != "Reviewed" || w.view.Selection().One() != 2 {
		t.Fatalf("events after two Ctrl+Left: %q, selected %d", got, w.view.Selection().One())
	}
	sendShortcut(w, ctrl(fyne.KeyLeft)) // already first: nothing
	w.edits.Undo()
	if got := eventTexts(w); got[0] != "Coded" || got[1] != "Reviewed" {
		t.Fatalf("one undo left %q; each move is one step", got)
	}
}

func TestKeyNav_CtrlArrowWhileTypingMovesNoEvent(t *testing.T) {
	w := aidWindow(t, ev("Coded"), ev("Reviewed"))
	w.view.EditSticky(1)
	sendShortcut(w, ctrl(fyne.KeyRight))
	w.view.FinishEdit()
	if got := eventTexts(w); got[0] != "Coded" {
		t.Fatalf("Ctrl+Right in the text box moved the event: %q", got)
	}
}

func TestKeyNav_ShiftClickSelectsTheEventsBetweenForATiming(t *testing.T) {
	w := aidWindow(t, ev("Coded"), ev("Reviewed"), ev("Tested"), ev("Deployed"))
	test.Tap(w.view.StickyWidget(1))
	press(w, 3, fyne.KeyModifierShift)
	test.Tap(w.view.StickyWidget(3))
	if got := w.view.Selection().IDs(); len(got) != 3 {
		t.Fatalf("Shift+click on the third event selected %v; want the first three", got)
	}
	w.actions.AddSpan()
	firstEntry(t, w).SetText("3d")
	sendKey(w, fyne.KeyReturn)
	sp := w.Document().Board().Spans
	if len(sp) != 1 || sp[0].From != 1 || sp[0].To != 3 {
		t.Fatalf("the timing covers %+v; want events 1 to 3", sp)
	}
}
