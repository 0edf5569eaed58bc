package export

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
)

func renderPNG(t testing.TB, b *board.Board, scale float64) image.Image {
	t.Helper()
	var buf bytes.Buffer
	if err := PNG(&buf, b, scale); err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(&buf)
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	return img
}

// pixelAt is the pixel under the point (x, y) of map m, in map units: the
// map starts below the margin and the header.
func pixelAt(img image.Image, m mapLayout, scale, x, y float64) color.RGBA {
	fonts, _ := loadFonts()
	px := int(math.Floor((pngMargin + x) * scale))
	py := int(math.Floor((pngMargin + layoutHeader(fonts, m.W).H + y) * scale))
	r, g, b, a := img.At(px, py).RGBA()
	return color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
}

func TestPNG_SizeFollowsTheDocumentedFormula(t *testing.T) {
	b := sampleBoard(t)
	minX, minY, maxX, maxY := b.Bounds()
	for _, scale := range []float64{1, 2, 0.5, 1.3} {
		// The formula of the PNGSize doc comment, written out again: the
		// sample is wide enough for the legend to take one row (header 96).
		wantW := int(math.Ceil((maxX - minX + 234) * scale))
		wantH := int(math.Ceil((maxY - minY + 40 + 96) * scale))
		if w, h := PNGSize(b, scale); w != wantW || h != wantH {
			t.Errorf("scale %g: PNGSize %d×%d, want %d×%d", scale, w, h, wantW, wantH)
		}
		size := renderPNG(t, b, scale).Bounds().Size()
		if size.X != wantW || size.Y != wantH {
			t.Errorf("scale %g: picture is %v, want %d×%d", scale, size, wantW, wantH)
		}
	}
	// The sample's stickies sit inside the lanes: the height is the lanes'
	// and the header's.
	if _, h := PNGSize(b, 1); h != int(b.Height())+40+96 {
		t.Errorf("height at 1× is %d, want %v", h, b.Height()+40+96)
	}
	// A board too narrow for the legend in one row has a taller header,
	// never a wider picture.
	narrow := boardOf(board.Events, "x")
	nminX, nminY, nmaxX, nmaxY := narrow.Bounds()
	if w, h := PNGSize(narrow, 1); w != int(math.Ceil(nmaxX-nminX+234)) || h <= int(nmaxY-nminY)+40+96 {
		t.Errorf("a one-event board is %d×%d: want %g wide and a header of more than one row", w, h, nmaxX-nminX+234)
	}
}

func TestPNG_StickyInteriorIsLaneFill(t *testing.T) {
	b := sampleBoard(t)
	b.Stickies = append(b.Stickies, boardOf(board.Teams, strings.Repeat("long text fills the note ", 12)).Stickies[0])
	b.Stickies[len(b.Stickies)-1].ID, b.Stickies[len(b.Stickies)-1].X = 999, 2000
	m := layoutMap(b)
	for _, scale := range []float64{1, 2} {
		img := renderPNG(t, b, scale)
		for _, sb := range m.Stickies {
			// Left of the text (which keeps stickyPad away from the edge),
			// inside the border, halfway down: below the rounded corners.
			r := sb.Rect
			got := pixelAt(img, m, scale, r.X+stickyPad/2, r.Y+r.H/2)
			want := rgba(sb.Sticky.Lane.Fill())
			if got != want {
				t.Errorf("scale %g: sticky %d %q: pixel %v, want %s fill %v", scale, sb.Sticky.ID, sb.Sticky.Text, got, sb.Sticky.Lane.Name(), want)
			}
		}
		for _, lb := range m.Lanes {
			// The far right end of every band is empty on the sample.
			if got := pixelAt(img, m, scale, lb.Band.X+lb.Band.W-sidePad/2, lb.Band.Y+b.LaneHeight(lb.Lane)-20); got != rgba(lb.Lane.Band()) {
				t.Errorf("scale %g: %s band pixel %v, want %v", scale, lb.Lane.Name(), got, rgba(lb.Lane.Band()))
			}
		}
	}
}

