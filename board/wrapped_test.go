package board

import (
	"fmt"
	"math"
	"testing"
)

// approxMeasure stands in for a proportional font: half an em a character,
// a whole em for Chinese, a little wider in bold.
func approxMeasure(s string, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		if r >= 0x2E80 { // CJK and beyond
			w += 1
		} else {
			w += 0.52
		}
	}
	if bold {
		w *= 1.06
	}
	return w
}

func largeWorkshop(t testing.TB) *Board {
	t.Helper()
	b, err := Load(largeWorkshopPath)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func inside(in, out Box) bool {
	const e = 1e-9
	return in.X >= out.X-e && in.Y >= out.Y-e && in.X+in.W <= out.X+out.W+e && in.Y+in.H <= out.Y+out.H+e
}

func overlap(a, z Box) bool {
	return a.X < z.X+z.W && z.X < a.X+a.W && a.Y < z.Y+z.H && z.Y < a.Y+a.H
}

func TestWrapped_EveryStickyInItsLaneRowAndNoneOverlap(t *testing.T) {
	b := largeWorkshop(t)
	l := WrapToFit(b, 273, 170, approxMeasure, WrapStyle{})
	if len(l.Bands) < 2 {
		t.Fatalf("a 26-event board on a landscape page got %d band(s); want it folded", len(l.Bands))
	}
	if len(l.Stickies) != len(b.Stickies) {
		t.Fatalf("%d stickies placed, board has %d", len(l.Stickies), len(b.Stickies))
	}
	for i, ws := range l.Stickies {
		s := b.Stickies[i]
		if ws.ID != s.ID || ws.Lane != s.Lane {
			t.Fatalf("sticky %d is out of board order", i)
		}
		band := l.Bands[l.Columns[ws.Column].Band]
		row := band.Lanes[s.Lane]
		row.X += l.LabelWidth
		row.W -= l.LabelWidth
		if band.SpanStrip.H > 0 && s.Lane == Timings {
			row.H -= band.SpanStrip.H // brackets never sit on a sticky
		}
		if !inside(ws.Box, row) {
			t.Errorf("sticky %d %q at %+v is outside its lane row %+v", s.ID, s.Text, ws.Box, row)
		}
		for j := i + 1; j < len(l.Stickies); j++ {
			if overlap(ws.Box, l.Stickies[j].Box) {
				t.Errorf("stickies %d and %d overlap", s.ID, l.Stickies[j].ID)
			}
		}
	}
	if l.W*l.Scale > 273+1e-6 || l.H*l.Scale > 170+1e-6 {
		t.Errorf("layout %.1f×%.1f at scale %.3f overflows the 273×170 area", l.W, l.H, l.Scale)
	}
}

func TestWrapped_EverythingUnderAnEventStaysInItsColumn(t *testing.T) {
	b := largeWorkshop(t)
	l := WrapToFit(b, 1280, 720, approxMeasure, WrapStyle{})
	events := b.InLane(Events)
	for i, ws := range l.Stickies {
		s := b.Stickies[i]
		e, ok := b.EventOf(s)
		if !ok {
			t.Fatalf("sticky %d has no event", s.ID)
		}
		ew := l.Stickies[b.Index(e.ID)]
		col := l.Columns[ws.Column]
		if ws.Column != ew.Column || ws.Box.X < col.X || ws.Box.X+ws.Box.W > col.X+col.W+1e-9 {
			t.Errorf("sticky %d %q left its event %q: column %d at x %.2f, event column %d (x %.2f to %.2f)",
				s.ID, s.Text, e.Text, ws.Column, ws.Box.X, ew.Column, col.X, col.X+col.W)
		}
	}
	// Columns keep the path's order: band by band, left to right.
	prev := l.Stickies[b.Index(events[0].ID)]
	for _, e := range events[1:] {
		cur := l.Stickies[b.Index(e.ID)]
		pb, cb := l.Columns[prev.Column].Band, l.Columns[cur.Column].Band
		if cb < pb || (cb == pb && cur.Box.X <= prev.Box.X) {
			t.Errorf("event %q comes before the one left of it on the board", e.Text)
		}
		prev = cur
	}
}

func TestWrapped_EmptyLaneTakesLittleHeight(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies, Sticky{ID: 3, Lane: PainPoints, Text: "Waiting for approval from three people",
		X: 0, Y: b.LaneTop(PainPoints) + LanePad, W: StickyWidth, H: StickyHeight})
	l := WrapBands(b, 1, 9, approxMeasure)
	lanes := l.Bands[0].Lanes
	for _, ln := range []Lane{Systems, Teams, Timings, Actions} {
		if lanes[ln].H > lanes[PainPoints].H/2 {
			t.Errorf("empty lane %s is %.2f em high, the pain-point lane %.2f", ln.Name(), lanes[ln].H, lanes[PainPoints].H)
		}
		if lanes[ln].H < WrapLabelSize*WrapLine {
			t.Errorf("empty lane %s is %.2f em high: no room for its name", ln.Name(), lanes[ln].H)
		}
	}
}

