package canvas

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// Text on a sticky is set as in the exports (see board.StickyTextSize).
const (
	stickyTextSize    = board.StickyTextSize
	stickyMinTextSize = board.StickyMinTextSize
	stickyPad         = board.StickyPadding
	// footerSize is the text size of an action's owner and due date line.
	footerSize = 13
	// MinScreenText is the smallest text worth drawing; below it a sticky
	// shows only its color, which keeps a zoomed-out big board fast.
	MinScreenText = 4
)

// StickyWidget shows one sticky on the board. It holds only what it needs to
// draw; the board view owns positions and turns gestures into commands.
type StickyWidget struct {
	widget.BaseWidget
	view     *BoardView
	sticky   board.Sticky
	drawn    stickyLook // how it looked when last refreshed
	dragging bool
	mods     fyne.KeyModifier
	// downAt is where the mouse button went down. Fyne starts a drag only
	// after the pointer has moved a few pixels; measuring the first step
	// from here keeps the sticky exactly under the pointer.
	downAt  fyne.Position
	pressed bool
	// pressedAt is when the button went down: Fyne delivers a click only
	// after the double-click time, by which the facilitator may have typed.
	pressedAt time.Time
	// selectedOnPress is set when the press itself selected the sticky (or
	// voted), so the tap that follows has nothing left to do.
	selectedOnPress bool

	// the text's layout, cached for the renderer and the badges
	// (sticky_text.go)
	textKey stickyTextKey
	text    stickyText
	textInk []Box
}

func newStickyWidget(v *BoardView, s board.Sticky) *StickyWidget {
	w := &StickyWidget{view: v, sticky: s}
	w.ExtendBaseWidget(w)
	return w
}

// stickyLook is what a sticky's drawing depends on, besides its size.
type stickyLook struct {
	sticky   board.Sticky
	selected bool
}

func (w *StickyWidget) look() stickyLook {
	return stickyLook{w.sticky, w.view.sel.Has(w.sticky.ID)}
}

// stale reports whether the sticky looks different since it was last
// drawn: the board renderer redraws only those.
func (w *StickyWidget) stale() bool { return w.drawn != w.look() }

// Refresh redraws the sticky.
func (w *StickyWidget) Refresh() {
	w.drawn = w.look()
	w.BaseWidget.Refresh()
}

// CreateRenderer implements fyne.Widget.
func (w *StickyWidget) CreateRenderer() fyne.WidgetRenderer {
	r := &stickyRenderer{w: w, bg: canvas.NewRectangle(RGBA(w.sticky.Lane.Fill())), lane: w.sticky.Lane,
		icon: canvas.NewImageFromResource(laneIcon(w.sticky.Lane)), footer: canvas.NewText("", RGBA(w.sticky.Lane.Ink()))}
	r.footer.TextStyle.Italic = true
	w.drawn = w.look()
	r.Refresh()
	return r
}

// MouseDown selects a sticky not yet selected at once: Fyne delivers the
// tap only after the double-click time, and a lane key pressed in between
// must already see the new selection. A press on a selected sticky keeps
// the selection (it may start a drag of all of it) and Shift+click waits
// for the tap; Ctrl+click adds or takes out the sticky at once. A click that dot-voting takes is a vote at once: people
// vote in quick clicks, which Fyne would pair into double-clicks.
func (w *StickyWidget) MouseDown(e *desktop.MouseEvent) {
	w.mods, w.downAt, w.pressed, w.pressedAt = e.Modifier, e.Position, true, time.Now()
	w.selectedOnPress = false
	mods := e.Modifier | w.view.Modifiers()
	if e.Button != desktop.MouseButtonPrimary {
		return
	}
	if w.view.pressClaimed(w.sticky.ID) {
		w.view.TapSticky(w.sticky.ID, mods) // overlay.go
		w.selectedOnPress = true
		return
	}
	toggle := mods&toggleModifiers != 0
	if mods&fyne.KeyModifierShift != 0 || (w.view.sel.Has(w.sticky.ID) && !toggle) {
		return
	}
	w.view.selectByTap(w.sticky.ID, mods)
	w.selectedOnPress = true
}

