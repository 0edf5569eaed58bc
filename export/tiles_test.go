package export

import (
	"fmt"
	"testing"

	"pathmap/board"
)

func columns(n int) *board.Board {
	var texts []string
	for i := 0; i < n; i++ {
		texts = append(texts, fmt.Sprint("event ", i))
	}
	return boardOf(board.Events, texts...)
}

func always(float64) bool { return true }

func TestPlanParts_SampleFitsOnePage(t *testing.T) {
	m := layoutMap(sampleBoard(t))
	s, parts := planParts(m, 273, 173, always)
	if len(parts) != 1 || parts[0] != (mapPart{labelWidth, m.W}) {
		t.Fatalf("parts %+v, want the whole map", parts)
	}
	if s*m.W > 273+1e-9 || s*m.H > 173+1e-9 || s < minMapScale {
		t.Errorf("scale %g does not fit the page or is too small", s)
	}
}

func TestPlanParts_LongMapIsSplit(t *testing.T) {
	m := layoutMap(columns(40))
	s, parts := planParts(m, 273, 173, always)
	if len(parts) < 2 || s != partScale {
		t.Fatalf("scale %g, %d parts; want parts at %g", s, len(parts), partScale)
	}
	checkParts(t, m, parts, 273/s-labelWidth)
}

func TestPlanParts_SplitsWhenTextWouldBeCut(t *testing.T) {
	m := layoutMap(columns(11))
	if _, parts := planParts(m, 273, 173, always); len(parts) != 1 {
		t.Fatalf("11 columns whose text fits should be one page, got %d parts", len(parts))
	}
	if _, parts := planParts(m, 273, 173, func(float64) bool { return false }); len(parts) < 2 {
		t.Errorf("text that would be cut should split the map, got %d parts", len(parts))
	}
	// A small map prints large enough whatever its text: splitting would
	// only make it smaller.
	small := layoutMap(columns(3))
	if _, parts := planParts(small, 273, 173, func(float64) bool { return false }); len(parts) != 1 {
		t.Errorf("a 3-column map was split into %d parts", len(parts))
	}
}

func TestCutParts_OverlappingStickiesStillGetCut(t *testing.T) {
	b := columns(30)
	for i := range b.Stickies {
		b.Stickies[i].X = float64(i) * 100 // each covers half the next
	}
	m := layoutMap(b)
	checkPartsCover(t, m, cutParts(m, 1000), 1000)
}

// checkParts checks that parts cover the map and never cut a sticky.
func checkParts(t *testing.T, m mapLayout, parts []mapPart, width float64) {
	t.Helper()
	checkPartsCover(t, m, parts, width)
	for _, p := range parts[1:] {
		for _, sb := range m.Stickies {
			if sb.Rect.X < p.From && p.From < sb.Rect.X+sb.Rect.W {
				t.Errorf("cut at %g goes through sticky %d", p.From, sb.Sticky.ID)
			}
		}
	}
}

// checkPartsCover checks that parts follow on from each other across the
// whole map, each at most width wide.
func checkPartsCover(t *testing.T, m mapLayout, parts []mapPart, width float64) {
	t.Helper()
	if parts[0].From != labelWidth || parts[len(parts)-1].To != m.W {
		t.Errorf("parts %+v do not span %g to %g", parts, labelWidth, m.W)
	}
	for i, p := range parts {
		if p.To-p.From > width+1e-9 || p.To <= p.From {
			t.Errorf("part %d %+v: width %g, max %g", i, p, p.To-p.From, width)
		}
		if i > 0 && p.From != parts[i-1].To {
			t.Errorf("gap or overlap between parts %d and %d", i-1, i)
		}
	}
}
