package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func pain(text string) board.Sticky { return board.Sticky{Lane: board.PainPoints, Text: text} }

// sticky finds the one sticky with text.
func stickyWithText(t *testing.T, w *Window, text string) board.Sticky {
	t.Helper()
	for _, s := range w.Document().Board().Stickies {
		if s.Text == text {
			return s
		}
	}
	t.Fatalf("no sticky says %q", text)
	return board.Sticky{}
}

func TestMerger_ReviewSkipsMergesAndMergesPartOfAGroup(t *testing.T) {
	w := aidWindow(t,
		ev("Code reviewed"), ev("Ticket created"), ev("code review done"), ev("ticket created"), ev("Ticket created!"), ev("Deployed"))
	if n := len(w.aids.groups); n != 2 {
		t.Fatalf("the board has %d suspected groups; the test needs the code-review pair and the ticket triple", n)
	}
	m := w.aids.merge
	m.Review()
	// Board order: the code-review pair starts left of the tickets.
	if m.dlg == nil || len(m.ids) != 2 || !strings.Contains(m.picks[0].Text, "Code reviewed") {
		t.Fatalf("the review opened on %v; want the code-review pair first", m.ids)
	}
	test.Tap(dialogButton(t, w, "Skip"))
	if len(m.ids) != 3 {
		t.Fatalf("after Skip the review shows %d stickies; want the three ticket events", len(m.ids))
	}
	// Merge two of the three, keeping the rightmost one's wording: the
	// merged event keeps the leftmost one's column.
	left := stickyWithText(t, w, "Ticket created")
	m.picks[2].SetChecked(false) // "Ticket created!" is something else
	m.wording.SetSelected("ticket created")
	test.Tap(dialogButton(t, w, "Merge"))
	got := stickyWithText(t, w, "ticket created")
	if got.X != left.X {
		t.Errorf("the merged event is at x %v; want the leftmost one's column at %v", got.X, left.X)
	}
	stickyWithText(t, w, "Ticket created!") // unticked: still there
	if w.Document().UndoName() != "Merge stickies" {
		t.Errorf("undo would revert %q; want the merge as one step", w.Document().UndoName())
	}
	// The skipped pair and the rest of the merged group are not asked
	// about again: the review is over.
	if m.dlg != nil {
		t.Fatalf("the review goes on with %v after every group was merged or skipped", m.ids)
	}
	if m.done == nil {
		t.Fatal("the end of the review is not told")
	}
	w.edits.Undo()
	if len(stickiesIn(w, board.Events)) != 6 {
		t.Fatalf("one undo left %q", stickiesIn(w, board.Events))
	}
}

func TestMerger_ReviewNeedsTwoTicked(t *testing.T) {
	w := aidWindow(t, ev("Code reviewed"), ev("code review done"))
	m := w.aids.merge
	m.Review()
	m.picks[1].SetChecked(false)
	test.Tap(dialogButton(t, w, "Merge"))
	if len(stickiesIn(w, board.Events)) != 2 {
		t.Fatal("a merge of one ticked sticky changed the board")
	}
}

func TestMerger_MergeSelectedKeepsTheLeftmostColumnInOneUndo(t *testing.T) {
	w := aidWindow(t, ev("Build"), ev("Test"), ev("Release"),
		pain("Slow builds"), pain("x"), pain("Builds take 40 minutes on the shared runner"))
	b := w.Document().Board()
	left, right := stickyWithText(t, w, "Slow builds"), stickyWithText(t, w, "Builds take 40 minutes on the shared runner")
	w.view.Selection().Set(left.ID, right.ID)
	w.aids.merge.MergeSelected()
	m := w.aids.merge
	if m.confirm == nil {
		t.Fatal("Merge selected opened no dialog")
	}
	m.confirmPick.SetSelected(right.Text)
	test.Tap(dialogButton(t, w, "Merge"))
	got := stickyWithText(t, w, right.Text)
	if got.X != left.X {
		t.Errorf("merged sticky at x %v; want the leftmost column, x %v", got.X, left.X)
	}
	if n := len(w.Document().Board().InLane(board.PainPoints)); n != 2 {
		t.Errorf("%d pain points after merging two of three", n)
	}
	if sel := w.view.Selection().IDs(); len(sel) != 1 || sel[0] != got.ID {
		t.Errorf("selection after merge = %v; want the merged sticky", sel)
	}
	w.edits.Undo()
	if n := len(w.Document().Board().InLane(board.PainPoints)); n != 3 || len(b.Stickies) != len(w.Document().Board().Stickies) {
		t.Errorf("one undo left %d pain points", n)
	}
}

func TestMerger_MergeSelectedRefusesOneStickyAndMixedLanes(t *testing.T) {
	w := aidWindow(t, ev("Build"), pain("Slow builds"))
	before := len(w.Document().Board().Stickies)
	for _, sel := range [][]int{{1}, {1, 2}} {
		w.view.Selection().Set(sel...)
		w.aids.merge.MergeSelected()
		top := w.win.Canvas().Overlays().Top()
		if top == nil {
			t.Fatalf("selection %v: no message says why nothing was merged", sel)
		}
		if w.aids.merge.confirm != nil {
			t.Fatalf("selection %v: the merge dialog opened", sel)
		}
		w.win.Canvas().Overlays().Remove(top)
	}
	if len(w.Document().Board().Stickies) != before {
		t.Fatal("a refused merge changed the board")
	}
}
