package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pathmap/board"
)

// damagedBoard has a sticky whose text is a number and a duplicate id: the
// rest of the board is sound.
const damagedBoard = `{"format":"pathmap","version":2,"title":"Damaged","stickies":[
 {"id":1,"lane":"events","text":"Start","x":0,"y":12},
 {"id":12,"lane":"events","text":5,"x":200,"y":12},
 {"id":12,"lane":"pain","text":"Twin","x":0,"y":396}]}`

func TestRun_DamagedFileOpensRepairedWithItsReport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "damaged.pathmap")
	os.WriteFile(path, []byte(damagedBoard), 0o644)
	_, _, _, o := runCLI(t, path)
	var rep *board.Repaired
	if o == nil || o.path != path || !errors.As(o.err, &rep) || len(rep.Repairs) != 2 || len(o.b.Stickies) != 3 {
		t.Fatalf("opened %+v, want the repaired board bound to its file with a report of 2 repairs", o)
	}
	if !strings.Contains(rep.Repairs[0].String(), "sticky 12: text is not a string") {
		t.Fatalf("first repair = %q", rep.Repairs[0])
	}
	if data, _ := os.ReadFile(path); string(data) != damagedBoard {
		t.Fatal("opening changed the file")
	}
}

func TestRun_ExportRefusesABoardThatNeedsRepairs(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "damaged.pathmap")
	os.WriteFile(path, []byte(damagedBoard), 0o644)
	code, _, stderr, _ := runCLI(t, "export", "--pdf", filepath.Join(dir, "m.pdf"), path)
	if code == 0 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, path+": sticky 12: text is not a string") {
		t.Fatalf("code %d, stderr %q; want one line with the first problem", code, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "m.pdf")); err == nil {
		t.Fatal("a PDF was printed from a board that needs repairs")
	}
}

// The real app, started on a damaged board: it opens it repaired and
// unsaved, and autosave does not write the repairs over the file.
func TestE2E_DamagedBoardOpensRepairedAndTheFileStaysAsItWas(t *testing.T) {
	display := startXvfb(t)
	path := filepath.Join(t.TempDir(), "damaged.pathmap")
	os.WriteFile(path, []byte(damagedBoard), 0o644)
	cmd := startAppAt(t, display, t.TempDir(), path)
	if name := windowName(t, display, cmd); name != "*damaged.pathmap — pathmap" {
		t.Fatalf("window title %q, want the board, marked unsaved", name)
	}
	time.Sleep(3 * time.Second) // longer than autosave waits
	if data, _ := os.ReadFile(path); string(data) != string(damagedBoard) {
		t.Fatal("the damaged file was changed without the facilitator saving")
	}
	cmd.Process.Kill()
	cmd.Wait()
}
