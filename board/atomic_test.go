//go:build unix

package board

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// within fails the test if f does not return in a few seconds: a pipe or a
// device must never hang opening or saving.
func within(t *testing.T, what string, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatalf("%s hangs", what)
		return nil
	}
}

func fifo(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "pipe.pathmap")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("cannot make a pipe here: %v", err)
	}
	return path
}

func TestLoad_APipeIsRefusedWithoutHanging(t *testing.T) {
	path := fifo(t)
	err := within(t, "opening a pipe", func() error { _, _, err := LoadWithReport(path); return err })
	if err == nil || !strings.Contains(err.Error(), path+": is not a regular file") {
		t.Fatalf("opening a pipe: err %v", err)
	}
}

func TestSave_ToAPipeIsRefusedAndThePipeStays(t *testing.T) {
	path := fifo(t)
	err := within(t, "saving onto a pipe", func() error { return Save(path, New()) })
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("saving onto a pipe: err %v", err)
	}
	if info, _ := os.Lstat(path); info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe became %v", info.Mode())
	}
}

func TestSave_ThroughALinkToDevZeroIsRefusedWithoutReadingIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "zero.pathmap")
	if err := os.Symlink("/dev/zero", path); err != nil {
		t.Skip(err)
	}
	err := within(t, "saving onto /dev/zero", func() error { return Save(path, New()) })
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("saving through a link to /dev/zero: err %v", err)
	}
	if info, _ := os.Stat("/dev/zero"); info.Mode()&os.ModeCharDevice == 0 {
		t.Fatal("/dev/zero is no device any more")
	}
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Fatalf("opening a link to /dev/zero: err %v", err)
	}
}

func TestSave_ThroughALinkWritesItsTargetAndKeepsTheLink(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "shared", "map.pathmap")
	os.Mkdir(filepath.Dir(real), 0o755)
	if err := Save(real, New()); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "map.pathmap")
	if err := os.Symlink("shared/map.pathmap", link); err != nil {
		t.Skip(err)
	}
	b := New()
	b.Title = "Edited through the link"
	if err := Save(link, b); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Lstat(link); info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link became a %v", info.Mode())
	}
	got, err := Load(real)
	if err != nil || got.Title != b.Title {
		t.Fatalf("the link's target has title %q (%v), want the edit", got.Title, err)
	}
	if _, err := os.Stat(real + ".bak"); err != nil {
		t.Fatalf("no .bak next to the target: %v", err)
	}
}

func TestSave_AFileNameOf248BytesSaves(t *testing.T) {
	name := strings.Repeat("部", 80) + Extension // 248 bytes
	path := filepath.Join(t.TempDir(), name)
	for i := range 2 { // the second save also writes NAME.bak
		if err := Save(path, New()); err != nil {
			t.Fatalf("save %d of a %d-byte name: %v", i+1, len(name), err)
		}
	}
	if _, err := Load(path); err != nil {
		t.Fatal(err)
	}
}

func TestSave_AReadOnlyBoardIsNotReplaced(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	if err := Save(path, New()); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(path)
	os.Chmod(path, 0o444)
	b := New()
	b.Title = "Changed"
	for _, err := range []error{Save(path, b), SaveKeepingBackup(path, b), CheckWritable(path)} {
		if err == nil || !strings.Contains(err.Error(), path+": is read-only") {
			t.Fatalf("saving over a mode 444 board: err %v", err)
		}
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the read-only board was rewritten")
	}
	if err := CheckWritable(filepath.Join(filepath.Dir(path), "new.pathmap")); err != nil {
		t.Fatalf("a new file counts as unwritable: %v", err)
	}
}

func TestWriteFileAtomic_AFolderTargetSaysItIsAFolder(t *testing.T) {
	dir := t.TempDir()
	err := WriteFileAtomic(dir, []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("writing onto a folder: err %v", err)
	}
}

func TestWriteFilesAtomic_NothingIsWrittenWhenOneFileFails(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "map.md")
	os.WriteFile(first, []byte("old"), 0o644)
	fresh := filepath.Join(dir, "map.csv")
	err := WriteFilesAtomic([]FileData{{first, []byte("new")}, {fresh, []byte("new")}, {filepath.Join(dir, "gone", "x.pdf"), []byte("new")}})
	if err == nil {
		t.Fatal("a write into a missing folder succeeded")
	}
	if got, _ := os.ReadFile(first); string(got) != "old" {
		t.Fatalf("the first file was replaced although the last failed: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "map.md" {
			t.Fatalf("a failed batch left %s", e.Name())
		}
	}
}

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	return cmd.Process.Pid
}

func TestSave_RemovesTempFilesLeftByAKilledSave(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "b.pathmap")
	old := time.Now().Add(-time.Hour)
	write := func(name string, mod time.Time) string {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(`{"format":"pathmap"`), 0o600)
		os.Chtimes(p, mod, mod)
		return p
	}
	stale := []string{
		write(".b.pathmap.bak.tmp-1234567", old), // an older pathmap, killed an hour ago
		write(".b.pathmap.tmp-7654321", old),
		write(tempPrefix+strconv.Itoa(deadPID(t))+"-99.tmp", time.Now()), // its process is gone
	}
	kept := []string{
		write(".b.pathmap.tmp-1111", time.Now()),                           // may still be being written
		write(tempPrefix+strconv.Itoa(os.Getppid())+"-98.tmp", time.Now()), // its process runs
		write(".notes.tmp-1", old),                                         // not pathmap's
	}
	if err := Save(path, New()); err != nil {
		t.Fatal(err)
	}
	for _, p := range stale {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s was left", filepath.Base(p))
		}
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s was removed", filepath.Base(p))
		}
	}
}
