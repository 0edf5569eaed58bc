package ui

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// stickyEditor is the text box shown over a sticky while it is edited.
// Enter and Escape finish editing and keep the text; Shift+Enter starts a
// new line. Shortcuts it does not use itself (save, export …) are passed to
// the window, because a focused Entry otherwise swallows them and a
// facilitator pressing Ctrl+S mid-sentence would lose the sentence.
type stickyEditor struct {
	widget.Entry
	shift bool

	onDone     func()
	onShortcut func(fyne.Shortcut) bool
	onPageKey  func(fyne.KeyName)
	// onLimit is told when typing or pasting hits board.MaxTextLength.
	onLimit func()
	// onTyped is told after every character typed and when the box closes,
	// so autosave can keep text that is not on the board yet, and forget it
	// when it never gets there.
	onTyped func()
}

func newStickyEditor() *stickyEditor {
	e := &stickyEditor{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// KeyDown tracks Shift so that Enter can tell a new line from "done".
func (e *stickyEditor) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp implements desktop.Keyable.
func (e *stickyEditor) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey finishes editing on Enter or Escape.
func (e *stickyEditor) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if !e.shift && !shiftHeld() {
			e.finish()
			return
		}
	case fyne.KeyEscape:
		e.finish()
		return
	case fyne.KeyPageDown, fyne.KeyPageUp:
		// A presentation clicker sends these: the session moves on even
		// while someone is typing, and the sticky keeps its text.
		if e.onPageKey != nil {
			e.onPageKey(k.Name)
			return
		}
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut lets the window handle the shortcuts text editing has no use
// for; copy, paste, select-all and the like stay with the text box.
func (e *stickyEditor) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom && e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	e.Entry.TypedShortcut(s)
	if _, paste := s.(*fyne.ShortcutPaste); paste && utf8.RuneCountInString(e.Text) > board.MaxTextLength {
		// A pasted document would make a sticky nobody can read; keep what fits.
		row, col := e.CursorRow, e.CursorColumn
		e.SetText(string([]rune(e.Text)[:board.MaxTextLength]))
		e.CursorRow, e.CursorColumn = row, col
		e.Refresh()
		e.limitReached()
	}
}

// TypedRune refuses characters beyond board.MaxTextLength, the most a file
// keeps, so nothing typed is lost at the next save.
func (e *stickyEditor) TypedRune(r rune) {
	if utf8.RuneCountInString(e.Text) >= board.MaxTextLength && e.SelectedText() == "" {
		e.limitReached()
		return
	}
	e.Entry.TypedRune(r)
	if e.onTyped != nil {
		e.onTyped()
	}
}

func (e *stickyEditor) limitReached() {
	if e.onLimit != nil {
		e.onLimit()
	}
}

// FocusLost keeps the text when the user clicks elsewhere.
func (e *stickyEditor) FocusLost() {
	e.Entry.FocusLost()
	e.shift = false
	e.finish()
}

func (e *stickyEditor) finish() {
	if e.onDone != nil {
		done := e.onDone
		e.onDone = nil // finish once, even if focus loss follows
		done()
		if e.onTyped != nil {
			e.onTyped()
		}
	}
}

// shiftHeld asks the desktop driver, when there is one, whether Shift is
// down; KeyDown may have been missed if Shift was pressed before focusing.
func shiftHeld() bool {
	if d, ok := fyne.CurrentApp().Driver().(desktop.Driver); ok {
		return d.CurrentKeyModifiers()&fyne.KeyModifierShift != 0
	}
	return false
}
