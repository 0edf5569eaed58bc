package workshop

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"pathmap/board"
)

// boardWith is a board with one event sticky per text.
func boardWith(texts ...string) *board.Board {
	b := board.New()
	for i, t := range texts {
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: board.Events, Text: t,
			X: float64(i) * 200, Y: 0, W: board.StickyWidth, H: board.StickyHeight})
	}
	return b
}

func TestRecoveryStore_OffersACopyOlderThanARewrittenFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "retro.pathmap")
	rec := RecoveryStore{Dir: t.TempDir()}
	if err := board.Save(path, boardWith("Built")); err != nil {
		t.Fatal(err)
	}
	copyFile := rec.FileFor(path, time.Now())
	if err := rec.Write(copyFile, boardWith("Built", "Tested by hand")); err != nil {
		t.Fatal(err)
	}
	// Another program rewrites the file after the copy was kept.
	if err := board.Save(path, boardWith("Built", "Deployed")); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Hour)
	os.Chtimes(path, later, later)

	file, _, ok := rec.Offer(path)
	if !ok || file != copyFile {
		t.Fatalf("Offer(%s) = %q, %v; want the copy holding the typed sticky offered", path, file, ok)
	}
}

func TestRecoveryStore_ACopyLikeTheFileIsNotOffered(t *testing.T) {
	path := filepath.Join(t.TempDir(), "retro.pathmap")
	rec := RecoveryStore{Dir: t.TempDir()}
	b := boardWith("Built", "Tested")
	if err := rec.Write(rec.FileFor(path, time.Now()), b); err != nil {
		t.Fatal(err)
	}
	time.Sleep(10 * time.Millisecond)
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	earlier := time.Now().Add(-time.Hour)
	os.Chtimes(path, earlier, earlier) // older than the copy, same board
	if file, _, ok := rec.Offer(path); ok {
		t.Fatalf("Offer offered %s, which holds the same board as the file", file)
	}
}

func TestSession_AutosaveFailureSaysNoCopyWhenTheCopyFailedToo(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "gone", "retro.pathmap") // its folder does not exist
	blocker := filepath.Join(dir, "file")
	os.WriteFile(blocker, nil, 0o600)
	fa := &fakeAfter{}
	// The recovery folder cannot be made: a file stands in its way.
	s, _ := newTestSession(t, Options{Path: path, After: fa.after, RecoveryDir: filepath.Join(blocker, "rec")})
	told := make(chan bool, 1)
	onOwner(s, func() {
		s.OnAutosaveFailed(func(err error, recoveryKept bool) { told <- recoveryKept })
	})
	<-s.AddStickies(board.SourceFacilitator, board.Events, []string{"Built"})
	onOwner(s, fa.fire)
	select {
	case kept := <-told:
		if kept {
			t.Fatal("the facilitator was told a recovery copy was kept, but writing it failed")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a failed autosave was not reported")
	}
}

func TestSession_AutosaveFailureSaysTheCopyWasKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gone", "retro.pathmap")
	rec := t.TempDir()
	fa := &fakeAfter{}
	s, _ := newTestSession(t, Options{Path: path, After: fa.after, RecoveryDir: rec})
	told := make(chan bool, 1)
	onOwner(s, func() {
		s.OnAutosaveFailed(func(err error, recoveryKept bool) { told <- recoveryKept })
	})
	<-s.AddStickies(board.SourceFacilitator, board.Events, []string{"Built"})
	onOwner(s, fa.fire)
	if kept := <-told; !kept {
		t.Fatal("the facilitator was told no recovery copy was kept, but it was written")
	}
	if files, _ := filepath.Glob(filepath.Join(rec, "*.pathmap")); len(files) != 1 {
		t.Fatalf("recovery folder holds %v, want the copy", files)
	}
}
