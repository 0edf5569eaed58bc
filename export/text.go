package export

import (
	"bufio"
	"encoding/csv"
	"io"
	"regexp"
	"strings"
	"time"

	"pathmap/board"
)

// CSVHeader is the first row of the CSV action list: the columns a tracker
// import maps to its fields.
var CSVHeader = []string{"action", "owner", "due", "event", "status"}

// CSV writes the actions and open questions of b, one row each, for a
// tracker import: action, owner, due (YYYY-MM-DD), event, status ("open"
// for an owned action, "question" for one nobody owns yet). Quoting follows
// RFC 4180, so commas, quotes and accents survive any spreadsheet. The file
// starts with a UTF-8 byte order mark, without which Excel on Windows reads
// "Łukasz" as mojibake; a cell a spreadsheet would run as a formula
// (starting with =, +, -, @, a tab or a carriage return) gets a leading
// apostrophe, so a sticky reading "=HYPERLINK(…)" shows as text.
func CSV(w io.Writer, b *board.Board) error {
	if b == nil {
		return errNoBoard
	}
	h := handoutOf(b, time.Now())
	if _, err := io.WriteString(w, CSVByteOrderMark); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	for _, a := range append(h.Actions, h.Open...) {
		row := []string{a.Text, a.Owner, a.Due, a.Event, a.Status()}
		for i := range row {
			row[i] = CSVCell(row[i])
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// CSVByteOrderMark starts every CSV export: spreadsheets take it as "this
// file is UTF-8".
const CSVByteOrderMark = "\uFEFF"

// CSVCell is the text of one CSV cell as written: s, or s after an
// apostrophe when a spreadsheet would take s for a formula.
func CSVCell(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// Markdown writes the action list of b for an e-mail or a wiki page: the
// actions as a table (owner, due date, event), then the open questions, the
// pain points by event, the systems and teams by event and the timings.
func Markdown(w io.Writer, b *board.Board) error {
	if b == nil {
		return errNoBoard
	}
	h := handoutOf(b, time.Now())
	bw := bufio.NewWriter(w)
	title := strings.TrimSpace(h.Title)
	if title == "" {
		title = board.DefaultTitle
	}
	bw.WriteString("# " + mdText(title) + ": action list\n\n")
	for _, sec := range h.Sections {
		bw.WriteString("## " + mdText(sec.Title) + "\n\n")
		if sec.Table && len(h.Actions) > 0 {
			bw.WriteString("| Action | Owner | Due | Event |\n|---|---|---|---|\n")
			for _, a := range h.Actions {
				bw.WriteString("| " + mdCell(a.Text) + " | " + mdCell(a.Owner) + " | " + mdCell(a.Due) + " | " + mdCell(a.Event) + " |\n")
			}
			bw.WriteString("\n")
			continue
		}
		if sec.isEmpty() {
			bw.WriteString(sec.Empty + "\n\n")
			continue
		}
		for _, g := range sec.Groups {
			if len(g.Items) == 0 {
				continue
			}
			if g.Title != "" {
				bw.WriteString("### " + mdText(g.Title) + "\n\n")
			}
			for _, it := range g.Items {
				line := "- " + mdListText(it.Text)
				if it.Detail != "" {
					line += " — " + mdText(it.Detail)
				}
				bw.WriteString(line + "\n")
			}
			bw.WriteString("\n")
		}
	}
	return bw.Flush()
}

// mdText escapes the characters Markdown would read as formatting, so a
// sticky saying "*not* done_yet" prints as typed.
func mdText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\`*_{}[]<>#|!~", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// mdListText is mdText for a list entry: a rank such as "1. " at its
// start is escaped, or Markdown would read a list nested in the entry and
// renumber tied ranks.
func mdListText(s string) string {
	if m := leadingRank.FindStringIndex(s); m != nil {
		return s[:m[1]-2] + "\\" + mdText(s[m[1]-2:])
	}
	return mdText(s)
}

var leadingRank = regexp.MustCompile(`^[0-9]+\. `)

// mdCell is mdText for a table cell, which must stay on one line.
func mdCell(s string) string { return mdText(oneLineKeep(s)) }

// oneLineKeep joins lines like oneLine but keeps an empty cell empty.
func oneLineKeep(s string) string { return strings.Join(strings.Fields(s), " ") }
