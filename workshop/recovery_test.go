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
