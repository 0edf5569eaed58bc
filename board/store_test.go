package board

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
)

func TestSave_WritesFileAndKeepsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "board.pathmap")
	first := New()
	if err := Save(path, first); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + ".bak"); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("a first save should have no previous version to back up")
	}
	second := first.Clone()
	second.Title = "Second"
	if err := Save(path, second); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || got.Title != "Second" {
		t.Fatalf("Load after save = %+v, %v", got, err)
	}
	bak, err := Load(path + ".bak")
	if err != nil || !reflect.DeepEqual(bak, first) {
		t.Fatalf(".bak = %+v, %v; want the previous version", bak, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("folder holds %v, want only the board and its .bak (no temp files)", names)
	}
}

func TestLoad_FailingFileIsNeverModified(t *testing.T) {
	path := filepath.Join(t.TempDir(), "board.pathmap")
	bad := []byte(`{"format":"pathmap","version":1,"stickies":[{"id":12,"lane":"events","text":5,"x":0,"y":0}]}`)
	os.WriteFile(path, bad, 0o600)
	before, _ := os.Stat(path)
	_, err := Load(path)
	if err == nil || err.Error() != path+": sticky 12: text is not a string" {
		t.Fatalf("Load error = %v, want %q", err, path+": sticky 12: text is not a string")
	}
	after, _ := os.Stat(path)
	data, _ := os.ReadFile(path)
	if string(data) != string(bad) || !after.ModTime().Equal(before.ModTime()) || after.Mode() != before.Mode() {
		t.Fatal("loading a bad file changed it")
	}
}

func TestLoad_MissingFileAndFolderSayWhat(t *testing.T) {
	dir := t.TempDir()
	_, err := Load(filepath.Join(dir, "nope.pathmap"))
	if err == nil || !strings.HasSuffix(err.Error(), "nope.pathmap: no such file or directory") {
		t.Fatalf("missing file error = %v", err)
	}
	_, err = Load(dir)
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Fatalf("folder error = %v", err)
	}
}

func TestSave_ReadOnlyFolderKeepsOldFileAndSaysWhy(t *testing.T) {
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("root ignores folder permissions; covered by the missing-folder case")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "b.pathmap")
	Save(path, New())
	os.Chmod(dir, 0o500)
	defer os.Chmod(dir, 0o700)
	if err := Save(path, New()); err == nil {
		t.Fatal("save into a read-only folder succeeded")
	}
}

func TestSave_MissingFolderFailsWithPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "gone", "b.pathmap")
	err := Save(path, New())
	if err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("Save into a missing folder: err = %v, want one naming %s", err, path)
	}
}

func TestSave_KeepsFilePermissions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	os.WriteFile(path, []byte("old"), 0o600)
	if err := Save(path, New()); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o600 {
		t.Fatalf("mode after save = %v, want 0600 as before", info.Mode().Perm())
	}
}

func TestSave_FullDiskKeepsOldFileAndSaysWhy(t *testing.T) {
	if runtime.GOOS != "linux" || os.Geteuid() != 0 {
		t.Skip("needs root on Linux to mount a tiny file system")
	}
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tiny file system here: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	path := filepath.Join(dir, "b.pathmap")
	if err := Save(path, New()); err != nil {
		t.Fatal(err)
	}
	err := Save(path, bigBoard(1000)) // about 200 KB: more than the disk holds
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "no space left on device") {
		t.Fatalf("save to a full disk: err = %v, want one naming the file and the full disk", err)
	}
	if b, err := Load(path); err != nil || !reflect.DeepEqual(b, New()) {
		t.Fatalf("after a failed save the old board = %+v, %v; want it intact", b, err)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") || strings.Contains(e.Name(), ".tmp-") {
			t.Fatalf("a failed save left %s behind on the full disk", e.Name())
		}
	}
}

func TestSaveKeepingBackup_LeavesTheBakAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	first, second, third := New(), New(), New()
	first.Title, second.Title, third.Title = "first", "second", "third"
	Save(path, first)
	Save(path, second) // .bak: first
	if err := SaveKeepingBackup(path, third); err != nil {
		t.Fatal(err)
	}
	if b, _ := Load(path); b.Title != "third" {
		t.Fatalf("board = %q, want third", b.Title)
	}
	if bak, _ := Load(path + ".bak"); bak.Title != "first" {
		t.Fatalf(".bak = %q, want it untouched (first)", bak.Title)
	}
}
