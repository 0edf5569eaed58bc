package export

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
)

// listEnd sets the action list of b on A4 the way the PDF does, printing
// nothing, and says how it ends: before the planner (loose) and as printed.
func listEnd(t testing.TB, b *board.Board) (loose, printed handoutEnd, colH float64) {
	t.Helper()
	fonts, err := loadFonts()
	if err != nil {
		t.Fatal(err)
	}
	h := handoutOf(b, fixedDate)
	d := &pdfDoc{fonts: fonts, paper: A4, dry: true}
	loose = d.flowHandout(h, looseStyle)
	d = &pdfDoc{fonts: fonts, paper: A4, dry: true}
	printed = d.flowHandout(h, d.planHandout(h))
	_, ht := A4.landscape()
	return loose, printed, ht - footerSpace - colTop
}

// lastPageText is the text of the last page of pdf, and the page count.
func lastPageText(t *testing.T, pdf []byte) (string, int) {
	t.Helper()
	n := pdfPages(t, pdf)
	return pdfTool(t, "pdftotext", pdf, "-f", strconv.Itoa(n), "-l", strconv.Itoa(n), "-layout"), n
}

func TestPDF_ActionListDoesNotEndOnAPageWithOnlyTheFollowUp(t *testing.T) {
	// The finished workshop map with its last 16 stickies not yet
	// written: set loosely, its action list would end on a page holding
	// only "Follow-up: No follow-up agreed yet."
	b := largeWorkshop(t)
	b.Stickies = b.Stickies[:len(b.Stickies)-16]
	loose, printed, colH := listEnd(t, b)
	if !loose.short(colH) || loose.Sections != 1 || loose.First != len(handoutOf(b, fixedDate).Sections)-1 {
		t.Fatalf("this board no longer ends its loose list on the follow-up alone (%+v): the test needs another board", loose)
	}
	if printed.short(colH) || printed.Pages >= loose.Pages {
		t.Errorf("printed list ends %+v; want one page fewer than %d and no short last page", printed, loose.Pages)
	}

	pdf := renderPDF(t, b)
	last, pages := lastPageText(t, pdf)
	if !strings.Contains(last, "Follow-up") {
		t.Fatalf("the last page lacks the follow-up:\n%s", last)
	}
	headings := 0
	for _, h := range []string{"Systems and teams by event", "Timings", "Agenda: planned vs actual", "Follow-up"} {
		if strings.Contains(last, h) {
			headings++
		}
	}
	if headings < 2 {
		t.Errorf("page %d, the last, holds %d of the list's last sections:\n%s", pages, headings, last)
	}
	// Nothing is lost by setting it tighter.
	all := squash(pdfTool(t, "pdftotext", pdf, "-raw"))
	for _, s := range b.Stickies {
		if s.Lane == board.PainPoints && !strings.Contains(all, squash(s.Text)) {
			t.Errorf("the PDF lacks pain point %q", s.Text)
		}
	}
}

func TestHandout_NoBoardSizeEndsOnAShortPage(t *testing.T) {
	fixed := 0
	for n := 30; n <= 360; n += 10 {
		loose, printed, colH := listEnd(t, manyStickies(n))
		if loose.short(colH) {
			fixed++
		}
		if printed.short(colH) {
			t.Errorf("%d stickies: the list's last page holds %d section(s) in %.0f mm (%+v)", n, printed.Sections, printed.Used, printed)
		}
		if printed.Pages > loose.Pages {
			t.Errorf("%d stickies: %d pages, more than the %d set loosely", n, printed.Pages, loose.Pages)
		}
	}
	if fixed == 0 {
		t.Error("no board size ended on a short page when set loosely: the test checks nothing")
	}
}

func TestPlanStyle_KeepsTheLastSectionsTogetherWhenTighterSettingCannotSaveThePage(t *testing.T) {
	const colH = 171.0
	// A list of five sections on three pages whose last page holds only
	// the last section, 40 mm of it, however tightly it is set; starting
	// the fourth section on a page of its own puts both on the last page.
	var tried []handoutStyle
	run := func(st handoutStyle) handoutEnd {
		tried = append(tried, st)
		if st.BreakBefore == 3 {
			return handoutEnd{Pages: 3, Used: 90, Sections: 2, First: 3, Starts: []int{1, 1, 2, 3, 3}}
		}
		return handoutEnd{Pages: 3, Used: 40, Sections: 1, First: 4, Starts: []int{1, 1, 2, 2, 3}}
	}
	st := planStyle(run, colH)
	if st.BreakBefore != 3 || st.Gap != 1 {
		t.Errorf("chose %+v after trying %+v; want the loose setting with section 3 starting the last page", st, tried)
	}
	// Moving a section that would add a page is not taken.
	run = func(st handoutStyle) handoutEnd {
		if st.BreakBefore >= 0 {
			return handoutEnd{Pages: 4, Used: 90, Sections: 2, First: 3, Starts: []int{1, 1, 2, 4, 4}}
		}
		return handoutEnd{Pages: 3, Used: 40, Sections: 1, First: 4, Starts: []int{1, 1, 2, 2, 3}}
	}
	if st := planStyle(run, colH); st != looseStyle {
		t.Errorf("chose %+v, which adds a page; want the loose setting", st)
	}
}

func TestHandout_ASectionMadeToStartAPageStartsOne(t *testing.T) {
	fonts, _ := loadFonts()
	b := workshopBoard(t)
	h := handoutOf(b, fixedDate)
	last := len(h.Sections) - 1
	d := &pdfDoc{fonts: fonts, paper: A4, dry: true}
	loose := d.flowHandout(h, looseStyle)
	st := looseStyle
	st.BreakBefore = last
	d = &pdfDoc{fonts: fonts, paper: A4, dry: true}
	moved := d.flowHandout(h, st)
	if moved.Starts[last] != loose.Starts[last]+1 || moved.Pages != loose.Pages+1 || moved.Sections != 1 || moved.First != last {
		t.Errorf("with section %d made to start a page: %+v; set loosely: %+v", last, moved, loose)
	}
}

func TestPDF_PlanningTheListPrintsNothingExtra(t *testing.T) {
	// The planner's trial runs make no pages: the PDF of a board with a
	// short list is its map page and one list page.
	var buf bytes.Buffer
	if err := PDF(&buf, boardOf(board.Events, "one"), PDFOptions{Created: fixedDate, Fonts: NoFallback}); err != nil {
		t.Fatal(err)
	}
	if n := pdfPages(t, buf.Bytes()); n != 2 {
		t.Errorf("%d pages, want the map and one page of list", n)
	}
}
