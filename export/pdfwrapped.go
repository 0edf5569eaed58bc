package export

import (
	"fmt"
	"math"

	"pathmap/board"
)

// The printed map is the wrapped layout (board.WrapToFit): the path folded
// into bands of event columns, each band under the six lane names, every
// sticky as tall as its text at one size for the whole page. That size is
// the page's smallest text, so the page is laid out to make it as large as
// it can, upright or sideways.

// Text sizes of the fit map, in points.
const (
	// fitMaxPt caps the text of a small board: a page of 20-point notes
	// looks like a poster of a few words, not a map.
	fitMaxPt = 12.0
	// fitNote is the room kept under the map for the note about it, mm.
	fitNote = 7.0
)

// wrapMeasure is the layout's measure: the width of s at size 1, as the PDF
// and the PNG draw it.
func wrapMeasure(fonts *fontSet, fb *Fallback) board.TextMeasure {
	return func(s string, bold bool) float64 { return fonts.width(s, bold, fb, 1) }
}

// pageArea is the map's part of a page of paper, upright or sideways, with
// room for the note under the map.
func pageArea(paper Paper, portrait bool) rect {
	w, h := paper.landscape()
	if portrait {
		w, h = h, w
	}
	return rect{pageMargin, mapTop, w - 2*pageMargin, h - mapTop - footerSpace - fitNote}
}

// fitPage chooses the orientation and band count that print b's map with
// the largest text on one page of paper.
func fitPage(b *board.Board, paper Paper, measure board.TextMeasure) (board.WrappedLayout, bool) {
	best, portrait := board.WrappedLayout{}, false
	capped := func(l board.WrappedLayout) float64 { return math.Min(l.Scale, fitMaxPt*ptToMM) }
	for _, p := range []bool{false, true} {
		a := pageArea(paper, p)
		l := board.WrapToFit(b, a.W, a.H, measure, board.WrapStyle{})
		// Sideways unless upright gives larger text: the action list
		// pages are sideways too.
		if capped(l) > capped(best)*1.02 {
			best, portrait = l, p
		}
	}
	return best, portrait
}

// drawWrappedFit prints the map on one page as large as it fits. If its
// text would be under minTextPt, it prints at minTextPt the bands that fit
// and names the columns left out.
func (d *pdfDoc) drawWrappedFit(b *board.Board) {
	l, portrait := fitPage(b, d.paper, wrapMeasure(d.fonts, d.fb))
	d.addPageOriented(portrait)
	area := pageArea(d.paper, portrait)
	s := math.Min(l.Scale, fitMaxPt*ptToMM)
	shown := len(l.Bands)
	if s < minTextPt*ptToMM {
		// Too big for one page: at the least size, the layout as wide as
		// the page that is shortest, and as many of its bands as fit.
		s = minTextPt * ptToMM
		l = tallest(b, area.W/s, wrapMeasure(d.fonts, d.fb), l)
		shown = len(l.Bands)
		for shown > 1 && l.Bands[shown-1].Box.Y+l.Bands[shown-1].Box.H > area.H/s {
			shown--
		}
	}
	x0 := area.X + (area.W-l.W*s)/2
	h := 0.0
	for _, bd := range l.Bands[:shown] {
		h = bd.Box.Y + bd.Box.H
	}
	d.drawWrapped(l, s, x0, area.Y, shown, rect{0, 0, l.W, h})
	note := fmt.Sprintf("Sticky text at %.1f pt.", s/ptToMM)
	if shown < len(l.Bands) {
		first := l.Bands[shown].First
		n := 0
		for _, ws := range l.Stickies {
			if ws.Column >= first {
				n++
			}
		}
		name := func(c int) string {
			for _, id := range l.Columns[c].Events {
				if e, ok := b.Sticky(id); ok {
					return "“" + ellipsize(oneLine(e.Text), 60, func(t string) float64 { return float64(len([]rune(t))) }) + "”"
				}
			}
			return "(no event)"
		}
		note = fmt.Sprintf("This board does not fit one %s page at %.0f pt: the %d stickies of the last %d columns, "+
			"from %s to %s, are left out. Export it as a poster, or on A3, to print every sticky.",
			d.paper, minTextPt, n, len(l.Columns)-first, name(first), name(len(l.Columns)-1))
	}
	d.font(false, 8*ptToMM)
	d.textRGB(70, 70, 70)
	y := area.Y + h*s + 3
	for _, line := range board.Wrap(note, area.W, func(t string) float64 { return d.measure(d.size, t) }) {
		d.text(area.X, y+d.size, line)
		y += d.size * lineSpacing
	}
}

// drawWrapped draws bands 0 to bands-1 of l at s mm per em, em point (0, 0)
// at page point (x0, y0), clipped to vis (ems).
func (d *pdfDoc) drawWrapped(l board.WrappedLayout, s, x0, y0 float64, bands int, vis rect) {
	page := vis.scaled(s, x0, y0)
	d.clip(page)
	defer d.unclip()
	at := func(b board.Box) rect { return rect{x0 + b.X*s, y0 + b.Y*s, b.W * s, b.H * s} }
	inView := func(b board.Box) bool {
		return b.X < vis.X+vis.W && b.X+b.W > vis.X && b.Y < vis.Y+vis.H && b.Y+b.H > vis.Y
	}
	for bi, bd := range l.Bands[:bands] {
		if !inView(bd.Box) {
			continue
		}
		for _, ln := range board.AllLanes() {
			d.fillRect(at(bd.Lanes[ln]), ln.Band())
			d.fillRect(at(bd.Labels[ln]), labelFill(ln))
		}
		d.lineWidth(0.25)
		d.drawRGB(175, 175, 175)
		d.dash(1.2, 1.2)
		for _, x := range bd.Guides {
			px := x0 + x*s
			d.line(px, y0+bd.Box.Y*s, px, y0+(bd.Box.Y+bd.Box.H)*s)
		}
		d.dash()
		d.lineWidth(0.2)
		d.setDraw(laneLine)
		for _, ln := range board.AllLanes() {
			d.strokeRect(at(bd.Lanes[ln]))
		}
		for _, ln := range board.AllLanes() {
			d.drawLaneName(l, bi, ln, s, at)
		}
	}
	for i, ws := range l.Stickies {
		if l.Columns[ws.Column].Band < bands && inView(ws.Box) {
			d.drawWrappedSticky(l.Stickies[i], at(ws.Box), s)
		}
	}
	for _, sp := range l.Spans {
		if sp.Band < bands && inView(sp.Box) {
			d.drawWrappedSpan(sp, at(sp.Box), s)
		}
	}
}

