package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	fcanvas "fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// walk is "walk the path" (W): for the walk-through of the events and for
// presenting the finished map, the presenter steps along the path a few
// event columns at a time with Page Down and Page Up, what a presentation
// clicker sends. Each step shows its columns with everything under them,
// the text at least 1/40 of the window's height (18 px at 1280×720), and a
// small map of the whole path below marks where the walk is. Like the
// overview it only shows the board: Enter or a double-click on a sticky
// goes to it on the board, W returns to the same step. Escape ends the
// walk.
type walk struct {
	mode
	measure *canvas.FontMeasure

	header *fcanvas.Text
	hint   *fcanvas.Text
	main   *canvas.WrappedMap
	mini   *canvas.WrappedMap

	steps board.WrappedLayout // one band a step
	small board.WrappedLayout // the whole path, for the small map
	// step is the step shown; first is its first column, kept across
	// edits and resizes so the walk stays where it was.
	step, first int
}

// Sizes of the walk, in pixels unless said.
const (
	// walkTextShare is the least sticky text as a share of the window's
	// height: 18 px at 720, 27 at 1080, read from the back of a room.
	walkTextShare = 1.0 / 40
	walkMinText   = 18
	// walkMaxText caps the text when few columns make a step.
	walkMaxText = 48
	// walkMiniShare is the small map's share of the window's height.
	walkMiniShare = 0.13
	walkPad       = 10
	walkHeader    = 22
	walkHint      = 15
)

func newWalk(win fyne.Window, ws *workshop.Session, measure *canvas.FontMeasure, goTo func(id int)) *walk {
	k := &walk{measure: measure}
	k.header = headerText("", walkHeader, theme.Color(theme.ColorNameForeground), true)
	k.hint = headerText("", walkHint, color.NRGBA{R: 0x44, G: 0x44, B: 0x44, A: 0xff}, false)
	k.main = canvas.NewWrappedMap(measure.Measure)
	k.setUp(win, ws, k.main, goTo, k.layout)
	k.mini = canvas.NewWrappedMap(measure.Measure)
	k.mini.Plain = true
	k.mini.OnTap = k.jumpTo
	k.screen = newModeScreen(container.NewWithoutLayout(k.main, k.mini, k.header, k.hint), k.key, k.resized)
	k.screen.onRune = func(r rune) {
		if r == 'w' || r == 'W' {
			k.Leave()
		}
	}
	return k
}

// Step is the step shown (from 0) and the number of steps.
func (k *walk) Step() (int, int) { return k.step, len(k.steps.Bands) }

// TextSize is the size the sticky text is drawn at, in pixels.
func (k *walk) TextSize() float32 { return k.main.Scale() }

// Columns are the first column shown and how many.
func (k *walk) Columns() (first, count int) {
	if k.step >= len(k.steps.Bands) {
		return 0, 0
	}
	bd := k.steps.Bands[k.step]
	return bd.First, bd.Count
}

// layout cuts the path into steps for the window: after a resize or an
// edit. The step shown stays the one holding the same first column.
func (k *walk) layout(size fyne.Size) {
	b := k.ws.Document().Board()
	head := float32(walkHeader*1.4 + walkHint*1.4)
	miniH := max(60, size.Height*walkMiniShare)
	areaW := size.Width - 2*walkPad
	areaH := size.Height - head - miniH - 3*walkPad
	// The least text is the badges' (owner, due date, votes) and the
	// timing labels', a little smaller than the stickies' own.
	minText := max(walkMinText, size.Height*walkTextShare) / board.WrapBadgeSize
	k.steps = board.WrapWalk(b, float64(areaW), float64(areaH), float64(minText), k.measure.Measure)
	// A step's lanes end with its own columns: on paper every band is as
	// wide as the widest, on screen a step is shown alone.
	for i := range k.steps.Bands {
		bd := &k.steps.Bands[i]
		bd.Box.W = k.bandWidth(*bd)
		for l := range bd.Lanes {
			bd.Lanes[l].W = bd.Box.W
		}
	}
	k.small = board.WrapToFit(b, float64(areaW), float64(miniH), k.measure.Measure, board.WrapStyle{ColumnWidths: []float64{k.steps.ColumnWidth}})
	k.step = 0
	for i, bd := range k.steps.Bands {
		if bd.First <= k.first {
			k.step = i
		}
	}
	if _, ok := b.Sticky(k.main.Selected()); !ok {
		k.main.Select(0)
	}
	k.main.Move(fyne.NewPos(0, 0))
	k.main.Resize(size)
	k.mini.Move(fyne.NewPos(0, 0))
	k.mini.Resize(size)
	k.show()
}

