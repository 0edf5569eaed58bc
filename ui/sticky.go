package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// Text on a sticky is set as in the exports (see board.StickyTextSize).
const (
	stickyTextSize    = board.StickyTextSize
	stickyMinTextSize = board.StickyMinTextSize
	stickyPad         = board.StickyPadding
)

// stickyWidget shows one sticky on the board. It holds only what it needs to
// draw; the board view owns positions and turns gestures into commands.
type stickyWidget struct {
	widget.BaseWidget
	view     *BoardView
	sticky   board.Sticky
	selected bool

	// drag state: the sticky's board position at drag start and the distance
	// dragged so far, in board units.
	dragging       bool
	dragDX, dragDY float32
}

func newStickyWidget(v *BoardView, s board.Sticky) *stickyWidget {
	w := &stickyWidget{view: v, sticky: s}
	w.ExtendBaseWidget(w)
	return w
}

// CreateRenderer implements fyne.Widget.
func (w *stickyWidget) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(rgba(w.sticky.Lane.Fill()))
	r := &stickyRenderer{w: w, bg: bg}
	r.Refresh()
	return r
}

// Tapped selects the sticky.
func (w *stickyWidget) Tapped(*fyne.PointEvent) { w.view.selectSticky(w.sticky.ID) }

// DoubleTapped opens the sticky for editing.
func (w *stickyWidget) DoubleTapped(*fyne.PointEvent) { w.view.EditSticky(w.sticky.ID) }

// Dragged moves the sticky with the pointer; the board is only changed when
// the drag ends, so a whole drag is one undo step.
func (w *stickyWidget) Dragged(e *fyne.DragEvent) {
	if !w.dragging {
		w.dragging = true
		w.view.startDrag(w)
	}
	w.dragDX += e.Dragged.DX / w.view.zoom
	w.dragDY += e.Dragged.DY / w.view.zoom
	w.view.placeSticky(w)
}

// DragEnd drops the sticky into the lane under its center.
func (w *stickyWidget) DragEnd() {
	if !w.dragging {
		return
	}
	dx, dy := w.dragDX, w.dragDY
	w.dragging, w.dragDX, w.dragDY = false, 0, 0
	w.view.dropSticky(w.sticky.ID, float64(dx), float64(dy))
}

type stickyRenderer struct {
	w     *stickyWidget
	bg    *canvas.Rectangle
	lines []*canvas.Text
	objs  []fyne.CanvasObject
	size  fyne.Size
	text  string
	zoom  float32
}

func (r *stickyRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.layoutText(size)
}

// layoutText wraps the text to the sticky's width at the largest size that
// fits its height, down to a minimum; what still does not fit ends in "…".
func (r *stickyRenderer) layoutText(size fyne.Size) {
	if size == r.size && r.text == r.w.sticky.Text && r.zoom == r.w.view.zoom && r.lines != nil {
		return
	}
	r.size, r.text, r.zoom = size, r.w.sticky.Text, r.w.view.zoom
	zoom := r.w.view.zoom
	pad := stickyPad * zoom
	width, height := size.Width-2*pad, size.Height-2*pad
	style := fyne.TextStyle{}
	var lines []string
	var textSize float32
	for textSize = stickyTextSize * zoom; ; textSize-- {
		ts := textSize
		lines = board.Wrap(r.text, float64(width), func(s string) float64 {
			return float64(fyne.MeasureText(s, ts, style).Width)
		})
		lh := lineHeight(textSize)
		if float32(len(lines))*lh <= height || textSize-1 < stickyMinTextSize*zoom {
			break
		}
	}
	lh := lineHeight(textSize)
	fit := int(height / lh)
	if fit < 1 {
		fit = 1
	}
	if len(lines) > fit {
		lines = append(lines[:fit-1], ellipsize(lines[fit-1], width, textSize))
	}
	ink := rgba(r.w.sticky.Lane.Ink())
	r.lines = r.lines[:0]
	top := pad + (height-float32(len(lines))*lh)/2
	for i, l := range lines {
		t := canvas.NewText(l, ink)
		t.TextSize = textSize
		t.Alignment = fyne.TextAlignCenter
		t.Move(fyne.NewPos(pad, top+float32(i)*lh))
		t.Resize(fyne.NewSize(width, lh))
		r.lines = append(r.lines, t)
	}
	r.objs = nil
}

func lineHeight(textSize float32) float32 { return textSize * board.LineSpacing }

func (r *stickyRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *stickyRenderer) Refresh() {
	lane := r.w.sticky.Lane
	r.bg.FillColor = rgba(lane.Fill())
	r.bg.CornerRadius = 6 * r.w.view.zoom
	r.bg.StrokeColor = darken(lane.Fill(), 0.35)
	r.bg.StrokeWidth = 1
	if r.w.selected {
		r.bg.StrokeColor = selectionColor
		r.bg.StrokeWidth = 4
	}
	r.bg.Refresh()
	r.layoutText(r.w.Size())
	for _, t := range r.lines {
		t.Color = rgba(lane.Ink())
		t.Refresh()
	}
}

func (r *stickyRenderer) Objects() []fyne.CanvasObject {
	if r.objs == nil {
		r.objs = append(r.objs, r.bg)
		for _, t := range r.lines {
			r.objs = append(r.objs, t)
		}
	}
	return r.objs
}

func (r *stickyRenderer) Destroy() {}

// ellipsize ends line with "…", dropping characters until it fits width.
func ellipsize(line string, width, textSize float32) string {
	r := []rune(line)
	for len(r) > 0 && fyne.MeasureText(string(r)+"…", textSize, fyne.TextStyle{}).Width > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}
