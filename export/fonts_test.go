package export

import (
	"math"
	"os"
	"path/filepath"
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

func TestFonts_WidthsAreGofpdfs(t *testing.T) {
	// Text is wrapped with our width tables and placed by gofpdf with its
	// own: they must agree, or lines would run past the sticky's edge.
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	d := newPDFDoc("t", fixedDate, A4, fonts, nil)
	d.pdf.AddPage()
	for _, isBold := range []bool{false, true} {
		d.font(isBold, 10)
		for _, s := range []string{"Deployed to staging", "Größe Ωμέγα – “quoted” …", "WWWiii 0123456789"} {
			if got, want := d.measure(10, s), d.pdf.GetStringWidth(s); math.Abs(got-want) > 1e-9 {
				t.Errorf("bold %v: %q is %g mm by our tables, %g by gofpdf", isBold, s, got, want)
			}
		}
	}
}

func TestFonts_RunsSplitByTheFontThatDrawsThem(t *testing.T) {
	fonts, _ := loadFonts()
	fb := FallbackFromFile("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf")()
	if fb == nil {
		t.Skip("no DroidSansFallbackFull.ttf (Debian: fonts-droid-fallback)")
	}
	got := fonts.runs("Größe 部署 done", false, fb)
	want := []run{{"Größe ", false}, {"部署", true}, {" done", false}}
	if len(got) != len(want) {
		t.Fatalf("runs %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("run %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if fonts.runs("plain", false, nil)[0] != (run{"plain", false}) {
		t.Error("plain text is not one NotoSans run")
	}
}

func TestFallbackFromFile_RefusesWhatGofpdfCannotRead(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "x.ttf")
	os.WriteFile(bad, []byte("not a font"), 0o644)
	if FallbackFromFile(bad)() != nil || FallbackFromFile(filepath.Join(dir, "missing.ttf"))() != nil {
		t.Error("an unreadable font was accepted")
	}
	if NoFallback() != nil {
		t.Error("NoFallback found a font")
	}
}
