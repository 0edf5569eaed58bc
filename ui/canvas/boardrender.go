package canvas

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"pathmap/board"
)

var guideColor = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0x40}

// boardRenderer draws, bottom to top: the lane bands, the event column
// guides, the timing spans, the stickies in view, then the lane name column
// (so stickies panned left slide under it), the rubber band and the text box.
//
// It keeps Fyne's renderer contract: Layout only places objects and picks
// which are drawn; Refresh lays out, lets the overlays place their objects
// and redraws what changed. Neither writes the view's or a widget's state.
type boardRenderer struct {
	v      *BoardView
	bands  [board.LaneCount]*canvas.Rectangle
	strips [board.LaneCount]*canvas.Rectangle
	icons  [board.LaneCount]*canvas.Image
	names  [board.LaneCount]*laneName
	rules  [board.LaneCount]*canvas.Line
	guides []*canvas.Line
	spans  []fyne.CanvasObject // the span brackets drawn
	// spansInView are the span brackets in view, spans and those exactly
	// under a like one (cover.go).
	spansInView []fyne.CanvasObject
	cover       cover

	visible []fyne.CanvasObject // stickies in view, in drawing order
	// spare is the previous visible list's storage, reused for the next
	// one: filling visible's own storage would overwrite the list it is
	// compared with, and a pan that swaps which stickies show would go
	// unnoticed.
	spare []fyne.CanvasObject
	// lifted are the stickies being dragged, drawn over everything but
	// the rubber band and the text box.
	lifted  []fyne.CanvasObject
	overlay []fyne.CanvasObject // the overlays' objects, in drawing order
	// lastFrame is what the overlays were last told, its lists reused.
	lastFrame Frame
	objs      []fyne.CanvasObject
	// events is the Events lane in reading order as of one version of one
	// document: sorting 100,000 events again on every frame was most of
	// the frame.
	events struct {
		doc  *board.Document
		ver  board.Version
		list []board.Sticky
	}
}

// eventsInOrder is the board's Events lane in reading order.
func (r *boardRenderer) eventsInOrder() []board.Sticky {
	d := r.v.ws.Document()
	if e := &r.events; e.doc != d || e.ver != d.Version() || e.list == nil {
		e.doc, e.ver, e.list = d, d.Version(), d.Board().InLane(board.Events)
	}
	return r.events.list
}

func newBoardRenderer(v *BoardView) *boardRenderer {
	r := &boardRenderer{v: v}
	for _, l := range board.AllLanes() {
		r.bands[l] = canvas.NewRectangle(RGBA(l.Band()))
		r.strips[l] = canvas.NewRectangle(RGBA(l.Fill()))
		r.icons[l] = canvas.NewImageFromResource(laneIcon(l))
		r.names[l] = newLaneName(l.Name())
		r.rules[l] = canvas.NewLine(Darken(l.Fill(), 0.3))
		r.rules[l].StrokeWidth = 1
	}
	return r
}

func (r *boardRenderer) Layout(size fyne.Size) {
	v := r.v
	b := v.ws.Document().Board()
	for _, l := range board.AllLanes() {
		top := v.vp.ToScreen(0, b.LaneTop(l)).Y
		h := float32(b.LaneHeight(l)) * v.vp.zoom
		r.bands[l].Move(fyne.NewPos(0, top))
		r.bands[l].Resize(fyne.NewSize(size.Width, h))
		// A lane's name sits on a strip of the lane's sticky color, with its
		// icon and a darker rule below, so lanes stay apart in grayscale too.
		r.strips[l].Move(fyne.NewPos(0, top))
		r.strips[l].Resize(fyne.NewSize(labelWidth, h))
		// The name wraps and gets smaller to fit a thin lane, never
		// vanishing (lanename.go); a lane scrolled partly out of view keeps
		// its name in the part still showing.
		const nameX = 38
		nameW := labelWidth - nameX - 8
		ts, lines := r.names[l].fit(nameW, h-4)
		lh := nameLineHeight(ts)
		nameH := float32(len(lines)) * lh
		pad := float32(8)
		if h < nameH+2*pad {
			pad = max((h-nameH)/2, 0)
		}
		nameTop := top
		if top < 0 && top+h > 0 {
			nameTop = min(0, top+h-nameH-2*pad)
		}
		r.names[l].layout(fyne.NewPos(nameX, nameTop+pad), nameW, max(h-2*pad, 0))
		icon := min(20, max(h-4, 0))
		r.icons[l].Move(fyne.NewPos(8, nameTop+pad+lh/2-icon/2))
		r.icons[l].Resize(fyne.NewSquareSize(icon))
		showIf(r.icons[l], h >= 14)
		r.rules[l].Position1 = fyne.NewPos(0, top+h)
		r.rules[l].Position2 = fyne.NewPos(size.Width, top+h)
	}
	r.layoutGuides(size)
	r.layoutSpans()
	r.layoutStickies(size)
	v.layoutEditor()
}

