package export

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"pathmap/board"
)

func TestWriteFile_FailedExportKeepsTheOldFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "OUT.pdf")
	if err := os.WriteFile(path, []byte("the previous export"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteFile(path, func(w io.Writer) error {
		w.Write([]byte("half a PDF"))
		return errors.New("the board is too big")
	})
	if err == nil || err.Error() != path+": the board is too big" {
		t.Fatalf("error %q, want %q", err, path+": the board is too big")
	}
	var fe *board.FileError
	if !errors.As(err, &fe) || fe.Path != path {
		t.Errorf("error %#v is not a board.FileError for the path", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "the previous export" {
		t.Errorf("the old file became %q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only OUT.pdf", names)
	}
}

func TestWriteFile_ReplacesTheFileWhole(t *testing.T) {
	path := filepath.Join(t.TempDir(), "map.png")
	os.WriteFile(path, []byte(strings.Repeat("old ", 1000)), 0o600)
	if err := WriteFile(path, func(w io.Writer) error { return PNG(w, sampleBoard(t), 0.25) }); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), "\x89PNG") {
		t.Errorf("file starts with %q", data[:8])
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("permissions became %v; the replaced file's are kept", info.Mode().Perm())
	}
}

func TestWriteFile_ErrorsNameTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "no such folder", "OUT.pdf")
	err := WriteFile(path, func(w io.Writer) error { _, err := w.Write([]byte("x")); return err })
	if err == nil || !strings.HasPrefix(err.Error(), path+": ") || strings.Count(err.Error(), path) != 1 {
		t.Errorf("error %q should name %s once", err, path)
	}
	// An export error that already names the file is not wrapped twice.
	inner := &board.FileError{Path: path, Err: errors.New("boom")}
	if err := WriteFile(path, func(io.Writer) error { return inner }); err != error(inner) {
		t.Errorf("got %q", err)
	}
}