// drawLaneName writes a lane's name in its column, the column outlined with
// the lane's border so it is also the key to the map in grayscale. In an
// empty row the name takes one line, running on into the row.
func (d *pdfDoc) drawLaneName(l board.WrappedLayout, band int, ln board.Lane, s float64, at func(board.Box) rect) {
	bd := l.Bands[band]
	cell := at(bd.Labels[ln])
	d.setFill(labelFill(ln))
	d.lanePen(ln, s/12)
	d.roundedRect(cell.inset(0.35), 0)
	d.noDash()
	size := board.WrapLabelSize * s
	pad := board.WrapLabelPad * s
	d.font(true, size)
	d.setText(ln.Ink())
	name := ln.Name() // the outlined column is the lane's mark
	lines := []string{name}
	if cell.H >= board.WrapNamedLane*s-1e-6 {
		lines = board.Wrap(name, cell.W-2*pad, func(t string) float64 { return d.measure(size, t) })
	}
	y := cell.Y + pad
	if len(lines) == 1 && cell.H < board.WrapNamedLane*s-1e-6 {
		y = cell.Y + (cell.H-size*board.WrapLine)/2
	}
	for _, line := range lines {
		d.text(cell.X+pad, y+0.92*size, line)
		y += size * board.WrapLine
	}
}

// drawWrappedSticky draws one note: its lines centered, its badge (owner,
// due date, votes) in bold under them.
func (d *pdfDoc) drawWrappedSticky(ws board.WrappedSticky, r rect, s float64) {
	ln := ws.Lane
	d.setFill(ln.Fill())
	d.lanePen(ln, s/12)
	d.roundedRect(r, math.Min(0.3*s, r.H/2))
	d.noDash()
	d.setText(ln.Ink())
	y := r.Y + board.WrapPad*s
	d.font(false, s)
	for _, line := range ws.Lines {
		w := d.measure(s, line)
		d.text(r.X+(r.W-w)/2, y+0.95*s, line)
		y += board.WrapLine * s
	}
	bs := board.WrapBadgeSize * s
	d.font(true, bs)
	for _, line := range ws.Badge {
		w := d.measure(bs, line)
		d.text(r.X+(r.W-w)/2, y+0.95*bs, line)
		y += board.WrapLine * bs
	}
}

// drawWrappedSpan draws a timing bracket in its strip, its label in a pill.
// An end that goes on in another band has no tick, and an arrow head.
func (d *pdfDoc) drawWrappedSpan(sp board.WrappedSpan, r rect, s float64) {
	ink := board.Timings.Ink()
	d.setDraw(ink)
	d.lineWidth(math.Max(0.25, 0.12*s))
	mid, in, tick := r.Y+r.H/2, 0.3*s, 0.45*s
	x0, x1 := r.X+in, r.X+r.W-in
	if sp.OpenLeft {
		x0 = r.X - board.WrapColumnGap*s/2
	}
	if sp.OpenRight {
		x1 = r.X + r.W + board.WrapColumnGap*s/2
	}
	d.line(x0, mid, x1, mid)
	if sp.OpenLeft {
		d.line(x0, mid, x0+tick, mid-tick/2)
		d.line(x0, mid, x0+tick, mid+tick/2)
	} else {
		d.line(x0, mid-tick, x0, mid+tick)
	}
	if sp.OpenRight {
		d.line(x1, mid, x1-tick, mid-tick/2)
		d.line(x1, mid, x1-tick, mid+tick/2)
	} else {
		d.line(x1, mid-tick, x1, mid+tick)
	}
	if sp.Label == "" {
		return
	}
	// The label as large as the sticky text: a lead time's parts are what
	// the map is read for, and the span row has room for it.
	size := s
	d.font(true, size)
	label := ellipsize(sp.Label, r.W-2*in-size, func(t string) float64 { return d.measure(size, t) })
	tw := d.measure(size, label)
	w, h := tw+size, size*1.35
	pill := rect{r.X + (r.W-w)/2, mid - h/2, w, h}
	d.textRGB(255, 255, 255)
	d.whiteBox(pill, 1)
	d.lineWidth(math.Max(0.2, 0.06*s))
	d.strokeRect(pill)
	d.setText(ink)
	d.text(pill.X+(w-tw)/2, mid+size*0.36, label)
}

// tallest returns, of b's layouts no wider than w ems, the one with the
// fewest bands: the most of the path on a page at a given size. fallback
// is used when none is that narrow.
func tallest(b *board.Board, w float64, measure board.TextMeasure, fallback board.WrappedLayout) board.WrappedLayout {
	best, found := fallback, false
	for _, l := range board.WrapEvery(b, measure, board.WrapStyle{Uniform: true}) {
		if l.W <= w && (!found || l.H < best.H) {
			best, found = l, true
		}
	}
	return best
}
