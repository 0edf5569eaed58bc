package canvas

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

var spanInk = RGBA(board.Timings.Ink())

// SpanWidget draws a timing span as a bracket over its event columns with
// its duration or size in the middle. Click selects it (Delete removes it),
// double-click edits it.
type SpanWidget struct {
	widget.BaseWidget
	view *BoardView
	span board.Span
	// from and to are the widgets of the events it spans, nil when one is
	// not on the board.
	from, to *StickyWidget
	// drawn is how it looked when last refreshed.
	drawn spanLook
}

// spanLook is what a span's drawing depends on.
type spanLook struct {
	span     board.Span
	selected bool
	zoom     float32
}

func (w *SpanWidget) look() spanLook {
	return spanLook{w.span, w.view.sel.Span() == w.span.ID, w.view.vp.zoom}
}

// stale reports whether the span looks different since it was last drawn.
func (w *SpanWidget) stale() bool { return w.drawn != w.look() }

// Refresh redraws the span.
func (w *SpanWidget) Refresh() {
	w.drawn = w.look()
	w.BaseWidget.Refresh()
}

func newSpanWidget(v *BoardView) *SpanWidget {
	w := &SpanWidget{view: v}
	w.ExtendBaseWidget(w)
	return w
}

// Tapped selects the span.
func (w *SpanWidget) Tapped(*fyne.PointEvent) {
	w.view.FinishEdit()
	w.view.sel.SetSpan(w.span.ID)
}

// DoubleTapped edits the span's label.
func (w *SpanWidget) DoubleTapped(*fyne.PointEvent) {
	if w.view.OnSpanEdit != nil {
		w.view.OnSpanEdit(w.span.ID)
	}
}

// CreateRenderer implements fyne.Widget.
func (w *SpanWidget) CreateRenderer() fyne.WidgetRenderer {
	r := &spanRenderer{w: w,
		left: canvas.NewLine(spanInk), right: canvas.NewLine(spanInk), bar: canvas.NewLine(spanInk),
		pill: canvas.NewRectangle(color.White), label: canvas.NewText("", spanInk)}
	r.label.TextStyle.Bold = true
	r.label.Alignment = fyne.TextAlignCenter
	w.drawn = w.look()
	r.Refresh()
	return r
}

type spanRenderer struct {
	w                *SpanWidget
	left, right, bar *canvas.Line
	pill             *canvas.Rectangle
	label            *canvas.Text
}

func (r *spanRenderer) Layout(size fyne.Size) {
	zoom := r.w.view.vp.zoom
	mid := size.Height / 2
	inset := 6 * zoom
	r.bar.Position1, r.bar.Position2 = fyne.NewPos(inset, mid), fyne.NewPos(size.Width-inset, mid)
	r.left.Position1, r.left.Position2 = fyne.NewPos(inset, mid-10*zoom), fyne.NewPos(inset, mid+10*zoom)
	r.right.Position1, r.right.Position2 = fyne.NewPos(size.Width-inset, mid-10*zoom), fyne.NewPos(size.Width-inset, mid+10*zoom)
	r.label.TextSize = 16 * zoom
	ts := fyne.MeasureText(r.label.Text, r.label.TextSize, r.label.TextStyle)
	pw, ph := ts.Width+16*zoom, ts.Height+4*zoom
	r.pill.Move(fyne.NewPos((size.Width-pw)/2, mid-ph/2))
	r.pill.Resize(fyne.NewSize(pw, ph))
	r.label.Move(r.pill.Position())
	r.label.Resize(r.pill.Size())
}

func (r *spanRenderer) MinSize() fyne.Size { return fyne.NewSize(10, 10) }

func (r *spanRenderer) Refresh() {
	zoom := r.w.view.vp.zoom
	width := 2 * zoom
	stroke := spanInk
	if r.w.view.sel.Span() == r.w.span.ID {
		stroke, width = SelectionColor, 4*zoom
	}
	for _, l := range []*canvas.Line{r.left, r.right, r.bar} {
		l.StrokeColor, l.StrokeWidth = stroke, width
	}
	r.pill.StrokeColor, r.pill.StrokeWidth = stroke, max(width/2, 1)
	r.pill.CornerRadius = 8 * zoom
	r.label.Text = r.w.span.Label
	r.Layout(r.w.Size())
	canvas.Refresh(r.w)
}

func (r *spanRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bar, r.left, r.right, r.pill, r.label}
}

func (r *spanRenderer) Destroy() {}

// labelBox is where the span's duration pill is in the view.
func (w *SpanWidget) labelBox() Box {
	zoom := w.view.vp.zoom
	ts := fyne.MeasureText(w.span.Label, 16*zoom, fyne.TextStyle{Bold: true})
	pw, ph := ts.Width+16*zoom, ts.Height+4*zoom
	size := w.Size()
	return Box{w.Position().X + (size.Width-pw)/2, w.Position().Y + size.Height/2 - ph/2, pw, ph}
}
