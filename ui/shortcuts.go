package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// command is one thing the facilitator can do from a menu, a shortcut or
// both. Keeping them in one table keeps menus, shortcuts and help in step.
type command struct {
	label    string
	shortcut fyne.Shortcut // nil when only in the menu
	keys     string        // as shown in help
	run      func()
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}

func (w *Window) fileCommands() []command {
	return []command{
		{"New board", ctrl(fyne.KeyN), "Ctrl+N", w.NewBoard},
		{"Open…", ctrl(fyne.KeyO), "Ctrl+O", w.Open},
		{"Save", ctrl(fyne.KeyS), "Ctrl+S", w.Save},
		{"Save as…", ctrlShift(fyne.KeyS), "Ctrl+Shift+S", w.SaveAs},
		{"Export…", ctrl(fyne.KeyE), "Ctrl+E", w.ShowExport},
		{"Quit", ctrl(fyne.KeyQ), "Ctrl+Q", w.Quit},
	}
}

func (w *Window) editCommands() []command {
	return []command{
		{"Undo", &fyne.ShortcutUndo{}, "Ctrl+Z", w.Undo},
		{"Redo", ctrlShift(fyne.KeyZ), "Ctrl+Shift+Z or Ctrl+Y", w.Redo},
		{"Select all", &fyne.ShortcutSelectAll{}, "Ctrl+A", w.SelectAll},
		{"Copy", &fyne.ShortcutCopy{}, "Ctrl+C", w.Copy},
		{"Paste", &fyne.ShortcutPaste{}, "Ctrl+V", w.Paste},
		{"Duplicate", ctrl(fyne.KeyD), "Ctrl+D", w.view.Duplicate},
		{"Edit sticky text", nil, "Double-click, or Enter on the selected sticky", w.view.EditSelected},
		{"Delete", nil, "Delete or Backspace", w.view.DeleteSelected},
		{"Add timing over selected events…", nil, "T", w.AddSpan},
		{"Set owner and due date…", nil, "O (on a question or action)", w.EditAction},
		{"Tidy up", ctrl(fyne.KeyT), "Ctrl+T", w.Tidy},
		{"Rename board…", nil, "", w.RenameBoard},
	}
}

func (w *Window) viewCommands() []command {
	return []command{
		{"Zoom in", ctrl(fyne.KeyEqual), "Ctrl+= (or Ctrl+wheel)", w.view.ZoomIn},
		{"Zoom out", ctrl(fyne.KeyMinus), "Ctrl+- (or Ctrl+wheel)", w.view.ZoomOut},
		{"Fit whole board", ctrl(fyne.Key0), "Ctrl+0", w.view.FitBoard},
		{"Fit lanes to window height", ctrl(fyne.Key9), "Ctrl+9", w.view.FitLanes},
		{"Full screen", nil, "F11", w.ToggleFullScreen},
	}
}

// editorShortcut passes a text shortcut to the open sticky editor and
// reports whether there was one. The menu sees Ctrl+C/V/A before the text
// box does, so while typing they must still act on the text.
func (w *Window) editorShortcut(s fyne.Shortcut) bool {
	if !w.view.Editing() {
		return false
	}
	w.view.editor.Entry.TypedShortcut(s)
	return true
}

// SelectAll selects every sticky (or all text, while typing in a sticky).
func (w *Window) SelectAll() {
	if !w.editorShortcut(&fyne.ShortcutSelectAll{}) {
		w.view.SelectAll()
	}
}

// Copy copies the selected stickies (or the selected text while typing).
func (w *Window) Copy() {
	if !w.editorShortcut(&fyne.ShortcutCopy{Clipboard: w.app.Clipboard()}) {
		w.view.Copy(w.app.Clipboard())
	}
}

// Paste pastes copied stickies (or text while typing).
func (w *Window) Paste() {
	if !w.editorShortcut(&fyne.ShortcutPaste{Clipboard: w.app.Clipboard()}) {
		w.view.Paste()
	}
}

