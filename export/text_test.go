package export

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"pathmap/board"
)

// trickyActions is a board whose actions have everything CSV and Markdown
// must quote or escape.
func trickyActions() *board.Board {
	b := boardOf(board.Events, "Deployed, finally")
	acts := boardOf(board.Actions, `Ask "Ops", then decide`, "Line one\nline two | with a pipe", "*not* done_yet", "Größe 部署 Ωμέγα")
	for i := range acts.Stickies {
		acts.Stickies[i].ID = 10 + i
	}
	acts.Stickies[0].Owner, acts.Stickies[0].Due = "Priya, Platform", "2026-12-04"
	acts.Stickies[1].Owner = `Sam "the CAB" Lee`
	acts.Stickies[3].Owner, acts.Stickies[3].Due = "Jörg", "2027-01-15"
	b.Stickies = append(b.Stickies, acts.Stickies...)
	return b
}

func TestCSV_RoundTripsTheActions(t *testing.T) {
	b := trickyActions()
	var buf bytes.Buffer
	if err := CSV(&buf, b); err != nil {
		t.Fatal(err)
	}
	rows := readCSV(t, buf.Bytes())
	h := handoutOf(b, fixedDate)
	want := [][]string{CSVHeader}
	for _, a := range append(h.Actions, h.Open...) {
		want = append(want, []string{a.Text, a.Owner, a.Due, a.Event, a.Status()})
	}
	if len(rows) != 5 || len(rows) != len(want) {
		t.Fatalf("%d rows, want a header and 4 actions: %q", len(rows), rows)
	}
	for i := range want {
		if strings.Join(rows[i], "\x00") != strings.Join(want[i], "\x00") {
			t.Errorf("row %d = %q, want %q", i, rows[i], want[i])
		}
	}
	// Spot-check what a tracker would see.
	if rows[1][0] != `Ask "Ops", then decide` || rows[1][1] != "Priya, Platform" || rows[1][3] != "Deployed, finally" || rows[1][4] != "open" {
		t.Errorf("first action row %q", rows[1])
	}
	if rows[4][0] != "*not* done_yet" || rows[4][4] != "question" {
		t.Errorf("the unowned action %q should be a question", rows[4])
	}
}

// readCSV parses a CSV export after checking its byte order mark.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	rest, ok := bytes.CutPrefix(data, []byte("\xEF\xBB\xBF"))
	if !ok {
		t.Fatalf("the CSV does not start with a UTF-8 byte order mark: %q", data[:min(len(data), 10)])
	}
	rows, err := csv.NewReader(bytes.NewReader(rest)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	return rows
}

func TestCSV_CellsASpreadsheetWouldRunAreWrittenAsText(t *testing.T) {
	texts := []string{"=HYPERLINK(\"http://x\",\"click\")", "+1 approve", "-2 risky", "@SUM(A1)", "Deploy = done", "2026 rollout"}
	b := boardOf(board.Actions, texts...)
	for i := range b.Stickies {
		b.Stickies[i].ID = i + 1
		b.Stickies[i].X = float64(i) * 200
		b.Stickies[i].Owner = "=cmd|' /C calc'!A0"
	}
	var buf bytes.Buffer
	if err := CSV(&buf, b); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, row := range readCSV(t, buf.Bytes())[1:] {
		got[strings.TrimPrefix(row[0], "'")] = row[0]
		if row[1] != "'=cmd|' /C calc'!A0" {
			t.Errorf("owner cell %q runs as a formula", row[1])
		}
	}
	for _, text := range texts {
		want := text
		if strings.ContainsRune("=+-@\t\r", rune(text[0])) {
			want = "'" + text
		}
		if got[text] != want {
			t.Errorf("cell for %q = %q, want %q", text, got[text], want)
		}
	}
	// Sticky text is trimmed, but a cell may still start with a tab or CR.
	for _, c := range []string{"\tcmd", "\r=cmd"} {
		if CSVCell(c) != "'"+c {
			t.Errorf("CSVCell(%q) = %q", c, CSVCell(c))
		}
	}
}

// mdUnescape undoes mdText.
func mdUnescape(s string) string {
	var b strings.Builder
	esc := false
	for _, r := range s {
		if r == '\\' && !esc {
			esc = true
			continue
		}
		esc = false
		b.WriteRune(r)
	}
	return b.String()
}

// mdCells splits a table row at the pipes that are not escaped.
func mdCells(line string) []string {
	line = strings.TrimSuffix(strings.TrimPrefix(line, "| "), " |")
	var cells []string
	var cur strings.Builder
	esc := false
	for _, r := range line {
		switch {
		case esc:
			cur.WriteRune(r)
			esc = false
			continue
		case r == '\\':
			esc = true
		case r == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
			continue
		}
		cur.WriteRune(r)
	}
	return append(cells, strings.TrimSpace(cur.String()))
}

func TestMarkdown_RoundTripsTheActions(t *testing.T) {
	b := trickyActions()
	var buf bytes.Buffer
	if err := Markdown(&buf, b); err != nil {
		t.Fatal(err)
	}
	md := buf.String()
	h := handoutOf(b, fixedDate)
	var got []action
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(line, "| ") && !strings.HasPrefix(line, "| Action |") {
			c := mdCells(line)
			if len(c) != 4 {
				t.Fatalf("row %q has %d cells", line, len(c))
			}
			got = append(got, action{mdUnescape(c[0]), mdUnescape(c[1]), mdUnescape(c[2]), mdUnescape(c[3])})
		}
	}
	if len(got) != len(h.Actions) {
		t.Fatalf("table has %d actions, want %d:\n%s", len(got), len(h.Actions), md)
	}
	for i := range got {
		if got[i] != h.Actions[i] {
			t.Errorf("row %d = %+v, want %+v", i, got[i], h.Actions[i])
		}
	}
	for _, a := range h.Open {
		if !strings.Contains(md, "- "+mdText(a.Text)+" — owner: nobody yet") {
			t.Errorf("open question %q missing:\n%s", a.Text, md)
		}
	}
	if !strings.Contains(md, `\*not\* done\_yet`) {
		t.Error("Markdown formatting characters are not escaped")
	}
	for _, heading := range []string{"# Test board: action list", "## Actions", "## Open questions", "## Pain points by event", "## Follow-up"} {
		if !strings.Contains(md, heading+"\n") {
			t.Errorf("Markdown lacks %q", heading)
		}
	}
}
