package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

func TestWindow_OpensNoLargerThanTheScreen(t *testing.T) {
	for _, c := range []struct {
		screen, want fyne.Size
	}{
		{fyne.NewSize(1920, 1080), defaultWindowSize},
		{fyne.NewSize(1280, 720), fyne.NewSize(1280, 720-titleBarAllowance)},
		{fyne.NewSize(1024, 768), fyne.NewSize(1024, 768-titleBarAllowance)},
		{fyne.NewSize(1600, 860), fyne.NewSize(1440, 860-titleBarAllowance)},
		{fyne.NewSize(0, 0), defaultWindowSize}, // screen unknown
	} {
		if got := fitToScreen(defaultWindowSize, c.screen); got != c.want {
			t.Errorf("on a %v screen the window opens at %v; want %v", c.screen, got, c.want)
		}
	}
}

func TestWindow_FitScreenShrinksTheWindowOnASmallProjector(t *testing.T) {
	w := newTestWindow(t, "")
	w.FitScreen(fyne.NewSize(1280, 720))
	got := w.win.Canvas().Size()
	if got.Width > 1280 || got.Height > 720 {
		t.Fatalf("on a 1280×720 screen the window is %v", got)
	}
}
