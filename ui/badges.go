package ui

import "fyne.io/fyne/v2"

// box is a rectangle on screen.
type box struct{ X, Y, W, H float32 }

func boxAt(p fyne.Position, s fyne.Size) box { return box{p.X, p.Y, s.Width, s.Height} }

func (a box) overlaps(b box) bool {
	return a.X < b.X+b.W && b.X < a.X+a.W && a.Y < b.Y+b.H && b.Y < a.Y+a.H
}

// overlap is the area a and b share.
func (a box) overlap(b box) float32 {
	w := min(a.X+a.W, b.X+b.W) - max(a.X, b.X)
	h := min(a.Y+a.H, b.Y+b.H) - max(a.Y, b.Y)
	if w <= 0 || h <= 0 {
		return 0
	}
	return w * h
}

func (a box) within(b box) bool {
	return a.X >= b.X && a.Y >= b.Y && a.X+a.W <= b.X+b.W && a.Y+a.H <= b.Y+b.H
}

func (a box) moved(p fyne.Position) box { return box{a.X + p.X, a.Y + p.Y, a.W, a.H} }

// union is the smallest box holding a and b.
func (a box) union(b box) box {
	x0, y0 := min(a.X, b.X), min(a.Y, b.Y)
	return box{x0, y0, max(a.X+a.W, b.X+b.W) - x0, max(a.Y+a.H, b.Y+b.H) - y0}
}

// bounds is where a badge about anchor (its sticky, its timing) may go:
// inside the view; a badge whose anchor is itself cut by the view's edge
// may be cut with it, as long as it keeps near its anchor.
func (r *badgeRoom) bounds(anchor box) box {
	if anchor.within(r.view) {
		return r.view
	}
	const near = 200
	return r.view.union(box{anchor.X - near, anchor.Y - near, anchor.W + 2*near, anchor.H + 2*near})
}

// badgeRoom hands out places for the badges on the board (votes, hints,
// bottlenecks, the lead time) so that none covers words on a sticky or a
// timing, or another badge, and none runs off the view. Each badge offers
// the spots it would like, best first, at sizes from its own down to a
// floor; the room gives it the first free one.
type badgeRoom struct {
	view  box   // where badges may go: right of the lane names
	text  []box // words in view
	taken []box // badges already placed
	// textGrid and takenGrid index text and taken (badges_grid.go),
	// brought up to date before each look.
	textGrid, takenGrid *boxGrid
}

// grids are text and taken, indexed as they are now.
func (r *badgeRoom) grids() (text, taken *boxGrid) {
	if r.textGrid == nil || r.textGrid.area != gridArea(r.view) {
		r.textGrid, r.takenGrid = newBoxGrid(r.view), newBoxGrid(r.view)
	}
	r.textGrid.sync(r.text)
	r.takenGrid.sync(r.taken)
	return r.textGrid, r.takenGrid
}

// minBadgeText is the smallest type a badge is shrunk to in search of room:
// dots and digits still read at it.
const minBadgeText = 8

// badgeSizes are the type sizes a badge tries, its own first.
func badgeSizes(ts float32) []float32 {
	sizes := []float32{ts}
	for s := ts * 0.85; s > minBadgeText; s *= 0.85 {
		sizes = append(sizes, s)
	}
	if ts > minBadgeText {
		sizes = append(sizes, minBadgeText)
	}
	return sizes
}

// free reports whether b covers no words and no badge and lies in bounds.
func (r *badgeRoom) free(b, bounds box) bool {
	if !b.within(bounds) {
		return false
	}
	apart := func(t box) bool { return !b.overlaps(t) }
	text, taken := r.grids()
	return text.near(b, apart) && taken.near(b, apart)
}

// cost is how badly b covers things: badges and words covered, and any
// part out of bounds. Used only when no spot is free.
func (r *badgeRoom) cost(b, bounds box) float32 {
	c := b.W*b.H - b.overlap(bounds)
	text, taken := r.grids()
	text.near(b, func(t box) bool { c += b.overlap(t); return true })
	taken.near(b, func(t box) bool { c += 2 * b.overlap(t); return true })
	return c
}

// place finds the place of a badge about anchor and takes it, so later
// badges keep clear of it. See try.
func (r *badgeRoom) place(anchor box, sizes []float32, measure func(ts float32) fyne.Size, spots func(fyne.Size) []fyne.Position) (fyne.Position, float32) {
	p, ts, b, _ := r.try(anchor, sizes, measure, spots)
	r.take(b)
	return p, ts
}

// try looks for the place of a badge about anchor: for a type size,
// measure gives its size and spots the places it would like, best first.
// Each spot is tried at each size in sizes, largest first; the first free
// one wins (free is true). Failing that, it returns the one covering least
// at the smallest size.
func (r *badgeRoom) try(anchor box, sizes []float32, measure func(ts float32) fyne.Size, spots func(fyne.Size) []fyne.Position) (p fyne.Position, ts float32, b box, free bool) {
	bestCost := float32(-1)
	bounds := r.bounds(anchor)
	smallest := sizes[len(sizes)-1]
	// Each size is measured once, with its spots: measuring text is most
	// of placing a badge.
	type sized struct {
		sz  fyne.Size
		all []fyne.Position
	}
	each := make([]sized, len(sizes))
	for k, s := range sizes {
		sz := measure(s)
		each[k] = sized{sz, spots(sz)}
	}
	// A spot near its anchor at a smaller size beats a far one at full
	// size: a badge is read with what it is about.
	for i := range each[len(each)-1].all {
		for k, s := range sizes {
			sz, all := each[k].sz, each[k].all
			if i >= len(all) {
				continue
			}
			bx := boxAt(all[i], sz)
			if r.free(bx, bounds) {
				return all[i], s, bx, true
			}
			if s == smallest {
				if c := r.cost(bx, bounds); bestCost < 0 || c < bestCost {
					p, ts, b, bestCost = all[i], s, bx, c
				}
			}
		}
	}
	return p, ts, b, false
}

// take marks a badge that has a fixed place (the voting banner).
func (r *badgeRoom) take(b box) { r.taken = append(r.taken, b) }
