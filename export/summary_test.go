package export

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
)

// actionListPages returns the PDF's pages from the first "Action list"
// page on, each as pdftotext -raw prints it: in the order it was set, so a
// column reads whole, not interleaved with its neighbour.
func actionListPages(t *testing.T, pdf []byte) []string {
	t.Helper()
	pages := strings.Split(pdfTool(t, "pdftotext", pdf, "-raw"), "\f")
	for i, p := range pages {
		if strings.Contains(p, "Action list") {
			return pages[i:]
		}
	}
	t.Fatal("no action list page")
	return nil
}

func TestPDF_ActionListOpensWithASummary(t *testing.T) {
	b := largeWorkshop(t)
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Paper: A4, Fonts: cjkFonts(t)}); err != nil {
		t.Fatal(err)
	}
	pages := actionListPages(t, buf.Bytes())
	first := squash(pages[0])

	// The summary is the first thing under the page's title.
	if i := strings.Index(first, "Actionlist"); i < 0 || !strings.HasPrefix(first[i:], "ActionlistSummaryLeadtime") {
		t.Errorf("the first action-list page does not start with the summary:\n%s", pages[0])
	}

	// Lead time and its longest parts.
	r := board.LeadTime(b)
	if !strings.Contains(first, squash(r.Summary())) {
		t.Errorf("summary lacks %q", r.Summary())
	}
	if len(r.Bottlenecks()) == 0 {
		t.Fatal("the realistic board has no longest part to show")
	}
	for _, p := range r.Bottlenecks() {
		if !strings.Contains(first, squash("Longest part: "+partEvents(p))) {
			t.Errorf("summary lacks the longest part %q", partEvents(p))
		}
	}

	// The five most-voted pain points, in vote order, with their votes.
	ranked := board.RankPainPoints(b)
	at := 0
	for _, p := range ranked[:summaryTop] {
		want := squash(strconv.Itoa(p.Rank) + ". " + oneLine(p.Sticky.Text))
		i := strings.Index(first[at:], want)
		if i < 0 {
			t.Fatalf("summary lacks pain point %q after position %d", want, at)
		}
		at += i + len(want)
		if votes := squash(strconv.Itoa(p.Sticky.Votes) + " votes"); !strings.HasPrefix(first[at:], votes) {
			t.Errorf("pain point %q is not followed by %q", want, votes)
		}
	}
	// The sixth is not in the summary's top five.
	if sixth := squash(oneLine(ranked[summaryTop].Sticky.Text)); strings.Contains(first[:at], sixth) {
		t.Errorf("summary ranks a sixth pain point %q", sixth)
	}

	// Every action missing an owner or a due date is flagged, and no other.
	for _, s := range b.InLane(board.Actions) {
		lacks := s.Owner == "" || s.Due == ""
		text := squash(oneLine(s.Text))
		flagged := regexp.MustCompile(regexp.QuoteMeta(text) + `missing:(owner,duedate|owner|duedate)`).FindString(first)
		switch {
		case lacks && flagged == "":
			t.Errorf("action %q (owner %q, due %q) is not flagged", s.Text, s.Owner, s.Due)
		case lacks && (s.Owner == "") != strings.Contains(flagged, "owner"):
			t.Errorf("action %q flagged %q, owner is %q", s.Text, flagged, s.Owner)
		case lacks && (s.Due == "") != strings.Contains(flagged, "duedate"):
			t.Errorf("action %q flagged %q, due is %q", s.Text, flagged, s.Due)
		case !lacks && flagged != "":
			t.Errorf("action %q has an owner and a date but is flagged", s.Text)
		}
	}
}

func TestMarkdown_SummaryFirstThenEveryPainPointByVotes(t *testing.T) {
	b := largeWorkshop(t)
	var buf bytes.Buffer
	if err := Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	sum, act := strings.Index(md, "## Summary"), strings.Index(md, "\n## Actions\n")
	if sum < 0 || act < 0 || sum > act || sum != strings.Index(md, "## ") {
		t.Fatalf("the Markdown does not open with the summary:\n%s", md)
	}
	head := md[sum:act]
	if !strings.Contains(head, board.LeadTime(b).Summary()) {
		t.Errorf("summary lacks the lead time %q", board.LeadTime(b).Summary())
	}
	if !strings.Contains(head, "missing: owner, due date") || !strings.Contains(head, "missing: due date") {
		t.Errorf("summary flags no action:\n%s", head)
	}
	if !strings.Contains(md, "| Review rota with a named reviewer of the day | Sam |") {
		t.Error("the owned actions are no longer a table")
	}

	// The full ranking: every pain point once, most votes first.
	full := md[strings.Index(md, "## Pain points by votes"):strings.Index(md, "## Pain points by event")]
	ranked := board.RankPainPoints(b)
	at := 0
	for _, p := range ranked {
		want := "- " + strconv.Itoa(p.Rank) + "\\. " + mdText(oneLine(p.Sticky.Text))
		i := strings.Index(full[at:], want)
		if i < 0 {
			t.Fatalf("the ranking lacks %q after position %d:\n%s", want, at, full)
		}
		at += i + len(want)
	}
	if n := strings.Count(full, "\n- "); n != len(b.InLane(board.PainPoints)) {
		t.Errorf("the ranking lists %d pain points, the map has %d", n, len(b.InLane(board.PainPoints)))
	}
	if ranked[0].Sticky.Votes <= ranked[len(ranked)-1].Sticky.Votes {
		t.Error("the realistic board's votes do not tell the ranking apart")
	}
}
