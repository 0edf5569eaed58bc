package export

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"
	"time"

	"pathmap/board"
)

// renderMapPNG draws b at scale, dated created.
func renderMapPNG(t *testing.T, b *board.Board, scale float64, created time.Time) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := MapPNG(&buf, b, PNGOptions{Scale: scale, Fonts: NoFallback, Created: created}); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// headerBoard is a board wide enough for the legend in one row, and small
// enough to draw quickly under the race detector.
func headerBoard() *board.Board {
	b := boardOf(board.Events, "Story picked up", "Code written", "Reviewed", "Built", "Deployed", "Released")
	b.Title = "Checkout service: path to production"
	return b
}

// changedRows is the range of rows where a and b differ, or (-1, -1).
func changedRows(a, b image.Image) (first, last int) {
	first, last = -1, -1
	r := a.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				if first < 0 {
					first = y
				}
				last = y
				break
			}
		}
	}
	return first, last
}

func TestPNG_HeaderShowsTheTitleAndTheDateAboveTheLanes(t *testing.T) {
	b := headerBoard()
	fonts, _ := loadFonts()
	head := layoutHeader(fonts, layoutMap(b).W)
	lanesTop := int(pngMargin + head.H)
	base := renderMapPNG(t, b, 1, fixedDate)

	// Another date changes only the title line, at its right end.
	other := renderMapPNG(t, b, 1, fixedDate.AddDate(0, 1, 3))
	first, last := changedRows(base, other)
	if first < int(pngMargin) || last > int(pngMargin+headTitleLine) {
		t.Errorf("a new date changed rows %d–%d; want only the title line, rows %g–%g", first, last, pngMargin, pngMargin+headTitleLine)
	}
	// Another title too, and the lanes stay where they were.
	b2 := b.Clone()
	b2.Title = "Payments: path to production"
	retitled := renderMapPNG(t, b2, 1, fixedDate)
	first, last = changedRows(base, retitled)
	if first < 0 || last > int(pngMargin+headTitleLine) || last >= lanesTop {
		t.Errorf("a new title changed rows %d–%d; want some, all in the title line above row %d", first, last, lanesTop)
	}
}

func TestPNG_LegendShowsEveryLaneInItsColor(t *testing.T) {
	b := headerBoard()
	fonts, _ := loadFonts()
	head := layoutHeader(fonts, layoutMap(b).W)
	if len(head.Legend) != board.LaneCount {
		t.Fatalf("legend has %d entries, want one per lane (%d)", len(head.Legend), board.LaneCount)
	}
	if rows := (head.H - headTitleLine - headGap) / legendRow; rows != 1 {
		t.Errorf("a six-event board's legend takes %g rows, want one", rows)
	}
	for _, scale := range []float64{1, 2} {
		img := renderMapPNG(t, b, scale, fixedDate)
		for _, e := range head.Legend {
			c := e.Swatch
			x, y := int((pngMargin+c.X+c.W/2)*scale), int((pngMargin+c.Y+c.H/2)*scale)
			if got, want := rgbaAt(img, x, y), rgba(e.Lane.Fill()); got != want {
				t.Errorf("scale %g: the legend's %s note is %v, want %v", scale, e.Lane.Name(), got, want)
			}
			// The name, right of the note, is drawn: some pixels in the
			// lane's ink color family (darker than the background).
			dark := 0
			tw := fonts.width(e.Label, false, nil, legendSize)
			for px := int((pngMargin + e.TextX) * scale); px < int((pngMargin+e.TextX+tw)*scale); px++ {
				for py := int((pngMargin + e.TextY - legendSize) * scale); py <= int((pngMargin+e.TextY)*scale); py++ {
					if lum(rgbaAt(img, px, py)) < 160 {
						dark++
					}
				}
			}
			if dark < int(20*scale*scale) {
				t.Errorf("scale %g: the legend's %q shows %d dark pixels; its name is not drawn", scale, e.Label, dark)
			}
		}
	}
	// A narrow board's legend wraps into more rows inside the map's width.
	narrow := boardOf(board.Events, "x")
	nh := layoutHeader(fonts, layoutMap(narrow).W)
	for _, e := range nh.Legend {
		if right := e.TextX + fonts.width(e.Label, false, nil, legendSize); right > nh.W+1e-9 {
			t.Errorf("%s ends at %g, past the map's width %g", e.Label, right, nh.W)
		}
	}
	if nh.H <= head.H {
		t.Errorf("a one-event board's header is %g high, not taller than a six-event board's %g", nh.H, head.H)
	}
}

func rgbaAt(img image.Image, x, y int) color.RGBA {
	r, g, b, a := img.At(x, y).RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

// lum is a pixel's gray on a grayscale printer (Rec. 601).
func lum(c color.RGBA) float64 {
	return 0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)
}

func TestPNG_ALongTitleOnANarrowMapStaysLeftOfTheDate(t *testing.T) {
	short := boardOf(board.Events, "Deployed")
	short.Title = "A"
	long := short.Clone()
	long.Title = "A very long board title that will not fit beside the date on a narrow map"
	a, b := renderMapPNG(t, short, 1, fixedDate), renderMapPNG(t, long, 1, fixedDate)
	fonts, _ := loadFonts()
	m := layoutMap(short)
	dateX := pngMargin + m.W - fonts.width(fixedDate.Format("2 January 2006"), false, nil, headDateSize)
	changed := 0
	for y := 0; y < int(pngMargin+headTitleLine); y++ {
		for x := int(dateX) - 2; x < a.Bounds().Dx(); x++ {
			if a.At(x, y) != b.At(x, y) {
				t.Fatalf("the long title reaches (%d, %d), at or past the date at x=%g", x, y, dateX)
			}
		}
		for x := 0; x < int(dateX); x++ {
			if a.At(x, y) != b.At(x, y) {
				changed++
			}
		}
	}
	if changed < 200 {
		t.Errorf("the long title changed %d pixels: it is not drawn", changed)
	}
}
