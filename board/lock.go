package board

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// A board file open in one pathmap is locked: a small lock file next to it
// holds the process id, the machine's name and since when. A second pathmap
// opening the same board finds the lock and can offer to open it read-only
// or as a copy, instead of two windows saving over each other and sharing
// one recovery copy. A lock left by a pathmap that died (its process is gone)
// is stale and taken over.

// LockHolder says who holds a board's lock.
type LockHolder struct {
	PID   int       `json:"pid"`
	Host  string    `json:"host"`
	Since time.Time `json:"since"`
}

// LockedError is returned by LockBoard when another running pathmap holds
// the board. It reads "b.pathmap: is open in another pathmap (process 4242
// on laptop, since 10:42)".
type LockedError struct {
	Path   string
	Holder LockHolder
}

// Error says who holds the board.
func (e *LockedError) Error() string {
	if e.Holder.PID == 0 {
		return e.Path + ": is being opened by another pathmap right now"
	}
	return fmt.Sprintf("%s: is open in another pathmap (process %d on %s, since %s)",
		e.Path, e.Holder.PID, e.Holder.Host, e.Holder.Since.Local().Format("15:04"))
}

// Lock is this process's claim on one board file. Release it when the
// board is closed.
type Lock struct {
	// File is the lock file's path.
	File string
	// Stale is the holder of the lock that was taken over because its
	// pathmap is gone, or nil: that pathmap ended without closing the board,
	// so its recovery copy may hold unsaved work.
	Stale *LockHolder
	me    LockHolder
}

// lockGrace is how long a lock file that cannot be read yet counts as being
// written by a pathmap starting right now.
const lockGrace = 10 * time.Second

// LockFileFor names the lock file of the board at path: ".~lock.NAME#"
// next to the board file (the one a symbolic link points to), or, for a
// name too long to fit that, ".~lock.HASH#".
func LockFileFor(path string) string {
	target, err := linkTarget(path)
	if err != nil {
		target = path
	}
	if abs, err := filepath.Abs(target); err == nil {
		target = abs
	}
	name := ".~lock." + filepath.Base(target) + "#"
	if len(name) > 255 {
		sum := sha256.Sum256([]byte(filepath.Base(target)))
		name = fmt.Sprintf(".~lock.%x#", sum[:8])
	}
	return filepath.Join(filepath.Dir(target), name)
}

// LockBoard locks the board at path for this process. It returns a
// *LockedError when another running pathmap holds it; a lock whose process
// is gone is taken over and reported in Lock.Stale. Any other error (a
// read-only folder) means no lock could be taken: the board can still be
// opened, without the protection.
func LockBoard(path string) (*Lock, error) {
	host, _ := os.Hostname()
	me := LockHolder{PID: os.Getpid(), Host: host, Since: time.Now().UTC().Truncate(time.Second)}
	file := LockFileFor(path)
	var stale *LockHolder
	for range 3 {
		err := createLock(file, me)
		if err == nil {
			return &Lock{File: file, Stale: stale, me: me}, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return nil, &FileError{file, fmt.Errorf("cannot lock the board: %w", plainIOError(err))}
		}
		holder, ok, age := readLock(file)
		switch {
		case ok && holder.PID == me.PID && holder.Host == me.Host:
			return &Lock{File: file, me: holder}, nil // this process holds it already
		case ok && (holder.Host != host || processAlive(holder.PID)):
			return nil, &LockedError{Path: path, Holder: holder}
		case !ok && age < lockGrace:
			return nil, &LockedError{Path: path, Holder: LockHolder{Host: host, Since: time.Now()}}
		}
		if ok {
			stale = &holder
		}
		if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return nil, &FileError{file, fmt.Errorf("cannot remove a stale lock: %w", plainIOError(err))}
		}
	}
	return nil, &FileError{file, errors.New("the lock keeps changing; another pathmap is opening the board")}
}

// createLock makes the lock file; it fails with fs.ErrExist if there is one.
func createLock(file string, me LockHolder) error {
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	data, _ := json.Marshal(me)
	_, err = f.Write(append(data, '\n'))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(file)
	}
	return err
}

// readLock reads a lock file: its holder, whether it could be read, and how
// old the file is.
func readLock(file string) (LockHolder, bool, time.Duration) {
	var h LockHolder
	f, info, err := openRegular(file)
	if err != nil {
		return h, false, time.Hour // a folder or a device named like a lock: no lock
	}
	defer f.Close()
	age := time.Since(info.ModTime())
	var buf bytes.Buffer
	if _, err := buf.ReadFrom(io1k(f)); err != nil {
		return h, false, age
	}
	if json.Unmarshal(buf.Bytes(), &h) != nil || h.PID <= 0 {
		return h, false, age
	}
	return h, true, age
}

// OpenElsewhere returns a *LockedError when another running pathmap holds
// the board at path, and nil when nobody does, this process does, or the
// lock is stale: saving over a board another window has open would orphan
// that window's work.
func OpenElsewhere(path string) error {
	file := LockFileFor(path)
	h, ok, age := readLock(file)
	host, _ := os.Hostname()
	switch {
	case ok && h.PID == os.Getpid() && h.Host == host:
		return nil
	case ok && (h.Host != host || processAlive(h.PID)):
		return &LockedError{Path: path, Holder: h}
	case !ok && age < lockGrace:
		return &LockedError{Path: path, Holder: LockHolder{Host: host, Since: time.Now()}}
	}
	return nil
}

// HeldBy reads who holds the lock of the board at path, if anyone.
func HeldBy(path string) (LockHolder, bool) {
	h, ok, _ := readLock(LockFileFor(path))
	return h, ok
}

// Release removes the lock file, if it is still this process's: a lock
// another pathmap took over meanwhile is left to it.
func (l *Lock) Release() error {
	if l == nil {
		return nil
	}
	h, ok, _ := readLock(l.File)
	if !ok || h.PID != l.me.PID || h.Host != l.me.Host {
		return nil
	}
	if err := os.Remove(l.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return &FileError{l.File, plainIOError(err)}
	}
	return nil
}

// io1k reads at most 1 KB: a lock file is one short line.
func io1k(f *os.File) *io.LimitedReader { return &io.LimitedReader{R: f, N: 1 << 10} }
