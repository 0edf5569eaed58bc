package canvas

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// Editor is the text box shown over a sticky while it is edited.
// Enter and Escape finish editing and keep the text; Shift+Enter starts a
// new line. Shortcuts it does not use itself (save, export …) are passed to
// the window, because a focused Entry otherwise swallows them and a
// facilitator pressing Ctrl+S mid-sentence would lose the sentence.
type Editor struct {
	widget.Entry
	shift bool

	onDone     func()
	onShortcut func(fyne.Shortcut) bool
	OnPageKey  func(fyne.KeyName)
	// OnLimit is told when typing or pasting hits board.MaxTextLength; note
	// says what was cut from a paste ("" when typing stopped).
	OnLimit func(note string)
	// OnTyped is told after every character typed and when the box closes,
	// so autosave can keep text that is not on the board yet, and forget it
	// when it never gets there.
	OnTyped func()
}

func newEditor() *Editor {
	e := &Editor{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// KeyDown tracks Shift so that Enter can tell a new line from "done".
func (e *Editor) KeyDown(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = true
	}
	e.Entry.KeyDown(k)
}

// KeyUp implements desktop.Keyable.
func (e *Editor) KeyUp(k *fyne.KeyEvent) {
	if k.Name == desktop.KeyShiftLeft || k.Name == desktop.KeyShiftRight {
		e.shift = false
	}
	e.Entry.KeyUp(k)
}

// TypedKey finishes editing on Enter or Escape.
func (e *Editor) TypedKey(k *fyne.KeyEvent) {
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
		if e.OnPageKey != nil {
			e.OnPageKey(k.Name)
			return
		}
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut lets the window handle the shortcuts text editing has no use
// for; copy, paste, select-all and the like stay with the text box.
func (e *Editor) TypedShortcut(s fyne.Shortcut) {
	if _, custom := s.(*desktop.CustomShortcut); custom && e.onShortcut != nil && e.onShortcut(s) {
		return
	}
	p, paste := s.(*fyne.ShortcutPaste)
	if !paste || p.Clipboard == nil {
		e.Entry.TypedShortcut(s)
		return
	}
	e.paste(p.Clipboard.Content())
}

// paste inserts text, cut to what the sticky still holds before the text
// box sees it: a pasted 5 MB document handed to the Entry whole would
// freeze the window for minutes, and a sticky nobody can read is no use.
// The facilitator's clipboard is left as it was.
func (e *Editor) paste(text string) {
	room := board.MaxTextLength - utf8.RuneCountInString(e.Text) + utf8.RuneCountInString(e.SelectedText())
	note := ""
	if len(text) > room && utf8.RuneCountInString(text) > room {
		_, note = board.ClampText(e.Text + text)
		text = firstRunes(text, max(room, 0))
	}
	e.Entry.TypedShortcut(&fyne.ShortcutPaste{Clipboard: fixedClipboard(text)})
	if clamped, cut := board.ClampText(e.Text); cut != "" {
		// The Entry may count differently (line endings): still keep what fits.
		row, col := e.CursorRow, e.CursorColumn
		e.SetText(clamped)
		e.CursorRow, e.CursorColumn = row, col
		e.Refresh()
		if note == "" {
			note = cut
		}
	}
	if note != "" {
		e.limitReached(note)
	}
	if e.OnTyped != nil {
		e.OnTyped()
	}
}

// firstRunes is the first n characters of s, found without converting all
// of s.
func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}

// fixedClipboard hands the Entry text to paste without touching the
// system clipboard.
type fixedClipboard string

// Content implements fyne.Clipboard.
func (c fixedClipboard) Content() string { return string(c) }

// SetContent implements fyne.Clipboard; the text to paste is fixed.
func (c fixedClipboard) SetContent(string) {}

// TypedRune refuses characters beyond board.MaxTextLength, the most a file
// keeps, so nothing typed is lost at the next save.
func (e *Editor) TypedRune(r rune) {
	if utf8.RuneCountInString(e.Text) >= board.MaxTextLength && e.SelectedText() == "" {
		e.limitReached("")
		return
	}
	e.Entry.TypedRune(r)
	if e.OnTyped != nil {
		e.OnTyped()
	}
}

func (e *Editor) limitReached(note string) {
	if e.OnLimit != nil {
		e.OnLimit(note)
	}
}

// FocusLost keeps the text when the user clicks elsewhere.
func (e *Editor) FocusLost() {
	e.Entry.FocusLost()
	e.shift = false
	e.finish()
}

func (e *Editor) finish() {
	if e.onDone != nil {
		done := e.onDone
		e.onDone = nil // finish once, even if focus loss follows
		done()
		if e.OnTyped != nil {
			e.OnTyped()
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
