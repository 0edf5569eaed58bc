// Package bigboard builds the largest boards the file format allows, for
// the benchmarks that hold pathmap to its opening-time targets
// (docs/BENCHMARKS.md). Tests and benchmarks only; the app never uses it.
package bigboard

import (
	"fmt"

	"pathmap/board"
)

// Stacked is n stickies piled in one column of the Pain points lane, each 40
// units below the last (rows of 116 would pass the 1,000,000 edge after
// 8,600 stickies), the lane grown to hold them: a merged board whose
// stickies all landed in one place.
func Stacked(n int) *board.Board {
	b := board.New()
	const step = 40
	b.LaneHeights[board.PainPoints] = 2*board.LanePad + float64(n)*step + board.StickyHeight
	top := b.LaneTop(board.PainPoints) + board.LanePad
	for i := 0; i < n; i++ {
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 3, Lane: board.PainPoints, Text: fmt.Sprintf("Flaky test %d", i),
			X: board.StickyWidth + board.ColumnGap, Y: top + float64(i)*step, W: board.StickyWidth, H: board.StickyHeight})
	}
	return b
}

// Wide is n stickies over the six lanes in rows of 5,000, so that no sticky
// passes the edge of the board.
func Wide(n int) *board.Board {
	b := &board.Board{Title: "Merged workshops"}
	const perRow = 5000
	rows := (n/board.LaneCount)/perRow + 1
	for l := range b.LaneHeights {
		b.LaneHeights[l] = board.RowsHeight(rows)
	}
	for i := 0; i < n; i++ {
		l := board.Lane(i % board.LaneCount)
		col, row := (i/board.LaneCount)%perRow, (i/board.LaneCount)/perRow
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: l, Text: fmt.Sprintf("Step %d: deployed to staging after review — Größe", i),
			X: float64(col) * (board.StickyWidth + board.ColumnGap), Y: b.LaneTop(l) + board.LanePad + float64(row)*(board.StickyHeight+board.LaneGap),
			W: board.StickyWidth, H: board.StickyHeight})
	}
	return b
}

// Spanned has n events in a row (four to a column, overlapping) and a timing
// span over each neighbouring pair: n-1 spans.
func Spanned(n int) *board.Board {
	b := &board.Board{}
	for i := 0; i < n; i++ {
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: board.Events, Text: fmt.Sprintf("Event %d", i),
			X: float64(i%4000) * (board.StickyWidth + board.ColumnGap) / 4, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	for i := 1; i < n; i++ {
		b.Spans = append(b.Spans, board.Span{ID: i, From: i, To: i + 1, Label: "2d"})
	}
	return b
}
