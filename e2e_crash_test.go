package main

// End-to-end crash tests: the real app is killed with SIGKILL in the middle
// of a workshop, as a power cut or a frozen laptop would, and restarted. At
// most the last two seconds of edits may be missing.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"pathmap/board"
)

// crashWindow is the most recent edits autosave may not have written yet.
const crashWindow = 2 * time.Second

// startAppAt is startApp with a fixed home folder, so that a restarted app
// finds what the killed one left in its data folder.
func startAppAt(t *testing.T, display, home string, args ...string) *exec.Cmd {
	t.Helper()
	cmd, _ := launch(t, display, home, args...)
	return cmd
}

// edit is one sticky typed into the real window and when it was finished.
type edit struct {
	text string
	done time.Time
}

// typeEvents adds one event sticky per text, pausing between them, and
// returns when each was finished with Return.
func typeEvents(t *testing.T, display string, pause time.Duration, texts ...string) []edit {
	t.Helper()
	var out []edit
	for _, text := range texts {
		xdo(t, display, "key", "1")
		time.Sleep(250 * time.Millisecond)
		xdo(t, display, "type", "--delay", "30", text)
		xdo(t, display, "key", "Return")
		out = append(out, edit{text, time.Now()})
		time.Sleep(pause)
	}
	return out
}

// kill ends the app the hard way: no quit handler, no deferred save.
func kill(t *testing.T, cmd *exec.Cmd) time.Time {
	t.Helper()
	at := time.Now()
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	return at
}

// checkSurvivors fails for every edit older than crashWindow at the kill
// that b lacks.
func checkSurvivors(t *testing.T, b *board.Board, edits []edit, killed time.Time) {
	t.Helper()
	have := map[string]bool{}
	for _, s := range b.Stickies {
		have[s.Text] = true
	}
	for _, e := range edits {
		if age := killed.Sub(e.done); age > crashWindow && !have[e.text] {
			t.Errorf("edit %q, made %v before the crash, was lost", e.text, age.Round(time.Millisecond))
		}
	}
}

func windowName(t *testing.T, display string, cmd *exec.Cmd) string {
	t.Helper()
	ids := strings.Fields(xdo(t, display, "search", "--onlyvisible", "--pid", fmt.Sprint(cmd.Process.Pid)))
	return xdo(t, display, "getwindowname", ids[0])
}

func TestE2E_CrashLosesAtMostTwoSecondsOfANamedBoard(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	path := filepath.Join(t.TempDir(), "workshop.pathmap")
	cmd := startAppAt(t, display, home, path)

	edits := typeEvents(t, display, 1200*time.Millisecond, "Alpha", "Bravo", "Charlie", "Delta")
	// A sentence still being typed, the sticky not closed yet, counts too.
	xdo(t, display, "key", "1")
	time.Sleep(250 * time.Millisecond)
	xdo(t, display, "type", "--delay", "30", "Half typed")
	edits = append(edits, edit{"Half typed", time.Now()})
	time.Sleep(crashWindow + 500*time.Millisecond)
	edits = append(edits, typeEvents(t, display, 100*time.Millisecond, "Echo")...)
	killed := kill(t, cmd)

	b, err := board.Load(path)
	if err != nil {
		t.Fatalf("after the crash the board file does not load: %v", err)
	}
	checkSurvivors(t, b, edits, killed)
	if entries, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".*tmp*")); len(entries) != 0 {
		t.Errorf("the crash left temporary files %v next to the board", entries)
	}

	// The restarted app opens the board as it is on disk, with nothing to recover.
	// A machine restarted after a crash starts a fresh X session too.
	display = startXvfb(t)
	cmd = startAppAt(t, display, home, path)
	if name := windowName(t, display, cmd); name != "workshop.pathmap — pathmap" {
		t.Errorf("restarted window title = %q, want the board, clean", name)
	}
	xdo(t, display, "key", "ctrl+q")
	waitExit(t, cmd, 15*time.Second)
}

