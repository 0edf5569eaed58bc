package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pathmap/assets"
	"pathmap/board"
)

// runCLI runs the command line in-process with a fake window.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string, opened *openCall) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, func(path string, b *board.Board, err error) {
		opened = &openCall{path, b, err}
	})
	return code, out.String(), errb.String(), opened
}

type openCall struct {
	path string
	b    *board.Board
	err  error
}

func TestRun_NoArgumentsOpensNewBoard(t *testing.T) {
	code, _, _, o := runCLI(t)
	if code != 0 || o == nil || o.path != "" || len(o.b.Stickies) != 2 || o.err != nil {
		t.Fatalf("pathmap with no arguments: code %d, opened %+v", code, o)
	}
}

func TestRun_MissingFileStartsNewBoardSavedThere(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.pathmap")
	_, _, _, o := runCLI(t, path)
	if o == nil || o.path != path || o.err != nil || len(o.b.Stickies) != 2 {
		t.Fatalf("opened %+v, want a new board bound to %s", o, path)
	}
	if _, err := os.Stat(path); err == nil {
		t.Fatal("opening a missing file created it before any save")
	}
}

func TestRun_BadFileOpensUntitledBoardWithError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "bad.pathmap")
	os.WriteFile(path, []byte("not json"), 0o644)
	_, _, _, o := runCLI(t, path)
	if o == nil || o.path != "" || o.err == nil || !strings.Contains(o.err.Error(), "bad.pathmap") {
		t.Fatalf("opened %+v, want an untitled board and an error naming the file", o)
	}
}

func TestRun_HelpDocumentsEveryCommand(t *testing.T) {
	code, out, _, o := runCLI(t, "--help")
	if code != 0 || o != nil {
		t.Fatalf("--help: code %d, opened a window: %v", code, o != nil)
	}
	for _, want := range []string{"pathmap FILE.pathmap", "pathmap sample FILE.pathmap", "pathmap export [--pdf F] [--png F] [--actions-png F] [--md F] [--csv F]",
		"[--paper A4|A3|Letter|Tabloid] [--poster] [--scale N] FILE.pathmap"} {
		if !strings.Contains(out, want) {
			t.Errorf("--help lacks %q", want)
		}
	}
}

func TestRun_SampleWritesBoardAndRefusesToOverwrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "s.pathmap")
	if code, _, errOut, _ := runCLI(t, "sample", path); code != 0 {
		t.Fatalf("sample: code %d: %s", code, errOut)
	}
	if data, _ := os.ReadFile(path); !bytes.Equal(data, assets.SampleBoard) {
		t.Fatal("sample file differs from the built-in sample board")
	}
	os.WriteFile(path, []byte("mine"), 0o644)
	code, _, errOut, _ := runCLI(t, "sample", path)
	if code == 0 || !strings.Contains(errOut, "already exists") || strings.Count(errOut, "\n") != 1 {
		t.Fatalf("sample over an existing file: code %d, stderr %q", code, errOut)
	}
	if data, _ := os.ReadFile(path); string(data) != "mine" {
		t.Fatal("sample overwrote an existing file")
	}
}

