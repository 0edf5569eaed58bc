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

// BenchmarkLeadTime_20000SpansOverTheWholePath: every span covers every
// event column; finding the columns no span covers must stay linear.
func BenchmarkLeadTime_20000SpansOverTheWholePath(b *testing.B) {
	const n = 20000
	board := &Board{}
	for i := range n {
		board.Stickies = append(board.Stickies, Sticky{ID: i + 1, Lane: Events, Text: "Event", X: float64(i) * 10, Y: LanePad, W: StickyWidth, H: StickyHeight})
	}
	for i := range n {
		board.Spans = append(board.Spans, Span{ID: i + 1, From: 1, To: n, Label: "2d"})
	}
	b.ReportAllocs()
	for b.Loop() {
		LeadTime(board)
	}
}