// layoutGuides draws a faint line between event columns, from the lane
// below the events to the bottom, so the eye can follow a column down.
func (r *boardRenderer) layoutGuides(size fyne.Size) {
	v := r.v
	b := v.ws.Document().Board()
	events := r.eventsInOrder()
	top := v.vp.ToScreen(0, b.LaneTop(board.Systems)).Y
	bottom := v.vp.ToScreen(0, b.Height()).Y
	// Only the guides in view get a line: a board of 100,000 events would
	// otherwise keep 100,000 lines to walk on every frame.
	used := 0
	for i := 0; i+1 < len(events); i++ {
		x := v.vp.ToScreen((events[i].X+events[i].W+events[i+1].X)/2, 0).X
		if x < labelWidth || x > size.Width {
			continue
		}
		if used == len(r.guides) {
			l := canvas.NewLine(guideColor)
			l.StrokeWidth = 1
			r.guides = append(r.guides, l)
			r.objs = nil
		}
		g := r.guides[used]
		used++
		g.Position1, g.Position2 = fyne.NewPos(x, top), fyne.NewPos(x, bottom)
		g.Show()
	}
	// Lines not needed now are kept for later, hidden: lines made and
	// dropped in bulk stay in Fyne's caches.
	for _, g := range r.guides[used:] {
		g.Hide()
	}
}

// layoutSpans places the timing brackets in the bottom strip of the
// Timings lane, under the columns of the events they cover.
func (r *boardRenderer) layoutSpans() {
	v := r.v
	b := v.ws.Document().Board()
	shown := r.spansInView[:0] // read only by frame, after this
	y := b.LaneTop(board.Timings) + b.LaneHeight(board.Timings) - board.SpanStrip
	x0, _, x1, _ := v.vp.VisibleRect()
	for _, w := range v.spans {
		if w.from == nil || w.to == nil {
			continue
		}
		from, to := w.from.sticky, w.to.sticky
		if to.X < from.X {
			from, to = to, from
		}
		if to.X+to.W < x0 || from.X > x1 {
			continue // out of view: not drawn
		}
		w.Move(v.vp.ToScreen(from.X, y))
		w.Resize(fyne.NewSize(float32(to.X+to.W-from.X)*v.vp.zoom, float32(board.SpanStrip)*v.vp.zoom))
		shown = append(shown, w)
	}
	r.spansInView = shown
	drawn := r.cover.spansSeen(shown, r.spans[:0:0])
	if !sameObjects(drawn, r.spans) {
		r.objs = nil
	}
	r.spans = drawn
}

// layoutStickies places the stickies in view and lists only those for
// drawing, so a big board costs what is on screen, not what exists.
func (r *boardRenderer) layoutStickies(size fyne.Size) {
	v := r.v
	visible := r.spare[:0]
	x0, y0, x1, y1 := v.vp.VisibleRect()
	dragged := v.drag.dragged()
	dx, dy := float64(v.drag.dx), float64(v.drag.dy)
	place := func(w *StickyWidget, x, y float64) bool {
		s := w.sticky
		if x > x1 || x+s.W < x0 || y > y1 || y+s.H < y0 {
			return false
		}
		w.Move(v.vp.ToScreen(x, y))
		w.Resize(fyne.NewSize(float32(s.W)*v.vp.zoom, float32(s.H)*v.vp.zoom))
		return true
	}
	for _, w := range v.order {
		if !dragged[w] && place(w, w.sticky.X, w.sticky.Y) {
			visible = append(visible, w)
		}
	}
	visible = r.cover.stickiesSeen(visible)
	// Dragged stickies are drawn last, above the others and above the
	// lane names, so one carried past the left edge never vanishes.
	lifted := make([]fyne.CanvasObject, 0, len(v.drag.group))
	for _, w := range v.drag.group {
		if place(w, w.sticky.X+dx, w.sticky.Y+dy) {
			lifted = append(lifted, w)
		}
	}
	if !sameObjects(visible, r.visible) || !sameObjects(lifted, r.lifted) {
		r.objs = nil
	}
	r.visible, r.spare = visible, r.visible
	r.lifted = lifted
}

