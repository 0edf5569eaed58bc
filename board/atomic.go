package board

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// Writing files safely. pathmap reads and replaces only regular files: a
// board path, a Save As target or an export target that is a folder, a
// device (/dev/null, /dev/zero), a pipe or a socket is refused before it is
// opened, since reading a device never ends and replacing one would turn
// it into a plain file. A symbolic link is followed: the file it points to
// is replaced and the link stays.

// errNotRegular and the other problems with a target read after its path.
var (
	errFolder     = errors.New("is a folder, not a file; give a file name inside it")
	errNotRegular = errors.New("is not a regular file (a device, a pipe or a socket); pathmap reads and writes only ordinary files")
	errReadOnly   = errors.New("is read-only; pathmap does not replace it: save under another name, or make the file writable first")
)

// maxLinks bounds how many symbolic links are followed, as the system does.
const maxLinks = 40

// openRegular opens path for reading if it is a regular file, following
// symbolic links. It opens without blocking, so a pipe named like a board
// cannot hang pathmap waiting for a writer, and checks the opened file
// itself, so nothing swapped in between a check and the open is read.
func openRegular(path string) (*os.File, fs.FileInfo, error) {
	if info, err := os.Stat(path); err != nil {
		return nil, nil, &FileError{path, plainIOError(err)}
	} else if err := regular(info); err != nil {
		return nil, nil, &FileError{path, err}
	}
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, nil, &FileError{path, plainIOError(err)}
	}
	info, err := f.Stat()
	if err == nil {
		err = regular(info)
	}
	if err != nil {
		f.Close()
		return nil, nil, &FileError{path, plainIOError(err)}
	}
	return f, info, nil
}

// regular says why info is not a regular file, or nil.
func regular(info fs.FileInfo) error {
	switch {
	case info.IsDir():
		return errFolder
	case !info.Mode().IsRegular():
		return errNotRegular
	}
	return nil
}

// linkTarget follows the symbolic links at path to the file they name,
// which need not exist yet. A path that is no link is returned as it is.
func linkTarget(path string) (string, error) {
	p := path
	for range maxLinks {
		info, err := os.Lstat(p)
		if err != nil || info.Mode()&fs.ModeSymlink == 0 {
			return p, nil
		}
		to, err := os.Readlink(p)
		if err != nil {
			return "", &FileError{path, plainIOError(err)}
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = to
	}
	return "", &FileError{path, errors.New("is a chain of too many symbolic links")}
}

// writeTarget returns the file a write to path replaces, following links,
// or why it must not be replaced: it is a folder, no regular file, or
// read-only. A file that does not exist yet is fine.
func writeTarget(path string) (string, error) {
	target, err := linkTarget(path)
	if err != nil {
		return "", err
	}
	info, err := os.Stat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return target, nil
	case err != nil:
		return "", &FileError{path, plainIOError(err)}
	}
	if err := regular(info); err != nil {
		return "", &FileError{path, err}
	}
	if readOnly(target, info) {
		return "", &FileError{path, errReadOnly}
	}
	return target, nil
}

// CheckWritable says why the file at path must not be replaced by a save
// (a read-only file, a folder, a device), or nil when saving may go ahead;
// a file that does not exist yet can be written. Autosave asks it before
// writing, so a board made read-only on purpose is never rewritten
// silently.
func CheckWritable(path string) error {
	_, err := writeTarget(path)
	return err
}

// readOnly reports whether the file's owner may not write it, or this
// process may not. Root may write anything, yet a file marked read-only
// (mode 444) is kept as its owner marked it.
func readOnly(path string, info fs.FileInfo) bool {
	return info.Mode().Perm()&0o200 == 0 || !accessWritable(path)
}

// WriteFileAtomic replaces the file at path with data so that readers, and
// a crash at any moment, see either the old content or the new, whole. A
// symbolic link is followed; a target that is a folder, no regular file or
// read-only is refused.
func WriteFileAtomic(path string, data []byte) error {
	return WriteFilesAtomic([]FileData{{path, data}})
}

// writeAtomic is WriteFileAtomic for content written by a function.
func writeAtomic(path string, write func(io.Writer) error) error {
	target, err := writeTarget(path)
	if err != nil {
		return err
	}
	t, err := createTemp(path, target)
	if err != nil {
		return err
	}
	if err := t.fill(write); err != nil {
		return err
	}
	return t.commit()
}

// FileData is one file for WriteFilesAtomic: where, and what.
type FileData struct {
	Path string
	Data []byte
}

