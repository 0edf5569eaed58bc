package board

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// The wrapped layout folds the event timeline into bands of consecutive
// event columns, like lines of text, each band carrying the six lanes and
// their names. A long path then fills a projector or a page instead of a
// thin strip along its top. Everything under an event stays in its column,
// a column never splits, and a sticky is as tall as its text needs at one
// text size for the whole map, so the size chosen is the smallest text on
// the map.
//
// All lengths are in ems: 1 is the sticky text size. A layout scaled by s
// (Scale) has its text at s units of the area it was fit to, whether that
// is millimetres of paper or pixels of a window.

// Box is a rectangle in the wrapped layout, in ems.
type Box struct{ X, Y, W, H float64 }

// Scaled maps b to an output: multiply by s, then shift by (dx, dy).
func (b Box) Scaled(s, dx, dy float64) Box { return Box{dx + b.X*s, dy + b.Y*s, b.W * s, b.H * s} }

// TextMeasure is the width of s at text size 1, in ems, in the regular or
// the bold face. The canvas and the exports pass their fonts' widths, so
// the lines the layout breaks are the lines they draw.
type TextMeasure func(s string, bold bool) float64

// WrapStyle sets the proportions of the wrapped layout, in ems.
type WrapStyle struct {
	// ColumnWidths are the sticky widths to try; the one giving the
	// largest text is kept. Empty means DefaultColumnWidths.
	ColumnWidths []float64
	// MaxBands caps the number of bands (0: no cap), e.g. a poster row.
	MaxBands int
	// Uniform keeps every column one sticky wide: bands then put their
	// k-th columns at the same x, which a poster's seams need.
	Uniform bool
}

// DefaultColumnWidths are the sticky widths tried: about 12 to 22
// characters a line, the measure of a handwritten note.
var DefaultColumnWidths = []float64{7, 8, 9.5, 11.5}

// Proportions of the wrapped layout, in ems.
const (
	WrapPad       = 0.3  // inside a sticky, around its text
	WrapLine      = 1.2  // distance between lines of sticky text
	WrapBadgeSize = 0.85 // owner, due date and votes, under the text
	WrapLabelSize = 0.9  // lane names (bold)
	WrapStackGap  = 0.2  // between stickies stacked in a column
	WrapColumnGap = 0.4  // between columns
	WrapLanePad   = 0.2  // above and below the stickies of a lane
	WrapLabelPad  = 0.5  // around a lane name: clear of its lane-pattern outline
	WrapBandGap   = 0.6  // between bands
	WrapSpanRow   = 1.6  // one row of timing brackets
	// WrapEmptyLane is the height of a lane with nothing in a band: room
	// for its name on one line, which may run on into the empty row.
	WrapEmptyLane = WrapLabelSize*WrapLine + 2*WrapLanePad
	// WrapNamedLane is the least height of a lane with stickies in a band:
	// room for its name in two lines in the lane-name column.
	WrapNamedLane = 2*WrapLabelSize*WrapLine + 2*WrapLabelPad
)

// WrappedSticky is where a sticky goes and the lines it shows.
type WrappedSticky struct {
	ID     int
	Lane   Lane
	Column int // index into WrappedLayout.Columns
	Box    Box
	Lines  []string // its text, wrapped at WrapLine spacing, size 1
	Badge  []string // Badge(s) wrapped, at WrapBadgeSize, bold
	Split  bool     // a word had to be split to fit the column
}

// WrappedColumn is one event column: the events stacked in it and
// everything under them.
type WrappedColumn struct {
	// Events are the ids of the events heading the column (several when
	// duplicates are stacked); none for the stickies left of every event.
	Events []int
	Band   int
	X, W   float64 // within its band, in ems
}

// WrappedBand is one band: a run of consecutive columns under the six
// lane names.
type WrappedBand struct {
	Box Box
	// First and Count say which columns the band holds.
	First, Count int
	// Lanes are the lane rows, label column included; Labels the part
	// naming the lane.
	Lanes, Labels [LaneCount]Box
	// SpanStrip is the strip at the bottom of the Timings row that holds
	// the timing brackets; zero height when the band has none.
	SpanStrip Box
	// Guides are the x positions of the lines between columns.
	Guides []float64
}

