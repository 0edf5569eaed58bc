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
	for _, want := range []string{"pathmap FILE.pathmap", "pathmap sample FILE.pathmap", "pathmap export [--pdf OUT.pdf] [--png OUT.png] FILE.pathmap"} {
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
}
