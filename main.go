// Command pathmap runs Path to Production Mapping workshops: a board of
// color-coded stickies in lanes, saved to .pathmap files and exported to PDF
// and PNG. See README.md and `pathmap --help`.
package main

import (
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/ui"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow starts the desktop app on the board at path ("" for a new,
// untitled board). A file that fails to load is reported in the window and
// left untouched; the window then starts on a new board.
func openWindow(path string, b *board.Board, loadErr error) {
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	a.Settings().SetTheme(ui.NewTheme())
	w := ui.NewWindow(a, path, b)
	if loadErr != nil {
		w.ShowError(loadErr)
	}
	w.ShowAndRun()
}
