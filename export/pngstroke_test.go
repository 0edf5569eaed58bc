package export

import (
	"fmt"
	"image"
	"math"
	"testing"

	"pathmap/board"
)

// borderLook is what a grayscale print shows of a note's top edge: the
// share of it inked, how thick the line is, and how long its dashes are
// (pixels).
type borderLook struct {
	Inked, Thick, Dash float64
}

func (b borderLook) solid() bool { return b.Inked > 0.97 }

func (b borderLook) String() string {
	return fmt.Sprintf("inked %.0f%%, %.1f px thick, dashes %.1f px", 100*b.Inked, b.Thick, b.Dash)
}

// lookAtBorder reads the top edge of r (pixels) in img in grayscale: a
// pixel is ink when it is nearer the lane's ink gray than its fill gray.
func lookAtBorder(img image.Image, r rect, l board.Lane) borderLook {
	cut := (lum(rgba(l.Ink())) + lum(rgba(l.Fill()))) / 2
	ink := func(x, y int) bool { return lum(rgbaAt(img, x, y)) < cut }
	top := int(math.Round(r.Y))
	x0, x1 := int(r.X+3*cornerRadius), int(r.X+r.W-3*cornerRadius)
	var look borderLook
	inked, runs, run := 0, 0, 0
	for x := x0; x < x1; x++ {
		on := false
		for y := top; y < top+4; y++ { // the line's middle, whatever its weight
			on = on || ink(x, y)
		}
		if on {
			inked++
			run++
			n := 0
			for ink(x, top+n) {
				n++
			}
			look.Thick = math.Max(look.Thick, float64(n))
		} else if run > 0 {
			runs++
			run = 0
		}
	}
	if run > 0 {
		runs++
	}
	look.Inked = float64(inked) / float64(x1-x0)
	if runs > 0 {
		look.Dash = float64(inked) / float64(runs)
	}
	return look
}

func TestPNG_LanesDifferByTheirBordersInGrayscale(t *testing.T) {
	// One note in each lane, in one column.
	b := &board.Board{Title: "Lanes"}
	for _, l := range board.AllLanes() {
		b.Stickies = append(b.Stickies, board.Sticky{ID: int(l) + 1, Lane: l, Text: l.Name(),
			Y: b.LaneTop(l) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	const scale = 2
	img := renderMapPNG(t, b, scale, fixedDate)
	m := layoutMap(b)
	fonts, _ := loadFonts()
	top := pngMargin + layoutHeader(fonts, m.W).H
	looks := map[board.Lane]borderLook{}
	for _, sb := range m.Stickies {
		if _, done := looks[sb.Sticky.Lane]; done {
			continue
		}
		looks[sb.Sticky.Lane] = lookAtBorder(img, sb.Rect.scaled(scale, pngMargin*scale, top*scale), sb.Sticky.Lane)
	}
	for _, l := range board.AllLanes() {
		look, ok := looks[l]
		if !ok {
			t.Fatalf("the board has no %s note", l.Name())
		}
		t.Logf("%-20s %v", l.Name(), look)
		if want := borderOf(l).Dash == nil; look.solid() != want {
			t.Errorf("%s: %v; solid %v, want %v", l.Name(), look, look.solid(), want)
		}
	}
	all := board.AllLanes()
	for i, a := range all {
		for _, c := range all[i+1:] {
			la, lc := looks[a], looks[c]
			apart := la.solid() != lc.solid() ||
				(la.solid() && math.Abs(la.Thick-lc.Thick) >= 1.5) ||
				(!la.solid() && math.Max(la.Dash, lc.Dash)/math.Min(la.Dash, lc.Dash) >= 1.4)
			if !apart {
				t.Errorf("%s (%v) and %s (%v) look alike in grayscale", a.Name(), la, c.Name(), lc)
			}
		}
	}
}

func TestDashPieces_FollowThePatternRoundAClosedPath(t *testing.T) {
	square := []pt{{0, 0}, {10, 0}, {10, 10}, {0, 10}} // 40 long
	pieces := dashPieces(square, []float64{4, 2})      // on at 0, 6, 12 … 36
	if len(pieces) != 7 {
		t.Fatalf("%d dashes of 4 every 6 round a 40-long path, want 7", len(pieces))
	}
	on := 0.0
	for _, p := range pieces {
		for i := 0; i+1 < len(p); i++ {
			on += math.Hypot(p[i+1].X-p[i].X, p[i+1].Y-p[i].Y)
		}
	}
	if math.Abs(on-28) > 1e-9 {
		t.Errorf("dashes cover %g of the path, want 28", on)
	}
	// The dash over a corner bends with it.
	if p := pieces[3]; len(p) != 3 || p[1] != (pt{10, 10}) {
		t.Errorf("the dash from 18 to 22 is %v, want it through the corner (10, 10)", p)
	}
	if solid := dashPieces(square, nil); len(solid) != 1 || len(solid[0]) != 5 {
		t.Errorf("no pattern gives %v, want the whole closed path", solid)
	}
}
