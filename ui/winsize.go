package ui

import "fyne.io/fyne/v2"

// defaultWindowSize is the window's size on a screen with room for it.
var defaultWindowSize = fyne.NewSize(1440, 900)

// titleBarAllowance is kept free below the work area's height for the
// window's title bar, which the window manager adds outside its content.
const titleBarAllowance = 32

// fitToScreen is want shrunk to fit a screen work area of the given size,
// so a 1280×720 projector gets a window that fits on it. A zero side means
// the size is unknown and leaves that side as wanted.
func fitToScreen(want, screen fyne.Size) fyne.Size {
	if screen.Width > 0 {
		want.Width = min(want.Width, screen.Width)
	}
	if screen.Height > 0 {
		want.Height = min(want.Height, max(screen.Height-titleBarAllowance, screen.Height/2))
	}
	return want
}

// FitScreen sizes the window to its default size or, on a smaller screen,
// to the screen's work area (in the window's units), before it is shown.
func (w *Window) FitScreen(screen fyne.Size) {
	w.win.Resize(fitToScreen(defaultWindowSize, screen))
}
