//go:build unix

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

	"pathmap/assets"
	"pathmap/board"
)

func TestCLI_ExportWritesNoOutputWhenALaterOneFails(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "b.pathmap")
	os.WriteFile(in, assets.SampleBoard, 0o644)
	md := filepath.Join(dir, "a.md")
	code, _, errOut, _ := runCLI(t, "export", "--md", md, "--csv", filepath.Join(dir, "gone", "a.csv"), in)
	if code != 1 || !strings.Contains(errOut, "a.csv") {
		t.Fatalf("code %d, stderr %q", code, errOut)
	}
	if _, err := os.Stat(md); err == nil {
		t.Fatal("the Markdown was written though the CSV failed")
	}
}

func TestCLI_ExportRefusesPipesFoldersAndReadOnlyFiles(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "b.pathmap")
	os.WriteFile(in, assets.SampleBoard, 0o644)
	pipe := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	locked := filepath.Join(dir, "locked.csv")
	os.WriteFile(locked, []byte("keep"), 0o444)
	for _, c := range [][2]string{
		{"--md", pipe}, {"--md", dir}, {"--csv", locked},
	} {
		want := map[string]string{pipe: "is not a regular file", dir: "is a folder", locked: "is read-only"}[c[1]]
		var code int
		var errOut string
		done := make(chan bool)
		go func() { code, _, errOut, _ = runCLI(t, "export", c[0], c[1], in); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("export to %s hangs", c[1])
		}
		if code != 1 || !strings.Contains(errOut, c[1]+": "+want) {
			t.Errorf("export %s %s: code %d, stderr %q, want %q", c[0], c[1], code, errOut, want)
		}
	}
	if data, _ := os.ReadFile(locked); string(data) != "keep" {
		t.Fatal("a read-only file was replaced")
	}
}

func TestCLI_APipeAsBoardIsRefusedWithoutHanging(t *testing.T) {
	pipe := filepath.Join(t.TempDir(), "b.pathmap")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	done := make(chan bool)
	var code int
	var errOut string
	var opened *openCall
	go func() {
		code, _, errOut, _ = runCLI(t, "export", "--md", pipe+".md", pipe)
		_, _, _, opened = runCLI(t, pipe)
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("a pipe as board hangs")
	}
	if code != 1 || !strings.Contains(errOut, "is not a regular file") {
		t.Fatalf("export from a pipe: code %d, %q", code, errOut)
	}
	if opened == nil || opened.path != "" || opened.err == nil || !strings.Contains(opened.err.Error(), "not a regular file") {
		t.Fatalf("opening a pipe: %+v", opened)
	}
}

func TestCLI_ExportAcceptsABoardWithAByteOrderMark(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "b.pathmap")
	os.WriteFile(in, append([]byte("\xEF\xBB\xBF"), assets.SampleBoard...), 0o644)
	csv := filepath.Join(dir, "a.csv")
	if code, _, errOut, _ := runCLI(t, "export", "--csv", csv, in); code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	data, _ := os.ReadFile(csv)
	if !strings.HasPrefix(string(data), "\uFEFFaction,owner") {
		t.Fatalf("CSV starts %q", data[:min(len(data), 20)])
	}
}

// SIGTERM while a large board loads, before the window exists, ends
// pathmap with a message and status 1 instead of by the signal.
func TestE2E_SigtermWhileABigBoardLoadsEndsCleanly(t *testing.T) {
	bin := binary(t)
	path := filepath.Join(t.TempDir(), "big.pathmap")
	b := &board.Board{Title: "Big"}
	for i := 0; i < board.MaxStickies; i++ {
		l := board.Lane(i % board.LaneCount)
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: l, Text: strings.Repeat("Deployed to staging ", 20),
			X: float64(i/board.LaneCount%5000) * 188, Y: b.LaneTop(l) + board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, path)
	cmd.Env = append(os.Environ(), "DISPLAY=:1999", "LANG=en_US.UTF-8")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// The signal comes while the board is read: pathmap is past its start
	// then, whatever the machine's load. (Before main runs, in the first
	// milliseconds after exec, no Go program can catch a signal.)
	if !readingFile(cmd.Process.Pid, path, 20*time.Second) {
		t.Fatal("pathmap never opened the board file")
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	if cmd.ProcessState.Exited() && strings.Contains(stderr.String(), "stopped") {
		if cmd.ProcessState.ExitCode() != 1 {
			t.Fatalf("exit status %d", cmd.ProcessState.ExitCode())
		}
		return
	}
	t.Fatalf("pathmap ended with %v (exited %v), stderr %q; want status 1 and a message", err, cmd.ProcessState.Exited(), stderr.String())
}

// readingFile waits until process pid has the file at path open (Linux:
// its /proc fd links), and reports whether it did within the time given.
func readingFile(pid int, path string, within time.Duration) bool {
	abs, _ := filepath.Abs(path)
	fds := fmt.Sprintf("/proc/%d/fd", pid)
	for deadline := time.Now().Add(within); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		entries, _ := os.ReadDir(fds)
		for _, e := range entries {
			if target, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && target == abs {
				return true
			}
		}
	}
	return false
}
