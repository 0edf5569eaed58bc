package main

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

// startOwnXvfb starts an X server for one pathmap alone and returns its
// DISPLAY and process, so that the test can end the server as a logout
// does.
func startOwnXvfb(t *testing.T) (string, *exec.Cmd) {
	t.Helper()
	need(t, "Xvfb", "xdotool")
	for n := 140 + os.Getpid()%40; n < 250; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil || lockHeld(fmt.Sprintf("/tmp/.X%d-lock", n)) {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		cmd := exec.Command("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting Xvfb: %v", err)
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				cmd.Process.Signal(syscall.SIGTERM)
				cmd.Wait()
			}
		})
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display, cmd
			}
		}
		t.Fatalf("Xvfb %s did not start", display)
	}
	t.Fatal("no free X display number")
	return "", nil
}

// Logging out ends the X server under pathmap. The X library then ends the
// program on the spot; pathmap saves first, text still being typed
// included, well inside the second autosave would wait.
func TestE2E_DisplayLostSavesTheBoardFirst(t *testing.T) {
	display, server := startOwnXvfb(t)
	path := filepath.Join(t.TempDir(), "logout.pathmap")
	home := t.TempDir()
	cmd, _ := launch(t, display, home, path)
	xdo(t, display, "key", "1")
	time.Sleep(250 * time.Millisecond)
	xdo(t, display, "type", "--delay", "30", "Typed before logout")
	time.Sleep(300 * time.Millisecond) // the keys reach pathmap; autosave still waits
	server.Process.Signal(syscall.SIGKILL)
	server.Wait()
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Fatal("pathmap did not end within 15 s of losing its display")
	}
	b, err := board.Load(path)
	if err != nil || !strings.Contains(fmt.Sprint(b.Stickies), "Typed before logout") {
		t.Fatalf("the sticky being typed when the display went is not in the file: %v", err)
	}
	if _, held := board.HeldBy(path); held {
		t.Fatal("the board's lock outlived pathmap")
	}
}

// Two pathmaps on one board file: the second opens it read-only, never
// writes the file, and keeps its work in a recovery copy of its own; the
// first keeps its lock until it quits.
func TestE2E_SecondPathmapOnABoardOpensItReadOnly(t *testing.T) {
	display := startXvfb(t)
	home := t.TempDir()
	path := filepath.Join(t.TempDir(), "shared.pathmap")
	if err := board.Save(path, board.New()); err != nil {
		t.Fatal(err)
	}
	first, _ := launch(t, display, home, path)
	h, held := board.HeldBy(path)
	if !held || h.PID != first.Process.Pid {
		t.Fatalf("the first pathmap does not hold the board's lock: %+v", h)
	}
	second, wid := launch(t, display, home, path)
	if name := xdo(t, display, "getwindowname", wid); !strings.Contains(name, "(read-only)") {
		t.Fatalf("the second window is called %q; want it to say read-only", name)
	}
	xdo(t, display, "key", "Return") // the focused answer: Open read-only
	time.Sleep(300 * time.Millisecond)
	typeEvents(t, display, 0, "Second window")
	time.Sleep(2500 * time.Millisecond) // past autosave
	if b, _ := board.Load(path); strings.Contains(fmt.Sprint(b.Stickies), "Second window") {
		t.Fatal("the read-only window wrote the board's file")
	}
	second.Process.Signal(syscall.SIGTERM)
	second.Wait()
	copies, _ := filepath.Glob(filepath.Join(home, ".config", "fyne", appID, "recovery", "shared-*~*.pathmap"))
	if len(copies) != 1 {
		t.Fatalf("recovery copies of the read-only window: %v; want one of its own", copies)
	}
	if b, _ := board.Load(copies[0]); b == nil || !strings.Contains(fmt.Sprint(b.Stickies), "Second window") {
		t.Fatal("the read-only window's recovery copy lacks its work")
	}
	if h, held := board.HeldBy(path); !held || h.PID != first.Process.Pid {
		t.Fatalf("the second pathmap took or dropped the first one's lock: %+v", h)
	}
	first.Process.Signal(syscall.SIGTERM)
	first.Wait()
	if _, held := board.HeldBy(path); held {
		t.Fatal("the lock outlived the first pathmap")
	}
}
