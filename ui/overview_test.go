package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/ui/canvas"
)

// mapTexts are the texts a wrapped map draws.
func mapTexts(m *canvas.WrappedMap) []*fcanvas.Text {
	var out []*fcanvas.Text
	for _, o := range test.WidgetRenderer(m).Objects() {
		if t, ok := o.(*fcanvas.Text); ok {
			out = append(out, t)
		}
	}
	return out
}

// center is the middle of sticky id on the map, in the map's pixels.
func center(t *testing.T, m *canvas.WrappedMap, id int) fyne.Position {
	t.Helper()
	for _, ws := range m.Layout().Stickies {
		if ws.ID == id {
			pos, size := m.At(ws.Box)
			return pos.AddXY(size.Width/2, size.Height/2)
		}
	}
	t.Fatalf("sticky %d is not on the map", id)
	return fyne.Position{}
}

func TestOverview_CtrlZeroFillsTheWindowWithEveryStickyReadable(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.view.Viewport().FitBoard()
	strip := w.view.Viewport().Zoom() * board.StickyTextSize // the text of the whole board in one row
	w.TypedShortcut(ctrl(fyne.Key0))
	o := w.overview
	if !o.Showing() {
		t.Fatal("Ctrl+0 did not open the overview")
	}
	m := o.m
	size := w.win.Canvas().Size()
	if m.Scale() < 2*strip || m.Scale() < 9 {
		t.Errorf("overview text is %.1f px; the board in one row had %.1f px", m.Scale(), strip)
	}
	b := w.Document().Board()
	if len(m.Layout().Stickies) != len(b.Stickies) || len(m.Layout().Bands) < 2 {
		t.Fatalf("overview shows %d of %d stickies in %d bands", len(m.Layout().Stickies), len(b.Stickies), len(m.Layout().Bands))
	}
	var right, bottom float32
	for _, ws := range m.Layout().Stickies {
		pos, sz := m.At(ws.Box)
		if pos.X < 0 || pos.Y < 0 || pos.X+sz.Width > size.Width || pos.Y+sz.Height > size.Height {
			t.Errorf("sticky %d is drawn at %v %v, outside the %v window", ws.ID, pos, sz, size)
		}
		right, bottom = max(right, pos.X+sz.Width), max(bottom, pos.Y+sz.Height)
	}
	if right < 0.8*size.Width && bottom < 0.8*size.Height {
		t.Errorf("the map ends at %.0f×%.0f px of a %v window: it does not fill it", right, bottom, size)
	}
	words := 0
	for _, tx := range mapTexts(m) {
		if tx.TextSize < 8 {
			t.Errorf("%q is drawn at %.1f px", tx.Text, tx.TextSize)
		}
		words++
	}
	if words < len(b.Stickies) {
		t.Errorf("%d lines of text for %d stickies: some are drawn blank", words, len(b.Stickies))
	}
}

func TestOverview_KeysAndClicksNeverChangeTheBoard(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	before, _ := board.Encode(w.Document().Board())
	w.overview.Toggle()
	s := w.overview.screen
	if w.win.Canvas().Focused() != s {
		t.Fatal("the overview does not have the keyboard")
	}
	ev := w.Document().Board().InLane(board.Events)[3]
	p := center(t, w.overview.m, ev.ID)
	w.overview.m.Tapped(&fyne.PointEvent{Position: p})
	if w.overview.m.Selected() != ev.ID {
		t.Fatalf("a click on %q picked sticky %d", ev.Text, w.overview.m.Selected())
	}
	for _, r := range "123456nNtToOvV+-" {
		s.TypedRune(r)
	}
	for _, k := range []fyne.KeyName{fyne.KeyDelete, fyne.KeyBackspace, fyne.KeyF2, fyne.KeySpace, fyne.KeyPageDown} {
		s.TypedKey(&fyne.KeyEvent{Name: k})
	}
	test.Drag(w.win.Canvas(), p, 300, 0) // the board view lies under it
	after, _ := board.Encode(w.Document().Board())
	if string(before) != string(after) || w.Document().Dirty() {
		t.Error("keys and a drag in the overview changed the board")
	}
	if !w.overview.Showing() {
		t.Error("the overview closed on a key that is not Escape, Enter or Ctrl+0")
	}
}

