package board

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// The case that lost work: the copy was written, then another program
// rewrote the board file again, so the file is newer than the copy.
func TestRecoveryDiffers_ACopyOlderThanTheFileIsStillOffered(t *testing.T) {
	dir := t.TempDir()
	file, copy := filepath.Join(dir, "b.pathmap"), filepath.Join(dir, "copy.pathmap")
	mine := New()
	mine.Stickies = append(mine.Stickies, sticky(3, Actions, 0, "Typed before the crash"))
	if err := Save(copy, mine); err != nil {
		t.Fatal(err)
	}
	other := New()
	other.Title = "Rewritten by another program"
	if err := Save(file, other); err != nil {
		t.Fatal(err)
	}
	later := time.Now().Add(time.Minute)
	os.Chtimes(file, later, later)
	if differs, err := RecoveryDiffers(copy, file); err != nil || !differs {
		t.Fatalf("a copy holding other work than the newer file: differs %v, %v", differs, err)
	}
	if err := Save(file, mine); err != nil {
		t.Fatal(err)
	}
	if differs, _ := RecoveryDiffers(copy, file); differs {
		t.Fatal("a copy equal to the file is offered")
	}
	os.Remove(file)
	if differs, _ := RecoveryDiffers(copy, file); !differs {
		t.Fatal("a copy of a deleted board is not offered")
	}
	os.WriteFile(copy, []byte("not json"), 0o644)
	if _, err := RecoveryDiffers(copy, file); err == nil {
		t.Fatal("an unreadable copy gave no error")
	}
}
