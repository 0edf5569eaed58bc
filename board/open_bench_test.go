package board

import (
	"fmt"
	"path/filepath"
	"testing"
)

// Opening the largest boards the format allows, as the window does before
// its first frame: read, check, repair. The targets (docs/BENCHMARKS.md) are
// for the whole start; these are the board's share of it.

// stackedBoard is n stickies piled in one column of the Pain points lane,
// each 40 units below the last (rows of 116 would pass the 1,000,000 edge
// after 8,600 stickies), the lane grown to hold them.
func stackedBoard(n int) *Board {
	b := New()
	const step = 40
	b.LaneHeights[PainPoints] = 2*LanePad + float64(n)*step + StickyHeight
	top := b.LaneTop(PainPoints) + LanePad
	for i := 0; i < n; i++ {
		b.Stickies = append(b.Stickies, Sticky{ID: i + 3, Lane: PainPoints, Text: fmt.Sprintf("Flaky test %d", i),
			X: StickyWidth + ColumnGap, Y: top + float64(i)*step, W: StickyWidth, H: StickyHeight})
	}
	return b
}

// wideBoard is n stickies over the six lanes in rows of 5,000, so that no
// sticky passes the edge of the board.
func wideBoard(n int) *Board {
	b := &Board{Title: "Merged workshops"}
	const perRow = 5000
	rows := (n/LaneCount)/perRow + 1
	for l := range b.LaneHeights {
		b.LaneHeights[l] = RowsHeight(rows)
	}
	for i := 0; i < n; i++ {
		l := Lane(i % LaneCount)
		col, row := (i/LaneCount)%perRow, (i/LaneCount)/perRow
		b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: l, Text: fmt.Sprintf("Step %d: deployed to staging after review — Größe", i),
			X: float64(col) * (StickyWidth + ColumnGap), Y: b.LaneTop(l) + LanePad + float64(row)*(StickyHeight+LaneGap),
			W: StickyWidth, H: StickyHeight})
	}
	return b
}

// spannedBoard has n events in a row and a timing over each neighbouring pair.
func spannedBoard(n int) *Board {
	b := &Board{}
	for i := 0; i < n; i++ {
		b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: Events, Text: fmt.Sprintf("Event %d", i),
			X: float64(i%4000) * (StickyWidth + ColumnGap) / 4, Y: LanePad, W: StickyWidth, H: StickyHeight})
	}
	for i := 1; i < n; i++ {
		b.Spans = append(b.Spans, Span{ID: i, From: i, To: i + 1, Label: "2d"})
	}
	return b
}

func benchOpen(b *testing.B, board *Board) {
	b.Helper()
	if err := board.CheckLimits(); err != nil {
		b.Fatalf("the fixture is no valid board: %v", err)
	}
	path := filepath.Join(b.TempDir(), "big.pathmap")
	if err := Save(path, board); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, repairs, err := LoadWithReport(path); err != nil || len(repairs) > 0 {
			b.Fatal(err, repairs)
		}
	}
}

// BenchmarkOpen_100000Stickies: the board part of "100,000 stickies, first
// frame in 15 s".
func BenchmarkOpen_100000Stickies(b *testing.B) { benchOpen(b, wideBoard(MaxStickies)) }

// BenchmarkOpen_20000StackedInOneColumn: "20,000 stacked, 3 s".
func BenchmarkOpen_20000StackedInOneColumn(b *testing.B) { benchOpen(b, stackedBoard(20000)) }

// BenchmarkOpen_100000Spans: "100,000 spans, 3 s".
func BenchmarkOpen_100000Spans(b *testing.B) { benchOpen(b, spannedBoard(MaxStickies)) }
