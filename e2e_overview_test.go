package main

import (
	"image"
	"os"
	"path/filepath"
	"testing"
	"time"

	"pathmap/board"
)

// laneRuns counts the runs of rows in which at least a tenth of the
// screen's width is color c, runs less than 40 rows apart counted as one
// (stickies break a lane's rows): the lane's bands on screen.
func laneRuns(img image.Image, c board.Color) int {
	b := img.Bounds()
	runs, last := 0, -1000
	for y := b.Min.Y; y < b.Max.Y; y++ {
		n := 0
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B {
				n++
			}
		}
		if n > b.Dx()/10 {
			if y-last > 40 {
				runs++
			}
			last = y
		}
	}
	return runs
}

// The overview and the walk on the real window: Ctrl+0 folds the map into
// bands, keys typed there leave the board as it was, Page Down walks,
// Escape returns, and then the board's keys work again.
func TestE2E_OverviewAndWalkShowTheBoardAndGiveItBack(t *testing.T) {
	need(t, "import")
	display := startXvfb(t)
	data, err := os.ReadFile(filepath.Join("board", "testdata", "large-workshop.pathmap"))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "large.pathmap")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	orig, err := board.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	n := len(orig.Stickies)
	cmd, _ := startApp(t, display, path)

	if runs := laneRuns(screenshot(t, display), board.PainPoints.Band()); runs != 1 {
		t.Fatalf("the board shows %d pain-point lanes before the overview, want 1", runs)
	}
	xdo(t, display, "key", "ctrl+0")
	time.Sleep(800 * time.Millisecond)
	overview := screenshot(t, display)
	if runs := laneRuns(overview, board.PainPoints.Band()); runs < 2 {
		t.Fatalf("the overview shows %d pain-point lanes, want the path folded into bands", runs)
	}
	for _, k := range []string{"1", "x", "Delete", "Return", "space"} {
		xdo(t, display, "key", k)
		time.Sleep(100 * time.Millisecond)
	}
	xdo(t, display, "key", "Escape")
	time.Sleep(300 * time.Millisecond)

	xdo(t, display, "key", "w")
	time.Sleep(800 * time.Millisecond)
	first := screenshot(t, display)
	xdo(t, display, "key", "Next") // Page Down
	time.Sleep(800 * time.Millisecond)
	second := screenshot(t, display)
	if sameImage(first, second) {
		t.Fatal("Page Down during the walk changed nothing on screen")
	}
	for _, k := range []string{"2", "y", "Delete"} {
		xdo(t, display, "key", k)
		time.Sleep(100 * time.Millisecond)
	}
	xdo(t, display, "key", "Escape")
	time.Sleep(300 * time.Millisecond)

	xdo(t, display, "key", "1")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "type", "--delay", "40", "Walked")
	xdo(t, display, "key", "Return")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "key", "ctrl+s")
	saved := waitForBoard(t, path, n+1)
	if saved == nil {
		b, _ := board.Load(path)
		t.Fatalf("after the overview and the walk the saved board has %d stickies, want the %d it had and the one typed after", len(b.Stickies), n)
	}
	for _, s := range orig.Stickies {
		got, ok := saved.Sticky(s.ID)
		if !ok || got.Text != s.Text || got.Lane != s.Lane {
			t.Errorf("sticky %d %q changed: %+v", s.ID, s.Text, got)
		}
	}
	var before, after []int
	for _, e := range orig.InLane(board.Events) {
		before = append(before, e.ID)
	}
	for _, e := range saved.InLane(board.Events) {
		if _, ok := orig.Sticky(e.ID); ok {
			after = append(after, e.ID)
		}
	}
	if len(before) != len(after) {
		t.Fatalf("events before %v, after %v", before, after)
	}
	for i := range before {
		if before[i] != after[i] {
			t.Fatalf("the events' order changed: before %v, after %v", before, after)
		}
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}

func sameImage(a, b image.Image) bool {
	if a.Bounds() != b.Bounds() {
		return false
	}
	for y := a.Bounds().Min.Y; y < a.Bounds().Max.Y; y += 2 {
		for x := a.Bounds().Min.X; x < a.Bounds().Max.X; x += 2 {
			if a.At(x, y) != b.At(x, y) {
				return false
			}
		}
	}
	return true
}
