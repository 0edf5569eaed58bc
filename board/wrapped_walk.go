package board

import "math"

// WrapWalk folds b into bands that are the steps of a walk along the path:
// the presenter shows one band at a time, filling an area of areaW×areaH,
// and moves on to the next. A step holds as many of the next columns as
// fit the area with text at least minSize (the area's units), so fewer
// steps keep the room's attention while the text still reaches the back.
// A column too tall for the area gets two sticky widths, its stacks side
// by side. The result's Scale is the size every step is shown at: the same
// for all, so the map does not seem to grow and shrink as the walk goes
// on. When even one column is too tall at minSize, it is the largest size
// that shows that column.
func WrapWalk(b *Board, areaW, areaH, minSize float64, measure TextMeasure) WrappedLayout {
	base := newWrapBase(b, measure)
	var best *wrapPlan
	var bestBands [][2]int
	bestScale := -1.0
	for _, cw := range DefaultColumnWidths {
		p := base.plan(cw)
		for _, tall := range tallColumns {
			if tall > 0 {
				if !p.canWide {
					continue
				}
				// Each try starts from a plan of its own: the one kept
				// must keep its columns' widths.
				p = base.plan(cw)
				// A column taller than that share of the area shares its
				// step with few others, or none: its stacks may go side
				// by side, if that makes fewer steps.
				for c := range p.columns {
					if p.columnHeight(c)*minSize > tall*areaH && sum(p.needW[c]) < sum(p.needN[c]) {
						p.setWide(c, true)
					}
				}
			}
			bands := p.evenWalk(areaW/minSize, areaH/minSize)
			s := math.Inf(1)
			for _, bd := range bands {
				s = min(s, p.bandScale(bd[0], bd[1], areaW, areaH))
			}
			fits, bestFits := s >= minSize, bestScale >= minSize
			better := false
			switch {
			case fits && !bestFits:
				better = true
			case fits && bestFits:
				better = len(bands) < len(bestBands) || (len(bands) == len(bestBands) && s > bestScale*1.0001)
			default:
				better = !bestFits && s > bestScale*1.0001
			}
			if better {
				best, bestBands, bestScale = p, bands, s
			}
		}
	}
	l := best.layoutBands(bestBands)
	l.Scale = bestScale
	return l
}

// tallColumns are the shares of the walk's height above which a column
// is tried with two sticky widths (0: none is).
var tallColumns = []float64{0, 1, 0.8, 0.6, 0.4}

// walkBands cuts the columns into runs, each as long as fits w×h ems: the
// next column joins a run while the run stays within both.
func (p *wrapPlan) walkBands(w, h float64) [][2]int {
	var out [][2]int
	first := 0
	for c := 1; c <= len(p.columns); c++ {
		if c < len(p.columns) && p.bandWidth(first, c-first+1) <= w && p.bandHeight(first, c-first+1) <= h {
			continue
		}
		out = append(out, [2]int{first, c - first})
		first = c
	}
	return out
}

// evenWalk is walkBands with the same number of steps, but as even as
// they go (the least sum of squared room left over), so a walk does not
// end on a lone column after full steps. Past evenColumns columns it is
// walkBands.
func (p *wrapPlan) evenWalk(w, h float64) [][2]int {
	greedy := p.walkBands(w, h)
	n, k := len(p.columns), len(greedy)
	if n > evenColumns || k < 2 {
		return greedy
	}
	// last[f] is the last column a step from column f can reach, and
	// slack[f][i] the room such a step to column i-1 leaves, squared.
	last := make([]int, n)
	slack := make([][]float64, n)
	for f := range n {
		slack[f] = make([]float64, n+1)
		for i := f + 1; i <= n; i++ {
			if i-f > 1 && (p.bandWidth(f, i-f) > w || p.bandHeight(f, i-f) > h) {
				break
			}
			last[f] = i
			r := (w - p.bandWidth(f, i-f)) / w
			slack[f][i] = r * r
		}
	}
	fits := func(first, count int) bool { return first+count <= last[first] }
	// cost[j][i] is the least cost of columns 0..i-1 in j steps; from[j][i]
	// the first column of the last of those steps.
	cost := make([][]float64, k+1)
	from := make([][]int, k+1)
	for j := range cost {
		cost[j], from[j] = make([]float64, n+1), make([]int, n+1)
		for i := range cost[j] {
			cost[j][i] = math.Inf(1)
		}
	}
	cost[0][0] = 0
	for j := 1; j <= k; j++ {
		for i := 1; i <= n; i++ {
			// A run that does not fit stays too big when it grows left.
			for f := i - 1; f >= 0 && fits(f, i-f); f-- {
				if c := cost[j-1][f] + slack[f][i]; c < cost[j][i] {
					cost[j][i], from[j][i] = c, f
				}
			}
		}
	}
	if math.IsInf(cost[k][n], 1) {
		return greedy
	}
	out := make([][2]int, k)
	for j, i := k, n; j > 0; j-- {
		f := from[j][i]
		out[j-1] = [2]int{f, i - f}
		i = f
	}
	return out
}

// evenColumns is the most columns evenWalk evens out; its work grows with
// the square of the columns and the steps.
const evenColumns = 80

// bandHeight is the height of a band of count columns from first, in ems.
func (p *wrapPlan) bandHeight(first, count int) float64 {
	rows, _ := p.rowHeights(first, count)
	return sum(rows)
}

// columnHeight is the height of column c alone, in ems.
func (p *wrapPlan) columnHeight(c int) float64 { return p.bandHeight(c, 1) }

// bandScale is the largest text size at which the band fits the area.
func (p *wrapPlan) bandScale(first, count int, areaW, areaH float64) float64 {
	return min(areaW/p.bandWidth(first, count), areaH/p.bandHeight(first, count))
}

func sum(rows [LaneCount]float64) float64 {
	t := 0.0
	for _, r := range rows {
		t += r
	}
	return t
}
