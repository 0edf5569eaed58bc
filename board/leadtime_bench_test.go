package board

import "testing"

func BenchmarkLeadTime_2000Stickies(b *testing.B) {
	board := bigAidsBoard(2000)
	b.ReportAllocs()
	for b.Loop() {
		LeadTime(board)
	}
}

func BenchmarkBlanks_2000Stickies(b *testing.B) {
	board := bigAidsBoard(2000)
	b.ReportAllocs()
	for b.Loop() {
		Blanks(board)
	}
}

func BenchmarkTenseHints_2000Stickies(b *testing.B) {
	board := bigAidsBoard(2000)
	b.ReportAllocs()
	for b.Loop() {
		TenseHints(board)
	}
}
