package ui

import (
	"fyne.io/fyne/v2"
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
		{"Export PDF…", ctrl(fyne.KeyE), "Ctrl+E", w.ExportPDF},
		{"Export PNG…", ctrlShift(fyne.KeyE), "Ctrl+Shift+E", w.ExportPNG},
		{"Quit", ctrl(fyne.KeyQ), "Ctrl+Q", w.Quit},
	}
}

func (w *Window) editCommands() []command {
	return []command{
		{"Undo", &fyne.ShortcutUndo{}, "Ctrl+Z", w.Undo},
		{"Redo", ctrlShift(fyne.KeyZ), "Ctrl+Shift+Z or Ctrl+Y", w.Redo},
		{"Edit sticky text", nil, "Double-click, or Enter on the selected sticky", w.view.EditSelected},
		{"Delete sticky", nil, "Delete or Backspace", w.view.DeleteSelected},
		{"Rename board…", nil, "", w.RenameBoard},
	}
}

// Undo reverts the last board edit. While a sticky is being edited it undoes
// typing in the text box instead, as any text field would.
func (w *Window) Undo() {
	if w.view.Editing() {
		w.view.editor.Entry.TypedShortcut(&fyne.ShortcutUndo{})
		return
	}
	w.doc.Undo()
}

// Redo repeats the last undone edit (or typing, while editing a sticky).
func (w *Window) Redo() {
	if w.view.Editing() {
		w.view.editor.Entry.TypedShortcut(&fyne.ShortcutRedo{})
		return
	}
	w.doc.Redo()
}

func (w *Window) mainMenu() *fyne.MainMenu {
	toItems := func(cmds []command) []*fyne.MenuItem {
		var items []*fyne.MenuItem
		for _, c := range cmds {
			item := fyne.NewMenuItem(c.label, c.run)
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
		fyne.NewMenu("Help", help),
	)
}

// addShortcuts wires keys that work when no text box has focus. Menu
// shortcuts are handled by the menu itself, even during editing.
func (w *Window) addShortcuts() {
	c := w.win.Canvas()
	for _, cmd := range append(w.fileCommands(), w.editCommands()...) {
		if cmd.shortcut != nil {
			run := cmd.run
			c.AddShortcut(cmd.shortcut, func(fyne.Shortcut) { run() })
		}
	}
	c.AddShortcut(&fyne.ShortcutRedo{}, func(fyne.Shortcut) { w.Redo() })
	c.SetOnTypedRune(w.TypedRune)
	c.SetOnTypedKey(w.TypedKey)
}

// TypedShortcut runs the command bound to s and reports whether there was
// one. The sticky editor passes the shortcuts it does not use here.
func (w *Window) TypedShortcut(s fyne.Shortcut) bool {
	if s.ShortcutName() == (&fyne.ShortcutRedo{}).ShortcutName() {
		w.Redo()
		return true
	}
	for _, cmd := range append(w.fileCommands(), w.editCommands()...) {
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
	switch {
	case r >= '1' && r < '1'+board.LaneCount:
		w.view.AddSticky(board.Lane(r - '1'))
	case r == '?':
		w.ShowHelp()
	}
}

// TypedKey handles keys on the board when no text box has focus.
func (w *Window) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		w.view.DeleteSelected()
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2:
		w.view.EditSelected()
	case fyne.KeyEscape:
		w.view.setSelected(0)
	case fyne.KeyF1:
		w.ShowHelp()
	case fyne.KeyLeft:
		w.view.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: 80}})
	case fyne.KeyRight:
		w.view.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.Delta{DX: -80}})
	}
}

// ShowHelp lists every shortcut.
func (w *Window) ShowHelp() {
	rows := [][2]string{
		{"1 – 6", "Add a sticky to Events, Systems & tools, Teams & people, Pain points, Timings, Questions & actions"},
		{"Enter or Escape", "Finish editing a sticky (the text is kept)"},
		{"Shift+Enter", "New line inside a sticky"},
		{"Drag a sticky", "Move it; drop it in another lane to change its type"},
		{"Drag the background, wheel, ← →", "Pan along the board"},
		{"Double-click empty space", "Add a sticky there"},
	}
	for _, c := range append(w.fileCommands(), w.editCommands()...) {
		if c.keys != "" {
			rows = append(rows, [2]string{c.keys, c.label})
		}
	}
	rows = append(rows, [2]string{"F1 or ?", "This help"})
	form := widget.NewForm()
	for _, r := range rows {
		l := widget.NewLabel(r[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(r[0], l)
	}
	d := dialog.NewCustom("Keyboard shortcuts", "Close", form, w.win)
	d.Resize(fyne.NewSize(820, 620))
	d.Show()
}
