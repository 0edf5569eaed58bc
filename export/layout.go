package export

import (
	"math"
	"strings"
	"unicode/utf8"

	"pathmap/board"
)

// Map geometry in map units. One map unit is one board unit; the map's origin
// is the top-left corner of the lane area, which starts with the label
// column. Keeping these in one place is what makes the PDF and the PNG agree.
const (
	// labelWidth is the column left of the stickies that names each lane.
	labelWidth = board.LabelWidth
	// sidePad keeps the first and last stickies off the label column and off
	// the right edge of the bands, as board.LanePad does vertically.
	sidePad = 12.0
	// labelPad is the blank space around a lane's name inside its column.
	labelPad = 10.0
	// labelSize is the lane name's font size at 100%.
	labelSize = 17.0

	// Sticky text is sized, padded, spaced and shrunk as in the editor, from
	// the same board constants, so at 100% it wraps at the same words.
	textSize = board.StickyTextSize
	// minTextSize is below the editor's minimum: on screen a sticky grows
	// when its text needs it, but a board written by another tool may hold
	// long text in a small sticky, and paper can be read from close up.
	minTextSize = 9.0
	shrinkStep  = 1.0
	stickyPad   = board.StickyPadding
	// lineSpacing is the distance between baselines as a multiple of the
	// font size.
	lineSpacing = board.LineSpacing
	// baselineDrop places a baseline below the top of its line box, as a
	// multiple of the font size, so a line's capitals sit in its middle.
	baselineDrop = 1.0
	// cornerRadius rounds sticky corners like the editor's.
	cornerRadius = 6.0
)

// rect is an axis-aligned rectangle.
type rect struct{ X, Y, W, H float64 }

// scaled maps r from map units to a page: multiply by s, then shift by (dx, dy).
func (r rect) scaled(s, dx, dy float64) rect {
	return rect{dx + r.X*s, dy + r.Y*s, r.W * s, r.H * s}
}

// inset shrinks r by d on every side, never below zero size.
func (r rect) inset(d float64) rect {
	return rect{r.X + d, r.Y + d, math.Max(0, r.W-2*d), math.Max(0, r.H-2*d)}
}

// laneBox is where one lane's band and its name go.
type laneBox struct {
	Lane  board.Lane
	Band  rect // the whole band, label column included
	Label rect // the label column's part of the band
}

// stickyBox is where one sticky goes.
type stickyBox struct {
	Sticky board.Sticky
	Rect   rect
}

// mapLayout is the map in map units, independent of page and pixel size.
type mapLayout struct {
	W, H     float64 // size of the lane area, label column included
	Lanes    []laneBox
	Stickies []stickyBox // board order, so later stickies are drawn on top
	// Guides are the x positions of the lines between event columns: they
	// show which event a sticky far down the map belongs to.
	Guides []float64
	// Spans are the timing brackets, in the Timings lane's top padding.
	Spans []spanBox
}

// spanBox is where a timing bracket goes: Rect spans the events it covers,
// in the strip at the bottom of the Timings lane that the board keeps free
// for brackets (board.SpanStrip), as the editor draws them.
type spanBox struct {
	Label string
	Rect  rect
}

// Timing bracket geometry, the editor's (ui/span.go).
const (
	spanInset = 6.0  // the bracket's ends inside the events' outer edges
	spanTick  = 10.0 // half the height of the end ticks
	spanLabel = 16.0 // label font size
)

// layoutMap places the map of b. The board's minimum bounds (board.Bounds)
// land just right of the label column, so a board whose stickies were
// dragged left of zero still shows them all.
func layoutMap(b *board.Board) mapLayout {
	minX, minY, maxX, maxY := b.Bounds()
	dx, dy := labelWidth+sidePad-minX, -minY
	m := mapLayout{W: labelWidth + 2*sidePad + (maxX - minX), H: maxY - minY}
	for _, l := range board.AllLanes() {
		band := rect{0, b.LaneTop(l) + dy, m.W, b.LaneHeight(l)}
		m.Lanes = append(m.Lanes, laneBox{l, band, rect{band.X, band.Y, labelWidth, band.H}})
	}
	for _, s := range b.Stickies {
		m.Stickies = append(m.Stickies, stickyBox{s, rect{s.X + dx, s.Y + dy, s.W, s.H}})
	}
	events := b.InLane(board.Events)
	for i := 1; i < len(events); i++ {
		prevEnd, next := events[i-1].X+events[i-1].W, events[i].X
		if next > events[i-1].X { // stacked duplicates make no column of their own
			m.Guides = append(m.Guides, (math.Max(prevEnd, next-board.ColumnGap)+next)/2+dx)
		}
	}
	top := b.LaneTop(board.Timings) + b.LaneHeight(board.Timings) - board.SpanStrip + dy
	for _, sp := range orderedSpans(b) {
		from, _ := b.Sticky(sp.From)
		to, _ := b.Sticky(sp.To)
		x0, x1 := from.X+dx, to.X+to.W+dx
		m.Spans = append(m.Spans, spanBox{strings.TrimSpace(sp.Label), rect{x0, top, x1 - x0, board.SpanStrip}})
	}
	return m
}

// footerScale is the footer's font size relative to the sticky text.
const footerScale = 0.75

// minFooterPt is the smallest footer on paper: smaller than sticky text
// (minTextPt), so that on a map fit to one page an owner and date still
// take one line and leave the note its text.
const minFooterPt = 5.0