// WriteFilesAtomic writes several files all or nothing: every file is
// checked and written in full to a temporary file next to it first; only
// when all of them are on disk are they renamed into place. Any problem
// before that leaves every target as it was and no temporary file behind.
func WriteFilesAtomic(files []FileData) error {
	temps := make([]*tempFile, 0, len(files))
	abandon := func() {
		for _, t := range temps {
			t.abandon()
		}
	}
	for _, f := range files {
		target, err := writeTarget(f.Path)
		if err != nil {
			abandon()
			return err
		}
		t, err := createTemp(f.Path, target)
		if err != nil {
			abandon()
			return err
		}
		temps = append(temps, t)
		data := f.Data
		if err := t.fill(func(w io.Writer) error { _, err := w.Write(data); return err }); err != nil {
			abandon()
			return err
		}
	}
	for i, t := range temps {
		if err := t.commit(); err != nil {
			for _, rest := range temps[i+1:] {
				rest.abandon()
			}
			return err
		}
	}
	return nil
}

// tempFile is a new version of target being written next to it.
type tempFile struct {
	path, target string // path names the file in messages
	f            *os.File
}

// tempPrefix starts the name of every temporary file pathmap writes; the
// process id after it tells whose it is. Names stay short whatever the
// target's name: a 248-byte file name must still save.
const tempPrefix = ".pathmap-"

func createTemp(path, target string) (*tempFile, error) {
	dir := filepath.Dir(target)
	f, err := os.CreateTemp(dir, tempPrefix+strconv.Itoa(os.Getpid())+"-*.tmp")
	if err != nil {
		return nil, &FileError{path, fmt.Errorf("cannot write in folder %s: %w", dir, plainIOError(err))}
	}
	return &tempFile{path: path, target: target, f: f}, nil
}

// fill writes the content and flushes it to disk.
func (t *tempFile) fill(write func(io.Writer) error) error {
	err := write(t.f)
	if err == nil {
		err = t.f.Sync()
	}
	if err == nil {
		err = t.f.Close()
	}
	if err != nil {
		t.abandon()
		return &FileError{t.path, plainIOError(err)}
	}
	return nil
}

// commit renames the temporary file over the target and makes the rename
// durable.
func (t *tempFile) commit() error {
	mode := fs.FileMode(0o644)
	if info, err := os.Stat(t.target); err == nil {
		mode = info.Mode().Perm() // keep the permissions of the file being replaced
	}
	_ = os.Chmod(t.f.Name(), mode)
	if err := os.Rename(t.f.Name(), t.target); err != nil {
		t.abandon()
		return &FileError{t.path, plainIOError(err)}
	}
	if d, err := os.Open(filepath.Dir(t.target)); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

func (t *tempFile) abandon() {
	t.f.Close()
	os.Remove(t.f.Name())
}

// staleAfter is how old a temporary file of an older pathmap (named
// ".NAME.tmp-123") must be before it counts as left by a crash: no save
// takes this long.
const staleAfter = 10 * time.Minute

// RemoveStaleTemps deletes the temporary files in dir that a pathmap killed
// while saving left behind: its own ".pathmap-PID-….tmp" files whose process
// is gone (or that are a day old), and the ".NAME.tmp-…" and
// ".NAME.bak.tmp-…" files of older versions once they are old enough that
// no save can still be writing them. Only regular files are removed. It
// reports how many were removed.
func RemoveStaleTemps(dir string) int {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0
	}
	removed := 0
	now := time.Now()
	for _, e := range entries {
		name := e.Name()
		if !e.Type().IsRegular() || !strings.HasPrefix(name, ".") {
			continue
		}
		ours, pid := ownTemp(name)
		legacy := !ours && legacyTemp(name)
		if !ours && !legacy {
			continue
		}
		info, err := e.Info()
		if err != nil {
			continue
		}
		age := now.Sub(info.ModTime())
		stale := legacy && age > staleAfter
		if ours && pid != os.Getpid() {
			stale = !processAlive(pid) || age > 24*time.Hour
		}
		if stale && os.Remove(filepath.Join(dir, name)) == nil {
			removed++
		}
	}
	return removed
}

// ownTemp reports whether name is a temporary file of this pathmap
// (".pathmap-PID-RANDOM.tmp") and the process id in it.
func ownTemp(name string) (bool, int) {
	rest, ok := strings.CutPrefix(name, tempPrefix)
	if !ok || !strings.HasSuffix(rest, ".tmp") {
		return false, 0
	}
	pidText, _, ok := strings.Cut(rest, "-")
	pid, err := strconv.Atoi(pidText)
	if !ok || err != nil || pid <= 0 {
		return false, 0
	}
	return true, pid
}

// legacyTemp reports whether name is a temporary file of an older pathmap:
// ".NAME.pathmap.tmp-DIGITS" or ".NAME.pathmap.bak.tmp-DIGITS".
func legacyTemp(name string) bool {
	i := strings.LastIndex(name, ".tmp-")
	if i < 0 {
		return false
	}
	digits := name[i+len(".tmp-"):]
	if _, err := strconv.ParseUint(digits, 10, 64); err != nil {
		return false
	}
	base := name[1:i]
	return strings.HasSuffix(base, Extension) || strings.HasSuffix(base, Extension+".bak")
}