func TestRun_ExportBadInputFailsWithOneLineAndTouchesNothing(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.pathmap")
	os.WriteFile(good, assets.SampleBoard, 0o644)
	bad := filepath.Join(dir, "bad.pathmap")
	os.WriteFile(bad, []byte(`{"format":"pathmap","version":1,"stickies":[{"id":12,"lane":"events","text":5,"x":0,"y":0}]}`), 0o644)
	wide := filepath.Join(dir, "wide.pathmap")
	os.WriteFile(wide, []byte(`{"format":"pathmap","version":2,"stickies":[{"id":1,"lane":"events","text":"far","x":9000,"y":12}]}`), 0o644)
	existing := filepath.Join(dir, "old.pdf")
	os.WriteFile(existing, []byte("old pdf"), 0o644)
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"missing board", []string{"export", "--pdf", filepath.Join(dir, "a.pdf"), filepath.Join(dir, "nope.pathmap")}, "nope.pathmap: no such file"},
		{"invalid board", []string{"export", "--pdf", existing, bad}, "bad.pathmap: sticky 12: text is not a string"},
		{"unwritable output", []string{"export", "--pdf", filepath.Join(dir, "no", "such", "dir", "a.pdf"), good}, "a.pdf"},
		{"no output", []string{"export", good}, "nothing to export"},
		{"output is the board", []string{"export", "--png", good, good}, "refusing to export over the board file"},
		{"unknown flag", []string{"export", "--svg", "x.svg", good}, "flag provided but not defined"},
		{"unknown paper", []string{"export", "--pdf", existing, "--paper", "B5", good}, `unknown paper "B5"`},
		{"bad scale", []string{"export", "--png", filepath.Join(dir, "a.png"), "--scale", "0", good}, "--scale 0 is out of range"},
		{"picture too big", []string{"export", "--pdf", filepath.Join(dir, "b.pdf"), "--png", filepath.Join(dir, "b.png"), "--scale", "8", wide}, "b.png: the map at scale 8 would be"},
		{"two formats one file", []string{"export", "--md", existing, "--csv", existing, good}, "two formats would be written"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut, o := runCLI(t, c.args...)
			if code == 0 || o != nil {
				t.Fatalf("code %d, opened window %v; want failure without a window", code, o != nil)
			}
			if strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, c.want) {
				t.Fatalf("stderr = %q, want one line containing %q", errOut, c.want)
			}
		})
	}
	if data, _ := os.ReadFile(good); !bytes.Equal(data, assets.SampleBoard) {
		t.Fatal("export changed the board file")
	}
	if data, _ := os.ReadFile(existing); string(data) != "old pdf" {
		t.Fatal("a failed export overwrote an existing output file")
	}
	if _, err := os.Stat(filepath.Join(dir, "b.pdf")); err == nil {
		t.Fatal("the PDF was written though the PNG of the same export failed")
	}
}

func TestRun_ExportWritesEveryFormat(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "b.pathmap")
	os.WriteFile(in, assets.SampleBoard, 0o644)
	out := func(name string) string { return filepath.Join(dir, name) }
	code, stdout, stderr, o := runCLI(t, "export", "--pdf", out("m.pdf"), "--png", out("m.png"), "--actions-png", out("a.png"),
		"--md", out("a.md"), "--csv", out("a.csv"), "--paper", "letter", "--poster", "--scale", "2", in)
	if code != 0 || o != nil || stderr != "" {
		t.Fatalf("code %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "Wrote "+out("m.pdf")+", "+out("m.png")) {
		t.Errorf("stdout %q does not list the files", stdout)
	}
	for _, name := range []string{"m.pdf", "m.png", "a.png", "a.md", "a.csv"} {
		if st, err := os.Stat(out(name)); err != nil || st.Size() == 0 {
			t.Errorf("%s missing: %v", name, err)
		}
	}
	if pdf, _ := os.ReadFile(out("m.pdf")); !bytes.Contains(pdf, []byte("/MediaBox [0 0 792.00 612.00]")) {
		t.Error("the PDF is not on Letter landscape")
	}
	b, _ := board.Load(in)
	if md, _ := os.ReadFile(out("a.md")); !strings.Contains(string(md), "## Open questions") ||
		!strings.Contains(string(md), b.InLane(board.Actions)[0].Text) {
		t.Errorf("the Markdown lacks the questions:\n%s", md)
	}
}

func TestRun_ExportWarnsInOneLineAboutUndrawableCharacters(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "b.pathmap")
	// U+E000 is a private-use character: no font anywhere draws it.
	os.WriteFile(in, []byte(`{"format":"pathmap","version":2,"stickies":[{"id":1,"lane":"events","text":"Größe  Ωμέγα","x":0,"y":12}]}`), 0o644)
	code, _, stderr, _ := runCLI(t, "export", "--pdf", filepath.Join(dir, "m.pdf"), in)
	if code != 0 {
		t.Fatalf("code %d: %s", code, stderr)
	}
	if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "pathmap: warning: 1 character prints as an empty box") || !strings.Contains(stderr, "U+E000") {
		t.Errorf("stderr %q, want one warning line naming U+E000", stderr)
	}
}
