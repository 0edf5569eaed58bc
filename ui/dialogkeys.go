package ui

import (
	"reflect"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

// Every dialog answers the keyboard the same way, whatever part of it has
// the keyboard: Escape closes it as its Cancel (or Close, Hide, No, OK)
// button would, and Enter presses its default button. Fyne's dialogs do
// neither by themselves, and a key a focused field ignores is lost, so the
// dialogs' fields are the small types below, which pass those two keys to
// the dialog. A facilitator at a projector reaches for Escape and Enter
// without looking.

// dismissLabels are the buttons Escape presses, best first. A dialog with
// none of them (a question that must be answered later, say) is closed
// without an answer.
var dismissLabels = []string{"Cancel", "Close", "Hide", "Not now", "No", "OK"}

// acknowledgeLabels are the buttons Enter presses in a dialog that has no
// default action: it only tells or shows something.
var acknowledgeLabels = []string{"OK", "Close", "Hide"}

// dialogEscape closes the dialog on top of c and reports whether there was
// one. A Cancel button that is disabled (the dialog is busy) keeps it open.
func dialogEscape(c fyne.Canvas) bool {
	top := topOverlay(c)
	if top == nil {
		return false
	}
	buttons := dialogButtons(top)
	for _, label := range dismissLabels {
		for _, b := range buttons {
			if b.Text == label {
				if !b.Disabled() && b.OnTapped != nil {
					b.OnTapped()
				}
				return true
			}
		}
	}
	if p, ok := overlayContent(top).(*widget.PopUp); ok {
		p.Hide()
	} else {
		c.Overlays().Remove(top)
	}
	return true
}

// dialogEnter presses the default button of the dialog on top of c and
// reports whether there was a dialog. The default is the highlighted
// button; a dialog without one that only tells something is closed.
// A default button that is disabled (a form with a field to fix) is not
// pressed: the field's message says what is wrong.
func dialogEnter(c fyne.Canvas) bool {
	top := topOverlay(c)
	if top == nil {
		return false
	}
	if b := dialogDefault(top); b != nil && !b.Disabled() && b.OnTapped != nil {
		b.OnTapped()
	}
	return true
}

// dialogDefault is the button Enter presses in the dialog top, nil when
// it has none.
func dialogDefault(top fyne.CanvasObject) *widget.Button {
	buttons := dialogButtons(top)
	for _, b := range buttons {
		if b.Importance == widget.HighImportance {
			return b
		}
	}
	if len(buttons) == 1 {
		return buttons[0]
	}
	for _, label := range acknowledgeLabels {
		for _, b := range buttons {
			if b.Text == label {
				return b
			}
		}
	}
	return nil
}

// topOverlay is the dialog on top of c, nil when there is none. A view
// that covers the window (the overview, the walk) is an overlay too, but no
// dialog: it takes its own keys, and the window's shortcuts still work.
func topOverlay(c fyne.Canvas) fyne.CanvasObject {
	if c == nil {
		return nil
	}
	top := c.Overlays().Top()
	if _, popUp := top.(*widget.PopUp); popUp {
		return top
	}
	if _, popUp := overlayContent(top).(*widget.PopUp); popUp {
		return top
	}
	return nil
}

// dialogButtons lists the visible buttons of a dialog, in the order they
// are drawn.
func dialogButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Button:
			out = append(out, x)
		case *defaultButton:
			out = append(out, &x.Button)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case *widget.PopUp:
			walk(x.Content)
		default:
			walk(overlayContent(o))
		case *container.Scroll:
			walk(x.Content)
		case *container.Split:
			walk(x.Leading)
			walk(x.Trailing)
		case *widget.Form:
			for _, it := range x.Items {
				walk(it.Widget)
			}
		}
	}
	walk(o)
	return out
}

