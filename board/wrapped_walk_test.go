package board

import (
	"testing"
)

func TestWrapWalk_EveryStepFitsAt18PixelsAndVisitsEachColumnOnce(t *testing.T) {
	b := largeWorkshop(t)
	l := WrapWalk(b, 1280, 560, 18, approxMeasure)
	if l.Scale < 18 {
		t.Fatalf("walk text %.1f px, want at least 18", l.Scale)
	}
	if len(l.Bands) < 2 || len(l.Bands) > len(l.Columns)/2 {
		t.Errorf("%d steps for %d columns: want a few columns a step", len(l.Bands), len(l.Columns))
	}
	next := 0
	for i, bd := range l.Bands {
		if bd.First != next || bd.Count < 1 {
			t.Fatalf("step %d holds columns %d–%d, want it to start at %d", i, bd.First, bd.First+bd.Count-1, next)
		}
		next += bd.Count
		if w, h := bd.Box.W*l.Scale, bd.Box.H*l.Scale; h > 560+1e-6 {
			t.Errorf("step %d is %.0f px high at %.1f px text; the area is 560", i, h, l.Scale)
		} else if used := (l.LabelWidth + 2*WrapLanePad - WrapColumnGap + columnsWidth(l, bd)) * l.Scale; used > 1280+1e-6 {
			t.Errorf("step %d is %.0f px wide (band box %.0f); the area is 1280", i, used, w)
		}
	}
	if next != len(l.Columns) {
		t.Errorf("the steps end at column %d of %d", next, len(l.Columns))
	}
}

// columnsWidth is the width of a band's columns with their gaps.
func columnsWidth(l WrappedLayout, bd WrappedBand) float64 {
	w := 0.0
	for _, c := range l.Columns[bd.First : bd.First+bd.Count] {
		w += c.W + WrapColumnGap
	}
	return w
}

func TestWrapWalk_ALargerAreaShowsMoreColumnsAStep(t *testing.T) {
	b := largeWorkshop(t)
	small := WrapWalk(b, 1024, 600, 18, approxMeasure)
	large := WrapWalk(b, 2400, 600, 18, approxMeasure)
	if large.Bands[0].Count <= small.Bands[0].Count {
		t.Errorf("2400 px wide shows %d columns a step, 1024 px %d", large.Bands[0].Count, small.Bands[0].Count)
	}
	if len(large.Bands) >= len(small.Bands) {
		t.Errorf("2400 px wide takes %d steps, 1024 px %d", len(large.Bands), len(small.Bands))
	}
}

func TestWrapWalk_AColumnTallerThanTheAreaGetsTheLargestTextThatFits(t *testing.T) {
	b := largeWorkshop(t)
	l := WrapWalk(b, 1280, 120, 18, approxMeasure)
	if l.Scale >= 18 {
		t.Fatalf("a 120 px strip got %.1f px text", l.Scale)
	}
	for n := 1; n <= len(l.Columns); n++ {
		for _, cw := range DefaultColumnWidths {
			o := WrapBands(b, n, cw, approxMeasure)
			s := 1e9
			for _, bd := range o.Bands {
				s = min(s, 1280/bandWidthOf(o, bd), 120/bd.Box.H)
			}
			if s > l.Scale*1.001 {
				t.Errorf("%d steps of width %.1f give %.2f px, more than the %.2f chosen", n, cw, s, l.Scale)
			}
		}
	}
}

func bandWidthOf(l WrappedLayout, bd WrappedBand) float64 {
	return l.LabelWidth + 2*WrapLanePad - WrapColumnGap + columnsWidth(l, bd)
}

func TestWrapWalk_StepsAreEven(t *testing.T) {
	b := crowdedPath(13 * LaneCount) // 13 columns of the same height
	probe := WrapWalk(b, 1e6, 1e6, 20, approxMeasure)
	five := (probe.LabelWidth + 2*WrapLanePad + 5*(probe.ColumnWidth+WrapColumnGap)) * 20
	l := WrapWalk(b, five, 1e6, 20, approxMeasure)
	var counts []int
	for _, bd := range l.Bands {
		counts = append(counts, bd.Count)
	}
	if len(counts) != 3 {
		t.Fatalf("13 columns, 5 fit a step: steps of %v, want three", counts)
	}
	for _, n := range counts {
		if n < 4 {
			t.Errorf("steps of %v columns: want them even (4 or 5), not a short last one", counts)
		}
	}
}

func BenchmarkWrapWalk_LargeWorkshop(b *testing.B) {
	board := largeWorkshop(b)
	b.ReportAllocs()
	for b.Loop() {
		WrapWalk(board, 1260, 560, 21.2, approxMeasure)
	}
}

func BenchmarkWrapWalk_2000Stickies(b *testing.B) {
	board := crowdedPath(2000)
	b.ReportAllocs()
	for b.Loop() {
		WrapWalk(board, 1260, 560, 21.2, approxMeasure)
	}
}