// WrappedSpan is one timing bracket in one band: a span crossing a band's
// end is cut there, and Open says which ends continue in another band.
type WrappedSpan struct {
	SpanID              int
	Label               string
	Band                int
	Box                 Box
	OpenLeft, OpenRight bool
}

// WrappedLayout is a board folded into bands.
type WrappedLayout struct {
	W, H        float64 // in ems
	ColumnWidth float64 // sticky width chosen, in ems
	LabelWidth  float64 // lane-name column, in ems
	Bands       []WrappedBand
	Columns     []WrappedColumn
	Stickies    []WrappedSticky // board order, so later stickies draw on top
	Spans       []WrappedSpan
	// Scale is the text size that fits the area asked for, in the area's
	// units per em: the largest for any band count tried.
	Scale float64
}

// Badge is the small line under a sticky's text: an action's owner and due
// date, a pain point's votes. It is what people look for on a map shown
// small: who does this, by when, how much it hurts.
func Badge(s Sticky) string {
	var parts []string
	if o := strings.TrimSpace(s.Owner); o != "" {
		parts = append(parts, o)
	}
	if d := strings.TrimSpace(s.Due); d != "" {
		// The bare date: on an action it can only be the due date.
		parts = append(parts, d)
	}
	if s.Votes == 1 {
		parts = append(parts, "1 vote")
	} else if s.Votes > 1 {
		parts = append(parts, strconv.Itoa(s.Votes)+" votes")
	}
	return strings.Join(parts, " · ")
}

// wrapPlan is the part of a wrapped layout that does not depend on the
// band count: the columns, and the stickies wrapped to one column width.
type wrapPlan struct {
	// wide marks the columns given two sticky widths: a column whose
	// stack or long text would make its whole band tall.
	wide             []bool
	needN, needW     [][LaneCount]float64
	splitW           [][LaneCount]int // 0: stacked wide notes; m: two stacks, the first m notes left
	hNarrow, hWide   []float64
	anyWide, canWide bool
	cw               float64
	labelW           float64
	columns          []WrappedColumn
	// split marks the stickies with a word split to fit the column.
	split []bool
	// cells[c][l] are the indexes into stickies of column c, lane l,
	// top to bottom; need[c][l] their height with the lane's padding.
	cells   [][LaneCount][]int
	col     []int // per sticky, its column
	need    [][LaneCount]float64
	spans   []planSpan
	texts   []stickyWords
	measure TextMeasure
}

type planSpan struct {
	id       int
	label    string
	from, to int // columns
}

// WrapToFit folds b into the number of bands that gives the largest text
// in an area of areaW×areaH (any unit), trying each column width of style.
// The result's Scale is that text size in the area's units.
func WrapToFit(b *Board, areaW, areaH float64, measure TextMeasure, style WrapStyle) WrappedLayout {
	widths := style.ColumnWidths
	if len(widths) == 0 {
		widths = DefaultColumnWidths
	}
	var best WrappedLayout
	bestScale, bestN := -1.0, 0
	var bestPlan *wrapPlan
	base := newWrapBase(b, measure)
	for _, cw := range widths {
		p := base.plan(cw)
		maxN := len(p.columns)
		if style.MaxBands > 0 {
			maxN = min(maxN, style.MaxBands)
		}
		sc, n := p.bestScale(areaW, areaH, maxN)
		// Widen, one at a time, the column that most enlarges the text:
		// a tall stack then takes two stacks, long text fewer lines.
		for p.canWide && !style.Uniform {
			gain, col := sc, -1
			for c := range p.columns {
				if p.wide[c] || p.needW[c] == p.needN[c] {
					continue
				}
				p.setWide(c, true)
				if s2, _ := p.bestScale(areaW, areaH, min(maxN, widenBands)); s2 > gain*1.003 {
					gain, col = s2, c
				}
				p.setWide(c, false)
			}
			if col < 0 {
				break
			}
			p.setWide(col, true)
			sc, n = p.bestScale(areaW, areaH, maxN)
		}
		if sc > bestScale*1.0001 {
			bestScale, bestN, bestPlan = sc, n, p
		}
	}
	best = bestPlan.layout(bestN)
	best.Scale = bestScale
	return best
}

