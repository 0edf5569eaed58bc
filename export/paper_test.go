package export

import (
	"strings"
	"testing"
)

func TestParsePaper_ReadsNamesAsTyped(t *testing.T) {
	for in, want := range map[string]Paper{"A4": A4, "a3": A3, "letter": Letter, "TABLOID": Tabloid} {
		if got, err := ParsePaper(in); err != nil || got != want {
			t.Errorf("ParsePaper(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParsePaper("B5"); err == nil || !strings.Contains(err.Error(), "A4, A3, Letter or Tabloid") {
		t.Errorf("B5: %v, want the sizes offered", err)
	}
}

func TestPaper_LandscapeSizesInMillimetres(t *testing.T) {
	for p, want := range map[Paper][2]float64{A4: {297, 210}, A3: {420, 297}, Letter: {279.4, 215.9}, Tabloid: {431.8, 279.4}} {
		if w, h := p.landscape(); w != want[0] || h != want[1] {
			t.Errorf("%s: %g×%g mm, want %g×%g", p, w, h, want[0], want[1])
		}
	}
}
