package ui

import (
	"testing"

	"pathmap/board"
)

// One typed edit on a 2,000-sticky board: everything the window does
// besides the board itself, i.e. every aid recomputed and its markers laid
// out again.
func BenchmarkAids_EditOn2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	texts := []string{"Deploy to staging", "Deployed to staging"}
	i := 0
	for b.Loop() {
		w.Document().Apply(&board.EditText{ID: 7, Text: texts[i%2]})
		i++
	}
}

// One pan step with the aids' markers on a 2,000-sticky board.
func BenchmarkAids_PanWithMarkers2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	i := 0
	for b.Loop() {
		d := float32(3)
		if i%2 == 1 {
			d = -3
		}
		i++
		w.view.Viewport().Pan(d, 0)
	}
}

// The aids' own share of an edit: the analysis alone.
func BenchmarkAids_Analyse2000Stickies(b *testing.B) {
	w := benchWindow(b, 2000)
	texts := []string{"Deploy to staging", "Deployed to staging"}
	i := 0
	for b.Loop() {
		w.Document().Board().Stickies[6].Text = texts[i%2]
		i++
		w.aids.analyse()
	}
}