// WrapBands folds b into n bands of sticky width cw (ems); Scale is 1.
func WrapBands(b *Board, n int, cw float64, measure TextMeasure) WrappedLayout {
	p := planWrap(b, cw, measure)
	l := p.layout(max(1, min(n, len(p.columns))))
	l.Scale = 1
	return l
}

// ColumnsThatFit says how many columns, from column first on, fit side by
// side in width (output units) at text size size (output units per em),
// with the lane names left of them: what a presenter walking the path
// shows at once. It is at least 1, so a walk always moves on.
func (l WrappedLayout) ColumnsThatFit(first int, width, size float64) int {
	avail := width/size - l.LabelWidth - WrapLanePad
	n := 0
	for first+n < len(l.Columns) {
		avail -= l.Columns[first+n].W + WrapColumnGap
		if avail < 0 {
			break
		}
		n++
	}
	return max(1, n)
}

// BandBox returns the part of the layout to show for columns first to
// first+count-1 of one band: their lanes with the lane names, as a walk
// through the path shows them. ok is false when they are not in one band.
func (l WrappedLayout) BandBox(first, count int) (label, cols Box, ok bool) {
	if first < 0 || count < 1 || first+count > len(l.Columns) {
		return Box{}, Box{}, false
	}
	c0, c1 := l.Columns[first], l.Columns[first+count-1]
	if c0.Band != c1.Band {
		return Box{}, Box{}, false
	}
	bd := l.Bands[c0.Band]
	label = Box{bd.Box.X, bd.Box.Y, l.LabelWidth, bd.Box.H}
	cols = Box{bd.Box.X + c0.X - WrapColumnGap/2, bd.Box.Y, c1.X + c1.W - c0.X + WrapColumnGap, bd.Box.H}
	return label, cols, true
}

// wrapBase is what every column width shares: the columns, which sticky
// goes in which cell, the spans, the measured words.
type wrapBase struct {
	events  [][]int // per column, the ids of its events
	cells   [][LaneCount][]int
	col     []int // per sticky, its column
	spans   []planSpan
	labelW  float64
	texts   []stickyWords
	measure TextMeasure
}

// planWrap groups b's stickies into columns and wraps their text.
func planWrap(b *Board, cw float64, measure TextMeasure) *wrapPlan {
	return newWrapBase(b, measure).plan(cw)
}

// newWrapBase puts every sticky of b in its cell: its event's column and
// its lane.
func newWrapBase(b *Board, measure TextMeasure) *wrapBase {
	base := &wrapBase{labelW: laneLabelWidth(measure), texts: measureTexts(b, measure), measure: measure}
	events := b.InLane(Events)
	colOf := make(map[int]int, len(events)) // event id → column
	var colX []float64                      // each column's first event's right edge, to spot stacked duplicates
	for _, e := range events {
		cx, _ := e.Center()
		if n := len(base.events); n > 0 && cx <= colX[n-1] {
			colOf[e.ID] = n - 1
			base.events[n-1] = append(base.events[n-1], e.ID)
			continue
		}
		colOf[e.ID] = len(base.events)
		base.events = append(base.events, []int{e.ID})
		colX = append(colX, e.X+e.W)
	}
	// The stickies left of every event get a column of their own, first.
	finder := newEventFinder(events)
	col := make([]int, len(b.Stickies))
	lead := false
	atX := map[float64]int{} // stickies of a column share their x
	for i, s := range b.Stickies {
		col[i] = -1
		cx, _ := s.Center()
		if s.Lane == Events {
			col[i] = colOf[s.ID]
		} else if c, ok := atX[cx]; ok {
			col[i] = c
		} else if e, ok := finder.at(cx); ok {
			col[i] = colOf[e.ID]
			atX[cx] = col[i]
		}
		lead = lead || col[i] < 0
	}
	if lead {
		base.events = append([][]int{nil}, base.events...)
		for i := range col {
			col[i]++
		}
		for id := range colOf {
			colOf[id]++
		}
	}
	if len(base.events) == 0 {
		base.events = [][]int{nil}
	}
	base.col = col
	base.cells = make([][LaneCount][]int, len(base.events))
	for i, s := range b.Stickies {
		l := s.Lane.clamp()
		base.cells[col[i]][l] = append(base.cells[col[i]][l], i)
	}
	// Top to bottom as on the board, left to right for side-by-side notes.
	for c := range base.cells {
		for l := range base.cells[c] {
			cell := base.cells[c][l]
			if len(cell) < 2 {
				continue
			}
			sort.SliceStable(cell, func(i, j int) bool {
				a, z := b.Stickies[cell[i]], b.Stickies[cell[j]]
				if a.X+a.W/2 < z.X || z.X+z.W/2 < a.X {
					return a.X < z.X // side by side: left first
				}
				return a.Y < z.Y
			})
		}
	}
	for _, sp := range b.Spans {
		from, ok1 := colOf[sp.From]
		to, ok2 := colOf[sp.To]
		if !ok1 || !ok2 {
			continue
		}
		if from > to {
			from, to = to, from
		}
		base.spans = append(base.spans, planSpan{sp.ID, strings.TrimSpace(sp.Label), from, to})
	}
	sort.SliceStable(base.spans, func(i, j int) bool { return base.spans[i].from < base.spans[j].from })
	return base
}

