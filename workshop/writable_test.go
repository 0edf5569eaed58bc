package workshop

import (
	"os"
	"path/filepath"
	"testing"

	"pathmap/board"
)

func TestSession_AutosaveAsksOnceInsteadOfRewritingAReadOnlyBoard(t *testing.T) {
	path := filepath.Join(t.TempDir(), "final.pathmap")
	if err := board.Save(path, board.New()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	os.Chmod(path, 0o444)
	rec := t.TempDir()
	fa := &fakeAfter{}
	s, _ := newTestSession(t, Options{Path: path, After: fa.after, RecoveryDir: rec, SyncWrites: true})
	asked := 0
	onOwner(s, func() { s.OnNotWritable(func(string, error) { asked++ }) })
	for _, text := range []string{"Built", "Tested"} {
		<-s.AddStickies(board.SourceFacilitator, board.Events, []string{text})
		onOwner(s, fa.fire)
		onOwner(s, func() {}) // the recovery copy's write comes back
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("autosave rewrote a read-only board")
	}
	var n int
	onOwner(s, func() { n = asked })
	if n != 1 {
		t.Fatalf("the facilitator was asked %d times, want once", n)
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*.pathmap")); len(files) != 1 {
		t.Fatalf("recovery folder holds %v, want the edits kept there", files)
	}
}
