// Package ui is pathmap's desktop window: the board canvas, the sticky
// editor, menus, shortcuts and file dialogs. It changes the board only
// through board.Document commands.
package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// AppName is shown in window titles and dialogs.
const AppName = "pathmap"

// Window is one pathmap window editing one board.
type Window struct {
	app  fyne.App
	win  fyne.Window
	doc  *board.Document
	path string // "" for a board never saved

	view   *BoardView
	title  *widget.Label
	counts *widget.Label
	state  *widget.Label
	// zoomLabel shows the board's zoom in the status bar.
	zoomLabel *widget.Label
	savedAt   time.Time
	clock     board.Clock

	// quit ends the app; tests replace it.
	quit func()
	// auto saves the board by itself and keeps recovery copies (autosave.go).
	auto *autosaver
	// session is the agenda panel, prompt bar, timer and presenter mode (agenda.go).
	session *session
	// aids are the facilitation aids: duplicates, tense, blanks, votes, lead time (aids.go).
	aids *aids
}

// NewWindow opens a window on b. path is where Save writes; it may name a
// file that does not exist yet, or be "" for an untitled board.
func NewWindow(a fyne.App, path string, b *board.Board) *Window {
	w := &Window{app: a, win: a.NewWindow(AppName), clock: time.Now}
	w.quit = a.Quit
	w.auto = newAutosaver(w, a)
	w.title = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	w.title.Truncation = fyne.TextTruncateEllipsis
	w.counts = widget.NewLabel("")
	w.state = widget.NewLabel("")
	w.view = NewBoardView(board.NewDocument(b, w.clock))
	w.view.OnShortcut = w.TypedShortcut
	w.wireView()
	w.aids = newAids(w)
	w.view.editor.onLimit = w.textLimitReached
	w.view.editor.onTyped = w.auto.typing
	w.view.editor.onPageKey = func(k fyne.KeyName) {
		w.view.finishEdit()
		w.agendaKey(k)
	}
	w.setDocument(w.view.Document(), path)

	w.win.SetContent(w.sessionLayout(w.toolbar(), w.statusBar()))
	w.win.SetMainMenu(w.mainMenu())
	w.addShortcuts()
	w.win.SetCloseIntercept(w.Quit)
	w.win.SetOnClosed(w.auto.deb.stop)
	w.win.Resize(fyne.NewSize(1440, 900))
	return w
}

// FyneWindow returns the underlying Fyne window.
func (w *Window) FyneWindow() fyne.Window { return w.win }

// View returns the board canvas.
func (w *Window) View() *BoardView { return w.view }

// Document returns the board being edited.
func (w *Window) Document() *board.Document { return w.doc }

// Path returns the file the board is saved to, or "" when it has none yet.
func (w *Window) Path() string { return w.path }

// ShowAndRun shows the window and runs the app until it quits.
func (w *Window) ShowAndRun() {
	w.session.startTicking()
	w.win.ShowAndRun()
}

// ShowError shows a problem in a dialog; the board stays as it is.
func (w *Window) ShowError(err error) { dialog.ShowError(err, w.win) }

func (w *Window) setDocument(doc *board.Document, path string) {
	w.doc, w.path = doc, path
	if w.view.Document() != doc {
		w.view.SetDocument(doc)
	}
	w.savedAt = time.Time{}
	w.auto.track(doc, path)
	refresh := func() {
		if w.doc == doc {
			w.refreshChrome()
		}
	}
	doc.OnChange(refresh)
	doc.OnSavedChange(refresh)
	w.refreshChrome()
	w.sessionDocument(doc)
	w.aidsDocument(doc)
}

// WindowTitle is "name.pathmap — pathmap", with a leading "*" while there
// are unsaved changes.
func (w *Window) WindowTitle() string {
	name := "Untitled"
	if w.path != "" {
		name = filepath.Base(w.path)
	}
	mark := ""
	if w.doc.Dirty() {
		mark = "*"
	}
	return mark + name + " — " + AppName
}

func (w *Window) refreshChrome() {
	w.win.SetTitle(w.WindowTitle())
	w.title.SetText(w.doc.Board().Title)
	w.counts.SetText(laneCounts(w.doc.Board()))
	w.state.SetText(w.saveState())
}

// saveState is the status bar's word on saving: a facilitator glancing at
// the projector should know whether the last hour is on disk.
func (w *Window) saveState() string {
	switch {
	case w.doc.Dirty():
		return "Unsaved changes" + w.auto.recoveryNote()
	case !w.savedAt.IsZero():
		return "Saved " + w.savedAt.Format("15:04")
	case w.path == "":
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