func TestPNG_LongTextStaysInsideTheSticky(t *testing.T) {
	b := boardOf(board.PainPoints, strings.Repeat("Waiting for the change board again! ", 9)) // ~300 chars
	img := renderPNG(t, b, 1)
	m := layoutMap(b)
	r := m.Stickies[0].Rect
	band := rgba(board.PainPoints.Band())
	// Just outside the sticky, all around, the band must be untouched.
	for x := r.X - 3; x <= r.X+r.W+3; x++ {
		for _, y := range []float64{r.Y - 3, r.Y + r.H + 3} {
			if got := pixelAt(img, m, 1, x, y); got != band {
				t.Fatalf("pixel (%g, %g) outside the sticky is %v, want band %v: text overflows", x, y, got, band)
			}
		}
	}
	for y := r.Y; y <= r.Y+r.H; y++ {
		if got := pixelAt(img, m, 1, r.X+r.W+3, y); got != band {
			t.Fatalf("pixel right of the sticky at y=%g is %v: text overflows", y, got)
		}
	}
}

func TestPNG_RefusesBadScale(t *testing.T) {
	b := sampleBoard(t)
	for _, scale := range []float64{0, -1, 8.01, 100, math.NaN(), math.Inf(1)} {
		var buf bytes.Buffer
		err := PNG(&buf, b, scale)
		if err == nil || !strings.Contains(err.Error(), "scale") {
			t.Errorf("scale %g: error %v, want one about the scale", scale, err)
		}
		if buf.Len() != 0 {
			t.Errorf("scale %g: %d bytes written despite the error", scale, buf.Len())
		}
	}
	if err := PNG(&bytes.Buffer{}, boardOf(board.Events, "x"), MaxPNGScale); err != nil {
		t.Errorf("the largest scale is refused: %v", err)
	}
}

func TestPNG_RefusesHugePicture(t *testing.T) {
	wide := boardOf(board.Events, "first", "last")
	wide.Stickies[1].X = 40000 // 40402 pixels wide at 1×
	tall := boardOf(board.Events, "x")
	tall.Stickies[0].Y = 20000 // (20104 + 40 + 168) × 2 pixels high: a legend in three rows
	big := boardOf(board.Events, "a", "b", "c", "d", "e", "f")
	big.Stickies[0].Y = 1500 // at 8×: 11216 × 13920 pixels, 156 million
	for name, c := range map[string]struct {
		b     *board.Board
		scale float64
		want  string
	}{
		"too wide":  {wide, 1, "the map at scale 1 would be 40,402 px wide; viewers stop at 16,384 px; use scale 0.4 or the PDF"},
		"too tall":  {tall, 2, "the map at scale 2 would be 40,624 px high; viewers stop at 16,384 px; use scale 0.8 or the PDF"},
		"just over": {stackedStickies(300), 2.2, "px wide; viewers stop at 16,384 px; use scale 2.1 or the PDF"},
	} {
		w, h := PNGSize(c.b, c.scale)
		var buf bytes.Buffer
		err := PNG(&buf, c.b, c.scale)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s (%d×%d): error %v, want %q", name, w, h, err, c.want)
			continue
		}
		if buf.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, buf.Len())
		}
		// The scale the message names works.
		fit, _ := strconv.ParseFloat(regexp.MustCompile(`use scale ([0-9.]+)`).FindStringSubmatch(err.Error())[1], 64)
		if w, h := PNGSize(c.b, fit); w > MaxPNGSide || h > MaxPNGSide {
			t.Errorf("%s: the suggested scale %g gives %d×%d px", name, fit, w, h)
		}
		if raceOn {
			continue // a picture of 16,000 px drawn under the race detector takes a minute
		}
		if err := PNG(io.Discard, c.b, fit); err != nil {
			t.Errorf("%s: the suggested scale %g is refused: %v", name, fit, err)
		}
	}
	// Under the side limit but over the pixel count: a clear refusal too.
	if w, h := PNGSize(big, 8); w > MaxPNGSide || h > MaxPNGSide || w*h > MaxPNGPixels {
		t.Errorf("the board meant to be just inside the limits is %d×%d at 8×", w, h)
	} else if !raceOn {
		if err := PNG(io.Discard, big, 8); err != nil {
			t.Errorf("an 11216×13920 map is refused: %v", err)
		}
	}
	huge := boardOf(board.Events, "x")
	huge.Stickies[0].Y, huge.Stickies[0].X = 15000, 15000
	if err := PNG(io.Discard, huge, 1); err == nil || !strings.Contains(err.Error(), "million pixels") {
		t.Errorf("a 15,000-unit square map at 1×: error %v, want one about the pixel count", err)
	}
}

