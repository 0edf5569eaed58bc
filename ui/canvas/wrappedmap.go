package canvas

import (
	"image/color"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// WrappedMap draws a board's wrapped layout (board.WrapToFit, WrapWalk):
// bands of event columns, each under the six lane names, every sticky as
// tall as its text at one size, as the printed map does. It only shows;
// its owner (the window's overview and walk) decides what it shows and
// what a click does. Several can show one board beside its BoardView.
type WrappedMap struct {
	widget.BaseWidget

	layout board.WrappedLayout
	// scale is the sticky text size in pixels: pixels per em.
	scale float32
	// origin is where the layout's point (0, 0) is drawn, in pixels.
	origin fyne.Position
	// from and to are the bands drawn, to exclusive.
	from, to int
	// Plain draws stickies as colored blocks without text: a small map
	// that shows where a walk is.
	Plain bool
	// selected is the sticky outlined as the keyboard's and mouse's choice
	// (0: none).
	selected int
	// marks are rectangles in ems outlined over the map: the walk's
	// current step on its small map.
	marks []board.Box

	// measure is the layout's text measure.
	measure board.TextMeasure

	// OnTap is told the sticky clicked (0: none); OnDoubleTap the sticky
	// double-clicked.
	OnTap       func(id int)
	OnDoubleTap func(id int)
}

// NewWrappedMap returns an empty map; measure is the measure its layouts
// are made with, so lane names break where the layout sized them.
func NewWrappedMap(measure board.TextMeasure) *WrappedMap {
	m := &WrappedMap{measure: measure}
	m.ExtendBaseWidget(m)
	return m
}

// ShowLayout sets what the map draws: bands from to to-1 of l at scale pixels
// per em with the layout's origin at origin.
func (m *WrappedMap) ShowLayout(l board.WrappedLayout, scale float32, origin fyne.Position, from, to int) {
	m.layout, m.scale, m.origin, m.from, m.to = l, scale, origin, from, to
	m.Refresh()
}

// Layout is the layout shown.
func (m *WrappedMap) Layout() board.WrappedLayout { return m.layout }

// Scale is the sticky text size drawn, in pixels.
func (m *WrappedMap) Scale() float32 { return m.scale }

// Selected is the sticky outlined (0: none).
func (m *WrappedMap) Selected() int { return m.selected }

// Select outlines sticky id (0: none).
func (m *WrappedMap) Select(id int) {
	if m.selected != id {
		m.selected = id
		m.Refresh()
	}
}

// Marks are the boxes outlined over the map, in ems.
func (m *WrappedMap) Marks() []board.Box { return m.marks }

// SetMarks outlines boxes of the layout, in ems: a walk's current step
// on its small map. They are drawn at the next ShowLayout or Refresh.
func (m *WrappedMap) SetMarks(marks []board.Box) { m.marks = marks }

// At maps a box of the layout to pixels.
func (m *WrappedMap) At(b board.Box) (fyne.Position, fyne.Size) {
	s := float64(m.scale)
	return fyne.NewPos(m.origin.X+float32(b.X*s), m.origin.Y+float32(b.Y*s)), fyne.NewSize(float32(b.W*s), float32(b.H*s))
}

// Drawn reports whether a sticky of the layout is in a band drawn.
func (m *WrappedMap) Drawn(ws board.WrappedSticky) bool {
	band := m.layout.Columns[ws.Column].Band
	return band >= m.from && band < m.to
}

// StickyAt is the id of the sticky drawn under p, or 0.
func (m *WrappedMap) StickyAt(p fyne.Position) int {
	for i := len(m.layout.Stickies) - 1; i >= 0; i-- {
		ws := m.layout.Stickies[i]
		if !m.Drawn(ws) {
			continue
		}
		pos, size := m.At(ws.Box)
		if p.X >= pos.X && p.X <= pos.X+size.Width && p.Y >= pos.Y && p.Y <= pos.Y+size.Height {
			return ws.ID
		}
	}
	return 0
}

// Tapped implements fyne.Tappable.
func (m *WrappedMap) Tapped(e *fyne.PointEvent) {
	if m.OnTap != nil {
		m.OnTap(m.StickyAt(e.Position))
	}
}

// DoubleTapped implements fyne.DoubleTappable.
func (m *WrappedMap) DoubleTapped(e *fyne.PointEvent) {
	if id := m.StickyAt(e.Position); id != 0 && m.OnDoubleTap != nil {
		m.OnDoubleTap(id)
	}
}

// CreateRenderer implements fyne.Widget.
func (m *WrappedMap) CreateRenderer() fyne.WidgetRenderer {
	r := &wrappedMapRenderer{m: m}
	r.Refresh()
	return r
}

// wrappedMapRenderer builds the map's canvas objects anew when what it
// shows changes: a board edit, a resize, the next step of a walk. Nothing
// moves between those, so there is no per-frame work.
type wrappedMapRenderer struct {
	m    *WrappedMap
	objs []fyne.CanvasObject
}

func (r *wrappedMapRenderer) Layout(fyne.Size)             {}
func (r *wrappedMapRenderer) MinSize() fyne.Size           { return fyne.NewSize(0, 0) }
func (r *wrappedMapRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *wrappedMapRenderer) Destroy()                     {}
func (r *wrappedMapRenderer) place(o fyne.CanvasObject, b board.Box) {
	pos, size := r.m.At(b)
	o.Move(pos)
	o.Resize(size)
}

// Colors of the map beyond the lanes' own; MarkColor outlines the marks.
var (
	mapGuide    = color.NRGBA{R: 0x55, G: 0x55, B: 0x55, A: 0x60}
	MarkColor   = color.NRGBA{R: 0xd8, G: 0x1b, B: 0x60, A: 0xff}
	mapSelected = SelectionColor
)

func (r *wrappedMapRenderer) Refresh() {
	m := r.m
	r.objs = r.objs[:0]
	l := m.layout
	if m.scale <= 0 || len(l.Bands) == 0 {
		return
	}
	s := m.scale
	for bi := m.from; bi < m.to && bi < len(l.Bands); bi++ {
		bd := l.Bands[bi]
		for _, ln := range board.AllLanes() {
			row := canvas.NewRectangle(RGBA(ln.Band()))
			row.StrokeColor = Darken(ln.Fill(), 0.25)
			row.StrokeWidth = max(1, s/14)
			r.place(row, bd.Lanes[ln])
			r.objs = append(r.objs, row)
		}
		for _, x := range bd.Guides {
			g := canvas.NewLine(mapGuide)
			g.StrokeWidth = max(1, s/12)
			pos, size := m.At(board.Box{X: x, Y: bd.Box.Y, H: bd.Box.H})
			g.Position1, g.Position2 = pos, pos.AddXY(0, size.Height)
			r.objs = append(r.objs, g)
		}
		for _, ln := range board.AllLanes() {
			r.laneName(bd, ln)
		}
	}
	for _, ws := range l.Stickies {
		if m.Drawn(ws) {
			r.sticky(ws)
		}
	}
	for _, sp := range l.Spans {
		if sp.Band >= m.from && sp.Band < m.to {
			r.span(sp)
		}
	}
	for _, b := range m.marks {
		box := canvas.NewRectangle(color.Transparent)
		box.StrokeColor = MarkColor
		box.StrokeWidth = 3
		box.CornerRadius = 3
		pos, size := m.At(b)
		box.Move(pos.SubtractXY(2, 2))
		box.Resize(size.AddWidthHeight(4, 4))
		r.objs = append(r.objs, box)
	}
}

// text is a line of text of the map at size px.
func mapText(s string, size float32, c color.Color, bold bool) *canvas.Text {
	t := canvas.NewText(s, c)
	t.TextSize = size
	t.TextStyle.Bold = bold
	return t
}

// lineShift is where a text goes in its line of the layout, which is
// WrapLine ems high: Fyne's text box is taller than that, with room above
// and below the letters, so it is centred on the line, and raised a little
// more, as the letters sit high in the box only above the baseline's
// descenders: the last line then keeps clear of a sticky's thick border.
func lineShift(t *canvas.Text) float32 {
	return (float32(board.WrapLine)*t.TextSize-t.MinSize().Height)/2 - 0.08*t.TextSize
}

// laneName writes a lane's name in its cell: in two lines where the row
// has stickies, on one line running into an empty row.
func (r *wrappedMapRenderer) laneName(bd board.WrappedBand, ln board.Lane) {
	m := r.m
	cell := canvas.NewRectangle(RGBA(ln.Fill()))
	cell.StrokeColor = Darken(ln.Fill(), 0.35)
	cell.StrokeWidth = max(1, m.scale/10)
	r.place(cell, bd.Labels[ln])
	r.objs = append(r.objs, cell)
	size := float32(board.WrapLabelSize) * m.scale
	if m.Plain || size < MinScreenText {
		return
	}
	pad := float32(board.WrapLabelPad) * m.scale
	pos, csize := m.At(bd.Labels[ln])
	named := float64(csize.Height) >= board.WrapNamedLane*float64(m.scale)-0.5
	lines := []string{ln.Name()}
	if named {
		// Broken with the layout's own measure, as the column was sized:
		// the font measured at a small size may come out a hair wider,
		// which must not split a word.
		lines = board.Wrap(ln.Name(), float64(csize.Width-2*pad)/float64(size), func(t string) float64 {
			return m.measure(t, true)
		})
	}
	y := pos.Y + pad
	if !named {
		y = pos.Y + (csize.Height-size*float32(board.WrapLine))/2
	}
	for _, line := range lines {
		t := mapText(line, size, RGBA(ln.Ink()), true)
		t.Move(fyne.NewPos(pos.X+pad, y+lineShift(t)))
		r.objs = append(r.objs, t)
		y += size * float32(board.WrapLine)
	}
}

// sticky draws one note: its lines centered, its badge (owner, due date,
// votes) in bold under them, as on the printed map.
func (r *wrappedMapRenderer) sticky(ws board.WrappedSticky) {
	m := r.m
	s := m.scale
	bg := canvas.NewRectangle(RGBA(ws.Lane.Fill()))
	bg.StrokeColor = Darken(ws.Lane.Fill(), 0.45)
	bg.StrokeWidth = max(1, s/12*LaneStroke(ws.Lane))
	bg.CornerRadius = min(0.3*s, 8)
	if ws.ID == m.selected {
		bg.StrokeColor, bg.StrokeWidth = mapSelected, max(3, s/5)
	}
	r.place(bg, ws.Box)
	r.objs = append(r.objs, bg)
	if m.Plain || s < MinScreenText {
		return
	}
	pos, size := m.At(ws.Box)
	ink := RGBA(ws.Lane.Ink())
	y := pos.Y + float32(board.WrapPad)*s
	for _, line := range ws.Lines {
		t := mapText(line, s, ink, false)
		t.Move(fyne.NewPos(pos.X+(size.Width-t.MinSize().Width)/2, y+lineShift(t)))
		r.objs = append(r.objs, t)
		y += float32(board.WrapLine) * s
	}
	bs := float32(board.WrapBadgeSize) * s
	for _, line := range ws.Badge {
		t := mapText(line, bs, ink, true)
		t.Move(fyne.NewPos(pos.X+(size.Width-t.MinSize().Width)/2, y+lineShift(t)))
		r.objs = append(r.objs, t)
		y += float32(board.WrapLine) * bs
	}
}

// span draws a timing bracket in its strip with its label; an end that
// goes on in another band has an arrow head instead of a tick.
func (r *wrappedMapRenderer) span(sp board.WrappedSpan) {
	m := r.m
	s := m.scale
	ink := RGBA(board.Timings.Ink())
	pos, size := m.At(sp.Box)
	mid := pos.Y + size.Height/2
	in, tick := 0.3*s, 0.45*s
	x0, x1 := pos.X+in, pos.X+size.Width-in
	gap := float32(board.WrapColumnGap) * s / 2
	if sp.OpenLeft {
		x0 = pos.X - gap
	}
	if sp.OpenRight {
		x1 = pos.X + size.Width + gap
	}
	width := max(1.5, 0.12*s)
	line := func(ax, ay, bx, by float32) {
		l := canvas.NewLine(ink)
		l.StrokeWidth = width
		l.Position1, l.Position2 = fyne.NewPos(ax, ay), fyne.NewPos(bx, by)
		r.objs = append(r.objs, l)
	}
	line(x0, mid, x1, mid)
	if sp.OpenLeft {
		line(x0, mid, x0+tick, mid-tick/2)
		line(x0, mid, x0+tick, mid+tick/2)
	} else {
		line(x0, mid-tick, x0, mid+tick)
	}
	if sp.OpenRight {
		line(x1, mid, x1-tick, mid-tick/2)
		line(x1, mid, x1-tick, mid+tick/2)
	} else {
		line(x1, mid-tick, x1, mid+tick)
	}
	bs := float32(board.WrapBadgeSize) * s
	if sp.Label == "" || m.Plain || bs < MinScreenText {
		return
	}
	style := fyne.TextStyle{Bold: true}
	label := EllipsizeStyled(sp.Label, x1-x0-2*bs, bs, style)
	tw := fyne.MeasureText(label, bs, style).Width
	pill := canvas.NewRectangle(color.White)
	pill.StrokeColor, pill.StrokeWidth, pill.CornerRadius = ink, max(1, 0.06*s), bs*0.6
	ph := bs * 1.35
	pill.Move(fyne.NewPos((x0+x1)/2-(tw+bs)/2, mid-ph/2))
	pill.Resize(fyne.NewSize(tw+bs, ph))
	t := mapText(label, bs, ink, true)
	t.Move(fyne.NewPos((x0+x1)/2-tw/2, mid-fyne.MeasureText(label, bs, style).Height/2))
	r.objs = append(r.objs, pill, t)
}

// EllipsizeStyled shortens s with "…" to fit width at size in style; s
// fitting already is returned as it is.
func EllipsizeStyled(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	rs := []rune(s)
	for len(rs) > 1 {
		rs = rs[:len(rs)-1]
		if t := string(rs) + "…"; fyne.MeasureText(t, size, style).Width <= width {
			return t
		}
	}
	return "…"
}

// FontMeasure is the wrapped layout's measure for the screen: the width
// of s in the app's font at size 1. Fyne measures at whole-pixel sizes
// best, so it measures at 100 and divides; words repeat across a board and
// across re-layouts, so the widths are kept.
type FontMeasure struct {
	mu    sync.Mutex
	cache map[fontKey]float64
}

type fontKey struct {
	s    string
	bold bool
}

// measureSize is the size text is measured at.
const measureSize = 100

// textSlack is how much wider than measured the layout takes text to be.
const textSlack = 1.08

// Measure implements board.TextMeasure.
func (f *FontMeasure) Measure(s string, bold bool) float64 {
	f.mu.Lock()
	defer f.mu.Unlock()
	k := fontKey{s, bold}
	if w, ok := f.cache[k]; ok {
		return w
	}
	if f.cache == nil || len(f.cache) > 50000 {
		f.cache = map[fontKey]float64{}
	}
	w := float64(fyne.MeasureText(s, measureSize, fyne.TextStyle{Bold: bold}).Width) / measureSize
	// Wider than measured: the window draws text up to 5% wider than
	// Fyne measures it (seen at 15 px under X11), and a line must never
	// run over its sticky's edge.
	w = math.Ceil(w*textSlack*1000) / 1000
	f.cache[k] = w
	return w
}
