package workshop

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"pathmap/board"
)

// RecoveryStore is the folder of recovery copies: boards that exist nowhere
// else yet, such as an untitled board, or a board whose file could not be
// written. The files are ordinary .pathmap boards, so a facilitator can also
// open one by hand.
type RecoveryStore struct{ Dir string }

// DefaultRecoveryDir is the recovery folder under the user's config folder,
// for when the app has no storage of its own.
func DefaultRecoveryDir() string {
	if d, err := os.UserConfigDir(); err == nil {
		return filepath.Join(d, "pathmap", "recovery")
	}
	return filepath.Join(os.TempDir(), "pathmap-recovery")
}

const untitledPrefix = "untitled-"

// FileFor names the recovery copy for the board at path. A named board has
// one fixed name, found again from its path; each untitled board gets its
// own, so two crashed sessions never overwrite each other.
func (r RecoveryStore) FileFor(path string, now time.Time) string {
	if path == "" {
		return filepath.Join(r.Dir, fmt.Sprintf("%s%d%s", untitledPrefix, now.UnixNano(), board.Extension))
	}
	return filepath.Join(r.Dir, namedRecoveryName(path))
}

// SecondFileFor names the recovery copy of a second, read-only window on
// the board at path: its own name, so that neither window's copy replaces
// the other's, found again from the path like the first one's.
func (r RecoveryStore) SecondFileFor(path string, now time.Time) string {
	name := namedRecoveryName(path)
	return filepath.Join(r.Dir, fmt.Sprintf("%s%s%d%s", strings.TrimSuffix(name, board.Extension), secondMark, now.UnixNano(), board.Extension))
}

// secondMark joins a board's recovery name and a second window's number.
const secondMark = "~"

func namedRecoveryName(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	sum := sha256.Sum256([]byte(abs))
	base := strings.TrimSuffix(filepath.Base(abs), filepath.Ext(abs))
	return fmt.Sprintf("%s-%x%s", base, sum[:6], board.Extension)
}

// Write stores a recovery copy atomically: a crash while writing it must
// not destroy the previous copy.
func (r RecoveryStore) Write(file string, b *board.Board) error {
	data, err := board.Encode(b)
	if err != nil {
		return err
	}
	return r.writeData(file, data)
}

func (r RecoveryStore) writeData(file string, data []byte) error {
	if err := os.MkdirAll(r.Dir, 0o700); err != nil {
		return err
	}
	return board.WriteFileAtomic(file, data)
}

// Remove deletes a recovery copy; one already gone is no problem.
func (r RecoveryStore) Remove(file string) {
	if err := os.Remove(file); err != nil && !errors.Is(err, fs.ErrNotExist) {
		log.Printf("removing the recovery copy %s: %v", file, err)
	}
}

// Offer returns the recovery copy to offer when a window opens the board at
// path: for a named board its own copy, if its content differs from the
// board's file; for an untitled board the newest untitled copy. Content
// decides, not age: a copy kept while another program rewrote the file is
// older than the file yet holds the facilitator's work. A copy that cannot
// be read is offered too, so the window can say so instead of hiding it.
func (r RecoveryStore) Offer(path string) (string, time.Time, bool) {
	if path != "" {
		// The copy of the window that had the file open first, then those
		// of read-only windows, newest first.
		for _, c := range r.copiesOf(path) {
			if differs, err := board.RecoveryDiffers(c.file, path); err == nil && !differs {
				continue // the file holds the same board
			}
			return c.file, c.mod, true
		}
		return "", time.Time{}, false
	}
	files, _ := filepath.Glob(filepath.Join(r.Dir, untitledPrefix+"*"+board.Extension))
	type cand struct {
		file string
		mod  time.Time
	}
	var cs []cand
	for _, f := range files {
		if r.inUse(f) {
			continue // a running pathmap's untitled board, kept up to date by it
		}
		if info, err := os.Stat(f); err == nil && info.Mode().IsRegular() {
			cs = append(cs, cand{f, info.ModTime()})
		}
	}
	if len(cs) == 0 {
		return "", time.Time{}, false
	}
	sort.Slice(cs, func(i, j int) bool { return cs[i].mod.After(cs[j].mod) })
	return cs[0].file, cs[0].mod, true
}

type recoveryCopy struct {
	file string
	mod  time.Time
}

// copiesOf lists the recovery copies of the board at path: its own first,
// then read-only windows' copies, newest first. A copy another running
// pathmap is writing right now is left out: it is that pathmap's to offer.
func (r RecoveryStore) copiesOf(path string) []recoveryCopy {
	own := namedRecoveryName(path)
	prefix := strings.TrimSuffix(own, board.Extension) + secondMark
	entries, _ := os.ReadDir(r.Dir)
	var first, seconds []recoveryCopy
	for _, e := range entries {
		name := e.Name()
		isOwn := name == own
		if !isOwn && !(strings.HasPrefix(name, prefix) && strings.HasSuffix(name, board.Extension)) {
			continue
		}
		file := filepath.Join(r.Dir, name)
		info, err := os.Stat(file)
		if err != nil || !info.Mode().IsRegular() || r.inUse(file) {
			continue
		}
		c := recoveryCopy{file, info.ModTime()}
		if isOwn {
			first = append(first, c)
		} else {
			seconds = append(seconds, c)
		}
	}
	sort.Slice(seconds, func(i, j int) bool { return seconds[i].mod.After(seconds[j].mod) })
	return append(first, seconds...)
}
