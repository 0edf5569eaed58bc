package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Fyne runs a menu's shortcut before the focused widget sees the key, even
// when the widget is a text field in a dialog: Ctrl+A in the owner dialog
// selected every sticky on the board instead of the field's text, and a
// Delete after closing the dialog would then have cleared the board. So
// while a dialog is open a menu shortcut is passed through this gate: text
// shortcuts go to the field that has the keyboard, Save and Quit still
// work, and nothing else reaches the board.

// dialogSafe are the shortcuts that still run while a dialog is open: they
// never change the board behind it.
var dialogSafe = map[string]bool{
	ctrl(fyne.KeyS).ShortcutName(): true,
	ctrl(fyne.KeyQ).ShortcutName(): true,
}

// gateShortcut wraps the action of shortcut s: with a dialog open on c it
// only passes s to the dialog.
func gateShortcut(c fyne.Canvas, s fyne.Shortcut, run func()) func() {
	return func() {
		if !shortcutInDialog(c, s) {
			run()
		}
	}
}

// shortcutInDialog handles shortcut s while a dialog is open on c and
// reports whether one was: a text shortcut goes to the dialog's focused
// field, others are dropped, except the few that are safe.
func shortcutInDialog(c fyne.Canvas, s fyne.Shortcut) bool {
	if topOverlay(c) == nil || dialogSafe[s.ShortcutName()] {
		return false
	}
	if text := textShortcut(s, fyne.CurrentApp().Clipboard); text != nil {
		if f, ok := c.Focused().(fyne.Shortcutable); ok {
			f.TypedShortcut(text)
		}
	}
	return true
}

// textShortcut is s as a text field knows it, or nil when s is no text
// shortcut. The board's Redo key (Ctrl+Shift+Z) is the field's Redo too.
func textShortcut(s fyne.Shortcut, clip func() fyne.Clipboard) fyne.Shortcut {
	switch s.(type) {
	case *fyne.ShortcutSelectAll, *fyne.ShortcutUndo, *fyne.ShortcutRedo:
		return s
	case *fyne.ShortcutCopy:
		return &fyne.ShortcutCopy{Clipboard: clip()}
	case *fyne.ShortcutCut:
		return &fyne.ShortcutCut{Clipboard: clip()}
	case *fyne.ShortcutPaste:
		return &fyne.ShortcutPaste{Clipboard: clip()}
	case *desktop.CustomShortcut:
		if s.ShortcutName() == ctrlShift(fyne.KeyZ).ShortcutName() {
			return &fyne.ShortcutRedo{}
		}
	}
	return nil
}
