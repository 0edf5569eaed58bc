package export

import (
	"math"
	"strings"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"

	"pathmap/board"
)

// pngMeasure measures with the PNG's NotoSans faces, in pixels.
func pngMeasure(t *testing.T) measureFunc {
	t.Helper()
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	faces := map[float64]font.Face{}
	return func(size float64, s string) float64 {
		f, ok := faces[size]
		if !ok {
			if f, err = opentype.NewFace(fonts.RegularOT, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone}); err != nil {
				t.Fatal(err)
			}
			faces[size] = f
		}
		return float64(font.MeasureString(f, s)) / 64
	}
}

// pdfMeasure measures with the PDF's font metrics, in mm.
func pdfMeasure(t *testing.T) measureFunc {
	t.Helper()
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newPDFDoc("t", fixedDate, A4, fonts, nil)
	d.font(false, 3)
	return d.measure
}

func TestLayout_MapStartsAtTheLabelColumn(t *testing.T) {
	b := boardOf(board.Systems, "a", "b")
	b.Stickies[0].X = -300 // dragged left of the origin
	m := layoutMap(b)
	minX, minY, maxX, maxY := b.Bounds()
	if got := m.Stickies[0].Rect.X; got != labelWidth+sidePad {
		t.Errorf("leftmost sticky at x=%g, want %g, right of the lane names", got, labelWidth+sidePad)
	}
	if want := labelWidth + 2*sidePad + maxX - minX; m.W != want {
		t.Errorf("map width %g, want %g", m.W, want)
	}
	if m.H != maxY-minY || m.H != b.Height() {
		t.Errorf("map height %g, want the lanes' %g", m.H, b.Height())
	}
	if len(m.Lanes) != board.LaneCount {
		t.Fatalf("%d lanes", len(m.Lanes))
	}
	for i, lb := range m.Lanes {
		if lb.Band.Y != float64(i)*board.DefaultLaneHeight || lb.Band.W != m.W || lb.Label.W != labelWidth {
			t.Errorf("lane %d: band %+v label %+v", i, lb.Band, lb.Label)
		}
		// Each sticky sits inside its own lane's band.
		for _, sb := range m.Stickies {
			if sb.Sticky.Lane == lb.Lane && (sb.Rect.Y < lb.Band.Y || sb.Rect.Y+sb.Rect.H > lb.Band.Y+lb.Band.H) {
				t.Errorf("sticky %d is outside its lane", sb.Sticky.ID)
			}
		}
	}
}

func TestFitText_LongTextStaysInsideTheSticky(t *testing.T) {
	long := strings.Repeat("Waiting for the change board again! ", 9)[:300]
	r := layoutMap(boardOf(board.PainPoints, long)).Stickies[0].Rect
	for name, c := range map[string]struct {
		measure          measureFunc
		scale, min, step float64
	}{
		"png 1×": {pngMeasure(t), 1, minTextSize, shrinkStep},
		"png 2×": {pngMeasure(t), 2, 2 * minTextSize, 2 * shrinkStep},
		"pdf":    {pdfMeasure(t), 0.139, minTextPt * ptToMM, 0.139},
	} {
		area := textArea(r.scaled(c.scale, 0, 0), stickyPad*c.scale)
		fit := fitText(long, area.W, area.H, textSize*c.scale, c.min, c.step, c.measure)
		if fit.Height() > area.H {
			t.Errorf("%s: %d lines × %g = %g, taller than the sticky's %g", name, len(fit.Lines), fit.LineHeight, fit.Height(), area.H)
		}
		for _, line := range fit.Lines {
			if w := c.measure(fit.Size, line); w > area.W+1e-9 {
				t.Errorf("%s: line %q is %g wide, more than %g", name, line, w, area.W)
			}
		}
		if fit.Size < c.min-1e-9 {
			t.Errorf("%s: size %g below the minimum %g", name, fit.Size, c.min)
		}
		if fit.Clipped && !strings.HasSuffix(fit.Lines[len(fit.Lines)-1], "…") {
			t.Errorf("%s: cut text does not end in …", name)
		}
	}
}

func TestFitText_ShortTextKeepsTheStartSize(t *testing.T) {
	fit := fitText("CI passed", 148, 84, textSize, minTextSize, shrinkStep, pngMeasure(t))
	if fit.Size != textSize || len(fit.Lines) != 1 || fit.Clipped {
		t.Errorf("got %+v, want one line at %g", fit, textSize)
	}
}

func TestFitText_ShrinksBeforeCutting(t *testing.T) {
	text := "How do we know customers used it? No analytics yet"
	fit := fitText(text, 148, 84, textSize, minTextSize, shrinkStep, pngMeasure(t))
	if fit.Size >= textSize || fit.Size < minTextSize || fit.Clipped {
		t.Errorf("got size %g clipped %v, want a smaller size that fits whole", fit.Size, fit.Clipped)
	}
	if got := squash(strings.Join(fit.Lines, "")); got != squash(text) {
		t.Errorf("lines %q lose text", fit.Lines)
	}
}

func TestFitText_CutsWithEllipsisWhenNothingElseHelps(t *testing.T) {
	fit := fitText(strings.Repeat("word ", 100), 60, 30, 14, 10, 1, pngMeasure(t))
	if !fit.Clipped || fit.Size != 10 {
		t.Fatalf("got %+v, want clipped at the minimum size", fit)
	}
	if fit.Height() > 30 || !strings.HasSuffix(fit.Lines[len(fit.Lines)-1], "…") {
		t.Errorf("got lines %q", fit.Lines)
	}
	if fit := fitText("anything", 60, 5, 14, 10, 1, pngMeasure(t)); len(fit.Lines) != 0 {
		t.Errorf("a box lower than one line got %q", fit.Lines)
	}
}

func TestFitText_KeepsTypedLineBreaks(t *testing.T) {
	fit := fitText("Owner:\nPriya", 148, 84, textSize, minTextSize, shrinkStep, pngMeasure(t))
	if len(fit.Lines) != 2 || fit.Lines[0] != "Owner:" || fit.Lines[1] != "Priya" {
		t.Errorf("got %q", fit.Lines)
	}
}

func TestPlaceLines_CentersStickyText(t *testing.T) {
	m := func(size float64, s string) float64 { return float64(len(s)) * size / 2 }
	fit := textFit{Size: 10, LineHeight: 13, Lines: []string{"ab", "abcd"}}
	area := rect{0, 0, 100, 100}
	got := placeLines(fit, area, true, m)
	if math.Abs(got[0].X-45) > 1e-9 || math.Abs(got[1].X-40) > 1e-9 {
		t.Errorf("lines start at %g and %g, want 45 and 40", got[0].X, got[1].X)
	}
	if top := got[0].Baseline - baselineDrop*10; math.Abs(top-(100-26)/2.0) > 1e-9 {
		t.Errorf("block starts at %g, want it centered", top)
	}
	if left := placeLines(fit, area, false, m); left[0].X != 0 || left[0].Baseline != baselineDrop*10 {
		t.Errorf("labels are not placed top left: %+v", left[0])
	}
}

func TestEllipsize(t *testing.T) {
	m := func(s string) float64 { return float64(len([]rune(s))) }
	for _, c := range []struct {
		in   string
		w    float64
		want string
	}{{"short", 10, "short"}, {"Checkout service", 8, "Checkou…"}, {"a b c d", 4, "a b…"}, {"Größe", 3, "Gr…"}} {
		if got := ellipsize(c.in, c.w, m); got != c.want {
			t.Errorf("ellipsize(%q, %g) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}