// splitFooter divides a sticky's text area into the text above and a
// footer of lines lines at font size size below.
func splitFooter(area rect, size float64, lines int) (text, footer rect) {
	h := math.Min(float64(lines)*size*lineSpacing, area.H/2)
	return rect{area.X, area.Y, area.W, area.H - h}, rect{area.X, area.Y + area.H - h, area.W, h}
}

// textArea is the part of a sticky, in the same units as r, that text may
// use: inside the padding. pad is stickyPad in those units.
func textArea(r rect, pad float64) rect {
	// A tiny sticky keeps at least a sliver of room instead of none.
	pad = math.Min(pad, math.Min(r.W, r.H)/4)
	return r.inset(pad)
}

// textFit is sticky text wrapped and sized to fit a box.
type textFit struct {
	Size       float64  // font size
	LineHeight float64  // distance between baselines
	Lines      []string // the lines to draw, top to bottom
	Clipped    bool     // true when even the smallest size did not fit all lines
}

// Height is the height of the text block.
func (f textFit) Height() float64 { return float64(len(f.Lines)) * f.LineHeight }

// measureFunc returns the width of s at font size size, in the units of the
// box being filled.
type measureFunc func(size float64, s string) float64

// fitText wraps text into a box of w×h, starting at font size start and
// shrinking by step towards minSize until every line fits. Wrapping is
// board.Wrap, the editor's own, so lines break at the same words on screen
// and on paper. If text does not fit even at minSize, the lines that fit are
// kept and the last one ends with "…" so the reader sees the note goes on.
func fitText(text string, w, h, start, minSize, step float64, measure measureFunc) textFit {
	text = board.CleanText(text)
	if start < minSize {
		start = minSize
	}
	if !(step > 0) {
		step = start / 20
	}
	size := start
	for {
		m := func(s string) float64 { return measure(size, s) }
		f := textFit{Size: size, LineHeight: size * lineSpacing, Lines: board.Wrap(text, w, m)}
		if f.Height() <= h {
			return f
		}
		if size <= minSize {
			return clipLines(f, w, h, m)
		}
		size = math.Max(minSize, size-step)
	}
}

// clipLines keeps the lines of f that fit in height h and marks the cut.
func clipLines(f textFit, w, h float64, measure func(string) float64) textFit {
	f.Clipped = true
	n := int(math.Floor(h/f.LineHeight + 1e-9))
	if n <= 0 {
		f.Lines = nil
		return f
	}
	f.Lines = append([]string(nil), f.Lines[:n]...)
	f.Lines[n-1] = ellipsize(f.Lines[n-1]+"…", w, measure)
	return f
}

// ellipsize shortens s until it fits in width w, ending it with "…" when
// anything was cut, so a reader knows there is more.
func ellipsize(s string, w float64, measure func(string) float64) string {
	if measure(s) <= w {
		return s
	}
	s = strings.TrimSuffix(s, "…")
	for s != "" {
		_, size := utf8.DecodeLastRuneInString(s)
		s = strings.TrimRight(s[:len(s)-size], " ")
		if measure(s+"…") <= w {
			break
		}
	}
	return s + "…"
}

// placedLine is one line of text ready to draw: its left end at the baseline.
type placedLine struct {
	X, Baseline float64
	Text        string
}

// placeLines positions the lines of f in area. Sticky text is centered both
// ways, like handwriting on a note; lane names sit top left as row headings.
func placeLines(f textFit, area rect, center bool, measure measureFunc) []placedLine {
	top := area.Y
	if center {
		top += (area.H - f.Height()) / 2
	}
	out := make([]placedLine, 0, len(f.Lines))
	for i, line := range f.Lines {
		p := placedLine{X: area.X, Baseline: top + float64(i)*f.LineHeight + baselineDrop*f.Size, Text: line}
		if center {
			p.X += (area.W - measure(f.Size, line)) / 2
		}
		out = append(out, p)
	}
	return out
}

// laneLine separates lanes: mid gray, so bands stay apart in grayscale.
var laneLine = board.Color{R: 150, G: 150, B: 150}

// white is the page and picture background.
var white = board.Color{R: 255, G: 255, B: 255}

// labelFill is the color of a lane's name column: the lane's sticky color,
// as in the editor, so the printed map looks like the screen.
func labelFill(l board.Lane) board.Color { return l.Fill() }

// widenLabels returns m with the lane-name column units wide instead of
// labelWidth, everything right of it moved along. A map shrunk to fit a
// page keeps lane names it can print whole this way.
func widenLabels(m mapLayout, units float64) mapLayout {
	d := units - labelWidth
	if d <= 0 {
		return m
	}
	out := m
	out.W += d
	out.Lanes = make([]laneBox, len(m.Lanes))
	for i, lb := range m.Lanes {
		lb.Band.W += d
		lb.Label.W = units
		out.Lanes[i] = lb
	}
	out.Stickies = make([]stickyBox, len(m.Stickies))
	for i, sb := range m.Stickies {
		sb.Rect.X += d
		out.Stickies[i] = sb
	}
	out.Guides = make([]float64, len(m.Guides))
	for i, x := range m.Guides {
		out.Guides[i] = x + d
	}
	out.Spans = make([]spanBox, len(m.Spans))
	for i, sp := range m.Spans {
		sp.Rect.X += d
		out.Spans[i] = sp
	}
	return out
}
