// Command pathmap runs Path to Production Mapping workshops: a board of
// color-coded stickies in lanes, saved to .pathmap files and exported to PDF
// and PNG. See README.md and `pathmap --help`.
package main

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"sync/atomic"
	"syscall"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"pathmap/assets"
	"pathmap/board"
	"pathmap/ui"
)

func main() {
	stopEarly()
	attachConsole()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, openWindow))
}

// quitApp ends the running app through its event loop, so the board is
// saved on the way out; nil until the app exists.
var quitApp atomic.Pointer[func()]

// saveNow writes the board at once, for when the app cannot go on (the
// display is gone); nil until the window exists.
var saveNow atomic.Pointer[func()]

// stopEarly takes over SIGINT, SIGTERM and SIGHUP before anything else
// runs: loading a large board takes seconds, and a signal then would end
// pathmap by the signal's default action. Before the app exists nothing
// has been edited, so pathmap says so and ends; after, the app quits
// through its event loop and saves (Fyne handles SIGINT and SIGTERM only
// once its loop runs, and never SIGHUP).
func stopEarly() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		for s := range sig {
			if quit := quitApp.Load(); quit != nil {
				(*quit)()
				continue
			}
			fmt.Fprintf(os.Stderr, "pathmap: stopped (%v) before the window opened; no file was changed\n", s)
			os.Exit(1)
		}
	}()
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
	quit := func() { fyne.Do(a.Quit) }
	quitApp.Store(&quit)
	w := ui.NewWindow(a, path, b)
	save := w.SaveOnExit
	saveNow.Store(&save)
	watchDisplay()
	w.FitScreen(screenWorkArea(w.FyneWindow()))
	var repaired *board.Repaired
	switch {
	case errors.As(loadErr, &repaired):
		w.ShowRepairs(repaired.Path, repaired.Repairs)
	case loadErr != nil:
		w.ShowError(loadErr)
	}
	w.OfferRecovery()
	w.ShowAndRun()
	// The event loop ends here however the app was stopped; a board not
	// quit by the facilitator is written before the process goes.
	w.SaveOnExit()
}
