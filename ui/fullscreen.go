package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// toggleFullScreen switches full screen on and off. When a second display
// (the projector) is connected it offers to go full screen there.
func toggleFullScreen(win fyne.Window) {
	if win.FullScreen() {
		win.SetFullScreen(false)
		return
	}
	d, isDesktop := fyne.CurrentApp().Driver().(desktop.Driver)
	dw, canSecondary := win.(desktop.Window)
	if isDesktop && canSecondary && d.HasSecondaryDisplay() {
		dialog.ShowCustomConfirm("Full screen", "On the projector", "On this screen",
			widget.NewLabel("A second display is connected. Show the board full screen on it?"),
			func(secondary bool) {
				if secondary {
					dw.RequestFullScreenSecondary()
				} else {
					win.SetFullScreen(true)
				}
			}, win)
		return
	}
	win.SetFullScreen(true)
}
