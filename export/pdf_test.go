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

func TestPDF_FitPutsTheMapOnPageOneThenTheList(t *testing.T) {
	pdf := renderPDF(t, sampleBoard(t))
	n := pdfPages(t, pdf)
	if objs := len(pageObjects.FindAll(pdf, -1)); objs != n {
		t.Errorf("%d page objects, pdfinfo says %d pages", objs, n)
	}
	if n < 2 || n > 3 {
		t.Errorf("%d pages, want the map and one or two pages of list", n)
	}
	if p2 := pdfTool(t, "pdftotext", pdf, "-f", "2", "-l", "2"); !strings.Contains(p2, "Action list") {
		t.Errorf("page 2 is not the action list:\n%s", p2)
	}
}

func TestPDF_EmptySectionsSaySo(t *testing.T) {
	b := boardOf(board.Events, "Story picked up")
	page2 := pdfTool(t, "pdftotext", renderPDF(t, b), "-layout", "-f", "2", "-l", "2")
	for _, want := range []string{"No action has an owner yet.", "No follow-up agreed yet."} {
		if !strings.Contains(page2, want) {
			t.Errorf("page 2 lacks %q:\n%s", want, page2)
		}
	}
	// Questions, pain points by votes and by event, systems and teams, timings.
	if n := strings.Count(page2, "None."); n != 5 {
		t.Errorf(`"None." appears %d times, want 5:\n%s`, n, page2)
	}
	for _, want := range []string{"No timings yet", "No pain points on the map."} {
		if !strings.Contains(page2, want) {
			t.Errorf("the summary lacks %q:\n%s", want, page2)
		}
	}
}

func TestPDF_HeaderAndFooterOnEveryPage(t *testing.T) {
	b := sampleBoard(t)
	pdf := renderPDF(t, b)
	n := pdfPages(t, pdf)
	for page := 1; page <= n; page++ {
		p := strconv.Itoa(page)
		text := pdfTool(t, "pdftotext", pdf, "-layout", "-f", p, "-l", p)
		for _, want := range []string{b.Title, "26 November 2026", fmt.Sprintf("pathmap · page %d of %d", page, n)} {
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
		// On the map, flagged in the summary (no owner), and in the list.
		if n := strings.Count(text, w); n != 3 {
			t.Errorf("%q found %d times, want 3:\n%s", w, n, text)
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
	if !strings.Contains(list, "Open questions (continued)") {
		t.Error("the list's heading is not repeated on the next page")
	}
	// Each once under Open questions; the summary flags only the first few.
	flat := squash(list)
	for i, s := range texts {
		want := 1
		if i < summaryFlags {
			want = 2
		}
		if n := strings.Count(flat, squash(s)); n != want {
			t.Errorf("%q appears %d times in the list, want %d", s, n, want)
		}
	}
	if more := fmt.Sprintf("and %d more", len(texts)-summaryFlags); !strings.Contains(list, more) {
		t.Errorf("the summary does not say %q", more)
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

func TestPDF_MapShowsEveryStickyTextAndEveryOwner(t *testing.T) {
	b := workshopBoard(t)
	for _, paper := range Papers {
		var buf bytes.Buffer
		if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Paper: paper, Fonts: NoFallback}); err != nil {
			t.Fatal(err)
		}
		text := squash(pdfTool(t, "pdftotext", buf.Bytes(), "-raw", "-f", "1", "-l", "1"))
		for _, s := range b.Stickies {
			if !strings.Contains(text, squash(s.Text)) {
				t.Errorf("%s: map lacks sticky %d %q", paper, s.ID, s.Text)
			}
			if s.Owner != "" && !strings.Contains(text, squash(s.Owner+" · "+s.Due)) {
				t.Errorf("%s: map lacks owner and due date of sticky %d (%s, %s)", paper, s.ID, s.Owner, s.Due)
			}
		}
		for _, want := range []string{"2d", "40min", "1w", "5votes"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: map lacks %q", paper, want)
			}
		}
	}
}

func TestPDF_PaperSizesAreLandscape(t *testing.T) {
	want := map[Paper]string{A4: "841.89 x 595.28", A3: "1190.55 x 841.89", Letter: "792 x 612", Tabloid: "1224 x 792"}
	for paper, size := range want {
		var buf bytes.Buffer
		if err := PDF(&buf, sampleBoard(t), PDFOptions{Created: fixedDate, Paper: paper}); err != nil {
			t.Fatal(err)
		}
		// The action list's pages are sideways; the map page may be upright
		// when that prints its text larger.
		n := strconv.Itoa(pdfPages(t, buf.Bytes()))
		if info := pdfTool(t, "pdfinfo", buf.Bytes(), "-f", n, "-l", n); !regexp.MustCompile(`Page +` + n + ` size: +` + regexp.QuoteMeta(size) + " pts").MatchString(info) {
			t.Errorf("%s: pdfinfo says\n%s\nwant %s pts on the last page", paper, info, size)
		}
	}
	if err := PDF(&bytes.Buffer{}, sampleBoard(t), PDFOptions{Paper: "B5"}); err == nil || !strings.Contains(err.Error(), "B5") {
		t.Errorf("paper B5: error %v, want one naming it", err)
	}
}

// mapPages is the number of pages before the action list.
func mapPages(t *testing.T, pdf []byte) int {
	t.Helper()
	n := pdfPages(t, pdf)
	for p := 1; p <= n; p++ {
		if strings.Contains(pdfTool(t, "pdftotext", pdf, "-f", strconv.Itoa(p), "-l", strconv.Itoa(p)), "Action list") {
			return p - 1
		}
	}
	t.Fatal("no action list page")
	return 0
}

func TestPDF_PosterPrintsEveryWordWholeWithPageLabels(t *testing.T) {
	var texts []string
	for i := 1; i <= 40; i++ {
		texts = append(texts, fmt.Sprintf("Step %d done after a long wait for the review board", i))
	}
	b := boardOf(board.Events, texts...)
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Poster: true}); err != nil {
		t.Fatal(err)
	}
	pdf := buf.Bytes()
	n := mapPages(t, pdf)
	tiles := pdfTool(t, "pdftotext", pdf, "-raw", "-f", "2", "-l", strconv.Itoa(n))
	flat := squash(tiles)
	for _, s := range texts {
		if !strings.Contains(flat, squash(s)) {
			t.Errorf("%q is not printed whole on the poster", s)
		}
	}
	if strings.Contains(tiles, "…") {
		t.Error("poster text was cut short")
	}
	for _, want := range []string{"Poster page A1 (row 1 of", "Poster page A2 (row 1 of", "trim at the dashed line, lay over A1"} {
		if !strings.Contains(tiles, want) {
			t.Errorf("poster pages lack %q", want)
		}
	}
	overview := pdfTool(t, "pdftotext", pdf, "-f", "1", "-l", "1")
	if !strings.Contains(overview, fmt.Sprintf("Poster of %d pages", n-1)) {
		t.Errorf("the overview does not explain the poster:\n%s", overview)
	}
	// Fit on one page instead: the wrapped map holds all forty whole too.
	fit := squash(pdfTool(t, "pdftotext", renderPDF(t, b), "-raw", "-f", "1", "-l", "1"))
	for _, s := range texts {
		if !strings.Contains(fit, squash(s)) {
			t.Errorf("%q is not printed whole on the fit page", s)
		}
	}
}

