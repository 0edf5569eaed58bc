package export

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
)

// pageObjects counts the pages of a gofpdf document without any tool: page
// dictionaries are written uncompressed.
var pageObjects = regexp.MustCompile(`/Type /Page\b[^s]`)

func pdfPages(t *testing.T, pdf []byte) int {
	t.Helper()
	info := pdfTool(t, "pdfinfo", pdf)
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestPDF_ContainsEveryStickyText(t *testing.T) {
	b := sampleBoard(t)
	// -raw keeps the order text was drawn in, so each sticky's lines stay
	// together; -layout would interleave the lines of side-by-side stickies.
	text := squash(pdfTool(t, "pdftotext", renderPDF(t, b), "-raw", "-f", "1", "-l", "1"))
	for _, s := range b.Stickies {
		if !strings.Contains(text, squash(s.Text)) {
			t.Errorf("map page lacks sticky %d %q", s.ID, s.Text)
		}
	}
	for _, l := range board.AllLanes() {
		if !strings.Contains(text, squash(l.Name())) {
			t.Errorf("map page lacks lane name %q", l.Name())
		}
	}
}

func TestPDF_SampleHasTwoPages(t *testing.T) {
	pdf := renderPDF(t, sampleBoard(t))
	if n := len(pageObjects.FindAll(pdf, -1)); n != 2 {
		t.Errorf("%d page objects, want 2", n)
	}
	if n := pdfPages(t, pdf); n != 2 {
		t.Errorf("pdfinfo: %d pages, want 2", n)
	}
}

func TestPDF_HandoutListsPainPointsAndActionsWithTheirEvent(t *testing.T) {
	b := sampleBoard(t)
	page2 := pdfTool(t, "pdftotext", renderPDF(t, b), "-layout", "-f", "2", "-l", "2")
	for _, want := range []string{"Actions and questions", "Questions & actions", "Pain points",
		"under: Deployed to staging", "under: Change approved by CAB", b.Title} {
		if !strings.Contains(page2, want) {
			t.Errorf("page 2 lacks %q:\n%s", want, page2)
		}
	}
	flat := squash(page2)
	for _, l := range []board.Lane{board.PainPoints, board.Actions} {
		for _, s := range b.InLane(l) {
			if !strings.Contains(flat, squash(s.Text)) {
				t.Errorf("page 2 lacks %s %q", l.Name(), s.Text)
			}
		}
	}
	// Questions & actions come first, then pain points, as the brief orders.
	if strings.Index(page2, "Questions & actions") > strings.Index(page2, "Pain points") {
		t.Error("pain points are listed before questions & actions")
	}
}

func TestPDF_EmptySectionsSayNoneYet(t *testing.T) {
	b := boardOf(board.Events, "Story picked up")
	page2 := pdfTool(t, "pdftotext", renderPDF(t, b), "-layout", "-f", "2", "-l", "2")
	if n := strings.Count(page2, "None yet."); n != 2 {
		t.Errorf(`"None yet." appears %d times, want 2:\n%s`, n, page2)
	}
}

func TestPDF_HeaderAndFooterOnEveryPage(t *testing.T) {
	b := sampleBoard(t)
	pdf := renderPDF(t, b)
	for page := 1; page <= 2; page++ {
		p := strconv.Itoa(page)
		text := pdfTool(t, "pdftotext", pdf, "-layout", "-f", p, "-l", p)
		for _, want := range []string{b.Title, "26 November 2026", fmt.Sprintf("pathmap · page %d of 2", page)} {
			if !strings.Contains(text, want) {
				t.Errorf("page %d lacks %q", page, want)
			}
		}
	}
}

func TestPDF_PrintsAccentsAndGreek(t *testing.T) {
	words := []string{"Größe", "Déploiement", "Ωμέγα"}
	text := pdfTool(t, "pdftotext", renderPDF(t, boardOf(board.Actions, words...)), "-layout")
	for _, w := range words {
		if n := strings.Count(text, w); n != 2 { // on the map and in the list
			t.Errorf("%q found %d times, want 2:\n%s", w, n, text)
		}
	}
}

func TestPDF_SameBoardSameBytes(t *testing.T) {
	b := sampleBoard(t)
	first, second := renderPDF(t, b), renderPDF(t, b)
	if !bytes.Equal(first, second) {
		t.Fatal("two PDFs of the same board with the same date differ")
	}
	if !bytes.Contains(first, []byte("D:20261126")) {
		t.Error("creation date is not the one passed in PDFOptions")
	}
}

func TestPDF_EmojiAndCJKDoNotBreakTheExport(t *testing.T) {
	// gofpdf v1.16.2 panics on characters beyond U+FFFF.
	b := boardOf(board.Events, "🚀 go live", "部署 pipeline", "a\U00010000b", "bad \xff utf-8")
	b.Title = "Launch 🚀"
	text := pdfTool(t, "pdftotext", renderPDF(t, b), "-raw")
	for _, want := range []string{"go live", "pipeline", "Launch"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(b.Stickies[0].Text, string(missingGlyph)) {
		t.Error("PDF changed the caller's board")
	}
}

func TestPDF_LongListsFlowOntoMorePages(t *testing.T) {
	var texts []string
	for i := 1; i <= 70; i++ {
		texts = append(texts, fmt.Sprintf("Action number %d: ask the platform team about the staging cluster", i))
	}
	pdf := renderPDF(t, boardOf(board.Actions, texts...))
	n := pdfPages(t, pdf)
	if n < 3 {
		t.Fatalf("%d pages, want the list to continue past page 2", n)
	}
	// Only the list: 70 stickies in one row make the map too small to read,
	// and its text is clipped to the 5 pt minimum.
	list := pdfTool(t, "pdftotext", pdf, "-layout", "-f", "2")
	last := fmt.Sprintf("pathmap · page %d of %d", n, n)
	if !strings.Contains(list, last) {
		t.Errorf("footer %q missing", last)
	}
	if !strings.Contains(list, "Questions & actions (continued)") {
		t.Error("the list's heading is not repeated on the next page")
	}
	flat := squash(list)
	for _, s := range texts {
		if strings.Count(flat, squash(s)) != 1 {
			t.Errorf("%q should appear once in the list", s)
		}
	}
}

// pageStreams returns the decompressed page content streams of pdf; gofpdf
// starts each with the line cap style, "0 J".
func pageStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var out [][]byte
	for _, m := range regexp.MustCompile(`(?s)stream\n(.*?)\nendstream`).FindAllSubmatch(pdf, -1) {
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			continue
		}
		data, err := io.ReadAll(r)
		if err == nil && bytes.HasPrefix(data, []byte("0 J\n")) {
			out = append(out, data)
		}
	}
	if len(out) == 0 {
		t.Fatal("no page content found")
	}
	return out
}