// Undo reverts the last board edit. While a sticky is being edited it undoes
// typing in the text box instead, as any text field would.
func (w *Window) Undo() {
	if w.view.Editing() {
		w.view.editor.Entry.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	w.Document().Undo()
}

// Redo repeats the last undone edit (or typing, while editing a sticky).
func (w *Window) Redo() {
	if w.view.Editing() {
		w.view.editor.Entry.TypedShortcut(&fyne.ShortcutRedo{})
		return
	}
	w.Document().Redo()
}

func (w *Window) mainMenu() *fyne.MainMenu {
	toItems := func(cmds []command) []*fyne.MenuItem {
		var items []*fyne.MenuItem
		for _, c := range cmds {
			item := fyne.NewMenuItem(c.label, gateCommand(w.win, w.app.Clipboard, c))
			item.Shortcut = c.shortcut
			if c.label == "Quit" {
				item.IsQuit = true
			}
			items = append(items, item)
		}
		return items
	}
	var add []*fyne.MenuItem
	for _, l := range board.AllLanes() {
		l := l
		add = append(add, fyne.NewMenuItem(l.Name()+"   (key "+string(rune('1'+int(l)))+")", func() { w.view.AddSticky(l) }))
	}
	help := fyne.NewMenuItem("Keyboard shortcuts   (F1)", w.ShowHelp)
	return fyne.NewMainMenu(
		fyne.NewMenu("File", toItems(w.fileCommands())...),
		fyne.NewMenu("Edit", toItems(w.editCommands())...),
		fyne.NewMenu("Add sticky", add...),
		fyne.NewMenu("View", toItems(w.viewCommands())...),
		fyne.NewMenu("Session", w.sessionMenu()...),
		fyne.NewMenu("Facilitate", toItems(w.aidCommands())...), // aids_commands.go
		fyne.NewMenu("Help", help, fyne.NewMenuItem("About pathmap", w.ShowAbout)),
	)
}

// addShortcuts wires keys that work when no text box has focus. Menu
// shortcuts are handled by the menu itself, even during editing.
func (w *Window) addShortcuts() {
	c := w.win.Canvas()
	for _, cmd := range w.allCommands() {
		if cmd.shortcut != nil {
			run := gateCommand(w.win, w.app.Clipboard, cmd)
			c.AddShortcut(cmd.shortcut, func(fyne.Shortcut) { run() })
		}
	}
	c.AddShortcut(&fyne.ShortcutRedo{}, func(s fyne.Shortcut) {
		if !shortcutInDialog(c, s, w.app.Clipboard) {
			w.Redo()
		}
	})
	addEventMoveShortcuts(c, w.TypedShortcut) // keynav.go
	c.SetOnTypedRune(w.TypedRune)
	c.SetOnTypedKey(w.TypedKey)
}

// allCommands lists every menu command.
func (w *Window) allCommands() []command {
	return append(append(append(w.fileCommands(), w.editCommands()...), w.viewCommands()...), w.aidCommands()...)
}

// TypedShortcut runs the command bound to s and reports whether there was
// one. The sticky editor passes the shortcuts it does not use here.
func (w *Window) TypedShortcut(s fyne.Shortcut) bool {
	if shortcutInDialog(w.win.Canvas(), s, w.app.Clipboard) || eventMoveShortcut(w.view, s) {
		return true
	}
	if s.ShortcutName() == (&fyne.ShortcutRedo{}).ShortcutName() {
		w.Redo()
		return true
	}
	for _, cmd := range w.allCommands() {
		if cmd.shortcut != nil && cmd.shortcut.ShortcutName() == s.ShortcutName() {
			cmd.run()
			return true
		}
	}
	return false
}

// TypedRune handles single-key commands on the board: 1–6 add a sticky to
// that lane, ? shows help.
func (w *Window) TypedRune(r rune) {
	if w.dialogOpen() {
		return
	}
	switch {
	case r >= '1' && r < '1'+board.LaneCount:
		w.view.AddSticky(board.Lane(r - '1'))
	case r == '?':
		w.ShowHelp()
	case r == 'n' || r == 'N':
		w.AddStepSticky()
	case r == 'a' || r == 'A':
		w.ToggleAgendaPanel()
	case r == 't' || r == 'T':
		w.AddSpan()
	case r == 'o' || r == 'O':
		w.EditAction()
	case w.aidKey(r): // aids_commands.go
	case r == '+' || r == '=':
		w.view.ZoomIn()
	case r == '-':
		w.view.ZoomOut()
	}
}

// dialogOpen reports whether a dialog is showing: board keys then wait, so
// Space or a digit pressed at a dialog never changes the board behind it.
func (w *Window) dialogOpen() bool { return w.win.Canvas().Overlays().Top() != nil }

// TypedKey handles keys on the board when no text box has focus.
func (w *Window) TypedKey(k *fyne.KeyEvent) {
	if w.dialogOpen() {
		// Nothing in the dialog has the keyboard: Escape and Enter
		// still close it and press its default button (dialogkeys.go).
		dialogKey(w.win.Canvas(), k, false)
		return
	}
	if w.agendaKey(k.Name) {
		return
	}
	switch k.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		w.view.DeleteSelected()
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
		w.view.EditSelected()
	case fyne.KeyEscape:
		w.LeavePresenter()
		if w.win.FullScreen() {
			w.win.SetFullScreen(false)
		}
		w.view.SetSelection()
	case fyne.KeyF1:
		w.ShowHelp()
	case fyne.KeyF11:
		w.ToggleFullScreen()
	case fyne.KeyLeft, fyne.KeyRight, fyne.KeyUp, fyne.KeyDown:
		arrowKey(w.view, k.Name) // keynav.go
	}
}

