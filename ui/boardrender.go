package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// boardRenderer draws the lane bands, the stickies above them, then the lane
// name column (so stickies panned left slide under it) and the text box.
type boardRenderer struct {
	v      *BoardView
	bands  [board.LaneCount]*canvas.Rectangle
	strips [board.LaneCount]*canvas.Rectangle
	names  [board.LaneCount]*widget.Label
	rules  [board.LaneCount]*canvas.Line
	objs   []fyne.CanvasObject
}

func newBoardRenderer(v *BoardView) *boardRenderer {
	r := &boardRenderer{v: v}
	for _, l := range board.AllLanes() {
		r.bands[l] = canvas.NewRectangle(rgba(l.Band()))
		r.strips[l] = canvas.NewRectangle(rgba(l.Fill()))
		r.names[l] = widget.NewLabelWithStyle(l.Name(), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
		r.names[l].Wrapping = fyne.TextWrapWord
		r.rules[l] = canvas.NewLine(darken(l.Fill(), 0.3))
		r.rules[l].StrokeWidth = 1
	}
	return r
}

func (r *boardRenderer) Layout(size fyne.Size) {
	v := r.v
	b := v.doc.Board()
	zoom := size.Height / float32(b.Height())
	v.zoom = min(max(zoom, minZoom), maxZoom)
	for _, l := range board.AllLanes() {
		top := float32(b.LaneTop(l)) * v.zoom
		h := float32(b.LaneHeight(l)) * v.zoom
		r.bands[l].Move(fyne.NewPos(0, top))
		r.bands[l].Resize(fyne.NewSize(size.Width, h))
		// A lane's name sits on a strip of the lane's sticky color with a
		// darker rule below, so lanes stay apart in grayscale too.
		r.strips[l].Move(fyne.NewPos(0, top))
		r.strips[l].Resize(fyne.NewSize(labelWidth, h))
		r.names[l].Move(fyne.NewPos(4, top+4))
		r.names[l].Resize(fyne.NewSize(labelWidth-8, r.names[l].MinSize().Height))
		r.rules[l].Position1 = fyne.NewPos(0, top+h)
		r.rules[l].Position2 = fyne.NewPos(size.Width, top+h)
	}
	v.layoutStickies()
}

func (r *boardRenderer) MinSize() fyne.Size {
	return fyne.NewSize(labelWidth+200, float32(r.v.doc.Board().Height())*minZoom)
}

func (r *boardRenderer) Refresh() {
	r.objs = nil
	r.Layout(r.v.Size())
	canvas.Refresh(r.v)
}

func (r *boardRenderer) Objects() []fyne.CanvasObject {
	if r.objs != nil {
		return r.objs
	}
	v := r.v
	objs := make([]fyne.CanvasObject, 0, 4*board.LaneCount+len(v.order)+2)
	for _, b := range r.bands {
		objs = append(objs, b)
	}
	for _, w := range v.order {
		if w != v.dragged {
			objs = append(objs, w)
		}
	}
	if v.dragged != nil {
		objs = append(objs, v.dragged)
	}
	for l := range r.strips {
		objs = append(objs, r.strips[l], r.names[l], r.rules[l])
	}
	objs = append(objs, v.editBg, v.editor)
	r.objs = objs
	return objs
}

func (r *boardRenderer) BackgroundColor() color.Color { return color.White }

func (r *boardRenderer) Destroy() {}
