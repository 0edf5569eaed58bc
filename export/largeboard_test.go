package export

import (
	"path/filepath"
	"strings"
	"testing"

	"pathmap/board"
)

// largeWorkshop is a finished map at a real workshop's size (board's
// testdata, built by its TestLargeWorkshop recipe): 26 events, 89 stickies
// in Latin with diacritics, Greek, Cyrillic and Chinese, stacked columns,
// votes, owners and due dates, timing notes and spans.
func largeWorkshop(t testing.TB) *board.Board {
	t.Helper()
	b, err := board.Load(filepath.Join("..", "board", "testdata", "large-workshop.pathmap"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// unhyphen drops hyphens and blank space, so a text compares with its
// printed form however it was wrapped, a split word's added hyphen too.
func unhyphen(s string) string { return strings.ReplaceAll(squash(s), "-", "") }
