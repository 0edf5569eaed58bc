package export

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"pathmap/board"
)

// fontSet is the typeface of every export: Fyne's embedded NotoSans, the
// editor's own font, so exports need no installed fonts and look like the
// screen. The Default… getters work without a running app.
type fontSet struct {
	Regular, Bold     []byte         // TrueType files, for the PDF
	RegularOT, BoldOT *opentype.Font // parsed, for the PNG
	regularW, boldW   *widthTable
}

// loadFonts parses the fonts once per process: parsing NotoSans costs more
// than drawing a small board.
var loadFonts = sync.OnceValues(func() (*fontSet, error) {
	fs := &fontSet{
		Regular: theme.DefaultTextFont().Content(),
		Bold:    theme.DefaultTextBoldFont().Content(),
	}
	var err error
	if fs.RegularOT, err = opentype.Parse(fs.Regular); err != nil {
		return nil, fmt.Errorf("cannot read the text font: %w", err)
	}
	if fs.BoldOT, err = opentype.Parse(fs.Bold); err != nil {
		return nil, fmt.Errorf("cannot read the bold text font: %w", err)
	}
	fs.regularW, fs.boldW = newWidthTable(fs.RegularOT), newWidthTable(fs.BoldOT)
	return fs, nil
})

// widthTable holds a font's advance widths for the Basic Multilingual Plane
// in thousandths of the font size, rounded as gofpdf rounds them, so text
// measured here is exactly as wide as gofpdf places it. Reading a slice
// instead of the font also makes measuring safe from many goroutines.
type widthTable struct {
	w       []int16 // -1: the font has no glyph for the rune
	missing int     // width of the "no glyph" box
}

func newWidthTable(f *opentype.Font) *widthTable {
	var buf sfnt.Buffer
	upem := f.UnitsPerEm()
	scale := 1000 / float64(upem)
	t := &widthTable{w: make([]int16, 0x10000), missing: 500}
	for r := range t.w {
		t.w[r] = -1
		g, err := f.GlyphIndex(&buf, rune(r))
		if err != nil || g == 0 || r == 0 || r == 0xFFFF {
			continue
		}
		adv, err := f.GlyphAdvance(&buf, g, fixed.I(int(upem)), 0)
		if err != nil {
			continue
		}
		t.w[r] = int16(math.Round(scale * float64(adv) / 64))
	}
	return t
}

// has reports whether the font has a glyph for r.
func (t *widthTable) has(r rune) bool { return r >= 0 && r < 0x10000 && t.w[r] >= 0 }

// hasGlyph reports whether the regular (bold = false) or bold font can draw
// r. NotoSans has no symbols such as ⚙ or ⏱; drawing them would print an
// empty box, which looks like a bug on a handout.
func (fs *fontSet) hasGlyph(r rune, bold bool) bool {
	if bold {
		return fs.boldW.has(r)
	}
	return fs.regularW.has(r)
}

// laneLabel is the text naming lane l in the label column: its mark and its
// name, or only the name when the bold font lacks the mark.
func (fs *fontSet) laneLabel(l board.Lane) string {
	for _, r := range l.Mark() {
		if !fs.hasGlyph(r, true) {
			return l.Name()
		}
	}
	if l.Mark() == "" {
		return l.Name()
	}
	return l.Mark() + " " + l.Name()
}

// faceFor says which font draws r: 0 NotoSans, 1 the fallback, -1 none
// (it prints as an empty box, and the export reports it).
func (fs *fontSet) faceFor(r rune, bold bool, fb *Fallback) int {
	if fs.hasGlyph(r, bold) || r == '\n' || r == ' ' {
		return 0
	}
	if fb != nil && fb.w.has(r) {
		return 1
	}
	return -1
}

// run is a piece of text drawn with one font.
type run struct {
	Text     string
	Fallback bool
}

// runs splits s into pieces by the font that draws them. Characters no font
// has stay with NotoSans, which prints its empty box for them.
func (fs *fontSet) runs(s string, bold bool, fb *Fallback) []run {
	var out []run
	start, cur := 0, false
	for i, r := range s {
		use := fs.faceFor(r, bold, fb) == 1
		if i > start && use != cur {
			out = append(out, run{s[start:i], cur})
			start = i
		}
		if i == start {
			cur = use
		}
	}
	if start < len(s) {
		out = append(out, run{s[start:], cur})
	}
	return out
}

// width is the width of s at size, in the unit of size, as the PDF places
// it: each character in the font that draws it.
func (fs *fontSet) width(s string, bold bool, fb *Fallback, size float64) float64 {
	t := fs.regularW
	if bold {
		t = fs.boldW
	}
	total := 0
	for _, r := range s {
		switch {
		case t.has(r):
			total += int(t.w[r])
		case fb != nil && fb.w.has(r):
			total += int(fb.w.w[r])
		default:
			total += t.missing
		}
	}
	return float64(total) * size / 1000
}

// Unprintable lists, sorted and once each, the characters in the board's
// title, stickies, timings and agenda that neither NotoSans nor the fallback font fb (may be
// nil) can draw: they print as empty boxes, and the export says so.
func Unprintable(b *board.Board, fb *Fallback) []rune {
	fs, err := loadFonts()
	if err != nil || b == nil {
		return nil
	}
	seen := map[rune]bool{}
	check := func(s string) {
		for _, r := range s {
			if r < ' ' || seen[r] {
				continue
			}
			if fs.faceFor(r, false, fb) < 0 || r > 0xFFFF {
				seen[r] = true
			}
		}
	}
	check(b.Title)
	for _, s := range b.Stickies {
		check(s.Text)
		check(s.Owner)
		check(s.Due)
	}
	for _, sp := range b.Spans {
		check(sp.Label)
	}
	for _, st := range b.Agenda.Steps {
		check(noArrows.Replace(st.Title))
	}
	check(b.Agenda.FollowUp.Note)
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// needsFallback reports whether any text of b has a character that only fb
// draws, so the PDF embeds fb only when it is used.
func needsFallback(b *board.Board, fs *fontSet, fb *Fallback) bool {
	if fb == nil {
		return false
	}
	texts := []string{b.Title}
	for _, s := range b.Stickies {
		texts = append(texts, s.Text, s.Owner)
	}
	for _, sp := range b.Spans {
		texts = append(texts, sp.Label)
	}
	return slices.ContainsFunc(texts, func(s string) bool {
		for _, r := range s {
			if fs.faceFor(r, false, fb) == 1 || fs.faceFor(r, true, fb) == 1 {
				return true
			}
		}
		return false
	})
}
