package ui

// boxGrid files boxes by the cells of a coarse grid they touch, so that
// asking what a badge would cover looks at the boxes near it, not at every
// word and badge in view: with ~900 stickies in view each badge checked
// its spots against thousands of boxes, and the badges of one frame
// against each other.
//
// A box partly or wholly outside the grid's area is filed in the edge cells
// it is clamped to; two boxes that overlap still share a cell, so nothing
// is missed, boxes far off the area are just less well sorted.
type boxGrid struct {
	area  box
	cols  int
	rows  int
	cells [][]int32
	boxes []box
	// first is the list last indexed (its first element), so that a list
	// replaced rather than grown is indexed again.
	first *box
	// seen marks the boxes already visited by the current query: a box
	// over several cells is met once per cell.
	seen  []uint32
	query uint32
}

// gridCell is the side of a cell in pixels: about a badge's size.
const gridCell = 64

// gridMargin is how far around the view the grid's cells reach: badges
// about a sticky cut by the view's edge may reach 200 px past it.
const gridMargin = 256

// gridArea is the part of the screen a grid for badges in view divides.
func gridArea(view box) box {
	return box{view.X - gridMargin, view.Y - gridMargin, view.W + 2*gridMargin, view.H + 2*gridMargin}
}

func newBoxGrid(view box) *boxGrid {
	area := gridArea(view)
	g := &boxGrid{area: area, cols: max(1, int(area.W/gridCell)+1), rows: max(1, int(area.H/gridCell)+1)}
	g.cells = make([][]int32, g.cols*g.rows)
	return g
}

// cellRange is the cells b touches, clamped to the grid.
func (g *boxGrid) cellRange(b box) (c0, r0, c1, r1 int) {
	cell := func(v, origin float32, n int) int {
		return min(max(int((v-origin)/gridCell), 0), n-1)
	}
	return cell(b.X, g.area.X, g.cols), cell(b.Y, g.area.Y, g.rows),
		cell(b.X+b.W, g.area.X, g.cols), cell(b.Y+b.H, g.area.Y, g.rows)
}

func (g *boxGrid) add(b box) {
	i := int32(len(g.boxes))
	g.boxes = append(g.boxes, b)
	g.seen = append(g.seen, 0)
	c0, r0, c1, r1 := g.cellRange(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			g.cells[r*g.cols+c] = append(g.cells[r*g.cols+c], i)
		}
	}
}

// sync indexes list: the boxes added to it since the last call, or all of
// it when it is another list.
func (g *boxGrid) sync(list []box) {
	var first *box
	if len(list) > 0 {
		first = &list[0]
	}
	if len(list) < len(g.boxes) || (len(g.boxes) > 0 && first != g.first) {
		for i := range g.cells {
			g.cells[i] = g.cells[i][:0]
		}
		g.boxes, g.seen = g.boxes[:0], g.seen[:0]
	}
	g.first = first
	for _, b := range list[len(g.boxes):] {
		g.add(b)
	}
}

// near calls f once with each box that may overlap b, until f returns
// false; it returns false if f did.
func (g *boxGrid) near(b box, f func(box) bool) bool {
	g.query++
	if g.query == 0 { // wrapped: forget old marks
		clear(g.seen)
		g.query = 1
	}
	c0, r0, c1, r1 := g.cellRange(b)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			for _, i := range g.cells[r*g.cols+c] {
				if g.seen[i] == g.query {
					continue
				}
				g.seen[i] = g.query
				if !f(g.boxes[i]) {
					return false
				}
			}
		}
	}
	return true
}
