package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"pathmap/board"
)

// screenshot captures the whole virtual screen.
func screenshot(t *testing.T, display string) image.Image {
	t.Helper()
	cmd := exec.Command("import", "-window", "root", "png:-")
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("import: %v", err)
	}
	img, err := png.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// findColor returns the bounding box of the pixels of exactly color c right
// of minX and below minY: where a sticky of that lane color is drawn.
func findColor(img image.Image, c board.Color, minX, minY int) image.Rectangle {
	var box image.Rectangle
	b := img.Bounds()
	for y := max(b.Min.Y, minY); y < b.Max.Y; y++ {
		for x := max(b.Min.X, minX); x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			if uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(bl>>8) == c.B {
				p := image.Rect(x, y, x+1, y+1)
				if box.Empty() {
					box = p
				} else {
					box = box.Union(p)
				}
			}
		}
	}
	return box
}

// colorRun returns the rows above and below (x, y) that are still color c.
func colorRun(img image.Image, x, y int, c board.Color) (top, bottom int) {
	is := func(y int) bool {
		r, g, b, _ := img.At(x, y).RGBA()
		return uint8(r>>8) == c.R && uint8(g>>8) == c.G && uint8(b>>8) == c.B
	}
	top, bottom = y, y
	for top > img.Bounds().Min.Y && is(top-1) {
		top--
	}
	for bottom < img.Bounds().Max.Y-1 && is(bottom+1) {
		bottom++
	}
	return top, bottom
}

// A real mouse drag on the real window moves the sticky into another lane
// and the saved file has it there.
func TestE2E_MouseDragMovesStickyToAnotherLane(t *testing.T) {
	need(t, "import")
	display := startXvfb(t)
	path := filepath.Join(t.TempDir(), "drag.pathmap")
	b := &board.Board{Title: "Drag test", Stickies: []board.Sticky{
		{ID: 1, Lane: board.Events, Text: "Deployed", X: 0, Y: board.LanePad, W: board.StickyWidth, H: board.StickyHeight}}}
	if err := board.Save(path, b); err != nil {
		t.Fatal(err)
	}
	cmd, _ := startApp(t, display, path)

	// Find the sticky on screen by its color, right of the lane names.
	shot := screenshot(t, display)
	box := findColor(shot, board.Events.Fill(), int(board.LabelWidth)+20, 120)
	if box.Dx() < 40 || box.Dy() < 20 {
		t.Fatalf("could not find the event sticky on screen (found %v)", box)
	}
	// The zoom is the events lane's height on screen over its board height:
	// measure the lane's band in a column right of the sticky.
	top, bottom := colorRun(shot, box.Max.X+40, (box.Min.Y+box.Max.Y)/2, board.Events.Band())
	zoom := float64(bottom-top+1) / board.DefaultLaneHeight
	lane := board.DefaultLaneHeight * zoom
	cx, cy := (box.Min.X+box.Max.X)/2, (box.Min.Y+box.Max.Y)/2
	dx, dy := 90, int(2*lane) // two lanes down: Teams & people

	xdo(t, display, "mousemove", fmt.Sprint(cx), fmt.Sprint(cy))
	xdo(t, display, "mousedown", "1")
	for i := 1; i <= 10; i++ {
		xdo(t, display, "mousemove", fmt.Sprint(cx+dx*i/10), fmt.Sprint(cy+dy*i/10))
		time.Sleep(30 * time.Millisecond)
	}
	xdo(t, display, "mouseup", "1")
	time.Sleep(300 * time.Millisecond)
	xdo(t, display, "key", "ctrl+s")

	var got board.Sticky
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if saved, err := board.Load(path); err == nil && len(saved.Stickies) == 1 && saved.Stickies[0].Lane != board.Events {
			got = saved.Stickies[0]
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	if got.Lane != board.Teams {
		t.Fatalf("after dragging two lanes down the sticky is in %q, want Teams & people", got.Lane.Name())
	}
	if want := float64(dx) / zoom; got.X < want-4 || got.X > want+4 {
		t.Fatalf("sticky x = %.1f, want about %.1f (%d px at zoom %.2f)", got.X, want, dx, zoom)
	}
	quitByKeyboard(t, display, cmd, 15*time.Second)
}
