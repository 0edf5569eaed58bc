package export

import (
	"testing"

	"pathmap/board"
)

func TestFonts_KnowWhichGlyphsTheyHave(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range "AzÄßéΩ!?–…" {
		if !fonts.hasGlyph(r, false) || !fonts.hasGlyph(r, true) {
			t.Errorf("NotoSans should have %q", r)
		}
	}
	for _, r := range "⚙⏱部🚀" {
		if fonts.hasGlyph(r, false) {
			t.Errorf("NotoSans has no %q; the check says it has", r)
		}
	}
}

func TestLaneLabel_ShowsOnlyMarksTheFontHas(t *testing.T) {
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range board.AllLanes() {
		got := fonts.laneLabel(l)
		want := l.Name()
		if fonts.hasGlyph([]rune(l.Mark())[0], true) {
			want = l.Mark() + " " + l.Name()
		}
		if got != want {
			t.Errorf("%s: label %q, want %q", l.Name(), got, want)
		}
	}
	if got := fonts.laneLabel(board.Systems); got != "Systems & tools" {
		t.Errorf("⚙ is not in NotoSans, so the label must be the bare name; got %q", got)
	}
}