// MouseUp implements desktop.Mouseable.
func (w *StickyWidget) MouseUp(*desktop.MouseEvent) { w.pressed = false }

// Tapped selects the sticky; Shift+click adds it to the selection. In
// dot-voting mode a click on a pain point votes instead.
func (w *StickyWidget) Tapped(*fyne.PointEvent) {
	if w.view.typedSince(w.pressedAt) {
		w.mods = 0
		return
	}
	if w.selectedOnPress {
		w.selectedOnPress, w.mods = false, 0
		return
	}
	w.view.TapSticky(w.sticky.ID, w.mods|w.view.Modifiers()) // overlay.go
	w.mods = 0
}

// DoubleTapped opens the sticky for editing, except a pain point while
// dot-voting: both clicks were votes already.
func (w *StickyWidget) DoubleTapped(*fyne.PointEvent) {
	// Two quick Ctrl+clicks toggled the sticky twice; they open nothing.
	if w.view.pressClaimed(w.sticky.ID) || (w.mods|w.view.Modifiers())&toggleModifiers != 0 {
		w.selectedOnPress, w.mods = false, 0
		return
	}
	w.view.EditSticky(w.sticky.ID)
}

// Dragged moves the sticky, with the rest of the selection, with the
// pointer; the board only changes when the drag ends, so a whole drag is one
// undo step.
func (w *StickyWidget) Dragged(e *fyne.DragEvent) {
	pointer := w.Position().Add(e.Position) // in the view, before the move
	d := e.Dragged
	if !w.dragging {
		w.dragging = true
		w.view.drag.start(w)
		if w.pressed {
			d = fyne.NewDelta(e.Position.X-w.downAt.X, e.Position.Y-w.downAt.Y)
		}
	}
	w.view.drag.by(d)
	w.view.scroll.track(pointer)
}

// DragEnd drops the dragged stickies into the lanes under their centers.
func (w *StickyWidget) DragEnd() {
	if w.dragging {
		w.dragging = false
		w.view.scroll.stop()
		w.view.drag.drop()
	}
}

// footerText is the owner and due date shown on an action.
func footerText(s board.Sticky) string {
	due := s.Due
	if t, err := time.Parse(time.DateOnly, s.Due); err == nil {
		due = t.Format("2 Jan")
	}
	switch {
	case s.Owner != "" && due != "":
		return fmt.Sprintf("%s · due %s", s.Owner, due)
	case s.Owner != "":
		return s.Owner
	case due != "":
		return "due " + due
	}
	return ""
}

// textBox is the part of a sticky (at 100%) its text may use: inside the
// padding and above the footer line.
func textBox(width, height float32, footer bool) (w, h float32) {
	w, h = width-2*stickyPad, height-2*stickyPad
	if footer {
		h -= footerSize * 1.4
	}
	return w, h
}

// fitText wraps text into width at the largest size from the standard text
// size down to minSize whose lines fit height.
func fitText(text string, width, height, size, minSize float32) ([]string, float32) {
	for ; ; size-- {
		ts := size
		lines := board.Wrap(text, float64(width), func(s string) float64 {
			return float64(fyne.MeasureText(s, ts, fyne.TextStyle{}).Width)
		})
		if float32(len(lines))*lineHeight(size) <= height || size-1 < minSize {
			return lines, size
		}
	}
}

// StickyHeightFor is how tall (at 100%) a sticky must be so that its text
// fits at no less than the minimum size: long text first shrinks, then the
// sticky grows, and text is never cut off.
func StickyHeightFor(s board.Sticky) float64 {
	footer := footerText(s) != ""
	w, h := textBox(float32(s.W), board.StickyHeight, footer)
	lines, size := fitText(s.Text, w, h, stickyTextSize, stickyMinTextSize)
	// Half a line to spare: text measures a little differently at other
	// zooms, and a sticky sized to the pixel could lose its last word there.
	need := (float32(len(lines))+0.5)*lineHeight(size) + (board.StickyHeight - h)
	if float32(len(lines))*lineHeight(size) <= h {
		need = 0 // fits the standard size
	}
	return max(board.StickyHeight, float64(need))
}