func TestWrapped_PicksTheBandCountWithTheLargestText(t *testing.T) {
	b := largeWorkshop(t)
	for _, area := range [][2]float64{{1920, 1080}, {1024, 768}, {273, 170}, {186, 250}, {5000, 400}} {
		l := WrapToFit(b, area[0], area[1], approxMeasure, WrapStyle{ColumnWidths: []float64{9}})
		for n := 1; n <= 26; n++ {
			o := WrapBands(b, n, 9, approxMeasure)
			if s := math.Min(area[0]/o.W, area[1]/o.H); s > l.Scale*1.001 {
				t.Errorf("area %v: %d bands give text %.3f, larger than the %.3f of the %d bands chosen", area, n, s, l.Scale, len(l.Bands))
			}
		}
	}
	wide := WrapToFit(b, 20000, 400, approxMeasure, WrapStyle{})
	tall := WrapToFit(b, 800, 1400, approxMeasure, WrapStyle{})
	if len(wide.Bands) != 1 || len(tall.Bands) < 3 {
		t.Errorf("a very wide area got %d bands (want 1), a tall one %d (want several)", len(wide.Bands), len(tall.Bands))
	}
}

func TestWrapped_SpansAreCutAtBandEndsAndKeepTheirEvents(t *testing.T) {
	b := largeWorkshop(t)
	l := WrapBands(b, 5, 9, approxMeasure) // 6 columns a band: the 4–9 span crosses a band end
	byID := map[int][]WrappedSpan{}
	for _, sp := range l.Spans {
		byID[sp.SpanID] = append(byID[sp.SpanID], sp)
		strip := l.Bands[sp.Band].SpanStrip
		if !inside(sp.Box, strip) {
			t.Errorf("span %d part %+v is outside its band's strip %+v", sp.SpanID, sp.Box, strip)
		}
	}
	parts := byID[2]
	if len(parts) != 2 || !parts[0].OpenRight || !parts[1].OpenLeft || parts[0].OpenLeft || parts[1].OpenRight {
		t.Fatalf("span over events 5–10 in bands of 6: parts %+v, want two, open where cut", parts)
	}
	first := l.Stickies[b.Index(5)]
	if parts[0].Box.X != first.Box.X {
		t.Errorf("span starts at x %.2f, its first event at %.2f", parts[0].Box.X, first.Box.X)
	}
}

func TestWrapped_StackedEventsShareAColumn(t *testing.T) {
	b := New()
	dup := b.Stickies[0]
	dup.ID, dup.Text, dup.Y = 3, "Story picked up (again)", dup.Y+StickyHeight+LaneGap
	b.Stickies = append(b.Stickies, dup)
	l := WrapBands(b, 1, 9, approxMeasure)
	if len(l.Columns) != 2 || len(l.Columns[0].Events) != 2 {
		t.Fatalf("columns %+v: want the stacked duplicate in the first column", l.Columns)
	}
	a, z := l.Stickies[0].Box, l.Stickies[2].Box
	if a.X != z.X || z.Y <= a.Y {
		t.Errorf("duplicate at %+v, want under the first event %+v", z, a)
	}
}