// plan sizes every sticky for sticky width cw and every cell to its stack.
func (base *wrapBase) plan(cw float64) *wrapPlan {
	p := &wrapPlan{cw: cw, labelW: base.labelW, cells: base.cells, col: base.col, spans: base.spans, texts: base.texts, measure: base.measure}
	p.columns = make([]WrappedColumn, len(base.events))
	for c, ev := range base.events {
		p.columns[c] = WrappedColumn{Events: ev, W: cw}
	}
	p.canWide = len(p.columns) <= widenColumns
	p.wide = make([]bool, len(p.columns))
	p.split = make([]bool, len(base.texts))
	p.hNarrow = make([]float64, len(base.texts))
	height := func(t stickyWords, w float64) (float64, bool) {
		// Only the line counts here: the lines themselves are made for
		// the layout chosen, not for every width tried.
		inner := w - 2*WrapPad
		lines, split := t.text.count(inner, base.measure, false)
		badge := 0
		if len(t.badge.paras) > 0 {
			badge, _ = t.badge.count(inner/WrapBadgeSize, base.measure, true)
		}
		return 2*WrapPad + float64(lines)*WrapLine + float64(badge)*WrapBadgeSize*WrapLine, split
	}
	for i, t := range base.texts {
		p.hNarrow[i], p.split[i] = height(t, cw)
	}
	stack := func(cell []int, h []float64) float64 {
		sum := 0.0
		for k, i := range cell {
			if k > 0 {
				sum += WrapStackGap
			}
			sum += h[i]
		}
		return sum
	}
	lane := func(h float64) float64 { return max(h+2*WrapLanePad, WrapNamedLane) }
	p.needN = make([][LaneCount]float64, len(p.columns))
	for c := range p.cells {
		for l, cell := range p.cells[c] {
			if len(cell) > 0 {
				p.needN[c][l] = lane(stack(cell, p.hNarrow))
			}
		}
	}
	if !p.canWide {
		p.need = p.needN // never widened, so never changed
		return p
	}
	p.need = append([][LaneCount]float64(nil), p.needN...)
	p.hWide = make([]float64, len(base.texts))
	for i, t := range base.texts {
		p.hWide[i], _ = height(t, 2*cw+WrapColumnGap)
	}
	p.needW = make([][LaneCount]float64, len(p.columns))
	p.splitW = make([][LaneCount]int, len(p.columns))
	for c := range p.cells {
		for l, cell := range p.cells[c] {
			if len(cell) == 0 {
				continue
			}
			best := stack(cell, p.hWide)
			for m := 1; m < len(cell); m++ {
				if h := max(stack(cell[:m], p.hNarrow), stack(cell[m:], p.hNarrow)); h < best-1e-9 {
					best, p.splitW[c][l] = h, m
				}
			}
			p.needW[c][l] = lane(best)
		}
	}
	return p
}