func TestOverview_EnterGoesToThePickedStickyOnTheBoard(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.view.Resize(fyne.NewSize(1200, 600))
	events := w.Document().Board().InLane(board.Events)
	target := events[len(events)-3] // far right: off screen in the board view
	w.view.Viewport().FitLanes()
	fit := w.view.Viewport().Zoom()
	w.view.Viewport().FitBoard() // zoomed far out
	w.overview.Toggle()
	w.overview.m.Tapped(&fyne.PointEvent{Position: center(t, w.overview.m, target.ID)})
	w.overview.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if w.overview.Showing() {
		t.Fatal("Enter on a picked sticky left the overview up")
	}
	if sel := w.view.Selection().IDs(); len(sel) != 1 || sel[0] != target.ID {
		t.Fatalf("the board view selects %v, want %q (%d)", sel, target.Text, target.ID)
	}
	x0, _, x1, _ := w.view.Viewport().VisibleRect()
	if target.X < x0 || target.X+target.W > x1 {
		t.Errorf("%q at x %.0f–%.0f is outside the view's %.0f–%.0f", target.Text, target.X, target.X+target.W, x0, x1)
	}
	if w.view.Viewport().Zoom() < min(readableZoom, fit)*0.99 {
		t.Errorf("the board view went to the sticky at zoom %.2f; the lanes fit at %.2f", w.view.Viewport().Zoom(), fit)
	}
}

func TestOverview_EscapeOrCtrlZeroAgainReturns(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	zoom := w.view.Viewport().Zoom()
	w.TypedShortcut(ctrl(fyne.Key0))
	w.overview.screen.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if w.overview.Showing() || w.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Escape left the overview up")
	}
	w.TypedShortcut(ctrl(fyne.Key0))
	w.TypedShortcut(ctrl(fyne.Key0))
	if w.overview.Showing() {
		t.Fatal("Ctrl+0 again left the overview up")
	}
	if w.view.Viewport().Zoom() != zoom {
		t.Errorf("the board view's zoom went from %.2f to %.2f", zoom, w.view.Viewport().Zoom())
	}
	// Keys reach the board again.
	w.TypedRune('1')
	if !w.view.Editing() {
		t.Error("after the overview, key 1 does not add a sticky")
	}
}

func TestOverview_ShowsEditsMadeElsewhere(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.overview.Toggle()
	n := len(w.overview.m.Layout().Stickies)
	b := w.Document().Board()
	spot := b.PlaceNew(board.PainPoints, b.InLane(board.Events)[2].ID)
	c, _ := board.AddAt(b, spot, []string{"Nobody owns the staging database"}, canvas.StickyHeightFor, "Add")
	w.Document().Apply(c)
	if got := len(w.overview.m.Layout().Stickies); got != n+1 {
		t.Errorf("after a sticky was added elsewhere the overview shows %d stickies, want %d", got, n+1)
	}
	w.Document().Undo()
	if got := len(w.overview.m.Layout().Stickies); got != n {
		t.Errorf("after undo the overview shows %d stickies, want %d", got, n)
	}
}

func TestOverview_ShowsANewBoardOpenedMeanwhile(t *testing.T) {
	w := largeWorkshopWindow(t, fyne.NewSize(1280, 720))
	w.overview.Toggle()
	w.Session().NewBoard()
	if got, want := len(w.overview.m.Layout().Stickies), len(w.Document().Board().Stickies); got != want {
		t.Errorf("after a new board the overview shows %d stickies; the board has %d", got, want)
	}
}
