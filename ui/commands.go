package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// command is one thing the facilitator can do, with every way to reach it:
// a menu item, a Ctrl shortcut, a bare key or a typed character on the
// board. The menus, the shortcuts and the keyboard help are all built from
// one table of them, so none can tell of a key another does not bind.
type command struct {
	name string // the menu item's label and, without help, the help text
	help string // what the help says it does, when name says too little
	menu string // the menu it is in; "" keeps it out of the menus
	// separate starts a new group in the menu with a separator.
	separate bool
	// shortcuts are Ctrl chords; the first is shown in the menu. They
	// work while a sticky is being typed into as well.
	shortcuts []fyne.Shortcut
	keys      []fyne.KeyName // bare keys on the board
	runes     []rune         // characters typed on the board
	// mouse is the pointer's way to the same command, for the help.
	mouse string
	// idle keys and shortcuts act only while no sticky is being typed
	// into: Space there is a space, not the timer, and Ctrl+Left jumps a
	// word. An idle shortcut must stay out of the menus, which Fyne asks
	// before the text box.
	idle bool
	// quit marks the menu item the system treats as Quit.
	quit bool
	run  func()
}

// keyNames are the names the help gives keys whose Fyne names are no words.
var keyNames = map[fyne.KeyName]string{
	fyne.KeyReturn: "Enter", fyne.KeyEnter: "Enter", fyne.KeyBackspace: "Backspace",
	fyne.KeyPageDown: "Page Down", fyne.KeyPageUp: "Page Up",
	fyne.KeyLeft: "Left arrow", fyne.KeyRight: "Right arrow", fyne.KeyUp: "Up arrow", fyne.KeyDown: "Down arrow",
	fyne.KeyEqual: "=", fyne.KeyMinus: "-",
}

func keyName(k fyne.KeyName) string {
	if n, ok := keyNames[k]; ok {
		return n
	}
	return string(k)
}

// shortcutName is how the help and menus write a shortcut: "Ctrl+Shift+S".
func shortcutName(s fyne.Shortcut) string {
	switch s := s.(type) {
	case *desktop.CustomShortcut:
		name := "Ctrl+"
		if s.Modifier&fyne.KeyModifierShift != 0 {
			name += "Shift+"
		}
		return name + strings.TrimSuffix(keyName(s.KeyName), " arrow") // Ctrl+Left
	case *fyne.ShortcutUndo:
		return "Ctrl+Z"
	case *fyne.ShortcutRedo:
		return "Ctrl+Y"
	case *fyne.ShortcutSelectAll:
		return "Ctrl+A"
	case *fyne.ShortcutCopy:
		return "Ctrl+C"
	case *fyne.ShortcutPaste:
		return "Ctrl+V"
	case *fyne.ShortcutCut:
		return "Ctrl+X"
	}
	return s.ShortcutName()
}

// keyList names every key bound to c, each once: "Ctrl+= or + or =".
func (c command) keyList() []string {
	var names []string
	add := func(n string) {
		for _, have := range names {
			if have == n {
				return
			}
		}
		names = append(names, n)
	}
	for _, s := range c.shortcuts {
		add(shortcutName(s))
	}
	for _, k := range c.keys {
		add(keyName(k))
	}
	for _, r := range c.runes {
		add(strings.ToUpper(string(r)))
	}
	return names
}

// helpKeys is the help's left column for c: its keys, then the mouse.
func (c command) helpKeys() string {
	keys := strings.Join(c.keyList(), " or ")
	switch {
	case c.mouse == "":
		return keys
	case keys == "":
		return c.mouse
	}
	return keys + " (or " + c.mouse + ")"
}

// menuLabel is c's menu item text: a bare key is named after the label,
// as menus show only Ctrl shortcuts by themselves.
func (c command) menuLabel() string {
	if len(c.shortcuts) > 0 || len(c.keyList()) == 0 || c.keyList()[0] == c.name {
		return c.name
	}
	return c.name + "   (" + c.keyList()[0] + ")"
}

// commandTable is the window's commands: it builds the menus, binds the
// shortcuts and keys, runs what is pressed and shows the keyboard help.
type commandTable struct {
	cmds []command
	win  fyne.Window
	// editing reports whether a sticky is being typed into.
	editing func() bool
}

func newCommandTable(win fyne.Window, editing func() bool, cmds []command) *commandTable {
	return &commandTable{cmds: cmds, win: win, editing: editing}
}

// mainMenu makes the menu bar, the menus in the order the table first names them.
func (t *commandTable) mainMenu() *fyne.MainMenu {
	var menus []*fyne.Menu
	byName := map[string]*fyne.Menu{}
	for _, c := range t.cmds {
		if c.menu == "" {
			continue
		}
		m := byName[c.menu]
		if m == nil {
			m = fyne.NewMenu(c.menu)
			byName[c.menu] = m
			menus = append(menus, m)
		} else if c.separate {
			m.Items = append(m.Items, fyne.NewMenuItemSeparator())
		}
		item := fyne.NewMenuItem(c.menuLabel(), c.run)
		if len(c.shortcuts) > 0 {
			item.Shortcut = c.shortcuts[0]
			// Fyne runs a menu's shortcut even from a dialog's text
			// field: the gate keeps it from the board (shortcutgate.go).
			item.Action = gateShortcut(t.win.Canvas(), c.shortcuts[0], c.run)
		}
		item.IsQuit = c.quit
		m.Items = append(m.Items, item)
	}
	return fyne.NewMainMenu(menus...)
}

