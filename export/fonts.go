package export

import (
	"fmt"
	"sync"

	"fyne.io/fyne/v2/theme"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"

	"pathmap/board"
)

// fontSet is the typeface of every export: Fyne's embedded NotoSans, the
// editor's own font, so exports need no installed fonts and look like the
// screen. The Default… getters work without a running app.
type fontSet struct {
	Regular, Bold       []byte         // TrueType files, for the PDF
	RegularOT, BoldOT   *opentype.Font // parsed, for the PNG
	regularMu, boldMu   sync.Mutex     // sfnt.Buffer is not safe to share
	regularBuf, boldBuf sfnt.Buffer
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
	return fs, nil
})

// hasGlyph reports whether the regular (bold = false) or bold font can draw
// r. NotoSans has no symbols such as ⚙ or ⏱; drawing them would print an
// empty box, which looks like a bug on a handout.
func (fs *fontSet) hasGlyph(r rune, bold bool) bool {
	f, mu, buf := fs.RegularOT, &fs.regularMu, &fs.regularBuf
	if bold {
		f, mu, buf = fs.BoldOT, &fs.boldMu, &fs.boldBuf
	}
	mu.Lock()
	defer mu.Unlock()
	g, err := f.GlyphIndex(buf, r)
	return err == nil && g != 0
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