// widenColumns is the most columns for which WrapToFit tries giving
// single columns double width; a path that long is shown in many bands,
// where one tall column costs little.
const widenColumns = 40

// widenBands is the most bands weighed while choosing columns to widen.
const widenBands = 12

// setWide gives column c double width or takes it back.
func (p *wrapPlan) setWide(c int, on bool) {
	p.wide[c] = on
	if on {
		p.need[c] = p.needW[c]
	} else {
		p.need[c] = p.needN[c]
	}
	p.anyWide = false
	for _, w := range p.wide {
		p.anyWide = p.anyWide || w
	}
}

// colW is column c's width.
func (p *wrapPlan) colW(c int) float64 {
	if p.wide[c] {
		return 2*p.cw + WrapColumnGap
	}
	return p.cw
}

// bestScale is the largest text size for the area over band counts up to
// maxN, and the count giving it.
func (p *wrapPlan) bestScale(areaW, areaH float64, maxN int) (float64, int) {
	best, bestN := -1.0, 1
	// With every column one width, a band count's width is known at once
	// and its height has a floor: every band is as tall as its shortest
	// column, one as its tallest. Counts that cannot beat the best so far
	// are passed over, and once the floor alone is too tall, so is every
	// larger count. The choice is the one weighing them all would make.
	var lowest, tallest float64
	if !p.anyWide {
		lowest = math.Inf(1)
		for c := range p.need {
			h := 0.0
			for _, r := range p.need[c] {
				h += max(r, WrapEmptyLane)
			}
			lowest, tallest = min(lowest, h), max(tallest, h)
		}
	}
	for n := 1; n <= max(1, maxN); n++ {
		if !p.anyWide && n > 1 && p.perBand(n) == p.perBand(n-1) {
			continue // the same bands as n-1
		}
		if !p.anyWide {
			per := p.perBand(n)
			bands := float64((len(p.columns) + per - 1) / per)
			floor := tallest + (bands-1)*(lowest+WrapBandGap)
			if areaH/floor <= best*1.0001 {
				break
			}
			if areaW/p.bandWidth(0, per) <= best*1.0001 {
				continue
			}
		}
		w, h := p.size(n)
		if s := math.Min(areaW/w, areaH/h); s > best*1.0001 {
			best, bestN = s, n
		}
	}
	return best, bestN
}

// laneLabelWidth is the narrowest lane-name column in which every lane
// name takes at most two lines.
func laneLabelWidth(measure TextMeasure) float64 {
	w := 0.0
	for _, l := range AllLanes() {
		words := strings.Fields(l.Name())
		best := math.Inf(1)
		for cut := 1; cut <= len(words); cut++ {
			a := measure(strings.Join(words[:cut], " "), true)
			z := measure(strings.Join(words[cut:], " "), true)
			best = math.Min(best, math.Max(a, z))
		}
		w = math.Max(w, best)
	}
	// A hair more, so rounding never pushes a word onto a third line.
	return w*WrapLabelSize*1.01 + 2*WrapLabelPad
}

// perBand is how many columns a band holds when there are n bands.
func (p *wrapPlan) perBand(n int) int { return (len(p.columns) + n - 1) / n }

// bands cuts the columns into n runs of nearly equal count, or of
// nearly equal width when some columns are wide.
func (p *wrapPlan) bands(n int) [][2]int {
	var out [][2]int
	p.eachBand(n, func(first, count int) { out = append(out, [2]int{first, count}) })
	return out
}

// eachBand calls yield with the first column and the column count of
// each of the n bands that bands makes, without building the list: size
// asks for every band count weighed.
func (p *wrapPlan) eachBand(n int, yield func(first, count int)) {
	c := len(p.columns)
	if p.anyWide {
		total := 0.0
		for i := range p.columns {
			total += p.colW(i) + WrapColumnGap
		}
		target := total / float64(n)
		first, acc, made := 0, 0.0, 0
		for i := range p.columns {
			w := p.colW(i) + WrapColumnGap
			if i > first && acc+w/2 > target && made < n-1 {
				yield(first, i-first)
				made++
				first, acc = i, 0
			}
			acc += w
		}
		yield(first, c-first)
		return
	}
	per := p.perBand(n)
	for first := 0; first < c; first += per {
		yield(first, min(per, c-first))
	}
}

