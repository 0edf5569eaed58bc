// Package ui is pathmap's desktop window: the board canvas, the sticky
// editor, menus, shortcuts and file dialogs. It changes the board only
// through board.Document commands.
package ui

import (
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// AppName is shown in window titles and dialogs.
const AppName = "pathmap"

// Window is one pathmap window editing one board.
type Window struct {
	app fyne.App
	win fyne.Window
	// ws is the running workshop: the board, its file, saving, autosave,
	// recovery and the timer's ticks. The window only shows it.
	ws *workshop.Session

	view   *BoardView
	title  *widget.Label
	counts *widget.Label
	state  *widget.Label
	// zoomLabel shows the board's zoom in the status bar.
	zoomLabel *widget.Label

	// quit ends the app; tests replace it.
	quit func()
	// session is the agenda panel, prompt bar, timer and presenter mode (agenda.go).
	session *session
	// aids are the facilitation aids: duplicates, tense, blanks, votes, lead time (aids.go).
	aids *aids
	// room is the open room phones join, nil when closed (room.go).
	room *roomPanel
}

// NewWindow opens a window on b. path is where Save writes; it may name a
// file that does not exist yet, or be "" for an untitled board.
func NewWindow(a fyne.App, path string, b *board.Board) *Window {
	return newWindow(a, workshop.Options{Board: b, Path: path})
}

// writeSynchronously makes every window write its files before Save
// returns; headless tests read the files right after.
var writeSynchronously = false

// newWindow opens a window on the session opts describe. The window's
// defaults fill what opts leave out: Fyne's goroutine, the app's recovery
// folder, the real clock.
func newWindow(a fyne.App, opts workshop.Options) *Window {
	w := &Window{app: a, win: a.NewWindow(AppName)}
	w.quit = a.Quit
	if opts.Run == nil {
		opts.Run = fyne.Do
	}
	if opts.RecoveryDir == "" {
		opts.RecoveryDir = recoveryDir(a)
	}
	opts.Height = stickyHeightFor
	opts.SyncWrites = opts.SyncWrites || writeSynchronously
	w.ws = workshop.New(opts)
	w.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.title.Truncation = fyne.TextTruncateEllipsis
	w.counts = widget.NewLabel("")
	w.state = widget.NewLabel("")
	w.view = NewBoardView(w.ws)
	w.view.OnShortcut = w.TypedShortcut
	w.wireView()
	w.aids = newAids(w)
	newRoomMarks(w)
	w.view.editor.onLimit = w.textLimitReached
	w.view.editor.onTyped = w.ws.Typing
	w.view.editor.onPageKey = func(k fyne.KeyName) {
		w.view.finishEdit()
		w.agendaKey(k)
	}
	w.ws.SetPending(w.boardWithTyping)
	w.ws.OnAutosaveFailed(w.autosaveFailed)
	w.ws.OnChangedOnDisk(func(path string) { w.askOverwrite(path, nil) })
	w.ws.OnRefused(w.editRefused)
	w.ws.OnNotWritable(w.askSaveElsewhere)
	w.ws.OnChange(w.refreshChrome)
	w.ws.OnSaveState(w.refreshChrome)
	w.ws.OnReplaced(func(*board.Document) { w.refreshChrome() })
	w.refreshChrome()

	w.win.SetContent(w.sessionLayout(w.toolbar(), w.statusBar()))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.win.SetCloseIntercept(w.Quit)
	w.win.SetOnClosed(w.ws.Stop)
	w.win.Resize(defaultWindowSize) // main fits it to the screen with FitScreen
	return w
}

// FyneWindow returns the underlying Fyne window.
func (w *Window) FyneWindow() fyne.Window { return w.win }

// View returns the board canvas.
func (w *Window) View() *BoardView { return w.view }

// Document returns the board being edited.
func (w *Window) Document() *board.Document { return w.ws.Document() }

// Path returns the file the board is saved to, or "" when it has none yet.
func (w *Window) Path() string { return w.ws.Path() }

// Session returns the running workshop the window shows.
func (w *Window) Session() *workshop.Session { return w.ws }

// ShowAndRun shows the window and runs the app until it quits.
func (w *Window) ShowAndRun() {
	w.ws.StartTicking(workshop.TickEvery)
	w.win.ShowAndRun()
}

// ShowError shows a problem in a dialog; the board stays as it is.
func (w *Window) ShowError(err error) { dialog.ShowError(err, w.win) }

// editRefused tells the facilitator why an edit did nothing: the board
// would have crossed a limit of the file format, and a board the app could
// not open again is no board at all.
func (w *Window) editRefused(err error) {
	w.ShowError(fmt.Errorf("This change was not made: %v.\nThe board stays as it was, so that its file can always be opened again.", err))
}

// setDocument makes doc the board of this window, saved to path: the
// session tells the view, the panels and the chrome.
func (w *Window) setDocument(doc *board.Document, path string) { w.ws.Replace(doc, path) }

// WindowTitle is "name.pathmap — pathmap", with a leading "*" while there
// are unsaved changes.
func (w *Window) WindowTitle() string {
	name := "Untitled"
	if p := w.ws.Path(); p != "" {
		name = filepath.Base(p)
	}
	mark := ""
	if w.Document().Dirty() {
		mark = "*"
	}
	return mark + name + " — " + AppName
}

func (w *Window) refreshChrome() {
	w.win.SetTitle(w.WindowTitle())
	w.title.SetText(w.Document().Board().Title)
	w.counts.SetText(laneCounts(w.Document().Board()))
	w.state.SetText(w.saveState())
}

// saveState is the status bar's word on saving: a facilitator glancing at
// the projector should know whether the last hour is on disk.
func (w *Window) saveState() string {
	switch {
	case w.Document().Dirty():
		return "Unsaved changes" + w.ws.RecoveryNote()
	case !w.ws.SavedAt().IsZero():
		return "Saved " + w.ws.SavedAt().Format("15:04")
	case w.ws.Path() == "":
		return "Not saved yet"
	}
	return "No changes"
}

func laneCounts(b *board.Board) string {
	var parts []string
	for _, l := range board.AllLanes() {
		parts = append(parts, fmt.Sprintf("%s %d", l.Name(), len(b.InLane(l))))
	}
	return strings.Join(parts, " · ")
}

func (w *Window) statusBar() fyne.CanvasObject {
	hint := widget.NewLabel("1–6 or N add a sticky · double-click to edit · drag to move · Space starts the timer · F1 all keys")
	hint.Importance = widget.LowImportance
	// The hint gives way first on a narrow screen: it must never make the
	// window wider than a laptop's.
	hint.Truncation = fyne.TextTruncateEllipsis
	hint.Alignment = fyne.TextAlignCenter
	w.counts.Truncation = fyne.TextTruncateEllipsis
	return container.NewBorder(nil, nil, nil, container.NewHBox(w.zoomLabel, w.state),
		container.NewGridWithColumns(2, w.counts, hint))
}