// overlayContent is what an overlay shows: Fyne puts a dialog's pop-up in
// a container of its own (an internal type, so it is read by field name),
// nil for anything else.
func overlayContent(o fyne.CanvasObject) fyne.CanvasObject {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return nil
	}
	f := v.Elem().FieldByName("Content")
	if !f.IsValid() || !f.CanInterface() {
		return nil
	}
	c, _ := f.Interface().(fyne.CanvasObject)
	return c
}

// canvasOf is the canvas showing o, nil before it is shown.
func canvasOf(o fyne.CanvasObject) fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(o)
}

// dialogKey handles Escape and Enter typed into a dialog on c and
// reports whether it did. usesEnter says whether the field itself uses
// Enter (a multi-line field, or one whose OnSubmitted does something).
func dialogKey(c fyne.Canvas, k *fyne.KeyEvent, usesEnter bool) bool {
	switch k.Name {
	case fyne.KeyEscape:
		return dialogEscape(c)
	case fyne.KeyReturn, fyne.KeyEnter:
		if !usesEnter {
			return dialogEnter(c)
		}
	}
	return false
}

// isCtrlEnter is Ctrl+Enter, which presses the default button from a field
// where Enter starts a new line.
func isCtrlEnter(s fyne.Shortcut) bool {
	cs, ok := s.(*desktop.CustomShortcut)
	return ok && (cs.KeyName == fyne.KeyReturn || cs.KeyName == fyne.KeyEnter) &&
		cs.Modifier&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0
}

// dialogEntry is a text field in a dialog: Escape closes the dialog, Enter
// presses its default button (Ctrl+Enter in a multi-line field, where Enter
// starts a new line).
type dialogEntry struct{ widget.Entry }

func newDialogEntry() *dialogEntry {
	e := &dialogEntry{}
	e.ExtendBaseWidget(e)
	return e
}

func newDialogMultiLineEntry() *dialogEntry {
	e := newDialogEntry()
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	return e
}

// TypedKey passes Escape and Enter to the dialog.
func (e *dialogEntry) TypedKey(k *fyne.KeyEvent) {
	if dialogKey(canvasOf(e), k, e.MultiLine || e.OnSubmitted != nil) {
		return
	}
	e.Entry.TypedKey(k)
}

// TypedShortcut presses the default button on Ctrl+Enter.
func (e *dialogEntry) TypedShortcut(s fyne.Shortcut) {
	if isCtrlEnter(s) && dialogEnter(canvasOf(e)) {
		return
	}
	e.Entry.TypedShortcut(s)
}

// dialogCheck is a check box in a dialog; clicked, it has the keyboard, and
// Escape and Enter still reach the dialog.
type dialogCheck struct{ widget.Check }

func newDialogCheck(label string, changed func(bool)) *dialogCheck {
	c := &dialogCheck{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey passes Escape and Enter to the dialog.
func (c *dialogCheck) TypedKey(k *fyne.KeyEvent) {
	if !dialogKey(canvasOf(c), k, false) {
		c.Check.TypedKey(k)
	}
}

// dialogSelect is a drop-down list in a dialog; see dialogCheck.
type dialogSelect struct{ widget.Select }

func newDialogSelect(options []string, changed func(string)) *dialogSelect {
	s := &dialogSelect{}
	s.Options, s.OnChanged = options, changed
	s.PlaceHolder = "(Select one)"
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey passes Escape and Enter to the dialog.
func (s *dialogSelect) TypedKey(k *fyne.KeyEvent) {
	if !dialogKey(canvasOf(s), k, false) {
		s.Select.TypedKey(k)
	}
}

// releaseAfterChoice gives the keyboard back to the dialog once an option of
// r is picked. A radio button takes the keyboard when clicked and, being
// Fyne's own, ignores Escape and Enter; the dialog would stop answering
// them after the first click.
func releaseAfterChoice(r *widget.RadioGroup) {
	changed := r.OnChanged
	r.OnChanged = func(s string) {
		if changed != nil {
			changed(s)
		}
		if c := canvasOf(r); c != nil && c.Focused() != nil {
			if _, text := c.Focused().(*dialogEntry); !text {
				c.Unfocus()
			}
		}
	}
}
