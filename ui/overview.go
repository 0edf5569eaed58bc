package ui

import (
	"fmt"
	"image/color"
	"sort"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// overview shows the whole map in the window (Ctrl+0): the path folded
// into bands of event columns, like lines of text, with the text as large
// as the window allows. It only shows the board. A click picks a sticky,
// Enter or a double-click goes to it in the board, where it can be edited;
// so nothing done in the overview can change the board, let alone the
// order of its events. Edits arriving from elsewhere (undo, the room's
// phones) show at once. Escape or Ctrl+0 again returns to the board as it
// was.
type overview struct {
	mode
	measure *canvas.FontMeasure

	header *fcanvas.Text
	hint   *fcanvas.Text
	m      *canvas.WrappedMap
	// order is the stickies in reading order (column by column, top to
	// bottom) for the arrow keys.
	order []int
}

// Sizes of the overview, in pixels.
const (
	// overviewMaxText caps the text of a small board, which would
	// otherwise be set in letters a hand high.
	overviewMaxText = 30
	overviewPad     = 12
	overviewHeader  = 20 // the title line's text
	overviewHint    = 15
)

func newOverview(win fyne.Window, ws *workshop.Session, measure *canvas.FontMeasure, goTo func(id int)) *overview {
	o := &overview{measure: measure}
	o.header = headerText("", overviewHeader, theme.Color(theme.ColorNameForeground), true)
	o.hint = headerText("Click a sticky, then Enter or double-click to go to it on the board · arrow keys pick the next one · Esc or Ctrl+0 returns",
		overviewHint, color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}, false)
	o.m = canvas.NewWrappedMap(measure.Measure)
	o.setUp(win, ws, o.m, goTo, o.layout)
	o.screen = newModeScreen(container.NewWithoutLayout(o.header, o.hint, o.m), o.key, o.resized)
	return o
}

// layout folds the board anew for the window: after a resize or an edit.
func (o *overview) layout(size fyne.Size) {
	b := o.ws.Document().Board()
	head := float32(overviewHeader*1.4 + overviewHint*1.4)
	areaW, areaH := size.Width-2*overviewPad, size.Height-head-2*overviewPad
	l := board.WrapToFit(b, float64(areaW), float64(areaH), o.measure.Measure, board.WrapStyle{})
	s := min(float32(l.Scale), overviewMaxText)
	w, h := float32(l.W)*s, float32(l.H)*s
	origin := fyne.NewPos(overviewPad+max(0, (areaW-w)/2), head+overviewPad+max(0, (areaH-h)/2))
	o.m.Move(fyne.NewPos(0, 0))
	o.m.Resize(size)
	title := b.Title
	if title == "" {
		title = "Overview"
	}
	o.header.Text = fmt.Sprintf("%s — %d events, %d stickies · sticky text %.0f px", title, len(b.InLane(board.Events)), len(b.Stickies), s)
	o.header.Move(fyne.NewPos(overviewPad, overviewPad/2))
	o.hint.Move(fyne.NewPos(overviewPad, overviewPad/2+overviewHeader*1.4))
	o.header.Refresh()
	o.hint.Refresh()
	if _, ok := b.Sticky(o.m.Selected()); !ok {
		o.m.Select(0)
	}
	o.order = readingOrder(l)
	o.m.ShowLayout(l, s, origin, 0, len(l.Bands))
}

// readingOrder is the stickies' ids column by column, top to bottom.
func readingOrder(l board.WrappedLayout) []int {
	idx := make([]int, len(l.Stickies))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, z int) bool {
		sa, sz := l.Stickies[idx[a]], l.Stickies[idx[z]]
		if sa.Column != sz.Column {
			return sa.Column < sz.Column
		}
		if sa.Box.Y != sz.Box.Y {
			return sa.Box.Y < sz.Box.Y
		}
		return sa.Box.X < sz.Box.X
	})
	ids := make([]int, len(idx))
	for i, k := range idx {
		ids[i] = l.Stickies[k].ID
	}
	return ids
}

// step picks the sticky d places on in reading order.
func (o *overview) step(d int) {
	if len(o.order) == 0 {
		return
	}
	at := -1
	for i, id := range o.order {
		if id == o.m.Selected() {
			at = i
		}
	}
	switch {
	case at < 0 && d > 0:
		at = 0
	case at < 0:
		at = len(o.order) - 1
	default:
		at = min(max(at+d, 0), len(o.order)-1)
	}
	o.pick(o.order[at])
}

func (o *overview) key(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyEscape:
		o.Leave()
	case fyne.KeyReturn, fyne.KeyEnter:
		o.enter()
	case fyne.KeyRight, fyne.KeyDown:
		o.step(1)
	case fyne.KeyLeft, fyne.KeyUp:
		o.step(-1)
	}
}

// showOnBoard returns what goes to a sticky on the board view: selected,
// in view, at a zoom its text can be read at.
func showOnBoard(ws *workshop.Session, v *canvas.BoardView) func(id int) {
	return func(id int) {
		s, ok := ws.Document().Board().Sticky(id)
		if !ok {
			return
		}
		if v.Viewport().Zoom() < readableZoom {
			v.Viewport().FitLanes()
		}
		v.Selection().Set(id)
		v.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
	}
}

// readableZoom is the least zoom at which going to a sticky keeps the
// board's zoom; below it the lanes are fitted to the window first.
const readableZoom = 0.6
