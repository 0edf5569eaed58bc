package main

import (
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"pathmap/board"
)

// A sticky dragged to the window's right edge and held there scrolls the
// long board under it, in the real window with a real mouse; dropped, it
// lands in an event column the first view did not show.
func TestE2E_DragToTheWindowEdgeScrollsTheBoard(t *testing.T) {
	need(t, "import")
	display := startXvfb(t)
	path := filepath.Join(t.TempDir(), "long.pathmap")
	b := &board.Board{Title: "Long path"}
	step := board.StickyWidth + board.ColumnGap
	for i := 0; i < 30; i++ {
		b.Stickies = append(b.Stickies, board.Sticky{ID: i + 1, Lane: board.Events, Text: fmt.Sprintf("Step %d done", i+1),
			X: float64(i) * step, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight})
	}
	sysY := b.LaneTop(board.Systems) + board.LanePad
	b.Stickies = append(b.Stickies, board.Sticky{ID: 100, Lane: board.Systems, Text: "Jenkins", X: 0, Y: sysY, W: board.StickyWidth, H: board.StickyHeight})
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	cmd, wid := startApp(t, display, path)

	shot := screenshot(t, display)
	box := findColor(shot, board.Systems.Fill(), int(board.LabelWidth)+10, 100)
	if box.Dx() < 40 || box.Dy() < 20 {
		t.Fatalf("could not find the Systems sticky on screen (found %v)", box)
	}
	geo := map[string]int{}
	for _, line := range strings.Split(xdo(t, display, "getwindowgeometry", "--shell", wid), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			geo[k], _ = strconv.Atoi(v)
		}
	}
	// How many columns the first view shows: the board is at the zoom that
	// fits the lanes, so measure one column on screen.
	first := findColor(shot, board.Events.Fill(), int(board.LabelWidth)+10, 100)
	zoom := float64(box.Dx()+1) / board.StickyWidth
	shownRight := float64(geo["X"]+geo["WIDTH"]-first.Min.X) / zoom // board x at the window's right edge
	cx, cy := (box.Min.X+box.Max.X)/2, (box.Min.Y+box.Max.Y)/2
	edge := geo["X"] + geo["WIDTH"] - 12

	xdo(t, display, "mousemove", fmt.Sprint(cx), fmt.Sprint(cy))
	xdo(t, display, "mousedown", "1")
	for i := 1; i <= 10; i++ {
		xdo(t, display, "mousemove", fmt.Sprint(cx+(edge-cx)*i/10), fmt.Sprint(cy))
		time.Sleep(30 * time.Millisecond)
	}
	// Held at the edge; a loaded machine runs the scroll steps late, so
	// hold long enough for a few columns even then.
	time.Sleep(5 * time.Second)
	xdo(t, display, "mouseup", "1")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "key", "ctrl+s")

	var got board.Sticky
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if saved, err := board.Load(path); err == nil {
			if s, ok := saved.Sticky(100); ok && s.X != 0 {
				got = s
				break
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	if got.X < shownRight+step {
		t.Fatalf("after holding the sticky at the right edge it dropped at x %.0f; the first view showed the board up to x %.0f, so the board did not scroll", got.X, shownRight)
	}
	if got.Lane != board.Systems || int(got.X)%int(step) != 0 {
		t.Fatalf("dropped sticky: %s at x %.0f, want Systems & tools in an event column (every %v)", got.Lane.Name(), got.X, step)
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}