type stickyRenderer struct {
	w      *StickyWidget
	bg     *canvas.Rectangle
	icon   *canvas.Image
	lane   board.Lane
	footer *canvas.Text
	lines  []*canvas.Text
	objs   []fyne.CanvasObject

	// what the text was last laid out for
	size fyne.Size
	text string
	zoom float32
	foot string
}

func (r *stickyRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	zoom := r.w.view.vp.zoom
	iconSize := 14 * zoom
	r.icon.Resize(fyne.NewSquareSize(iconSize))
	r.icon.Move(fyne.NewPos(4*zoom, 4*zoom))
	r.layoutText(size)
}

// layoutText draws the text as layoutStickyText placed it.
func (r *stickyRenderer) layoutText(size fyne.Size) {
	s := r.w.sticky
	zoom := r.w.view.vp.zoom
	foot := footerText(s)
	if size == r.size && r.text == s.Text && r.zoom == zoom && r.foot == foot && r.objs != nil {
		return
	}
	r.size, r.text, r.zoom, r.foot = size, s.Text, zoom, foot
	r.objs = nil
	r.lines = r.lines[:0]
	t := r.w.textLayout(size)
	if t.hidden {
		r.footer.Hide()
		r.icon.Hide()
		return
	}
	r.icon.Show()
	ink := RGBA(s.Lane.Ink())
	for i, l := range t.lines {
		c := canvas.NewText(l, ink)
		c.TextSize = t.textSize
		c.Alignment = fyne.TextAlignCenter
		c.Move(fyne.NewPos(t.pad, t.top+float32(i)*t.lineH))
		c.Resize(fyne.NewSize(t.width, t.lineH))
		r.lines = append(r.lines, c)
	}
	r.footer.Text = foot
	r.footer.Color = ink
	r.footer.TextSize = footerSize * zoom
	r.footer.Alignment = fyne.TextAlignCenter
	r.footer.Move(fyne.NewPos(t.pad, size.Height-t.pad-footerSize*1.3*zoom))
	r.footer.Resize(fyne.NewSize(t.width, footerSize*1.3*zoom))
	r.footer.Show()
}

func lineHeight(textSize float32) float32 { return textSize * board.LineSpacing }

func (r *stickyRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *stickyRenderer) Refresh() {
	w := r.w
	lane := w.sticky.Lane
	r.bg.FillColor = RGBA(lane.Fill())
	r.bg.CornerRadius = 6 * w.view.vp.zoom
	r.bg.StrokeColor = Darken(lane.Fill(), 0.45)
	r.bg.StrokeWidth = LaneStroke(lane)
	if w.view.sel.Has(w.sticky.ID) {
		r.bg.StrokeColor = SelectionColor
		r.bg.StrokeWidth = 4
	}
	if r.lane != lane || r.icon.Resource == nil {
		// Decoding an icon is costly; only do it when the lane changes.
		r.lane = lane
		r.icon.Resource = laneIcon(lane)
		r.icon.Refresh()
	}
	r.bg.Refresh()
	r.layoutText(w.Size())
	for _, t := range r.lines {
		t.Color = RGBA(lane.Ink())
		t.Refresh()
	}
	r.footer.Refresh()
}

func (r *stickyRenderer) Objects() []fyne.CanvasObject {
	if r.objs == nil {
		r.objs = append(r.objs, r.bg, r.icon)
		for _, t := range r.lines {
			r.objs = append(r.objs, t)
		}
		r.objs = append(r.objs, r.footer)
	}
	return r.objs
}

func (r *stickyRenderer) Destroy() {}

// Ellipsize ends line with "…", keeping as many of its characters as fit
// width. It halves the search rather than dropping one character at a
// time: every try is a new string to measure, and a badge measures a
// suggestion at several sizes.
func Ellipsize(line string, width, textSize float32) string {
	r := []rune(line)
	fits := func(n int) bool {
		return fyne.MeasureText(string(r[:n])+"…", textSize, fyne.TextStyle{}).Width <= width
	}
	if fits(len(r)) {
		return line + "…"
	}
	lo, hi := 0, len(r) // the longest fit is at least lo and less than hi
	for hi-lo > 1 {
		if mid := (lo + hi) / 2; fits(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	return string(r[:lo]) + "…"
}