// install binds the shortcuts and keys to the window's canvas. Menu
// shortcuts are handled by the menu itself too, even during editing.
func (t *commandTable) install() {
	c := t.win.Canvas()
	for _, cmd := range t.cmds {
		for _, s := range cmd.shortcuts {
			run := gateShortcut(c, s, cmd.run)
			c.AddShortcut(s, func(fyne.Shortcut) { run() })
		}
	}
	c.SetOnTypedRune(t.TypedRune)
	c.SetOnTypedKey(t.TypedKey)
}

// TypedShortcut runs the command bound to s and reports whether there was
// one. The sticky editor passes the shortcuts it does not use here.
func (t *commandTable) TypedShortcut(s fyne.Shortcut) bool {
	if shortcutInDialog(t.win.Canvas(), s) {
		return true
	}
	for _, cmd := range t.cmds {
		for _, cs := range cmd.shortcuts {
			if cs.ShortcutName() == s.ShortcutName() {
				if cmd.idle && t.editing() {
					return false // the text box's own, e.g. Ctrl+Left jumps a word
				}
				cmd.run()
				return true
			}
		}
	}
	return false
}

// TypedRune runs the command of a character typed on the board.
func (t *commandTable) TypedRune(r rune) {
	if t.dialogOpen() {
		return
	}
	for _, cmd := range t.cmds {
		for _, cr := range cmd.runes {
			if cr == r {
				cmd.run()
				return
			}
		}
	}
}

// dialogOpen reports whether a dialog is showing: board keys then wait, so
// Space or a digit pressed at a dialog never changes the board behind it.
func (t *commandTable) dialogOpen() bool { return t.win.Canvas().Overlays().Top() != nil }

// TypedKey runs the command of a key pressed on the board when no text box
// has focus.
func (t *commandTable) TypedKey(k *fyne.KeyEvent) {
	if t.dialogOpen() {
		// Nothing in the dialog has the keyboard: Escape and Enter
		// still close it and press its default button (dialogkeys.go).
		if !dialogKey(t.win.Canvas(), k, false) && k.Name == fyne.KeyEscape {
			t.win.Canvas().Overlays().Remove(t.win.Canvas().Overlays().Top())
		}
		return
	}
	t.runKey(k.Name)
}

// runKey runs the command bound to the bare key k and reports whether
// there was one.
func (t *commandTable) runKey(k fyne.KeyName) bool {
	for _, cmd := range t.cmds {
		for _, ck := range cmd.keys {
			if ck != k {
				continue
			}
			if cmd.idle && t.editing() {
				return false
			}
			cmd.run()
			return true
		}
	}
	return false
}

// helpNote tells what no command does: the mouse and the sticky editor.
const helpNote = "With the mouse: double-click empty space to add a sticky there; drag a sticky to move it, into another lane to change its type; " +
	"Shift+click or Shift+drag the background to select several; Shift+click on a second event selects the events between; Ctrl+click adds or takes out one sticky. " +
	"In a dialog Escape closes it and Enter presses its highlighted button (Ctrl+Enter in a field of several lines). " +
	"Typing in a sticky: Enter or Escape finishes (the text is kept), Shift+Enter starts a new line; the Ctrl keys still work."

// helpRows are the keyboard help: every command with a key or a mouse way,
// its keys on the left and what it does on the right.
func (t *commandTable) helpRows() [][2]string {
	var rows [][2]string
	for _, c := range t.cmds {
		if keys := c.helpKeys(); keys != "" {
			what := c.help
			if what == "" {
				what = strings.TrimSuffix(c.name, "…")
			}
			rows = append(rows, [2]string{keys, what})
		}
	}
	return rows
}

// ShowHelp lists every key.
func (t *commandTable) ShowHelp() {
	form := widget.NewForm()
	for _, r := range t.helpRows() {
		l := widget.NewLabel(r[1])
		l.Wrapping = fyne.TextWrapWord
		form.Append(r[0], l)
	}
	note := widget.NewLabel(helpNote)
	note.Wrapping = fyne.TextWrapWord
	// The list is longer than a laptop screen: it scrolls inside a dialog
	// that fits the window, with Close always in view.
	scroll := container.NewVScroll(container.NewVBox(note, form))
	size := t.win.Canvas().Size()
	scroll.SetMinSize(fyne.NewSize(min(820, size.Width-80), max(min(560, size.Height-160), 200)))
	d := dialog.NewCustom("Keyboard shortcuts", "Close", scroll, t.win)
	d.Show()
}

func ctrl(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

func ctrlShift(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}
