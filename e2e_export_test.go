package main

import (
	"encoding/csv"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"pathmap/board"
	"pathmap/export"
)

// exportCLI runs the built pathmap with no display and returns its output.
func exportCLI(t *testing.T, dir string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "LANG=en_US.UTF-8"}
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	return out.String(), errb.String(), err
}

func pdfPageCount(t *testing.T, path string) int {
	t.Helper()
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

func TestE2E_ExportEveryHandoutWithoutDisplay(t *testing.T) {
	need(t, "pdftotext", "pdfinfo")
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.pathmap")
	if _, stderr, err := exportCLI(t, dir, "sample", in); err != nil {
		t.Fatalf("sample: %v %s", err, stderr)
	}
	out := func(n string) string { return filepath.Join(dir, n) }
	_, stderr, err := exportCLI(t, dir, "export", "--pdf", out("fit.pdf"), "--png", out("map.png"), "--actions-png", out("list.png"),
		"--md", out("list.md"), "--csv", out("list.csv"), "--scale", "2", in)
	if err != nil || stderr != "" {
		t.Fatalf("export: %v, stderr %q", err, stderr)
	}
	if _, stderr, err := exportCLI(t, dir, "export", "--pdf", out("poster.pdf"), "--poster", "--paper", "A4", in); err != nil {
		t.Fatalf("poster export: %v %s", err, stderr)
	}
	b, err := board.Load(in)
	if err != nil {
		t.Fatal(err)
	}
	// The poster has an overview page besides its tiles: the sample board is
	// small enough for one tile at 9 pt, and a poster uses the fewest sheets
	// (export's poster tests check boards that need several).
	fit, poster := pdfPageCount(t, out("fit.pdf")), pdfPageCount(t, out("poster.pdf"))
	if poster < fit+1 {
		t.Errorf("poster has %d pages, fit %d: want the overview and several tiles", poster, fit)
	}
	text, err := exec.Command("pdftotext", "-raw", out("poster.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	flat := strings.Join(strings.Fields(string(text)), "")
	for _, s := range b.Stickies {
		if !strings.Contains(flat, strings.Join(strings.Fields(s.Text), "")) {
			t.Errorf("the poster lacks sticky %d %q", s.ID, s.Text)
		}
	}
	f, err := os.Open(out("map.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("map.png does not decode: %v", err)
	}
	if w, h := export.PNGSize(b, 2); img.Bounds().Dx() != w || img.Bounds().Dy() != h {
		t.Errorf("map.png is %v, want %d×%d", img.Bounds().Size(), w, h)
	}
	cf, err := os.Open(out("list.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer cf.Close()
	rows, err := csv.NewReader(cf).ReadAll()
	if err != nil || len(rows) != 1+len(b.InLane(board.Actions)) {
		t.Errorf("list.csv: %d rows (%v), want a header and one per action", len(rows), err)
	}
}
