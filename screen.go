package main

import (
	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.4/glfw"
)

// screenWorkArea is the primary monitor's work area (the screen less its
// panels) in the window's units, or zero when it cannot be told. Fyne has
// no call for it; its desktop driver has initialised GLFW on the main
// thread by the time the first window exists, which is when this runs.
func screenWorkArea(win fyne.Window) (size fyne.Size) {
	defer func() {
		if recover() != nil {
			size = fyne.Size{} // no monitor (a headless run): keep the default
		}
	}()
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	_, _, w, h := m.GetWorkarea()
	scale := win.Canvas().Scale()
	if scale <= 0 {
		scale = 1
	}
	return fyne.NewSize(float32(w)/scale, float32(h)/scale)
}
