package export

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
)

// cjkFonts is the fallback font for the large board's Chinese stickies, or
// NoFallback (and a note) on a machine without one.
func cjkFonts(t *testing.T) FontSearch {
	if fb := SystemFallback(); fb != nil {
		return func() *Fallback { return fb }
	}
	t.Log("no CJK font on this machine: Chinese stickies are not checked (Debian: fonts-droid-fallback)")
	return NoFallback
}

func TestPDF_FitPrintsEveryStickyWholeOnA4AndLetter(t *testing.T) {
	b := largeWorkshop(t)
	fonts := cjkFonts(t)
	for _, paper := range []Paper{A4, Letter} {
		var buf bytes.Buffer
		if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Paper: paper, Fonts: fonts}); err != nil {
			t.Fatal(err)
		}
		raw := pdfTool(t, "pdftotext", buf.Bytes(), "-raw", "-f", "1", "-l", "1")
		text := unhyphen(raw)
		missing := Unprintable(b, fonts())
		for _, s := range b.Stickies {
			if strings.ContainsFunc(s.Text, func(r rune) bool { return strings.ContainsRune(string(missing), r) }) {
				continue
			}
			if !strings.Contains(text, unhyphen(s.Text)) {
				t.Errorf("%s fit: map page lacks the full text of sticky %d %q", paper, s.ID, s.Text)
			}
			if badge := board.Badge(s); badge != "" && !strings.Contains(text, unhyphen(badge)) {
				t.Errorf("%s fit: map page lacks %q of sticky %d", paper, badge, s.ID)
			}
		}
		for _, want := range []string{"3d", "3-5d", "1w"} {
			if !strings.Contains(text, unhyphen(want)) {
				t.Errorf("%s fit: map lacks the timing %q", paper, want)
			}
		}
		m := regexp.MustCompile(`Sticky text at ([0-9.]+) pt`).FindStringSubmatch(raw)
		if m == nil {
			t.Fatalf("%s fit: the page does not state its text size:\n%s", paper, raw)
		}
		if pt, _ := strconv.ParseFloat(m[1], 64); pt < minTextPt {
			t.Errorf("%s fit: sticky text at %.1f pt, want at least %.0f", paper, pt, minTextPt)
		}
		if strings.Contains(raw, "…") {
			t.Errorf("%s fit: text was cut short", paper)
		}
	}
}

func TestPDF_FitOfABoardTooBigNamesWhatIsLeftOutAndSuggestsAPoster(t *testing.T) {
	var texts []string
	for i := 1; i <= 160; i++ {
		texts = append(texts, fmt.Sprintf("Step %d waits for the weekly review board to approve the change", i))
	}
	b := boardOf(board.Events, texts...)
	pdf := renderPDF(t, b)
	page := pdfTool(t, "pdftotext", pdf, "-f", "1", "-l", "1")
	flat := strings.Join(strings.Fields(page), " ")
	if !strings.Contains(flat, "are left out") || !strings.Contains(flat, "poster") || !strings.Contains(flat, "A3") {
		t.Fatalf("the page does not say what is left out and how to print it:\n%s", page)
	}
	if !strings.Contains(flat, "to “Step 160 waits") {
		t.Errorf("the note does not name the last event left out")
	}
	if !strings.Contains(squash(page), squash(texts[0])) {
		t.Errorf("the first event is not on the page")
	}
}

func TestPoster_SeamsNeverCutAStickyOrALaneName(t *testing.T) {
	b := largeWorkshop(t)
	fonts, _ := loadFonts()
	measure := wrapMeasure(fonts, nil)
	for _, paper := range []Paper{A4, Letter} {
		g := choosePoster(b, paper, measure)
		if g.Scale < posterMinPt*ptToMM-1e-9 {
			t.Errorf("%s poster: text at %.1f pt, want at least %.0f", paper, g.Scale/ptToMM, posterMinPt)
		}
		l := g.Layout
		boxes := map[string]board.Box{}
		for _, ws := range l.Stickies {
			boxes[fmt.Sprintf("sticky %d", ws.ID)] = ws.Box
		}
		for i, bd := range l.Bands {
			for _, ln := range board.AllLanes() {
				boxes[fmt.Sprintf("lane name %s of band %d", ln.Name(), i+1)] = bd.Labels[ln]
			}
		}
		area := tileArea(paper, g.Portrait)
		seen := map[int]bool{}
		for _, tile := range g.Tiles {
			if tile.W*g.Scale > area.W+1e-6 || tile.H*g.Scale > area.H+1e-6 {
				t.Errorf("%s tile %s is larger than the page", paper, tile.Name())
			}
			if tile.Col == 0 && tile.X != 0 {
				t.Errorf("%s tile %s starts a row without the lane names", paper, tile.Name())
			}
			tb := board.Box{X: tile.X, Y: tile.Y, W: tile.W, H: tile.H}
			for name, bx := range boxes {
				if overlaps(bx, tb) && !contains(tb, bx) {
					t.Errorf("%s tile %s cuts %s", paper, tile.Name(), name)
				}
			}
			seen[tile.Row] = true
		}
		// No other choice prints on fewer pages at the least size.
		for _, portrait := range []bool{false, true} {
			a := tileArea(paper, portrait)
			for _, o := range board.WrapEvery(b, measure, board.WrapStyle{Uniform: true}) {
				if og, ok := planPoster(o, posterMinPt*ptToMM, a.W, a.H); ok && len(og.Tiles) < len(g.Tiles) {
					t.Errorf("%s: %d pages chosen, but %d bands upright=%v take %d", paper, len(g.Tiles), len(o.Bands), portrait, len(og.Tiles))
				}
			}
		}
	}
}

func overlaps(a, z board.Box) bool {
	const e = 1e-9
	return a.X < z.X+z.W-e && z.X < a.X+a.W-e && a.Y < z.Y+z.H-e && z.Y < a.Y+a.H-e
}

func contains(out, in board.Box) bool {
	const e = 1e-9
	return in.X >= out.X-e && in.Y >= out.Y-e && in.X+in.W <= out.X+out.W+e && in.Y+in.H <= out.Y+out.H+e
}

func TestPDF_PosterOfTheLargeBoardPrintsEveryStickyWhole(t *testing.T) {
	b := largeWorkshop(t)
	fonts := cjkFonts(t)
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Poster: true, Fonts: fonts}); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	n := mapPages(t, pdf)
	text := unhyphen(pdfTool(t, "pdftotext", pdf, "-raw", "-f", "2", "-l", strconv.Itoa(n)))
	missing := string(Unprintable(b, fonts()))
	for _, s := range b.Stickies {
		if !strings.ContainsAny(s.Text, missing) && !strings.Contains(text, unhyphen(s.Text)) {
			t.Errorf("poster lacks sticky %d %q", s.ID, s.Text)
		}
	}
}
