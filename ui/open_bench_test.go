package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
	"pathmap/internal/bigboard"
	"pathmap/workshop"
)

// Opening the largest boards in the window, from the file to the first
// frame: load, the window and its panels, the first layout and the first
// picture of the canvas (Fyne's software renderer, 1280×720). The targets
// are in docs/BENCHMARKS.md; a benchmark never asserts a time.

func benchOpenWindow(b *testing.B, bd *board.Board) {
	b.Helper()
	path := filepath.Join(b.TempDir(), "big.pathmap")
	if err := board.Save(path, bd); err != nil {
		b.Fatal(err)
	}
	a := test.NewTempApp(b)
	a.Settings().SetTheme(NewTheme())
	b.ResetTimer()
	for b.Loop() {
		loaded, repairs, err := board.LoadWithReport(path)
		if err != nil || len(repairs) > 0 {
			b.Fatal(err, repairs)
		}
		// The timers wait for the benchmark: a big board's aids analyse it
		// right after the first frame, which is what is timed here.
		ts := &timers{}
		w := newWindow(a, workshop.Options{Board: loaded, Path: path, After: ts.after})
		w.win.Resize(fyne.NewSize(1280, 720))
		if img := w.win.Canvas().Capture(); img.Bounds().Dx() == 0 {
			b.Fatal("no frame")
		}
		b.StopTimer()
		ts.fire(0)
		w.ws.Stop()
		w.win.Close()
		b.StartTimer()
	}
}

// BenchmarkOpenWindow_100000Stickies: "100,000 stickies, first frame in ≤ 15 s".
func BenchmarkOpenWindow_100000Stickies(b *testing.B) {
	benchOpenWindow(b, bigboard.Wide(board.MaxStickies))
}

// BenchmarkOpenWindow_20000StackedInOneColumn: "20,000 stickies in one column, ≤ 3 s".
func BenchmarkOpenWindow_20000StackedInOneColumn(b *testing.B) {
	benchOpenWindow(b, bigboard.Stacked(20000))
}

// BenchmarkOpenWindow_100000Spans: "100,000 spans, ≤ 3 s".
func BenchmarkOpenWindow_100000Spans(b *testing.B) {
	benchOpenWindow(b, bigboard.Spanned(board.MaxStickies))
}