// show draws the current step, its place on the small map and the header.
func (k *walk) show() {
	size := k.size
	l := k.steps
	if len(l.Bands) == 0 {
		return
	}
	k.step = min(max(k.step, 0), len(l.Bands)-1)
	bd := l.Bands[k.step]
	k.first = bd.First
	s := min(float32(l.Scale), walkMaxText)
	head := float32(walkHeader*1.4 + walkHint*1.4)
	// The step's band at the top left under the header; a step narrower
	// than the window is centred.
	used := float32(k.bandWidth(bd)) * s
	x := walkPad + max(0, (size.Width-2*walkPad-used)/2)
	k.main.ShowLayout(l, s, fyne.NewPos(x-float32(bd.Box.X)*s, head+walkPad-float32(bd.Box.Y)*s), k.step, k.step+1)

	miniH := max(60, size.Height*walkMiniShare)
	ms := float32(k.small.Scale)
	mw, mh := float32(k.small.W)*ms, float32(k.small.H)*ms
	origin := fyne.NewPos(walkPad+max(0, (size.Width-2*walkPad-mw)/2), size.Height-walkPad-miniH+max(0, (miniH-mh)/2))
	k.mini.SetMarks(k.marks(bd))
	k.mini.ShowLayout(k.small, ms, origin, 0, len(k.small.Bands))

	k.header.Text = fmt.Sprintf("Walk the path · step %d of %d · %s", k.step+1, len(l.Bands), k.stepName(bd))
	k.header.Move(fyne.NewPos(walkPad, walkPad/2))
	k.hint.Text = "Page Down: next · Page Up: back · click a sticky, then Enter to go to it on the board · Esc ends the walk"
	k.hint.Move(fyne.NewPos(walkPad, walkPad/2+walkHeader*1.4))
	k.header.Refresh()
	k.hint.Refresh()
}

// bandWidth is the width of a step: its lane names and columns, in ems.
func (k *walk) bandWidth(bd board.WrappedBand) float64 {
	c := k.steps.Columns[bd.First+bd.Count-1]
	return c.X + c.W + board.WrapLanePad
}

// marks outline the step's columns on the small map, one box for each of
// its bands they fall in.
func (k *walk) marks(bd board.WrappedBand) []board.Box {
	var out []board.Box
	sm := k.small
	for c := bd.First; c < bd.First+bd.Count && c < len(sm.Columns); c++ {
		col := sm.Columns[c]
		band := sm.Bands[col.Band].Box
		box := board.Box{X: col.X - board.WrapColumnGap/2, Y: band.Y, W: col.W + board.WrapColumnGap, H: band.H}
		if n := len(out); n > 0 && out[n-1].Y == box.Y {
			out[n-1].W = box.X + box.W - out[n-1].X
			continue
		}
		out = append(out, box)
	}
	return out
}

// stepName names a step by its first and last events.
func (k *walk) stepName(bd board.WrappedBand) string {
	name := func(c int) string {
		b := k.ws.Document().Board()
		for _, id := range k.steps.Columns[c].Events {
			if e, ok := b.Sticky(id); ok {
				return "“" + canvas.EllipsizeStyled(oneLine(e.Text), 360, walkHeader, fyne.TextStyle{Bold: true}) + "”"
			}
		}
		return "before the first event"
	}
	first, last := name(bd.First), name(bd.First+bd.Count-1)
	if bd.Count == 1 {
		return first
	}
	return first + " to " + last
}

// next moves the walk d steps on (or back).
func (k *walk) next(d int) {
	to := min(max(k.step+d, 0), len(k.steps.Bands)-1)
	if to == k.step {
		return
	}
	k.step = to
	k.main.Select(0)
	k.show()
}

// jumpTo shows the step holding the sticky clicked on the small map.
func (k *walk) jumpTo(id int) {
	k.screen.focus()
	for _, ws := range k.small.Stickies {
		if ws.ID != id {
			continue
		}
		for i, bd := range k.steps.Bands {
			if ws.Column >= bd.First && ws.Column < bd.First+bd.Count {
				k.next(i - k.step)
			}
		}
	}
}

func (k *walk) key(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyPageDown, fyne.KeyRight, fyne.KeyDown, fyne.KeySpace:
		k.next(1)
	case fyne.KeyPageUp, fyne.KeyLeft, fyne.KeyUp, fyne.KeyBackspace:
		k.next(-1)
	case fyne.KeyHome:
		k.next(-k.step)
	case fyne.KeyEnd:
		k.next(len(k.steps.Bands))
	case fyne.KeyReturn, fyne.KeyEnter:
		k.enter()
	case fyne.KeyEscape:
		k.Leave()
	}
}