// rowHeights are the heights of the lane rows of a band.
func (p *wrapPlan) rowHeights(first, count int) (rows [LaneCount]float64, spanRows int) {
	for l := range rows {
		rows[l] = WrapEmptyLane
	}
	for c := first; c < first+count; c++ {
		for l, h := range p.need[c] {
			rows[l] = max(rows[l], h)
		}
	}
	spanRows = p.spanRowCount(first, count)
	rows[Timings] += float64(spanRows) * WrapSpanRow
	return rows, spanRows
}

// spanRowCount is len(spanRows(first, count)) without building the rows:
// it is asked for every band of every layout weighed.
func (p *wrapPlan) spanRowCount(first, count int) int {
	var buf [8]int
	ends := buf[:0] // the last column of each row
	last := first + count - 1
	for _, sp := range p.spans {
		if sp.to < first || sp.from > last {
			continue
		}
		placed := false
		for r := range ends {
			if ends[r] < sp.from {
				ends[r], placed = sp.to, true
				break
			}
		}
		if !placed {
			ends = append(ends, sp.to)
		}
	}
	return len(ends)
}

// spanRows assigns the spans crossing a band to rows so that none overlap.
func (p *wrapPlan) spanRows(first, count int) [][]planSpan {
	var rows [][]planSpan
	last := first + count - 1
	for _, sp := range p.spans {
		if sp.to < first || sp.from > last {
			continue
		}
		placed := false
		for r := range rows {
			if prev := rows[r][len(rows[r])-1]; prev.to < sp.from {
				rows[r] = append(rows[r], sp)
				placed = true
				break
			}
		}
		if !placed {
			rows = append(rows, []planSpan{sp})
		}
	}
	return rows
}

// size is the size in ems of the layout with n bands.
func (p *wrapPlan) size(n int) (w, h float64) {
	p.eachBand(n, func(first, count int) {
		if first > 0 {
			h += WrapBandGap
		}
		rows, _ := p.rowHeights(first, count)
		for _, r := range rows {
			h += r
		}
		w = max(w, p.bandWidth(first, count))
	})
	return w, h
}

func (p *wrapPlan) bandWidth(first, count int) float64 {
	if !p.anyWide {
		return p.labelW + WrapLanePad + float64(count)*(p.cw+WrapColumnGap) - WrapColumnGap + WrapLanePad
	}
	w := p.labelW + WrapLanePad - WrapColumnGap + WrapLanePad
	for c := first; c < first+count; c++ {
		w += p.colW(c) + WrapColumnGap
	}
	return w
}

// layout places everything for n bands.
func (p *wrapPlan) layout(n int) WrappedLayout { return p.layoutBands(p.bands(n)) }

