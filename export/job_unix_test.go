//go:build unix

package export

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestRun_RefusesDevicesFoldersAndReadOnlyTargets(t *testing.T) {
	dir := t.TempDir()
	// A named pipe stands for /dev/null, which only root could break.
	pipe := filepath.Join(dir, "pipe.md")
	if err := syscall.Mkfifo(pipe, 0o644); err != nil {
		t.Skip(err)
	}
	readOnly := filepath.Join(dir, "locked.md")
	os.WriteFile(readOnly, []byte("keep me"), 0o444)
	for _, c := range []struct{ path, want string }{
		{pipe, "is not a regular file"},
		{dir, "is a folder"},
		{readOnly, "is read-only"},
	} {
		_, err := Run(Job{Board: trickyActions(), Markdown: c.path, Fonts: NoFallback})
		if err == nil || !strings.HasPrefix(err.Error(), c.path+": "+c.want) {
			t.Errorf("exporting to %s: err %v, want %q", c.path, err, c.want)
		}
	}
	if info, err := os.Lstat(pipe); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatal("the pipe became a regular file")
	}
	if data, _ := os.ReadFile(readOnly); string(data) != "keep me" {
		t.Fatal("the read-only file was replaced")
	}
	if err := WriteFile(readOnly, func(w io.Writer) error { return Markdown(w, trickyActions()) }); err == nil {
		t.Fatal("WriteFile replaced a read-only file")
	}
}
