package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// press is the mouse button going down on a sticky, as the desktop driver
// reports it at once; Fyne's tap only follows after the double-click time.
func press(w *Window, id int, mods fyne.KeyModifier) {
	sw := w.view.StickyWidget(id)
	sw.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: fyne.NewPos(10, 10)}, Button: desktop.MouseButtonPrimary, Modifier: mods})
	sw.MouseUp(&desktop.MouseEvent{Button: desktop.MouseButtonPrimary})
}

func TestSticky_LaneKeyRightAfterAClickGoesUnderTheClickedEvent(t *testing.T) {
	w := sampleWindow(t)
	ci := eventNamed(t, w, "CI pipeline passed")
	staging := eventNamed(t, w, "Deployed to staging")
	w.view.Selection().Set(ci.ID)
	// The click on "Deployed to staging" is still waiting to become a tap
	// when the lane key arrives 0.1 s later.
	press(w, staging.ID, 0)
	typeSticky(t, w, '3', "Release team")
	b := w.Document().Board()
	var added board.Sticky
	for _, s := range b.InLane(board.Teams) {
		if s.Text == "Release team" {
			added = s
		}
	}
	if e, _ := b.EventOf(added); e.ID != staging.ID {
		t.Fatalf("the team typed right after clicking %q sits under %q", staging.Text, e.Text)
	}
	// The late tap changes nothing and does not close the text being typed.
	test.Tap(w.view.StickyWidget(staging.ID))
	if got := w.view.Selection().IDs(); len(got) != 1 || got[0] != added.ID {
		t.Fatalf("after the late tap the selection is %v; want the new sticky %d", got, added.ID)
	}
}

func TestSticky_PressOnASelectedStickyKeepsTheSelectionForADrag(t *testing.T) {
	w := sampleWindow(t)
	ci := eventNamed(t, w, "CI pipeline passed")
	staging := eventNamed(t, w, "Deployed to staging")
	w.view.Selection().Set(ci.ID, staging.ID)
	press(w, staging.ID, 0)
	if len(w.view.Selection().IDs()) != 2 {
		t.Fatalf("pressing on one of two selected stickies left %v selected; a drag must move both", w.view.Selection().IDs())
	}
	test.Tap(w.view.StickyWidget(staging.ID))
	if got := w.view.Selection().IDs(); len(got) != 1 || got[0] != staging.ID {
		t.Fatalf("a click on one of two selected stickies leaves %v selected; want only it", got)
	}
}

func TestSticky_ShiftClickStillAddsToTheSelectionOnce(t *testing.T) {
	w := sampleWindow(t)
	ci := eventNamed(t, w, "CI pipeline passed")
	staging := eventNamed(t, w, "Deployed to staging")
	w.view.Selection().Set(ci.ID)
	press(w, staging.ID, fyne.KeyModifierShift)
	test.Tap(w.view.StickyWidget(staging.ID))
	if got := w.view.Selection().IDs(); len(got) != 2 {
		t.Fatalf("Shift+click selected %v; want both events", got)
	}
}

func TestSticky_PressInVotingModeDoesNotSelectThePainPoint(t *testing.T) {
	w := aidWindow(t, ev("Coded"), board.Sticky{Lane: board.PainPoints, Text: "Slow review"}, ev("Reviewed"))
	w.view.Selection().Set(1)
	w.aids.ToggleVoting()
	press(w, 2, 0)
	if got := w.view.Selection().IDs(); len(got) != 1 || got[0] != 1 {
		t.Fatalf("a press on a pain point while voting selected %v; want the selection left alone", got)
	}
	test.Tap(w.view.StickyWidget(2))
	if s, _ := w.Document().Board().Sticky(2); s.Votes != 1 {
		t.Fatalf("the click gave %d votes; want 1", s.Votes)
	}
}

func TestSticky_CtrlClickAddsOrTakesOutOneSticky(t *testing.T) {
	w := sampleWindow(t)
	events := w.Document().Board().InLane(board.Events)
	if len(events) < 4 {
		t.Fatalf("the sample board has %d events; the test needs 4", len(events))
	}
	first, third := events[0], events[2]
	w.view.Selection().Set(first.ID)
	press(w, third.ID, fyne.KeyModifierControl)
	test.Tap(w.view.StickyWidget(third.ID))
	if got := w.view.Selection().IDs(); len(got) != 2 || !w.view.Selection().Has(first.ID) || !w.view.Selection().Has(third.ID) {
		t.Fatalf("Ctrl+click on the third event selected %v; want the first and third only", got)
	}
	// Ctrl+click on a selected sticky takes only it out.
	press(w, first.ID, fyne.KeyModifierControl)
	test.Tap(w.view.StickyWidget(first.ID))
	if got := w.view.Selection().IDs(); len(got) != 1 || got[0] != third.ID {
		t.Fatalf("Ctrl+click on a selected event left %v selected; want only the third", got)
	}
	// Shift+click still selects the range of events between.
	press(w, first.ID, fyne.KeyModifierShift)
	test.Tap(w.view.StickyWidget(first.ID))
	if got := w.view.Selection().IDs(); len(got) != 3 {
		t.Fatalf("Shift+click from the third event to the first selected %v; want the three events", got)
	}
}