// layoutBands places everything in the given bands: runs of columns, each
// a first column and a count, that follow each other.
func (p *wrapPlan) layoutBands(bands [][2]int) WrappedLayout {
	out := WrappedLayout{ColumnWidth: p.cw, LabelWidth: p.labelW}
	out.Columns = append([]WrappedColumn(nil), p.columns...)
	out.Stickies = make([]WrappedSticky, len(p.texts))
	for i, t := range p.texts {
		out.Stickies[i] = WrappedSticky{ID: t.id, Lane: t.lane, Column: p.col[i], Split: p.split[i]}
	}
	for _, bd := range bands {
		out.W = math.Max(out.W, p.bandWidth(bd[0], bd[1]))
	}
	y := 0.0
	for bi, bd := range bands {
		if bi > 0 {
			y += WrapBandGap
		}
		first, count := bd[0], bd[1]
		rows, nSpan := p.rowHeights(first, count)
		band := WrappedBand{First: first, Count: count}
		top := y
		for l := range rows {
			band.Lanes[l] = Box{0, y, out.W, rows[l]}
			band.Labels[l] = Box{0, y, p.labelW, rows[l]}
			y += rows[l]
		}
		band.Box = Box{0, top, out.W, y - top}
		x := p.labelW + WrapLanePad
		for c := first; c < first+count; c++ {
			if c > first {
				band.Guides = append(band.Guides, x-WrapColumnGap/2)
			}
			out.Columns[c].Band, out.Columns[c].X, out.Columns[c].W = bi, x, p.colW(c)
			for l := range p.cells[c] {
				p.place(out.Stickies, c, l, x, band.Lanes[l].Y+WrapLanePad)
			}
			x += p.colW(c) + WrapColumnGap
		}
		if nSpan > 0 {
			tl := band.Lanes[Timings]
			band.SpanStrip = Box{tl.X, tl.Y + tl.H - float64(nSpan)*WrapSpanRow, tl.W, float64(nSpan) * WrapSpanRow}
			for r, row := range p.spanRows(first, count) {
				for _, sp := range row {
					a, z := max(sp.from, first), min(sp.to, first+count-1)
					x0 := out.Columns[a].X
					x1 := out.Columns[z].X + out.Columns[z].W
					out.Spans = append(out.Spans, WrappedSpan{
						SpanID: sp.id, Label: sp.label, Band: bi,
						Box:      Box{x0, band.SpanStrip.Y + float64(r)*WrapSpanRow, x1 - x0, WrapSpanRow},
						OpenLeft: sp.from < first, OpenRight: sp.to > first+count-1,
					})
				}
			}
		}
		out.Bands = append(out.Bands, band)
	}
	out.H = y
	// Every sticky's lines in shared chunks, cut so that appending to one
	// sticky's lines never overwrites the next one's.
	var buf []string
	cut := func(start int) []string { return buf[start:len(buf):len(buf)] }
	for i := range out.Stickies {
		ws := &out.Stickies[i]
		inner := ws.Box.W - 2*WrapPad
		buf = grow(buf, 32)
		start := len(buf)
		buf, ws.Split = p.texts[i].text.wrap(buf, inner, p.measure, false)
		ws.Lines = cut(start)
		if len(p.texts[i].badge.paras) > 0 {
			buf = grow(buf, 8)
			start = len(buf)
			buf, _ = p.texts[i].badge.wrap(buf, inner/WrapBadgeSize, p.measure, true)
			ws.Badge = cut(start)
		}
	}
	return out
}

// place puts the notes of cell (c, l) in the column at x from y down: one
// stack, or in a wide column either one stack of wide notes or two stacks.
func (p *wrapPlan) place(ss []WrappedSticky, c, l int, x, y float64) {
	cell := p.cells[c][l]
	if !p.wide[c] {
		for _, i := range cell {
			ss[i].Box = Box{x, y, p.cw, p.hNarrow[i]}
			y += p.hNarrow[i] + WrapStackGap
		}
		return
	}
	m := p.splitW[c][l]
	if m == 0 {
		for _, i := range cell {
			ss[i].Box = Box{x, y, p.colW(c), p.hWide[i]}
			y += p.hWide[i] + WrapStackGap
		}
		return
	}
	for k, part := range [][]int{cell[:m], cell[m:]} {
		sx, sy := x+float64(k)*(p.cw+WrapColumnGap), y
		for _, i := range part {
			ss[i].Box = Box{sx, sy, p.cw, p.hNarrow[i]}
			sy += p.hNarrow[i] + WrapStackGap
		}
	}
}

// WrapEvery returns b's layouts for every band count that makes different
// bands, for each column width of style, all at Scale 1: the choices a
// poster weighs against its sheet count.
func WrapEvery(b *Board, measure TextMeasure, style WrapStyle) []WrappedLayout {
	widths := style.ColumnWidths
	if len(widths) == 0 {
		widths = DefaultColumnWidths
	}
	base := newWrapBase(b, measure)
	var out []WrappedLayout
	for _, cw := range widths {
		p := base.plan(cw)
		maxN := len(p.columns)
		if style.MaxBands > 0 {
			maxN = min(maxN, style.MaxBands)
		}
		for n := 1; n <= max(1, maxN); n++ {
			if n > 1 && p.perBand(n) == p.perBand(n-1) {
				continue
			}
			l := p.layout(n)
			l.Scale = 1
			out = append(out, l)
		}
	}
	return out
}
