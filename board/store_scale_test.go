package board

import (
	"fmt"
	"path/filepath"
	"testing"
)

// BigBoard-style fixtures: a long workshop, or several merged, can hold
// thousands of stickies. Opening and saving 2,000 must stay under 50 ms each
// (docs/BENCHMARKS.md, `make bench`).

// bigBoard returns a sound board of n stickies spread over the six lanes.
func bigBoard(n int) *Board {
	b := New()
	b.Stickies = nil
	for i := 0; i < n; i++ {
		l := Lane(i % LaneCount)
		col := i / LaneCount
		b.Stickies = append(b.Stickies, Sticky{ID: i + 1, Lane: l,
			Text: fmt.Sprintf("Step %d: deployed to staging after review — Größe %d", i, col),
			X:    float64(col) * (StickyWidth + ColumnGap), Y: b.LaneTop(l) + LanePad, W: StickyWidth, H: StickyHeight})
	}
	return b
}

func TestScale_FiveThousandStickiesOpenEditSaveAndReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.pathmap")
	if err := Save(path, bigBoard(5000)); err != nil {
		t.Fatal(err)
	}
	b, repairs, err := LoadWithReport(path)
	if err != nil || len(repairs) != 0 || len(b.Stickies) != 5000 {
		t.Fatalf("5,000-sticky board: %d stickies, repairs %v, err %v", len(b.Stickies), repairs, err)
	}
	d := NewDocument(b, nil)
	d.Apply(AddSticky{Sticky: Sticky{ID: b.NextID(), Lane: Actions, Text: "Who owns staging?", X: 0, Y: b.LaneTop(Actions) + LanePad, W: StickyWidth, H: StickyHeight}})
	d.Apply(&EditText{ID: 2500, Text: "Edited in a big board"})
	d.Apply(&DeleteSticky{ID: 17})
	if err := Save(path, d.Board()); err != nil {
		t.Fatal(err)
	}
	again, err := Load(path)
	if err != nil || !sameBoard(again, d.Board()) {
		t.Fatalf("the edited 5,000-sticky board did not reopen equal: %v", err)
	}
}

func benchFile(b *testing.B, n int) string {
	b.Helper()
	path := filepath.Join(b.TempDir(), "bench.pathmap")
	if err := Save(path, bigBoard(n)); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkLoad_2000Stickies is opening a board: read, parse, validate.
func BenchmarkLoad_2000Stickies(b *testing.B) {
	path := benchFile(b, 2000)
	for b.Loop() {
		if _, _, err := LoadWithReport(path); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSave_2000Stickies is a whole save as autosave does it: encode,
// copy the old version to .bak, write, fsync and rename, twice.
func BenchmarkSave_2000Stickies(b *testing.B) {
	path := benchFile(b, 2000)
	board := bigBoard(2000)
	for b.Loop() {
		if err := Save(path, board); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoad_5000Stickies and BenchmarkSave_5000Stickies show how the
// times grow past the target size.
func BenchmarkLoad_5000Stickies(b *testing.B) {
	path := benchFile(b, 5000)
	for b.Loop() {
		if _, _, err := LoadWithReport(path); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSave_5000Stickies(b *testing.B) {
	path := benchFile(b, 5000)
	board := bigBoard(5000)
	for b.Loop() {
		if err := Save(path, board); err != nil {
			b.Fatal(err)
		}
	}
}
