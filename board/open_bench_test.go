package board_test

import (
	"path/filepath"
	"testing"

	"pathmap/board"
	"pathmap/internal/bigboard"
)

// Opening the largest boards the format allows, as the window does before
// its first frame: read, check, repair. The targets (docs/BENCHMARKS.md) are
// for the whole start (ui's BenchmarkOpenWindow_*); these are the board's
// share of it.

func benchOpen(b *testing.B, bd *board.Board) {
	b.Helper()
	if err := bd.CheckLimits(); err != nil {
		b.Fatalf("the fixture is no valid board: %v", err)
	}
	path := filepath.Join(b.TempDir(), "big.pathmap")
	if err := board.Save(path, bd); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, repairs, err := board.LoadWithReport(path); err != nil || len(repairs) > 0 {
			b.Fatal(err, repairs)
		}
	}
}

// BenchmarkOpen_100000Stickies: the board part of "100,000 stickies, first
// frame in 15 s".
func BenchmarkOpen_100000Stickies(b *testing.B) { benchOpen(b, bigboard.Wide(board.MaxStickies)) }

// BenchmarkOpen_20000StackedInOneColumn: "20,000 stacked, 3 s".
func BenchmarkOpen_20000StackedInOneColumn(b *testing.B) { benchOpen(b, bigboard.Stacked(20000)) }

// BenchmarkOpen_100000Spans: "100,000 spans, 3 s".
func BenchmarkOpen_100000Spans(b *testing.B) { benchOpen(b, bigboard.Spanned(board.MaxStickies)) }

// BenchmarkInLane_100000Events: the reading order of the Events lane, which
// the duplicate search, the lead time, the tense hints and the blanks each
// ask for when a board opens.
func BenchmarkInLane_100000Events(b *testing.B) {
	bd := bigboard.Spanned(board.MaxStickies)
	b.ReportAllocs()
	for b.Loop() {
		bd.InLane(board.Events)
	}
}