func TestWrapped_StickiesLeftOfEveryEventGetTheFirstColumn(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies, Sticky{ID: 3, Lane: Systems, Text: "Wiki", X: -400, Y: b.LaneTop(Systems) + LanePad, W: StickyWidth, H: StickyHeight})
	l := WrapBands(b, 1, 9, approxMeasure)
	if len(l.Columns) != 3 || len(l.Columns[0].Events) != 0 || l.Stickies[2].Column != 0 || l.Stickies[0].Column != 1 {
		t.Fatalf("columns %+v, stickies %+v: want a leading column with the note", l.Columns, l.Stickies)
	}
}

func TestWrapped_ColumnsThatFitAWalkAt18Pixels(t *testing.T) {
	l := WrapToFit(largeWorkshop(t), 1280, 720, approxMeasure, WrapStyle{})
	n := l.ColumnsThatFit(0, 1280, 18)
	w := l.LabelWidth + WrapLanePad
	for _, c := range l.Columns[:n] {
		w += c.W + WrapColumnGap
	}
	w *= 18
	if n < 2 || w > 1280 {
		t.Errorf("%d columns at 18 px take %.0f px of 1280", n, w)
	}
	if more := w + (l.Columns[n].W+WrapColumnGap)*18; more <= 1280 {
		t.Errorf("%d columns leave room for another (%.0f px)", n, more)
	}
	if got := l.ColumnsThatFit(0, 10, 18); got != 1 {
		t.Errorf("a narrow window fits %d columns, want 1 so a walk moves on", got)
	}
}

func TestBadge_OwnerDueAndVotes(t *testing.T) {
	for _, c := range []struct {
		s    Sticky
		want string
	}{
		{Sticky{Owner: " Priya ", Due: "2026-12-04"}, "Priya · 2026-12-04"},
		{Sticky{Votes: 1}, "1 vote"},
		{Sticky{Votes: 11}, "11 votes"},
		{Sticky{}, ""},
	} {
		if got := Badge(c.s); got != c.want {
			t.Errorf("Badge(%+v) = %q, want %q", c.s, got, c.want)
		}
	}
}

// crowdedPath is n stickies over n/6 event columns, stacked up to three deep.
func crowdedPath(n int) *Board {
	b := &Board{}
	cols := n / 6
	for i := 0; i < n; i++ {
		col, lane := i%cols, Lane((i/cols)%LaneCount)
		if i < cols {
			lane = Events
		}
		b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: lane,
			Text: fmt.Sprintf("Sticky %d waits for the review board and a deploy window", i),
			X:    float64(col) * (StickyWidth + ColumnGap), Y: b.LaneTop(lane) + LanePad + float64(i/cols/LaneCount)*StickyHeight,
			W: StickyWidth, H: StickyHeight, Votes: i % 4})
	}
	return b
}

func BenchmarkWrapped_2000Stickies(b *testing.B) {
	board := crowdedPath(2000)
	b.ReportAllocs()
	for b.Loop() {
		WrapToFit(board, 1920, 1080, approxMeasure, WrapStyle{})
	}
}

func BenchmarkWrapped_LargeWorkshop(b *testing.B) {
	board := largeWorkshop(b)
	b.ReportAllocs()
	for b.Loop() {
		WrapToFit(board, 273, 170, approxMeasure, WrapStyle{})
	}
}

func TestWrapped_LinesAreWrapsOwn(t *testing.T) {
	b := largeWorkshop(t)
	b.Stickies = append(b.Stickies, Sticky{ID: 999, Lane: Systems, Text: "a  double\tspaced\n\nand Continuous-delivery-pipeline/approvals text"})
	l := WrapBands(b, 3, 8, approxMeasure)
	m := func(s string) float64 { return approxMeasure(s, false) }
	for i, ws := range l.Stickies {
		want := Wrap(CleanText(b.Stickies[i].Text), 8-2*WrapPad, m)
		if fmt.Sprint(ws.Lines) != fmt.Sprint(want) {
			t.Errorf("sticky %d: lines %q, Wrap gives %q", ws.ID, ws.Lines, want)
		}
		if h := 2*WrapPad + float64(len(ws.Lines))*WrapLine + float64(len(ws.Badge))*WrapBadgeSize*WrapLine; math.Abs(h-ws.Box.H) > 1e-9 {
			t.Errorf("sticky %d is %.2f em high for %d lines and %d badge lines (%.2f)", ws.ID, ws.Box.H, len(ws.Lines), len(ws.Badge), h)
		}
	}
}
