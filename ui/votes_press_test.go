package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// Seven clicks 0.2 s apart, as a room votes: each is a press at once, and
// Fyne pairs them into double-clicks, with one single click left over.
func TestVotes_SevenQuickClicksAreSevenVotesAndOpenNoEditor(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.PainPoints, Text: "Reviews wait 2 days"})
	w.aids.ToggleVoting()
	pain := w.view.StickyWidget(2)
	for i := 0; i < 3; i++ {
		press(w, 2, 0)
		press(w, 2, 0)
		pain.DoubleTapped(&fyne.PointEvent{})
	}
	press(w, 2, 0)
	test.Tap(pain)
	if got := votesOn(w, 2); got != 7 {
		t.Fatalf("seven quick clicks gave %d votes", got)
	}
	if w.view.Editing() {
		t.Fatal("quick clicks while voting opened the pain point's text for editing")
	}
	press(w, 2, fyne.KeyModifierShift)
	test.Tap(pain)
	if got := votesOn(w, 2); got != 6 {
		t.Fatalf("a Shift+click left %d votes; want one taken back", got)
	}
	w.edits.Undo()
	if got := votesOn(w, 2); got != 7 {
		t.Fatalf("undo left %d votes; each click is its own step", got)
	}
}

// Outside voting mode a double-click still opens the text, and voting mode
// leaves events to be selected, not voted on.
func TestVotes_DoubleClickEditsOutsideVotingAndEventsAreNotVotedOn(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.PainPoints, Text: "Reviews wait 2 days"})
	w.aids.ToggleVoting()
	press(w, 1, 0)
	if w.view.Selection().One() != 1 || votesOn(w, 1) != 0 {
		t.Fatal("a press on an event while voting must select it and give no vote")
	}
	w.aids.ToggleVoting()
	press(w, 2, 0)
	press(w, 2, 0)
	w.view.StickyWidget(2).DoubleTapped(&fyne.PointEvent{})
	if !w.view.Editing() || votesOn(w, 2) != 0 {
		t.Fatal("after voting a double-click on a pain point opens its text again, with no vote")
	}
}