func TestPNG_DeclaresItsResolution(t *testing.T) {
	small := boardOf(board.Events, "Deployed", "Released") // the resolution is the scale's, whatever the board
	for _, scale := range []float64{1, 2, 4} {
		var buf bytes.Buffer
		if err := PNG(&buf, small, scale); err != nil {
			t.Fatal(err)
		}
		ppm, unit, ok := physChunk(buf.Bytes())
		if !ok {
			t.Fatalf("scale %g: no pHYs chunk", scale)
		}
		if dpi := float64(ppm) * 0.0254; unit != 1 || math.Abs(dpi-96*scale) > 0.5 {
			t.Errorf("scale %g: %d px per unit %d (%.1f dpi), want %g dpi", scale, ppm, unit, dpi, 96*scale)
		}
		if _, err := png.Decode(bytes.NewReader(buf.Bytes())); err != nil {
			t.Errorf("scale %g: the PNG does not decode: %v", scale, err)
		}
	}
	var buf bytes.Buffer
	if err := ActionsPNG(&buf, small, PNGOptions{Scale: 2, Fonts: NoFallback}); err != nil {
		t.Fatal(err)
	}
	if ppm, _, ok := physChunk(buf.Bytes()); !ok || math.Abs(float64(ppm)*0.0254-192) > 0.5 {
		t.Errorf("action list at 2×: pHYs %d px/m (found %v), want 192 dpi", ppm, ok)
	}
}

// physChunk finds the pHYs chunk between the PNG's header and its image
// data and returns the horizontal pixels per unit and the unit.
func physChunk(p []byte) (ppm uint32, unit byte, ok bool) {
	for i := 8; i+8 <= len(p); {
		n := int(binary.BigEndian.Uint32(p[i:]))
		kind := string(p[i+4 : i+8])
		if kind == "IDAT" || i+12+n > len(p) {
			return 0, 0, false
		}
		if kind == "pHYs" && n == 9 {
			d := p[i+8:]
			if binary.BigEndian.Uint32(d[0:]) != binary.BigEndian.Uint32(d[4:]) {
				return 0, 0, false
			}
			return binary.BigEndian.Uint32(d), d[8], true
		}
		i += 12 + n
	}
	return 0, 0, false
}

func TestPNG_EmptyBoard(t *testing.T) {
	img := renderPNG(t, &board.Board{}, 1)
	w, h := PNGSize(&board.Board{}, 1)
	if img.Bounds().Dx() != w || img.Bounds().Dy() != h {
		t.Errorf("size %v, want %d×%d", img.Bounds().Size(), w, h)
	}
}

