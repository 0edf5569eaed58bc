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
		if p.canWide {
			for c := range p.columns {
				if p.columnHeight(c)*minSize > areaH && sum(p.needW[c]) < sum(p.needN[c]) {
					p.setWide(c, true)
				}
			}
		}
		bands := p.walkBands(areaW/minSize, areaH/minSize)
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
	l := best.layoutBands(bestBands)
	l.Scale = bestScale
	return l
}

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
