package board

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
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

// Error reads "path: problem".
func (e *FileError) Error() string { return e.Path + ": " + e.Err.Error() }

// Unwrap returns the underlying problem.
func (e *FileError) Unwrap() error { return e.Err }

// Load reads and validates the board in the file at path, strictly: any
// problem, even one LoadWithReport would repair, is an error. It only reads:
// a file that fails to load is left exactly as it was.
func Load(path string) (*Board, error) {
	data, err := readBoardFile(path)
	if err != nil {
		return nil, err
	}
	b, err := Decode(data)
	if err != nil {
		return nil, &FileError{path, err}
	}
	return b, nil
}

// LoadWithReport reads the board at path and repairs what it can (see
// DecodeWithReport). It returns the board and the repairs made, or an error
// when the file is not a readable pathmap board at all. The file itself is
// never changed: a repaired board reaches the disk only when it is saved.
func LoadWithReport(path string) (*Board, []Repair, error) {
	data, err := readBoardFile(path)
	if err != nil {
		return nil, nil, err
	}
	b, repairs, err := DecodeWithReport(data)
	if err != nil {
		return nil, nil, &FileError{path, err}
	}
	return b, repairs, nil
}

// readBoardFile reads a whole board file, refusing folders, devices, pipes
// and files far larger than any board before reading them into memory.
func readBoardFile(path string) ([]byte, error) {
	f, info, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	tooBig := &FileError{path, fmt.Errorf("is larger than %d MB; it is not a pathmap board", maxFileSize>>20)}
	if info.Size() > maxFileSize {
		return nil, tooBig
	}
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, &FileError{path, plainIOError(err)}
	}
	if len(data) > maxFileSize {
		return nil, tooBig
	}
	return data, nil
}

// Stamp is what a board file looked like on disk when it was last loaded or
// saved. Comparing stamps tells whether another program changed, replaced or
// deleted the file since, so pathmap never silently overwrites that work.
type Stamp struct {
	Exists  bool
	ModTime time.Time
	Size    int64
}

// StampOf reads the stamp of the file at path now.
func StampOf(path string) Stamp {
	info, err := os.Stat(path)
	if err != nil {
		return Stamp{}
	}
	return Stamp{Exists: true, ModTime: info.ModTime(), Size: info.Size()}
}

// Same reports whether two stamps describe the same version of a file.
func (s Stamp) Same(o Stamp) bool {
	return s.Exists == o.Exists && s.Size == o.Size && s.ModTime.Equal(o.ModTime)
}

// Save writes b to path atomically: the new board goes to a temporary file
// in the same folder, is flushed to disk and then renamed over path, so a
// crash leaves either the old file or the new one, never half of one. The
// previous version is kept as path + ".bak". A path that is a symbolic link
// is saved to the link's target and the link stays; anything but a regular
// file (a folder, a device, a pipe) or a read-only file is refused, as by
// WriteFileAtomic. Temporary files left in the folder by a pathmap that
// was killed while saving are removed.
func Save(path string, b *Board) error {
	data, err := Encode(b)
	if err != nil {
		return &FileError{path, err}
	}
	target, err := writeTarget(path)
	if err != nil {
		return err
	}
	RemoveStaleTemps(filepath.Dir(target))
	old, _, err := openRegular(target)
	if err == nil {
		err = writeAtomic(target+".bak", func(w io.Writer) error {
			_, err := io.Copy(w, old)
			return err
		})
		old.Close()
		if err != nil {
			return err
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return WriteFileAtomic(path, data)
}

// SaveKeepingBackup writes b to path atomically like Save but leaves the
// .bak as it is. Autosave writes every few seconds: were each write to
// refresh the .bak, it would only ever hold the board of two seconds ago.
// With the first save of a session done by Save, the .bak keeps the board as
// it was before the session changed it.
func SaveKeepingBackup(path string, b *Board) error {
	data, err := Encode(b)
	if err != nil {
		return &FileError{path, err}
	}
	return WriteFileAtomic(path, data)
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
