package ui

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// bigBoard is a board of n stickies: events across the top and the other
// lanes filled column by column, as a long workshop leaves it.
func bigBoard(n int) *board.Board {
	b := &board.Board{Title: "Big board"}
	pitch := board.StickyWidth + board.ColumnGap
	for i := 0; i < n; i++ {
		l := board.Lane(i % board.LaneCount)
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: l, Text: fmt.Sprintf("Sticky number %d with some text", i+1),
			X: float64(i/board.LaneCount) * pitch, Y: b.LaneTop(l) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	return b
}

func benchWindow(b *testing.B, n int) *Window {
	a := test.NewTempApp(b)
	a.Settings().SetTheme(NewTheme())
	w := NewWindow(a, "", bigBoard(n))
	w.win.Resize(fyne.NewSize(1440, 900))
	w.view.Viewport().ZoomAt(1/w.view.Viewport().Zoom(), fyne.NewPos(board.LabelWidth, 0)) // 100%
	return w
}

// One pointer move while dragging a sticky on a 2,000-sticky board.
func BenchmarkDrag_2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	sw := w.view.StickyWidget(7)
	sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 1}})
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := float32(1)
		if i%2 == 1 {
			d = -1
		}
		sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: d, DY: d}})
	}
}

// One zoom step (Ctrl+wheel) on a 2,000-sticky board.
func BenchmarkZoomStep_2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	at := fyne.NewPos(700, 400)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		f := float32(1.1)
		if i%2 == 1 {
			f = 1 / f
		}
		w.view.Viewport().ZoomAt(f, at)
	}
}

// Ctrl+A, then drag the whole selection and drop it: one undoable move of
// 2,000 stickies.
func BenchmarkSelectAllMove_2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	sw := w.view.StickyWidget(7)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.view.SelectAll()
		sw.Dragged(&fyne.DragEvent{Dragged: fyne.Delta{DX: 30}})
		sw.DragEnd()
	}
}

// Fit the whole 2,000-sticky board in view (Ctrl+0), the heaviest re-layout.
func BenchmarkFitBoard_2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		w.view.Viewport().FitBoard()
		w.view.Viewport().ZoomAt(4, fyne.NewPos(700, 400))
	}
}
