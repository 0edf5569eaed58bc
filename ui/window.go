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
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// AppName is shown in window titles and dialogs.
const AppName = "pathmap"

// Window is one pathmap window editing one board: the menus, the
// toolbar and status bar, the panels and the command table. Each concern
// it offers is a component of its own, holding the workshop, the Fyne
// window for its dialogs and the board view; the window wires them up.
type Window struct {
	app fyne.App
	win fyne.Window
	// ws is the running workshop: the board, its file, saving, autosave,
	// recovery and the timer's ticks. The window only shows it.
	ws *workshop.Session

	view   *canvas.BoardView
	title  *widget.Label
	counts *widget.Label
	state  *widget.Label
	// zoomLabel shows the board's zoom in the status bar.
	zoomLabel *widget.Label

	// quit ends the app; tests replace it.
	quit func()

	files    *fileKeeper    // New, Open, Save, recovery (files.go)
	edits    *boardEdits    // undo, clipboard, tidy, rename (edits.go)
	actions  *actionDialogs // timings, owners and due dates (actions.go)
	exporter *exporter      // the Export dialog (exporting.go)
	importer *importer      // the Import dialog (import.go)
	// session is the agenda panel, prompt bar, timer and presenter mode (agenda.go).
	session *session
	// aids are the facilitation aids: duplicates, tense, blanks, votes, lead time (aids.go).
	aids *aids
	// room opens the room phones join (room.go).
	room *roomHost
	// commands are the menus, shortcuts, keys and help (commands.go, commandlist.go).
	commands *commandTable
	// overview is the whole map in the window (Ctrl+0), walk the path a
	// few columns at a time (W); both only show the board.
	overview *overview
	walk     *walk
	// lock is the window's lock on its board file (boardlock.go).
	lock *boardLock
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
	opts.Height = canvas.StickyHeightFor
	opts.SyncWrites = opts.SyncWrites || writeSynchronously
	ws := workshop.New(opts)
	w.ws = ws
	w.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.title.Truncation = fyne.TextTruncateEllipsis
	w.counts = widget.NewLabel("")
	w.state = widget.NewLabel("")
	w.view = canvas.NewBoardView(ws)

	w.files = &fileKeeper{ws: ws, win: w.win, view: w.view}
	w.edits = &boardEdits{ws: ws, win: w.win, view: w.view, clipboard: a.Clipboard()}
	w.actions = &actionDialogs{ws: ws, win: w.win, view: w.view}
	w.exporter = &exporter{ws: ws, win: w.win, view: w.view}
	w.importer = &importer{ws: ws, win: w.win, view: w.view}
	w.room = &roomHost{ws: ws, win: w.win, view: w.view}
	w.aids = newAids(ws, w.win, w.view, w.actions.EditAction)
	w.aids.tallyHidden = w.room.hidesTallies
	w.room.marks = newRoomMarks(ws, w.view, w.room)

	measure := &canvas.FontMeasure{}
	w.overview = newOverview(w.win, ws, measure, showOnBoard(ws, w.view))
	w.walk = newWalk(w.win, ws, measure, showOnBoard(ws, w.view))

	w.wireView()
	ws.SetPending(w.view.BoardWithTyping)
	ws.OnAutosaveFailed(w.files.autosaveFailed)
	ws.OnChangedOnDisk(func(path string) { w.files.askOverwrite(path, nil) })
	ws.OnRefused(w.editRefused)
	ws.OnNotWritable(w.files.askSaveElsewhere)
	ws.OnChange(w.refreshChrome)
	ws.OnSaveState(w.refreshChrome)
	ws.OnReplaced(func(*board.Document) { w.refreshChrome() })
	w.refreshChrome()

	w.session = newSession(ws, w.win, w.view, a.Preferences(), w.toolbar(), w.statusBar())
	w.room.card = w.session.roomCard
	w.aids.statusShown = func() bool { return !w.session.Presenting() }
	w.commands = newCommandTable(w.win, w.view.Editing, w.commandList())
	w.win.SetContent(w.session.root)
	w.win.SetMainMenu(w.commands.mainMenu())
	w.commands.install()
	w.lock = newBoardLock(ws, w.win, w.files.OpenPath, w.Quit)
	w.win.SetCloseIntercept(w.Quit)
	w.win.SetOnClosed(ws.Stop)
	w.win.Resize(defaultWindowSize) // main fits it to the screen with FitScreen
	return w
}