func TestPDF_ActionListHasEverySection(t *testing.T) {
	b := workshopBoard(t)
	pdf := renderPDF(t, b)
	list := pdfTool(t, "pdftotext", pdf, "-raw", "-f", "2")
	flat := squash(list)
	for _, want := range []string{
		"Actions", "Can low-risk changes skip CAB? Sam to check", "owner: Sam · due: 2026-12-02 · under: Change approved by CAB",
		"owner: Priya · due: 2026-12-04 · under: Deployed to staging",
		"Open questions", "How do we know customers used it? No analytics yet", "owner: nobody yet · under: Customer used the new feature",
		"Pain points by event", "5 votes", "Systems and teams by event", "Systems: Staging Kubernetes cluster", "Teams: Change Advisory Board",
		"Timings", "Lead time 7.1 days", "longest: Security scan signed off – Deployed to production", "2d: Code written and unit-tested – Pull request reviewed and merged", "40 min: CI pipeline passed",
		"Agenda: planned vs actual", "Start and final events", "planned 5 min · actual 4 min (-1)", "Whole session",
		"Follow-up", "When: 2026-12-10 14:00", "Purpose: Improve the path to production", "Note: Pick the two worst waits",
	} {
		if !strings.Contains(flat, squash(want)) {
			t.Errorf("action list lacks %q", want)
		}
	}
	// Actions by due date: Sam's (2 Dec) before Priya's (4 Dec).
	if strings.Index(list, "owner: Sam") > strings.Index(list, "owner: Priya") {
		t.Error("actions are not in due-date order")
	}
}

func TestPDF_DrawsCJKWithAFallbackFont(t *testing.T) {
	path := "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	fb := FallbackFromFile(path)
	if fb() == nil {
		t.Skipf("no fallback font at %s (Debian: fonts-droid-fallback)", path)
	}
	b := boardOf(board.Actions, "Größe 部署 Ωμέγα")
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Fonts: fb}); err != nil {
		t.Fatal(err)
	}
	text := pdfTool(t, "pdftotext", buf.Bytes(), "-raw")
	if n := strings.Count(squash(text), "Größe部署Ωμέγα"); n != 3 {
		t.Errorf("the text with CJK is found %d times, want 3 (map, summary and list):\n%s", n, text)
	}
	if !strings.Contains(pdfTool(t, "pdffonts", buf.Bytes()), "utf8fallback") {
		t.Error("the fallback font is not embedded")
	}
	if got := Unprintable(b, fb()); len(got) != 0 {
		t.Errorf("with the fallback font, %q still reported as undrawable", string(got))
	}
}

func TestPDF_WithoutFallbackStillExportsAndReportsWhatIsMissing(t *testing.T) {
	b := boardOf(board.Actions, "Größe 部署 Ωμέγα")
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Fonts: NoFallback}); err != nil {
		t.Fatal(err)
	}
	if got := string(Unprintable(b, nil)); got != "署部" { // sorted by code point
		t.Errorf("Unprintable = %q, want 部署 (NotoSans has Größe and Ωμέγα)", got)
	}
	text := pdfTool(t, "pdftotext", buf.Bytes(), "-raw")
	if !strings.Contains(text, "Größe") || !strings.Contains(text, "Ωμέγα") {
		t.Errorf("the drawable words are missing:\n%s", text)
	}
	if strings.Contains(pdfTool(t, "pdffonts", buf.Bytes()), "utf8fallback") {
		t.Error("a fallback font was embedded though none was offered")
	}
}

func BenchmarkPDF_2000Stickies(b *testing.B) {
	board := stackedStickies(2000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := PDF(&buf, board, PDFOptions{Created: fixedDate}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
}

func BenchmarkPDF_2000Stickies_PosterA3(b *testing.B) {
	board := stackedStickies(2000)
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := PDF(&buf, board, PDFOptions{Created: fixedDate, Paper: A3, Poster: true}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len())/1024, "KiB/pdf")
}