func sameObjects(a, b []fyne.CanvasObject) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (r *boardRenderer) MinSize() fyne.Size { return fyne.NewSize(labelWidth+200, 200) }

// layoutOverlays lets each overlay place its objects over the stickies.
func (r *boardRenderer) layoutOverlays(size fyne.Size) {
	var objs []fyne.CanvasObject
	if len(r.v.overlays) > 0 {
		f := r.frame(size)
		for _, o := range r.v.overlays {
			objs = append(objs, o.LayoutOverlay(f)...)
		}
	}
	if !sameObjects(objs, r.overlay) {
		r.objs = nil
	}
	r.overlay = objs
}

// frame describes the layout just made for the overlays: the stickies in
// view but those being dragged, and the span brackets in view.
func (r *boardRenderer) frame(size fyne.Size) *Frame {
	v := r.v
	f := &r.lastFrame
	f.View, f.Size, f.Zoom = v, size, v.vp.zoom
	f.Stickies, f.Spans = f.Stickies[:0], f.Spans[:0]
	for _, o := range r.visible {
		if sw, ok := o.(*StickyWidget); ok {
			f.Stickies = append(f.Stickies, PlacedSticky{Sticky: sw.sticky, Pos: sw.Position(), Size: sw.Size(), Ink: sw.inkOnScreen()})
		}
	}
	for _, o := range r.spansInView {
		sw := o.(*SpanWidget)
		f.Spans = append(f.Spans, PlacedSpan{Span: sw.span, Pos: sw.Position(), Size: sw.Size(), Label: sw.labelBox()})
	}
	return f
}

// Refresh lays the board out again, lets the overlays place their objects
// over it and redraws what looks different: only stickies and spans in
// view, and only those whose text, lane, selection or zoom changed, so a
// pan redraws nothing but moves. Layout notices what changes the list of
// objects (stickies scrolled into view, markers, guides) and rebuilds it
// only then, so a pan costs no new list.
func (r *boardRenderer) Refresh() {
	size := r.v.Size()
	r.Layout(size)
	r.layoutOverlays(size)
	for _, list := range [][]fyne.CanvasObject{r.visible, r.lifted} {
		for _, o := range list {
			if w := o.(*StickyWidget); w.stale() {
				w.Refresh()
			}
		}
	}
	for _, o := range r.spans {
		if w := o.(*SpanWidget); w.stale() {
			w.Refresh()
		}
	}
	canvas.Refresh(r.v)
}

func (r *boardRenderer) Objects() []fyne.CanvasObject {
	if r.objs != nil {
		return r.objs
	}
	v := r.v
	objs := make([]fyne.CanvasObject, 0, 5*board.LaneCount+len(r.guides)+len(r.spans)+len(r.visible)+3)
	for _, b := range r.bands {
		objs = append(objs, b)
	}
	for _, g := range r.guides {
		objs = append(objs, g)
	}
	objs = append(objs, r.spans...)
	objs = append(objs, r.visible...)
	objs = append(objs, r.overlay...)
	for l := range r.strips {
		objs = append(objs, r.strips[l], r.icons[l], r.names[l].box, r.rules[l])
	}
	objs = append(objs, r.lifted...)
	objs = append(objs, v.band, v.editBg, v.editor)
	r.objs = objs
	return objs
}

func (r *boardRenderer) BackgroundColor() color.Color { return color.White }

func (r *boardRenderer) Destroy() {}

func showIf(o fyne.CanvasObject, show bool) {
	if show {
		o.Show()
	} else {
		o.Hide()
	}
}
