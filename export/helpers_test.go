package export

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"

	"pathmap/board"
)

// fixedDate is the creation date of every test PDF, so outputs compare.
var fixedDate = time.Date(2026, 11, 26, 9, 30, 0, 0, time.UTC)

// sampleBoard is the filled-in example map shipped with the app.
func sampleBoard(t testing.TB) *board.Board {
	t.Helper()
	b, err := board.Load(filepath.Join("..", "assets", "sample.pathmap"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// boardOf places one sticky per text in lane l, left to right.
func boardOf(l board.Lane, texts ...string) *board.Board {
	b := &board.Board{Title: "Test board"}
	for i, text := range texts {
		b.Stickies = append(b.Stickies, board.Sticky{
			ID: i + 1, Lane: l, Text: text,
			X: float64(i) * (board.StickyWidth + board.ColumnGap), Y: b.LaneTop(l) + board.LanePad,
			W: board.StickyWidth, H: board.StickyHeight,
		})
	}
	return b
}

// manyStickies is a crowded board of n stickies spread evenly over the
// lanes, one row each, as a long workshop leaves it, with texts of every
// length.
func manyStickies(n int) *board.Board {
	b := &board.Board{Title: fmt.Sprintf("Benchmark board with %d stickies", n)}
	words := strings.Fields("deploy review merge pipeline staging approval ticket backlog release " +
		"customer feedback security scan flaky tests wait handover platform team on call")
	for i := 0; i < n; i++ {
		lane := board.Lane(i % board.LaneCount)
		col := i / board.LaneCount
		var text []string
		for j := 0; j < 1+i%12; j++ {
			text = append(text, words[(i*7+j*3)%len(words)])
		}
		b.Stickies = append(b.Stickies, board.Sticky{
			ID: i + 1, Lane: lane, Text: strings.Join(text, " "),
			X: float64(col) * (board.StickyWidth + board.ColumnGap),
			Y: b.LaneTop(lane) + board.LanePad,
			W: board.StickyWidth, H: board.StickyHeight,
		})
	}
	return b
}

// renderPDF makes the PDF of b dated fixedDate.
func renderPDF(t testing.TB, b *board.Board) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// needTool skips the test when a command-line tool is missing, except in CI,
// where a missing tool must not silently turn checks off.
func needTool(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is needed in CI (Debian: apt-get install poppler-utils): %v", name, err)
		}
		t.Skipf("%s not installed (Debian: apt-get install poppler-utils)", name)
	}
}

// pdfTool runs a poppler tool (pdftotext, pdfinfo) on pdf and returns its
// output; args come before the file name.
func pdfTool(t *testing.T, tool string, pdf []byte, args ...string) string {
	t.Helper()
	needTool(t, tool)
	path := filepath.Join(t.TempDir(), "out.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	cmdArgs := append(append([]string{}, args...), path)
	if tool == "pdftotext" {
		cmdArgs = append(cmdArgs, "-")
	}
	out, err := exec.Command(tool, cmdArgs...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s", tool, args, err, out)
	}
	return string(out)
}

// squash drops all blank space, so text compares however it was wrapped.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// workshopBoard is the sample as a finished workshop leaves it: actions
// with owners and due dates, one open question, voted pain points, timing
// spans, a timed agenda and a follow-up.
func workshopBoard(t testing.TB) *board.Board {
	t.Helper()
	b := sampleBoard(t)
	set := func(id int, f func(s *board.Sticky)) {
		i := b.Index(id)
		if i < 0 {
			t.Fatalf("sample has no sticky %d", id)
		}
		f(&b.Stickies[i])
	}
	set(28, func(s *board.Sticky) { s.Owner, s.Due = "Priya", "2026-12-04" })
	set(29, func(s *board.Sticky) { s.Owner, s.Due = "Sam", "2026-12-02" })
	set(20, func(s *board.Sticky) { s.Votes = 2 })
	set(22, func(s *board.Sticky) { s.Votes = 5 })
	set(23, func(s *board.Sticky) { s.Votes = 1 })
	// Room for the brackets under the Timings lane, as the editor makes it.
	b.LaneHeights[board.Timings] = board.DefaultLaneHeight + board.SpanStrip
	for i := range b.Stickies {
		if b.Stickies[i].Lane == board.Actions {
			b.Stickies[i].Y += board.SpanStrip
		}
	}
	b.Spans = []board.Span{{ID: 1, From: 2, To: 3, Label: "2d"}, {ID: 2, From: 4, To: 4, Label: "40 min"}, {ID: 3, From: 6, To: 8, Label: "1w"}}
	b.Agenda = board.DefaultAgenda()
	b.Agenda.Began = fixedDate.Add(-2 * time.Hour)
	for i := range b.Agenda.Steps {
		b.Agenda.Steps[i].Spent = b.Agenda.Steps[i].Planned + time.Duration(i%3-1)*time.Minute
	}
	b.Agenda.Current = len(b.Agenda.Steps) - 1
	b.Agenda.FollowUp = board.FollowUp{When: "2026-12-10 14:00", Purpose: board.PurposeImprove, Note: "Pick the two worst waits"}
	return b
}

// columns is a board of n events in a row.
func columns(n int) *board.Board {
	var texts []string
	for i := 0; i < n; i++ {
		texts = append(texts, fmt.Sprint("event ", i))
	}
	return boardOf(board.Events, texts...)
}

// stackedStickies is a big workshop board of n stickies: 40 event columns,
// the other lanes' stickies stacked under their events, the lanes grown to
// hold them, as the editor arranges a crowded board.
func stackedStickies(n int) *board.Board {
	src := manyStickies(n)
	b := &board.Board{Title: src.Title}
	const cols = 40
	perLane := (n + board.LaneCount - 1) / board.LaneCount
	rows := (perLane + cols - 1) / cols
	for l := range board.LaneCount {
		b.LaneHeights[l] = board.RowsHeight(rows)
	}
	count := [board.LaneCount]int{}
	for _, s := range src.Stickies {
		i := count[s.Lane]
		count[s.Lane]++
		s.X = float64(i%cols) * (board.StickyWidth + board.ColumnGap)
		s.Y = b.LaneTop(s.Lane) + board.LanePad + float64(i/cols)*(board.StickyHeight+board.LaneGap)
		b.Stickies = append(b.Stickies, s)
	}
	return b
}
