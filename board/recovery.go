package board

import "bytes"

// RecoveryDiffers reports whether the recovery copy at copyPath holds a
// board other than the one in the file at boardPath, and so must be offered
// when that board is opened. Content decides, not age: a copy written while
// another program rewrote the file, then older than the file, still holds
// the facilitator's work. A board file that is missing or does not load
// differs from any copy; a copy that does not load is reported by err.
func RecoveryDiffers(copyPath, boardPath string) (bool, error) {
	rc, _, err := LoadWithReport(copyPath)
	if err != nil {
		return false, err
	}
	fb, _, err := LoadWithReport(boardPath)
	if err != nil {
		return true, nil
	}
	return !SameContent(rc, fb), nil
}

// SameContent reports whether two boards would be saved as the same file.
func SameContent(a, b *Board) bool {
	da, errA := Encode(a)
	db, errB := Encode(b)
	return errA == nil && errB == nil && bytes.Equal(da, db)
}
