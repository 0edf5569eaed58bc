package canvas

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pathmap/assets"
	"pathmap/board"
)

// drawnText is the text the sticky widget draws.
func drawnText(w *StickyWidget) string {
	var lines []string
	for _, o := range test.WidgetRenderer(w).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Visible() && t.Text != "" {
			lines = append(lines, t.Text)
		}
	}
	return strings.Join(lines, " ")
}

// Walking the path on a second screen while the facilitator edits: two
// views of one session, each with its own pan, zoom and selection, both
// showing every edit, wherever it came from.
func TestBoardView_TwoViewsOfOneSessionShowEveryEdit(t *testing.T) {
	test.NewTempApp(t)
	b, err := board.Decode(assets.SampleBoard)
	if err != nil {
		t.Fatal(err)
	}
	ws := newTestSession(t, b)
	var views []*BoardView
	for range 2 {
		v := NewBoardView(ws)
		w := test.NewTempWindow(t, v)
		w.Resize(fyne.NewSize(1400, 860))
		v.Resize(fyne.NewSize(1200, 700))
		views = append(views, v)
	}
	a, other := views[0], views[1]
	const id = 10 // the Jira board
	for _, v := range views {
		if !drawnNow(test.WidgetRenderer(v).(*boardRenderer), v.widgets[id]) {
			t.Fatal("both views must start with the sticky in view")
		}
	}

	// Pan, zoom and selection are each view's own.
	a.vp.ZoomAt(1.5, fyne.NewPos(400, 300))
	a.sel.Set(id)
	if other.vp.zoom == a.vp.zoom || other.sel.Has(id) {
		t.Fatal("zooming or selecting in one view changed the other")
	}

	// Typed into one view, the text shows in the other.
	a.EditSticky(id)
	a.editor.SetText("Jira Cloud board")
	a.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if got := drawnText(other.widgets[id]); got != "Jira Cloud board" {
		t.Fatalf("the other view draws %q, want the edited text", got)
	}

	// A sticky from a phone in the room shows in both.
	<-ws.AddStickies(board.SourceRoom, board.PainPoints, []string{"Flaky end-to-end tests"})
	added := ws.Document().Board().Stickies[len(ws.Document().Board().Stickies)-1]
	for i, v := range views {
		w := v.widgets[added.ID]
		if w == nil || w.sticky.Text != "Flaky end-to-end tests" {
			t.Fatalf("view %d has no widget for the sticky from the room", i)
		}
	}

	// Deleted in the other view, it leaves the first, and its selection.
	other.sel.Set(id)
	other.DeleteSelected()
	if a.widgets[id] != nil || a.sel.Has(id) {
		t.Fatal("a sticky deleted in one view stays in the other, or in its selection")
	}
	ws.Document().Undo()
	if a.widgets[id] == nil || other.widgets[id] == nil {
		t.Fatal("undo did not bring the sticky back in both views")
	}
}
