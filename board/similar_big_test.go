package board_test

import (
	"testing"

	"pathmap/board"
	"pathmap/internal/bigboard"
)

// The duplicate search on the largest boards, which the window runs when
// it opens one (docs/BENCHMARKS.md, "Opening large boards").

func BenchmarkFindDuplicates_100000Stickies(b *testing.B) {
	bd := bigboard.Wide(board.MaxStickies)
	for b.Loop() {
		board.FindDuplicates(bd)
	}
}

func BenchmarkFindDuplicates_20000StackedInOneColumn(b *testing.B) {
	bd := bigboard.Stacked(20000)
	for b.Loop() {
		board.FindDuplicates(bd)
	}
}

func BenchmarkFindDuplicates_100000Events(b *testing.B) {
	bd := bigboard.Spanned(board.MaxStickies)
	for b.Loop() {
		board.FindDuplicates(bd)
	}
}
