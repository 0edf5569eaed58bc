package workshop

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pathmap/board"
)

// heldByAnother makes path look open in another running pathmap: its lock
// names this test's parent process, which runs as long as the test does.
func heldByAnother(t *testing.T, path string) {
	t.Helper()
	host, _ := os.Hostname()
	data, _ := json.Marshal(board.LockHolder{PID: os.Getppid(), Host: host})
	if err := os.WriteFile(board.LockFileFor(path), data, 0o644); err != nil {
		t.Fatal(err)
	}
}

func stickyTexts(b *board.Board) string { return fmt.Sprint(b.Stickies) }

func TestSession_ReadOnlyBoardIsNeverWrittenToItsFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "shared.pathmap")
	board.Save(path, board.New())
	before, _ := os.ReadFile(path)
	rec := t.TempDir()
	fa := &fakeAfter{}
	s, _ := newTestSession(t, Options{Path: path, After: fa.after, RecoveryDir: rec, SyncWrites: true})
	onOwner(s, func() { s.SetReadOnly(true) })
	<-s.AddStickies(board.SourceFacilitator, board.Events, []string{"Typed in the second window"})
	onOwner(s, fa.fire) // autosave
	var flushed, saveErr = make(chan bool, 1), make(chan error, 1)
	onOwner(s, func() {
		s.Flush(func(safe bool) { flushed <- safe })
		s.Save(path, func(err error) { saveErr <- err })
	})
	if <-flushed {
		t.Fatal("quitting a read-only board with changes counted it as safe in its file")
	}
	if err := <-saveErr; err == nil || !strings.Contains(err.Error(), "Save As") {
		t.Fatalf("saving a read-only board to its own file: %v; want a refusal that names Save As", err)
	}
	s.SaveOnExit()
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the read-only board's file was written")
	}
	// The work is in a recovery copy of its own, offered with the file.
	copies, _ := filepath.Glob(filepath.Join(rec, "*.pathmap"))
	if len(copies) != 1 || filepath.Base(copies[0]) == filepath.Base((RecoveryStore{rec}).FileFor(path, s.Now())) {
		t.Fatalf("recovery copies %v; want one, not under the name the first window's copy has", copies)
	}
	if file, _, ok := (RecoveryStore{rec}).Offer(path); !ok || file != copies[0] {
		t.Fatalf("opening the board again offers %q, %v; want the read-only window's copy", file, ok)
	}
}

func TestSession_TwoWindowsOnOneFileKeepTwoRecoveryCopies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "shared.pathmap")
	board.Save(path, board.New())
	rec := t.TempDir()
	first, _ := newTestSession(t, Options{Path: path, RecoveryDir: rec, SyncWrites: true})
	second, _ := newTestSession(t, Options{Path: path, RecoveryDir: rec, SyncWrites: true})
	onOwner(second, func() { second.SetReadOnly(true) })
	onOwner(first, func() { first.Hold("changed on disk") }) // the first keeps a copy too
	<-first.AddStickies(board.SourceFacilitator, board.Events, []string{"First window's work"})
	<-second.AddStickies(board.SourceFacilitator, board.Events, []string{"Second window's work"})
	onOwner(first, first.Autosave)
	onOwner(second, second.Autosave)
	first.SaveOnExit()
	second.SaveOnExit()
	copies, _ := filepath.Glob(filepath.Join(rec, "*.pathmap"))
	var all string
	for _, c := range copies {
		b, err := board.Load(c)
		if err != nil {
			t.Fatal(err)
		}
		all += stickyTexts(b)
	}
	if len(copies) != 2 || !strings.Contains(all, "First window's work") || !strings.Contains(all, "Second window's work") {
		t.Fatalf("recovery copies %v hold %s; want each window's work in a copy of its own", copies, all)
	}
}

func TestSession_SaveAsOntoABoardOpenElsewhereIsRefused(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.pathmap")
	board.Save(other, board.New())
	before, _ := os.ReadFile(other)
	heldByAnother(t, other)
	s, _ := newTestSession(t, Options{RecoveryDir: t.TempDir(), SyncWrites: true})
	<-s.AddStickies(board.SourceFacilitator, board.Events, []string{"Mine"})
	got := make(chan error, 1)
	onOwner(s, func() { s.Save(other, func(err error) { got <- err }) })
	if err := <-got; err == nil || !strings.Contains(err.Error(), "is open in another pathmap") {
		t.Fatalf("Save As onto a board another pathmap has open: %v", err)
	}
	if after, _ := os.ReadFile(other); string(after) != string(before) {
		t.Fatal("the other pathmap's board was overwritten")
	}
	// Saved elsewhere, the board is an ordinary one again.
	mine := filepath.Join(dir, "mine.pathmap")
	onOwner(s, func() {
		s.SetReadOnly(true)
		s.Save(mine, func(err error) { got <- err })
	})
	if err := <-got; err != nil {
		t.Fatal(err)
	}
	var ro bool
	onOwner(s, func() { ro = s.ReadOnly() })
	if ro {
		t.Fatal("a board saved to a file of its own is still read-only")
	}
}

func TestRecoveryStore_ACopyARunningPathmapKeepsIsNotOffered(t *testing.T) {
	rec := t.TempDir()
	s, _ := newTestSession(t, Options{RecoveryDir: rec, SyncWrites: true})
	<-s.AddStickies(board.SourceFacilitator, board.Events, []string{"Untitled, still open"})
	onOwner(s, s.Autosave)
	copies, _ := filepath.Glob(filepath.Join(rec, "untitled-*.pathmap"))
	if len(copies) != 1 {
		t.Fatalf("recovery copies %v", copies)
	}
	// The session's claim is this process's; seen from another pathmap it
	// is a live one's. Pretend to be that other pathmap.
	claim := (RecoveryStore{rec}).claimFor(copies[0])
	data, _ := os.ReadFile(board.LockFileFor(claim))
	if len(data) == 0 {
		t.Fatal("the session did not claim its recovery copy")
	}
	host, _ := os.Hostname()
	data, _ = json.Marshal(board.LockHolder{PID: os.Getppid(), Host: host})
	os.WriteFile(board.LockFileFor(claim), data, 0o644)
	if file, _, ok := (RecoveryStore{rec}).Offer(""); ok {
		t.Fatalf("a starting pathmap was offered %s, which a running one keeps", file)
	}
	os.Remove(board.LockFileFor(claim)) // that pathmap ended
	if _, _, ok := (RecoveryStore{rec}).Offer(""); !ok {
		t.Fatal("the copy was not offered once its pathmap had ended")
	}
}
