package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

func votesOn(w *Window, id int) int {
	s, _ := w.Document().Board().Sticky(id)
	return s.Votes
}

func TestVotes_ClickAddsRightClickAndShiftClickTakeBack(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.PainPoints, Text: "Reviews wait 2 days"})
	pain := w.view.StickyWidget(2)
	w.TypedRune('v')
	if !w.aids.Voting() || !strings.Contains(w.aids.status, "0 votes cast") {
		t.Fatalf("V did not start voting; status %q", w.aids.status)
	}
	test.Tap(pain)
	test.Tap(pain)
	test.Tap(pain)
	if votesOn(w, 2) != 3 || !strings.Contains(w.aids.status, "3 votes cast") {
		t.Fatalf("three clicks gave %d votes; status %q", votesOn(w, 2), w.aids.status)
	}
	pain.TappedSecondary(&fyne.PointEvent{})
	pain.MouseDown(&desktop.MouseEvent{Modifier: fyne.KeyModifierShift})
	test.Tap(pain)
	if votesOn(w, 2) != 1 {
		t.Fatalf("after a right-click and a Shift+click %d votes remain, want 1", votesOn(w, 2))
	}
	if !hasMarker(w, "●") || !strings.HasPrefix(w.aids.banner.Text(), "Dot-voting · 1 vote ") {
		t.Fatalf("markers %q, banner %q; want the tally on the pain point and the voting reminder",
			markerTexts(w), w.aids.banner.Text())
	}
	test.Tap(w.view.StickyWidget(1))
	if votesOn(w, 1) != 0 || w.view.Selection().One() != 1 {
		t.Fatal("a click on an event in voting mode must select it, not vote")
	}
	w.edits.Undo()
	if votesOn(w, 2) != 2 {
		t.Fatalf("undo left %d votes, want 2: each click is one step", votesOn(w, 2))
	}
	w.TypedRune('v')
	test.Tap(pain)
	if votesOn(w, 2) != 2 || w.view.Selection().One() != 2 {
		t.Fatal("after voting mode ends a click selects the pain point again")
	}
}

func TestVotes_RankingListsMostVotedFirst(t *testing.T) {
	w := aidWindow(t, ev("Deployed"), board.Sticky{Lane: board.PainPoints, Text: "Flaky tests", Votes: 1},
		board.Sticky{Lane: board.PainPoints, Text: "CAB only on Tuesdays", Votes: 4})
	w.aids.ShowRanking()
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no ranking shown")
	}
	var texts []string
	collectText(top, &texts)
	all := strings.Join(texts, "\n")
	first, second := strings.Index(all, "1.  CAB only on Tuesdays  —  4 votes"), strings.Index(all, "2.  Flaky tests  —  1 vote")
	if first < 0 || second < first {
		t.Fatalf("ranking reads:\n%s", all)
	}
}

func TestVotes_ClearVotesIsOneUndo(t *testing.T) {
	w := aidWindow(t, board.Sticky{Lane: board.PainPoints, Text: "A", Votes: 2}, board.Sticky{Lane: board.PainPoints, Text: "B", Votes: 3})
	w.aids.ClearVotes()
	dialogButton(t, w, "Yes").OnTapped()
	if board.VotesCast(w.Document().Board()) != 0 {
		t.Fatal("votes remain after Clear votes")
	}
	w.edits.Undo()
	if board.VotesCast(w.Document().Board()) != 5 {
		t.Fatal("one undo did not bring every vote back")
	}
}

// collectText gathers the texts of the labels in a dialog.
func collectText(o fyne.CanvasObject, out *[]string) {
	switch x := o.(type) {
	case *widget.Label:
		*out = append(*out, x.Text)
	case *fyne.Container:
		for _, c := range x.Objects {
			collectText(c, out)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			collectText(c, out)
		}
	}
}

func TestVotes_DoubleClickOnEmptySpaceAddsNothing(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.PainPoints, Text: "Reviews wait 2 days"})
	pain := w.view.StickyWidget(2)
	// Empty pain-lane space well right of the pain point.
	at := pain.Position().AddXY(pain.Size().Width*3, pain.Size().Height/2)
	w.TypedRune('v')
	before := len(w.Document().Board().Stickies)
	w.view.DoubleTapped(&fyne.PointEvent{Position: at})
	if w.view.Editing() {
		t.Fatal("a double-click on empty space in voting mode opened a new sticky")
	}
	if n := len(w.Document().Board().Stickies); n != before {
		t.Fatalf("a double-click on empty space in voting mode left %d stickies, want %d", n, before)
	}
	w.TypedRune('v')
	w.view.DoubleTapped(&fyne.PointEvent{Position: at})
	if !w.view.Editing() {
		t.Fatal("after voting a double-click on empty space must open a new sticky again")
	}
}
