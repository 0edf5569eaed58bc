// Command pathmap runs Path to Production Mapping workshops: a board of
// color-coded stickies in lanes, saved to .pathmap files and exported to PDF
// and PNG. See README.md and `pathmap --help`.
package main

import (
	"errors"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/ui"
)

func main() {
	attachConsole()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// openWindow starts the desktop app on the board at path ("" for a new,
// untitled board). A file that fails to load is reported in the window and
// left untouched; the window then starts on a new board. A repaired board
// opens with its repair report. Then any recovery copy left by a session
// that ended without saving is offered.
func openWindow(path string, b *board.Board, loadErr error) {
	icon := fyne.NewStaticResource("icon.png", assets.Icon)
	// Before the app exists, so that Metadata() (Help ▸ About) reports the
	// FyneApp.toml version however the binary was built.
	app.SetMetadata(appMetadata(icon))
	a := app.NewWithID(appID)
	a.SetIcon(icon)
	a.Settings().SetTheme(ui.NewTheme())
	w := ui.NewWindow(a, path, b)
	var repaired *board.Repaired
	switch {
	case errors.As(loadErr, &repaired):
		w.ShowRepairs(repaired.Path, repaired.Repairs)
	case loadErr != nil:
		w.ShowError(loadErr)
	}
	w.OfferRecovery()
	quitOnHangup(a)
	w.ShowAndRun()
	// The event loop ends here however the app was stopped; a board not
	// quit by the facilitator is written before the process goes.
	w.SaveOnExit()
}

// quitOnHangup ends the app through its event loop when the terminal or the
// session hangs up. Fyne already does this for SIGINT and SIGTERM; without
// it a hang-up would end pathmap without saving.
func quitOnHangup(a fyne.App) {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGHUP)
	go func() {
		<-sig
		fyne.Do(a.Quit)
	}()
}
