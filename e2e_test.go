package main

// End-to-end tests: they build the real pathmap binary and drive it as a
// user would, on the command line and in a real window under Xvfb.

import (
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"pathmap/board"
	"pathmap/export"
)

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// binary builds pathmap once per test run and returns its path.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "pathmap-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "pathmap")
		out, err := exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", binPath, ".").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// need skips the test when a tool is missing on a developer's machine; in CI
// (CI set) a missing tool is a failure, since `make test` installs them all.
func need(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed; `make test` installs it", tool)
			}
			t.Skipf("%s is not installed (run `make test` to install it)", tool)
		}
	}
}

// startXvfb starts a virtual 1920×1080 screen and returns its DISPLAY.
func startXvfb(t *testing.T) string {
	t.Helper()
	need(t, "Xvfb", "xdotool")
	for n := 90 + os.Getpid()%40; n < 200; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		if lockHeld(fmt.Sprintf("/tmp/.X%d-lock", n)) {
			continue
		}
		display := fmt.Sprintf(":%d", n)
		cmd := exec.Command("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
		if err := cmd.Start(); err != nil {
			t.Fatalf("starting Xvfb: %v", err)
		}
		// SIGTERM lets Xvfb remove its lock file; a killed one leaves it
		// behind and blocks that display number for later runs.
		t.Cleanup(func() { cmd.Process.Signal(syscall.SIGTERM); cmd.Wait() })
		deadline := time.Now().Add(10 * time.Second)
		for time.Now().Before(deadline) {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
				return display
			}
			time.Sleep(100 * time.Millisecond)
		}
		t.Fatalf("Xvfb %s did not start", display)
	}
	t.Fatal("no free X display number")
	return ""
}

// lockHeld reports whether an X display lock file belongs to a running
// server; a stale one, left by a server that was killed, is removed.
func lockHeld(path string) bool {
	data, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var pid int
	if _, err := fmt.Sscan(strings.TrimSpace(string(data)), &pid); err == nil && pid > 0 {
		if syscall.Kill(pid, 0) == nil {
			return true
		}
	}
	os.Remove(path)
	return false
}

// xdo runs xdotool on display and fails the test if it fails.
func xdo(t *testing.T, display string, args ...string) string {
	t.Helper()
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "LC_ALL=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("xdotool %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// startApp runs pathmap on display with the given arguments and waits for
// its window; it returns the process and the window id.
func startApp(t *testing.T, display string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	return launch(t, display, t.TempDir(), args...)
}

// launch runs pathmap with home as its home folder (where it keeps its
// preferences and recovery copies) and waits for its window.
func launch(t *testing.T, display, home string, args ...string) (*exec.Cmd, string) {
	t.Helper()
	// A start that shows no window within 30 s is tried once more: on a
	// loaded machine the X server occasionally never answers a new client.
	if cmd, wid := tryLaunch(t, display, home, 30*time.Second, args...); cmd != nil {
		return cmd, wid
	}
	t.Log("no window after 30 s; starting pathmap again")
	if cmd, wid := tryLaunch(t, display, home, 60*time.Second, args...); cmd != nil {
		return cmd, wid
	}
	t.Fatal("the pathmap window did not appear")
	return nil, ""
}

// tryLaunch starts pathmap and waits up to within for its window; on a
// timeout it kills it and returns nil.
func tryLaunch(t *testing.T, display, home string, within time.Duration, args ...string) (*exec.Cmd, string) {
	t.Helper()
	cmd := exec.Command(binary(t), args...)
	var log strings.Builder
	cmd.Stdout, cmd.Stderr = &log, &log
	cmd.Env = append(os.Environ(), "DISPLAY="+display, "LANG=en_US.UTF-8", "HOME="+home, "XDG_CONFIG_HOME="+filepath.Join(home, ".config"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		if t.Failed() {
			t.Logf("pathmap output:\n%s", log.String())
		}
	})
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		c := exec.Command("xdotool", "search", "--onlyvisible", "--pid", fmt.Sprint(cmd.Process.Pid))
		c.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := c.Output(); err == nil && len(strings.Fields(string(out))) > 0 {
			wid := strings.Fields(string(out))[0]
			time.Sleep(1500 * time.Millisecond) // let the first frame draw
			xdo(t, display, "windowfocus", wid)
			time.Sleep(300 * time.Millisecond)
			return cmd, wid
		}
		time.Sleep(200 * time.Millisecond)
	}
	cmd.Process.Kill()
	cmd.Wait()
	t.Logf("pathmap showed no window; its output:\n%s", log.String())
	return nil, ""
}

