package board

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// maxFileSize keeps a wrong file (a video, a disk image) from being read into
// memory. A 100,000-sticky board is far below it.
const maxFileSize = 64 << 20

// FileError is a problem with a board file: the file's path and what is wrong.
// Its message reads "board.pathmap: sticky 12: text is not a string".
type FileError struct {
	Path string
	Err  error
}

func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying problem.
func (e *FileError) Unwrap() error { return e.Err }

// Load reads and validates the board in the file at path. It only reads:
// a file that fails to load is left exactly as it was.
func Load(path string) (*Board, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{path, plainIOError(err)}
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, &FileError{path, errors.New("is a folder, not a board file")}
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &FileError{path, plainIOError(err)}
	}
	if len(data) > maxFileSize {
		return nil, &FileError{path, fmt.Errorf("is larger than %d MB; it is not a pathmap board", maxFileSize>>20)}
	}
	b, err := Decode(data)
	if err != nil {
		return nil, &FileError{path, err}
	}
	return b, nil
}

// Save writes b to path atomically: the new board goes to a temporary file
// in the same folder, is flushed to disk and then renamed over path, so a
// crash leaves either the old file or the new one, never half of one. The
// previous version is kept as path + ".bak".
func Save(path string, b *Board) error {
	data, err := Encode(b)
	if err != nil {
		return &FileError{path, err}
	}
	if old, err := os.ReadFile(path); err == nil {
		if err := WriteFileAtomic(path+".bak", old); err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return &FileError{path, plainIOError(err)}
	}
	return WriteFileAtomic(path, data)
}

// WriteFileAtomic replaces the file at path with data so that readers, and
// a crash at any moment, see either the old content or the new, whole.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return &FileError{path, fmt.Errorf("cannot write in folder %s: %w", dir, plainIOError(err))}
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return &FileError{path, plainIOError(err)}
	}
	if err := tmp.Sync(); err != nil {
		return &FileError{path, plainIOError(err)}
	}
	if err := tmp.Close(); err != nil {
		return &FileError{path, plainIOError(err)}
	}
	if info, err := os.Stat(path); err == nil {
		// Keep the permissions of the file being replaced.
		_ = os.Chmod(tmp.Name(), info.Mode().Perm())
	} else {
		_ = os.Chmod(tmp.Name(), 0o644)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return &FileError{path, plainIOError(err)}
	}
	renamed = true
	// Make the rename itself durable.
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// plainIOError drops the operation and path Go puts in file errors, since
// FileError already names the file: "open x: no such file" becomes
// "no such file or directory".
func plainIOError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