func TestExports_RunConcurrently(t *testing.T) {
	// The UI may export while a previous export still runs: nothing shared
	// (fonts, caches) may race. Run with -race.
	b := sampleBoard(t)
	done := make(chan error, 4)
	for i := 0; i < 2; i++ {
		go func() { done <- PNG(&bytes.Buffer{}, b, 0.5) }()
		go func() { done <- PDF(&bytes.Buffer{}, b, PDFOptions{Created: fixedDate}) }()
	}
	for i := 0; i < 4; i++ {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// BenchmarkPNG_300Stickies_2x draws 300 stickies in 40 event columns at 2×,
// about the widest picture a viewer opens.
func BenchmarkPNG_300Stickies_2x(b *testing.B) {
	board := stackedStickies(300)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := PNG(&buf, board, 2); err != nil {
			b.Fatal(err)
		}
	}
	w, h := PNGSize(board, 2)
	b.ReportMetric(float64(w*h)/1e6, "Mpx")
	b.ReportMetric(float64(buf.Len())/1024, "KiB/png")
}

func TestExports_RefuseNilBoard(t *testing.T) {
	if err := PNG(&bytes.Buffer{}, nil, 1); err == nil {
		t.Error("PNG accepted a nil board")
	}
	if err := PDF(&bytes.Buffer{}, nil, PDFOptions{}); err == nil {
		t.Error("PDF accepted a nil board")
	}
}

func TestPNG_DecodesAtEachScaleWithLaneColorsUnderEveryStickyCenter(t *testing.T) {
	b := workshopBoard(t)
	m := layoutMap(b)
	for _, scale := range []float64{1, 2, 4} {
		if scale == 4 && (testing.Short() || raceOn) {
			continue
		}
		img := renderPNG(t, b, scale)
		w, h := PNGSize(b, scale)
		if img.Bounds().Dx() != w || img.Bounds().Dy() != h {
			t.Errorf("scale %g: %v, want %d×%d", scale, img.Bounds().Size(), w, h)
		}
		for _, sb := range m.Stickies {
			// The center row, at the left edge of the text area: the text
			// itself is centered, and short words leave this blank.
			r := sb.Rect
			if got, want := pixelAt(img, m, scale, r.X+stickyPad/2, r.Y+r.H/2), rgba(sb.Sticky.Lane.Fill()); got != want {
				t.Errorf("scale %g: sticky %d: pixel %v, want the %s color %v", scale, sb.Sticky.ID, got, sb.Sticky.Lane.Name(), want)
			}
		}
		if got := pixelAt(img, m, scale, -pngMargin/2, -pngMargin/2); got != rgba(white) {
			t.Errorf("scale %g: margin is %v, want white", scale, got)
		}
	}
}

func TestPNG_BigBoardInManyStrips(t *testing.T) {
	b := stackedStickies(300)
	img := renderPNG(t, b, 1)
	m := layoutMap(b)
	for _, sb := range m.Stickies {
		r := sb.Rect
		if got, want := pixelAt(img, m, 1, r.X+stickyPad/2, r.Y+r.H/2), rgba(sb.Sticky.Lane.Fill()); got != want {
			t.Fatalf("sticky %d: pixel %v, want %v", sb.Sticky.ID, got, want)
		}
	}
}

func TestActionsPNG_ListsTheSectionsInLaneColors(t *testing.T) {
	b := workshopBoard(t)
	for _, scale := range []float64{1, 2} {
		var buf bytes.Buffer
		if err := ActionsPNG(&buf, b, PNGOptions{Scale: scale, Fonts: NoFallback}); err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(&buf)
		if err != nil {
			t.Fatal(err)
		}
		fonts, _ := loadFonts()
		ops, height := layoutList(handoutOf(b, fixedDate), fonts, nil, "x")
		if w, h := img.Bounds().Dx(), img.Bounds().Dy(); w != int(listWidth*scale) || h != int(math.Ceil(height*scale)) {
			t.Errorf("scale %g: %d×%d, want %g×%g", scale, w, h, listWidth*scale, height*scale)
		}
		swatches := 0
		for _, op := range ops {
			if !op.Swatch {
				continue
			}
			swatches++
			c := (op.X + op.Size/2) * scale
			r, g, bl, _ := img.At(int(c), int((op.Y+op.Size/2)*scale)).RGBA()
			if got, want := (color.RGBA{uint8(r >> 8), uint8(g >> 8), uint8(bl >> 8), 255}), rgba(op.Lane.Fill()); got != want {
				t.Errorf("scale %g: swatch for %s is %v, want %v", scale, op.Lane.Name(), got, want)
			}
		}
		if swatches < 20 {
			t.Errorf("only %d swatches: the list is missing entries", swatches)
		}
	}
}

// BenchmarkPNG_2000Stickies_1_9x draws 2,000 stickies at 1.9×, the largest
// tenth of a scale within the 200-million-pixel limit.
func BenchmarkPNG_2000Stickies_1_9x(b *testing.B) {
	board := stackedStickies(2000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := PNG(&buf, board, 1.9); err != nil {
			b.Fatal(err)
		}
	}
	w, h := PNGSize(board, 1.9)
	b.ReportMetric(float64(w*h)/1e6, "Mpx")
	b.ReportMetric(float64(buf.Len())/1024, "KiB/png")
}

func TestActionsPNG_LongListIsSetInColumns(t *testing.T) {
	b := stackedStickies(2000)
	fonts, _ := loadFonts()
	ops, height := layoutList(handoutOf(b, fixedDate), fonts, nil, "x")
	flowed, w, h := flowColumns(ops, height)
	if w <= listWidth || h >= height/2 {
		t.Fatalf("a %g-unit list became %g×%g: want several columns", height, w, h)
	}
	colOf := map[int]float64{}
	for i, op := range flowed {
		if op.X < 0 || op.X >= w || op.Y < 0 || op.Y > h {
			t.Fatalf("op %d at (%g, %g) is outside the %g×%g picture", i, op.X, op.Y, w, h)
		}
		col := math.Floor(op.X / listWidth)
		if c, ok := colOf[op.Block]; ok && c != col {
			t.Fatalf("block %d is split between columns %g and %g", op.Block, c, col)
		}
		colOf[op.Block] = col
	}
	// The picture itself is made at a small scale: 2× is benchmark-sized.
	if err := ActionsPNG(io.Discard, b, PNGOptions{Scale: 0.25, Fonts: NoFallback}); err != nil {
		t.Fatalf("the action list of 2,000 stickies fails: %v", err)
	}
	// 2,000 stickies is many times a real workshop: at 1× it opens in any
	// viewer; at 2× it is refused with a scale that works.
	if w > MaxPNGSide || h > MaxPNGSide {
		t.Errorf("at 1× the list would be %g×%g px, more than a PNG may be", w, h)
	}
	if err := ActionsPNG(io.Discard, b, PNGOptions{Scale: 2, Fonts: NoFallback}); err == nil || !strings.Contains(err.Error(), "the action list at scale 2 would be") || !strings.Contains(err.Error(), "use scale 1.") {
		t.Errorf("the action list of 2,000 stickies at 2×: error %v, want a refusal naming a scale that fits", err)
	}
}

func TestPNG_DrawsTimingBracketsAndColumnGuides(t *testing.T) {
	b := workshopBoard(t)
	m := layoutMap(b)
	img := renderPNG(t, b, 2)
	ink := rgba(board.Timings.Ink())
	for _, sp := range m.Spans {
		r := sp.Rect
		mid := r.Y + r.H/2
		// The bar, just inside its left end, and the end ticks.
		for _, p := range [][2]float64{{r.X + spanInset + 4, mid}, {r.X + spanInset, mid - spanTick/2}, {r.X + r.W - spanInset, mid + spanTick/2}} {
			if got := pixelAt(img, m, 2, p[0], p[1]); got != ink {
				t.Errorf("span %q: pixel at (%g, %g) is %v, want the bracket's %v", sp.Label, p[0], p[1], got, ink)
			}
		}
	}
	if len(m.Guides) != 8 {
		t.Fatalf("%d column guides, want 8 between 9 events", len(m.Guides))
	}
	// Between two events, in the empty Questions & actions band.
	lane := m.Lanes[board.Actions].Band
	if got := pixelAt(img, m, 2, m.Guides[0], lane.Y+lane.H/2); got != rgba(guideColor) {
		t.Errorf("guide pixel %v, want %v", got, rgba(guideColor))
	}
}
