package board

import (
	"fmt"
	"math/rand"
	"testing"
)

// bigAidsBoard is a busy 2,000-sticky board: 200 event columns with
// systems, teams, pain points, timings and actions under them, texts drawn
// from workshop phrases so that duplicates and near-duplicates occur as
// they do on a real wall, and a timing span over every other pair of events.
func bigAidsBoard(n int) *Board {
	rng := rand.New(rand.NewSource(42))
	verbs := []string{"Deployed to", "Tested in", "Approved for", "Reviewed for", "Signed off for", "Released to",
		"Deploy to", "Code reviewed for", "Security scan of", "Smoke tested in", "Rolled back from", "Monitored in"}
	things := []string{"staging", "production", "QA", "UAT", "the dev cluster", "the EU region", "the US region",
		"mobile", "web", "payments", "search", "checkout", "billing", "the data lake", "the API gateway",
		"the mainframe", "partner sandbox", "perf env", "DR site", "the canary fleet"}
	timings := []string{"2d", "4h", "1w", "1-3d", "M", "S", "30m", "soon", "L", "3 days"}
	b := &Board{}
	columns := n / 10
	pitch := StickyWidth + ColumnGap
	for c := 0; c < columns; c++ {
		b.Stickies = append(b.Stickies, Sticky{ID: len(b.Stickies) + 1, Lane: Events,
			Text: verbs[rng.Intn(len(verbs))] + " " + things[rng.Intn(len(things))], X: float64(c) * pitch, Y: LanePad,
			W: StickyWidth, H: StickyHeight})
	}
	for len(b.Stickies) < n {
		l := Lane(1 + rng.Intn(LaneCount-1))
		text := fmt.Sprintf("%s %s %d", verbs[rng.Intn(len(verbs))], things[rng.Intn(len(things))], rng.Intn(40))
		if l == Timings {
			text = timings[rng.Intn(len(timings))]
		}
		if rng.Intn(8) == 0 && len(text) > 3 { // a typo
			r := []rune(text)
			i := rng.Intn(len(r) - 1)
			r[i], r[i+1] = r[i+1], r[i]
			text = string(r)
		}
		b.Stickies = append(b.Stickies, Sticky{ID: len(b.Stickies) + 1, Lane: l, Text: text,
			X: float64(rng.Intn(columns)) * pitch, Y: b.LaneTop(l) + LanePad + float64(rng.Intn(3))*116,
			W: StickyWidth, H: StickyHeight})
	}
	for c := 0; c+1 < columns; c += 2 {
		b.Spans = append(b.Spans, Span{ID: len(b.Spans) + 1, From: c + 1, To: c + 2, Label: timings[rng.Intn(len(timings))]})
	}
	return b
}

func BenchmarkFindDuplicates_2000Stickies(b *testing.B) {
	board := bigAidsBoard(2000)
	b.ReportAllocs()
	for b.Loop() {
		FindDuplicates(board)
	}
}

// The canvas calls Update after every edit; this is the cost of one.
func BenchmarkDuplicateFinder_UpdateAfterOneEdit(b *testing.B) {
	board := bigAidsBoard(2000)
	f := NewDuplicateFinder()
	f.Update(board)
	texts := []string{"Deployed to staging", "Deploy to staging 3"}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		board.Stickies[500].Text = texts[i%2]
		i++
		f.Update(board)
	}
}

// The same, when the edit makes the sticky a duplicate of another or stops
// it being one, so the groups are worked out again.
func BenchmarkDuplicateFinder_UpdateAfterEditThatChangesGroups(b *testing.B) {
	board := bigAidsBoard(2000)
	f := NewDuplicateFinder()
	f.Update(board)
	edited := &board.Stickies[500]
	var twin string
	mine, _ := board.EventOf(*edited)
	for _, s := range board.Stickies {
		if theirs, _ := board.EventOf(s); s.Lane == edited.Lane && theirs.ID == mine.ID && s.ID != edited.ID && s.Text != edited.Text {
			twin = s.Text
			break
		}
	}
	if twin == "" {
		b.Fatal("no sticky to copy under the same event")
	}
	before := len(f.Update(board))
	old := edited.Text
	edited.Text = twin
	if len(f.Update(board)) == before {
		b.Fatal("copying a neighbour's text made no new duplicate")
	}
	edited.Text = old
	f.Update(board)
	texts := []string{twin, "Something nobody else wrote"}
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		edited.Text = texts[i%2]
		i++
		f.Update(board)
	}
}
