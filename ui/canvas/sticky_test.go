package canvas

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

func TestSticky_LongTextGrowsTallerInsteadOfBeingCut(t *testing.T) {
	v, ws := sampleView(t)
	long := strings.Repeat("Security sign-off needs a ticket in the change system ", 4)
	v.EditSticky(10)
	v.editor.SetText(long)
	v.editor.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	s, _ := ws.Document().Board().Sticky(10)
	if s.H <= board.StickyHeight {
		t.Fatalf("a long text kept the sticky %v high", s.H)
	}
	if s.Y+s.H > ws.Document().Board().LaneTop(s.Lane)+ws.Document().Board().LaneHeight(s.Lane) {
		t.Fatal("the grown sticky sticks out of its lane")
	}
	v.vp.ZoomAt(1/v.vp.zoom, fyne.NewPos(labelWidth, 0)) // 100%
	r := test.WidgetRenderer(v.widgets[10]).(*stickyRenderer)
	var text []string
	for _, l := range r.lines {
		if strings.HasSuffix(l.Text, "…") {
			t.Fatalf("text cut off at 100%%: %q", l.Text)
		}
		text = append(text, l.Text)
	}
	if strings.Join(strings.Fields(strings.Join(text, " ")), " ") != strings.TrimSpace(long) {
		t.Fatalf("drawn text %q differs from the sticky's", text)
	}
	ws.Document().Undo()
	if s, _ := ws.Document().Board().Sticky(10); s.H != board.StickyHeight {
		t.Fatal("undo did not shrink the sticky back")
	}
}

func TestSticky_ActionShowsItsOwnerAndDueDate(t *testing.T) {
	v, ws := sampleView(t)
	action := ws.Document().Board().InLane(board.Actions)[0]
	ws.Document().Apply(&board.SetAction{ID: action.ID, Owner: "Priya", Due: "2026-12-04"})
	s, _ := ws.Document().Board().Sticky(action.ID)
	if got := footerText(s); got != "Priya · due 4 Dec" {
		t.Fatalf("sticky footer = %q", got)
	}
	r := test.WidgetRenderer(v.widgets[action.ID]).(*stickyRenderer)
	if r.footer.Text != "Priya · due 4 Dec" || !r.footer.Visible() {
		t.Fatalf("the sticky does not show its owner: %q", r.footer.Text)
	}
}