// quitByKeyboard presses Ctrl+Q and waits for the app to quit. On a loaded
// machine X sometimes delivers the Ctrl late and the app sees a bare "q", so
// the key is pressed again every few seconds until within has passed.
func quitByKeyboard(t *testing.T, display string, cmd *exec.Cmd, within time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.After(within)
	for {
		xdo(t, display, "key", "ctrl+q")
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("pathmap exited with %v", err)
			}
			return
		case <-deadline:
			t.Fatalf("pathmap did not quit within %v", within)
		case <-time.After(4 * time.Second):
		}
	}
}

// waitExit waits for the app to quit by itself.
func waitExit(t *testing.T, cmd *exec.Cmd, within time.Duration) {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("pathmap exited with %v", err)
		}
	case <-time.After(within):
		t.Fatalf("pathmap did not quit within %v", within)
	}
}

func TestE2E_AddEventWithKeyboardSaveAndQuit(t *testing.T) {
	display := startXvfb(t)
	path := filepath.Join(t.TempDir(), "workshop.pathmap")
	cmd, _ := startApp(t, display, path)

	xdo(t, display, "key", "1")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "Deployed to staging")
	xdo(t, display, "key", "Return")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "key", "ctrl+s")

	saved := waitForBoard(t, path, 3)
	if saved == nil {
		t.Fatalf("Ctrl+S did not write a board with the new sticky to %s", path)
	}

	// Ctrl+S in the middle of typing must save what is typed so far.
	xdo(t, display, "key", "2")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "GitHub")
	xdo(t, display, "key", "ctrl+s")
	if b := waitForBoard(t, path, 4); b == nil || len(b.InLane(board.Systems)) != 1 || b.InLane(board.Systems)[0].Text != "GitHub" {
		t.Fatalf("Ctrl+S while typing did not save the sticky being typed: %+v", b)
	}

	quitByKeyboard(t, display, cmd, 15*time.Second)

	events := saved.InLane(board.Events)
	texts := []string{}
	for _, s := range events {
		texts = append(texts, s.Text)
	}
	if len(events) != 3 || events[1].Text != "Deployed to staging" {
		t.Fatalf("saved events = %q, want the seed events and \"Deployed to staging\" between them", texts)
	}
}

func TestE2E_ExportSampleWithoutDisplay(t *testing.T) {
	need(t, "pdftotext")
	dir := t.TempDir()
	in := filepath.Join(dir, "sample.pathmap")
	pdf := filepath.Join(dir, "map.pdf")
	pngPath := filepath.Join(dir, "map.png")
	bin := binary(t)
	noDisplay := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir, "LANG=en_US.UTF-8"}
	for _, args := range [][]string{{"sample", in}, {"export", "--pdf", pdf, "--png", pngPath, in}} {
		cmd := exec.Command(bin, args...)
		cmd.Env = noDisplay
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("pathmap %v: %v\n%s", args, err, out)
		}
	}
	b, err := board.Load(in)
	if err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	all := squash(string(text))
	for _, s := range b.Stickies {
		if !strings.Contains(all, squash(s.Text)) {
			t.Errorf("the PDF lacks sticky %d %q", s.ID, s.Text)
		}
	}
	f, err := os.Open(pngPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("the PNG does not decode: %v", err)
	}
	w, h := export.PNGSize(b, 1)
	if got := img.Bounds().Size(); got.X != w || got.Y != h {
		t.Fatalf("PNG is %v, want %dx%d", got, w, h)
	}
}

func TestE2E_ExportErrorsAreOneLineWithoutDisplay(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary(t), "export", "--pdf", filepath.Join(dir, "out.pdf"), filepath.Join(dir, "missing.pathmap"))
	cmd.Env = []string{"PATH=" + os.Getenv("PATH"), "HOME=" + dir}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		t.Fatal("export of a missing board exited 0")
	}
	if got := stderr.String(); strings.Count(got, "\n") != 1 || !strings.Contains(got, "missing.pathmap") {
		t.Fatalf("stderr = %q, want one line naming missing.pathmap", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "out.pdf")); err == nil {
		t.Fatal("a failed export left an output file")
	}
}

// waitForBoard waits up to 15 s for the file at path to hold n stickies.
func waitForBoard(t *testing.T, path string, n int) *board.Board {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := board.Load(path); err == nil && len(b.Stickies) == n {
			return b
		}
		time.Sleep(200 * time.Millisecond)
	}
	return nil
}