// ShowHelp lists every shortcut.
func (w *Window) ShowHelp() {
	rows := [][2]string{
		{"1 – 6", "Add a sticky to Events, Systems & tools, Teams & people, Pain points, Timings, Questions & actions (under the selected event's column)"},
		{"Enter or Escape", "Finish editing a sticky (the text is kept)"},
		{"Shift+Enter", "New line inside a sticky"},
		{"Drag a sticky", "Move it; drop it in another lane to change its type"},
		{"Drag the background, wheel, arrow keys", "Pan along the board (arrow keys: when nothing is selected)"},
		{"Arrow keys", "Select the neighbouring sticky: along the lane, or up and down the event's column"},
		{"Ctrl+Left, Ctrl+Right", "Move the selected event one place earlier or later, with the stickies under it"},
		{"Shift+click, Shift+drag the background", "Select several stickies; Shift+click on a second event selects the events between"},
		{"Double-click empty space", "Add a sticky there"},
	}
	for _, c := range w.allCommands() {
		if c.keys != "" {
			rows = append(rows, [2]string{c.keys, c.label})
		}
	}
	rows = append(rows, [2]string{"N", "Add a sticky to the lane of the current agenda step"},
		[2]string{"A", "Show or hide the agenda panel"},
		[2]string{"Space", "Start or pause the current step's timer (when no sticky is being edited)"},
		[2]string{"Page Down, Page Up", "Next, previous agenda step (what presentation clickers send)"},
		[2]string{"F5", "Presenter mode on and off (Escape leaves it)"})
	rows = append(rows, [2]string{"F1 or ?", "This help"})
	form := widget.NewForm()
	for _, r := range rows {
		l := widget.NewLabel(r[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(r[0], l)
	}
	// The list is longer than a laptop screen: it scrolls inside a dialog
	// that fits the window, with Close always in view.
	scroll := container.NewVScroll(form)
	size := w.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(820, size.Width-80), max(min(560, size.Height-160), 200)))
	d := dialog.NewCustom("Keyboard shortcuts", "Close", scroll, w.win)
	d.Show()
}