func TestPDF_GraphicsStateIsBalanced(t *testing.T) {
	// Every q (save) needs its Q (restore), or clipping leaks onto later
	// drawing and readers give up past a nesting depth of 28.
	for i, page := range pageStreams(t, renderPDF(t, manyStickies(300))) {
		depth, deepest := 0, 0
		for _, tok := range bytes.Fields(page) {
			switch string(tok) {
			case "q":
				depth++
				deepest = max(deepest, depth)
			case "Q":
				depth--
			}
		}
		if depth != 0 || deepest > 2 {
			t.Errorf("page %d: %d graphics states left open, %d deep at most", i+1, depth, deepest)
		}
	}
}

func TestPDF_WideMapIsPrintedInReadableParts(t *testing.T) {
	var texts []string
	for i := 1; i <= 40; i++ {
		texts = append(texts, fmt.Sprintf("Step %d done", i))
	}
	b := boardOf(board.Events, texts...)
	pdf := renderPDF(t, b)
	n := pdfPages(t, pdf)
	if n < 4 {
		t.Fatalf("%d pages: a 40-column map should take several pages, then the list", n)
	}
	mapPages := pdfTool(t, "pdftotext", pdf, "-raw", "-l", strconv.Itoa(n-1))
	flat := squash(mapPages)
	for _, s := range texts {
		// Whole, not cut to "…": every part is printed large enough.
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("%q is not printed whole on the map pages", s)
		}
	}
	if !strings.Contains(mapPages, fmt.Sprintf("Map, part %d of %d", n-1, n-1)) {
		t.Errorf("map pages do not say which part they are:\n%s", mapPages)
	}
	if strings.Contains(mapPages, "…") {
		t.Error("sticky text was cut short")
	}
}

func TestPDF_EmptyBoard(t *testing.T) {
	pdf := renderPDF(t, &board.Board{})
	if n := len(pageObjects.FindAll(pdf, -1)); n != 2 {
		t.Errorf("%d pages, want 2", n)
	}
}

func TestPDF_WriteErrorIsReturned(t *testing.T) {
	err := PDF(failingWriter{}, sampleBoard(t), PDFOptions{Created: fixedDate})
	if !errors.Is(err, errDiskFull) {
		t.Fatalf("got %v, want the writer's error", err)
	}
}

var errDiskFull = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func BenchmarkPDF_300Stickies(b *testing.B) {
	board := manyStickies(300)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := PDF(&buf, board, PDFOptions{Created: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
}