func TestE2E_CrashedUntitledBoardIsOfferedForRecovery(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	cmd := startAppAt(t, display, home)

	edits := typeEvents(t, display, 1200*time.Millisecond, "Alpha", "Bravo", "Charlie")
	edits = append(edits, typeEvents(t, display, 100*time.Millisecond, "Delta")...)
	killed := kill(t, cmd)

	copies, _ := filepath.Glob(filepath.Join(home, ".config", "fyne", appID, "recovery", "untitled-*.pathmap"))
	if len(copies) != 1 {
		t.Fatalf("recovery copies after the crash: %v, want one", copies)
	}
	b, err := board.Load(copies[0])
	if err != nil {
		t.Fatalf("the recovery copy does not load: %v", err)
	}
	checkSurvivors(t, b, edits, killed)

	// Restarted, pathmap offers the copy and waits; Space restores it.
	// A machine restarted after a crash starts a fresh X session too.
	display = startXvfb(t)
	cmd = startAppAt(t, display, home)
	if name := windowName(t, display, cmd); name != "Untitled — pathmap" {
		t.Fatalf("before answering, the window title is %q: something was restored unasked", name)
	}
	xdo(t, display, "key", "space")
	deadline := time.Now().Add(5 * time.Second)
	for windowName(t, display, cmd) != "*Untitled — pathmap" {
		if time.Now().After(deadline) {
			t.Fatalf("Space on the recovery offer did not restore the board; title %q", windowName(t, display, cmd))
		}
		time.Sleep(200 * time.Millisecond)
	}
	if _, err := os.Stat(copies[0]); err != nil {
		t.Fatal("restoring deleted the recovery copy before the board was saved")
	}
}

// A very long workshop, or several merged: 5,000 stickies must open, take
// edits, save and export like a small board.
func TestE2E_FiveThousandStickyBoardOpensEditsSavesAndExports(t *testing.T) {
	display := startXvfb(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "big.pathmap")
	b := board.New()
	b.Stickies = nil
	for i := 0; i < 5000; i++ {
		l := board.Lane(i % board.LaneCount)
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: l, Text: fmt.Sprintf("Sticky %d", i+1),
			X: float64(i/board.LaneCount) * 200, Y: b.LaneTop(l) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	cmd := startAppAt(t, display, t.TempDir(), path)
	typeEvents(t, display, 300*time.Millisecond, "Added to a big board")
	xdo(t, display, "key", "ctrl+s")
	saved := waitForBoard(t, path, 5001)
	if saved == nil {
		t.Fatal("the 5,000-sticky board did not save the new sticky")
	}
	xdo(t, display, "key", "ctrl+q")
	waitExit(t, cmd, 15*time.Second)

	pdf := filepath.Join(dir, "big.pdf")
	out, err := exec.Command(binary(t), "export", "--pdf", pdf, path).CombinedOutput()
	if err != nil {
		t.Fatalf("export of the 5,000-sticky board: %v\n%s", err, out)
	}
	if st, err := os.Stat(pdf); err != nil || st.Size() == 0 {
		t.Fatalf("no PDF: %v", err)
	}
}

// Logout, shutdown or `kill`: SIGTERM gives pathmap the chance to save at
// once, without waiting for autosave's second.
func TestE2E_TerminatedAppSavesBeforeItEnds(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	path := filepath.Join(t.TempDir(), "term.pathmap")
	cmd := startAppAt(t, display, home, path)
	typeEvents(t, display, 0, "Last words")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("pathmap did not end within 10 s of SIGTERM")
	}
	if b, err := board.Load(path); err != nil || !strings.Contains(fmt.Sprint(b.Stickies), "Last words") {
		t.Fatalf("the edit made just before SIGTERM is not in the file: %v", err)
	}

	// An untitled board keeps its recovery copy, to be offered next time.
	// A machine restarted after a crash starts a fresh X session too.
	display = startXvfb(t)
	cmd = startAppAt(t, display, home)
	typeEvents(t, display, 0, "Untitled words")
	cmd.Process.Signal(syscall.SIGTERM)
	cmd.Wait()
	copies, _ := filepath.Glob(filepath.Join(home, ".config", "fyne", appID, "recovery", "untitled-*.pathmap"))
	if len(copies) != 1 {
		t.Fatalf("recovery copies after SIGTERM: %v, want one", copies)
	}
	if b, _ := board.Load(copies[0]); b == nil || !strings.Contains(fmt.Sprint(b.Stickies), "Untitled words") {
		t.Fatal("the recovery copy lacks the last edit")
	}
}
