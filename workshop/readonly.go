package workshop

import (
	"fmt"
	"os"
	"path/filepath"

	"pathmap/board"
)

// Two pathmaps on one board file would save over each other, and a crash
// of either would leave one recovery copy for two boards. The window locks
// the file it opens (board.LockBoard); a second window on a locked board
// runs read-only: it may be edited, but only Save As writes it, and its
// recovery copy has a name of its own.

// SetReadOnly makes the session's board read-only (on) or writable again.
// A read-only board is never written to its file: autosave keeps only a
// recovery copy, under a name no other session on that file uses, and Save
// to the file is refused, so that only Save As keeps the work. Saving to
// another file, or opening another board, ends read-only mode.
func (s *Session) SetReadOnly(on bool) {
	a := &s.auto
	if a.readOnly == on {
		return
	}
	a.readOnly = on
	if on && a.recovery != "" {
		// A copy written before under the file's own name is the other
		// window's to write: start one of this session's own.
		a.dropRecovery()
	}
	s.notifySaveState()
}

// ReadOnly reports whether the board is read-only (SetReadOnly).
func (s *Session) ReadOnly() bool { return s.auto.readOnly }

// recoveryName names this session's recovery copy: the board file's own
// name, or for a read-only board one of its own, so that the window that
// has the file open keeps its copy too.
func (a *autosave) recoveryName() string {
	if a.readOnly && a.s.path != "" {
		return a.rec.SecondFileFor(a.s.path, a.s.clock())
	}
	return a.rec.FileFor(a.s.path, a.s.clock())
}

// mayWrite says why the board must not be saved to path, if it must not:
// the board's own file while read-only, or a board another pathmap has
// open.
func (s *Session) mayWrite(path string) error {
	if s.auto.readOnly && s.path != "" && samePath(path, s.path) {
		return fmt.Errorf("%s: is open read-only here because another pathmap has it open; use Save As", path)
	}
	return board.OpenElsewhere(path)
}

// samePath reports whether a and b name one file.
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	aa, errA := filepath.Abs(a)
	ab, errB := filepath.Abs(b)
	return errA == nil && errB == nil && aa == ab
}

// lockCopy claims the session's recovery copy, so that a pathmap starting
// while this one runs leaves it alone instead of offering it: restored
// there, two sessions would write one copy; discarded, this session's work
// would be gone. Without a lock (a folder that cannot be written) the copy
// is kept all the same.
func (a *autosave) lockCopy() {
	if a.copyLock != nil || a.recovery == "" {
		return
	}
	claim := a.rec.claimFor(a.recovery)
	if err := os.MkdirAll(filepath.Dir(claim), 0o700); err != nil {
		return
	}
	a.copyLock, _ = board.LockBoard(claim)
}

// claimFor is the name locked for the recovery copy file: a file of that
// name in a folder beside the recovery folder, so that the recovery folder
// holds nothing but boards.
func (r RecoveryStore) claimFor(file string) string {
	return filepath.Join(filepath.Clean(r.Dir)+"-locks", filepath.Base(file))
}

// inUse reports whether a running pathmap keeps the recovery copy file.
func (r RecoveryStore) inUse(file string) bool { return board.OpenElsewhere(r.claimFor(file)) != nil }

// releaseCopy gives up the claim on the recovery copy, which stays to be
// offered by the next pathmap that starts.
func (a *autosave) releaseCopy() {
	a.copyLock.Release()
	a.copyLock = nil
}