// wireView connects the board canvas to the window: zoom in the status
// bar, span editing, the shortcuts and page keys the sticky editor passes
// on, the note when a sticky is full.
func (w *Window) wireView() {
	w.zoomLabel = widget.NewLabel("100%")
	w.view.OnViewChange = func() { w.zoomLabel.SetText(fmt.Sprintf("%.0f%%", w.view.Viewport().Zoom()*100)) }
	w.view.OnSpanEdit = w.actions.EditSpan
	w.view.OnShortcut = w.TypedShortcut
	w.view.Editor().OnLimit = w.textLimitReached
	w.view.Editor().OnTyped = w.ws.Typing
	w.view.Editor().OnPageKey = func(k fyne.KeyName) {
		w.view.FinishEdit()
		w.commands.runKey(k)
	}
}

// FyneWindow returns the underlying Fyne window.
func (w *Window) FyneWindow() fyne.Window { return w.win }

// View returns the board canvas.
func (w *Window) View() *canvas.BoardView { return w.view }

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

// OfferRecovery offers the recovery copy a session that ended without
// saving left of this window's board; it reports whether it asked
// (recovery.go).
func (w *Window) OfferRecovery() bool { return w.files.OfferRecovery() }

// ShowRepairs reports what was repaired while loading the board from path
// and marks the board unsaved (files.go).
func (w *Window) ShowRepairs(path string, repairs []board.Repair) { w.files.ShowRepairs(path, repairs) }

// SaveOnExit keeps the board when the app ends without the facilitator
// quitting it: logout, shutdown, a terminal's Ctrl+C, kill. Fyne then stops
// its event loop by itself, so this runs after ShowAndRun returns and only
// writes files, never touching the window, which is gone. A named board goes
// to its file (text still being typed included), anything else unsaved to
// its recovery copy.
func (w *Window) SaveOnExit() {
	w.ws.SaveOnExit()
	w.lock.release()
}

// Quit closes the app. A named board is saved first, as autosave would;
// otherwise (untitled, or saving needs a decision) it asks Save, Don't save or
// Cancel. Only after that answer is the recovery copy deleted. A running
// timer is paused first, with its time booked.
func (w *Window) Quit() { w.files.Quit(w.quitNow) }

func (w *Window) quitNow() {
	w.room.closeNow()
	w.ws.Quitting()
	w.quit()
}

// TypedShortcut runs the command bound to s and reports whether there was
// one. The sticky editor passes the shortcuts it does not use here.
func (w *Window) TypedShortcut(s fyne.Shortcut) bool { return w.commands.TypedShortcut(s) }

// TypedRune runs the command of a character typed on the board: 1–6 add
// a sticky to that lane, ? shows help, and so on (commandlist.go).
func (w *Window) TypedRune(r rune) { w.commands.TypedRune(r) }

// TypedKey runs the command of a key pressed on the board when no text box
// has focus.
func (w *Window) TypedKey(k *fyne.KeyEvent) { w.commands.TypedKey(k) }

// editRefused tells the facilitator why an edit did nothing: the board
// would have crossed a limit of the file format, and a board the app could
// not open again is no board at all.
func (w *Window) editRefused(err error) {
	w.ShowError(fmt.Errorf("This change was not made: %v.\nThe board stays as it was, so that its file can always be opened again.", err))
}

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
	if w.ws.ReadOnly() {
		name += " (read-only)"
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
	case w.ws.ReadOnly() && w.Document().Dirty():
		return "Read-only: Save As keeps your changes" + w.ws.RecoveryNote()
	case w.ws.ReadOnly():
		return "Read-only"
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
	var n [board.LaneCount]int
	for _, s := range b.Stickies {
		if s.Lane >= 0 && int(s.Lane) < board.LaneCount {
			n[s.Lane]++
		}
	}
	for _, l := range board.AllLanes() {
		parts = append(parts, fmt.Sprintf("%s %d", l.Name(), n[l]))
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
	w.aids.banner = newVotingBanner(hint, w.aids.ToggleVoting)
	w.aids.refreshStatus()
	return container.NewBorder(nil, nil, nil, container.NewHBox(w.zoomLabel, w.state),
		container.NewGridWithColumns(2, w.counts, w.aids.banner.root))
}

// textLimitReached says, where the facilitator looks for the save state,
// why the sticky takes no more text; note, when not empty, says what was
// cut from a paste.
func (w *Window) textLimitReached(note string) {
	if note != "" {
		w.state.SetText(note)
		return
	}
	w.state.SetText(fmt.Sprintf("A sticky holds at most %s characters", groupThousands(board.MaxTextLength)))
}

func groupThousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
