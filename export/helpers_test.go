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
