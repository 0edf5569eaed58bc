package export

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pathmap/board"
)

func TestRun_WritesEveryChosenFormatAndReportsProgress(t *testing.T) {
	dir := t.TempDir()
	pdf, png, apng, md, csv := DefaultNames(dir, "board")
	var steps []string
	res, err := Run(Job{Board: workshopBoard(t), PDF: pdf, PNG: png, ActionsPNG: apng, Markdown: md, CSV: csv,
		Paper: A3, Poster: true, Scale: 1, Created: fixedDate, Fonts: NoFallback,
		Progress: func(done, total int, path string) { steps = append(steps, filepath.Base(path)) }})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Written) != 5 || res.Warning() != "" {
		t.Errorf("result %+v", res)
	}
	for _, p := range []string{pdf, png, apng, md, csv} {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", p, err)
		}
	}
	if got := strings.Join(steps, " "); got != "board.pdf board.png board-actions.png board-actions.md board-actions.csv ." {
		t.Errorf("progress %q", got)
	}
}

func TestRun_AFailingFormatWritesNothing(t *testing.T) {
	dir := t.TempDir()
	pdf := filepath.Join(dir, "map.pdf")
	png := filepath.Join(dir, "map.png")
	os.WriteFile(png, []byte("old picture"), 0o644)
	huge := boardOf(board.Events, "first", "last")
	huge.Stickies[1].X = 40000 // too wide a picture at 8×
	_, err := Run(Job{Board: huge, PDF: pdf, PNG: png, Scale: 8, Fonts: NoFallback})
	if err == nil || !strings.HasPrefix(err.Error(), png+": ") || !strings.Contains(err.Error(), "viewers stop at 16,384 px; use scale 0.4 or the PDF") {
		t.Fatalf("error %v, want one naming %s", err, png)
	}
	if _, err := os.Stat(pdf); err == nil {
		t.Error("the PDF was written though the PNG failed")
	}
	if data, _ := os.ReadFile(png); string(data) != "old picture" {
		t.Error("the old picture was replaced")
	}
}

func TestRun_WarnsAboutCharactersNoFontHas(t *testing.T) {
	dir := t.TempDir()
	res, err := Run(Job{Board: boardOf(board.Events, "Größe 部署 Ωμέγα"), PDF: filepath.Join(dir, "a.pdf"), Fonts: NoFallback})
	if err != nil {
		t.Fatal(err)
	}
	w := res.Warning()
	if string(res.Missing) != "署部" || !strings.Contains(w, "2 characters print as empty boxes") || !strings.Contains(w, "部 (U+90E8)") ||
		strings.Contains(w, "\n") {
		t.Errorf("warning %q (missing %q), want one line naming 部 and 署", w, string(res.Missing))
	}
}

func TestRun_RefusesNothingAndTwoFormatsInOneFile(t *testing.T) {
	if _, err := Run(Job{Board: board.New()}); err == nil || !strings.Contains(err.Error(), "nothing to export") {
		t.Errorf("no formats: %v", err)
	}
	p := filepath.Join(t.TempDir(), "x")
	if _, err := Run(Job{Board: board.New(), Markdown: p, CSV: p}); err == nil || !strings.Contains(err.Error(), "two formats") {
		t.Errorf("same file twice: %v", err)
	}
}

func TestRun_WhenALaterOutputCannotBeWrittenNoOutputIsWritten(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "a.md")
	csv := filepath.Join(dir, "missing-folder", "a.csv")
	_, err := Run(Job{Board: trickyActions(), Markdown: md, CSV: csv, Fonts: NoFallback})
	if err == nil || !strings.HasPrefix(err.Error(), csv+": ") {
		t.Fatalf("error %v, want one naming %s", err, csv)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Fatalf("a failed export left %v in the folder", entries)
	}
}
