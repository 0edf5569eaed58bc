package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"pathmap/board"
)

// clickRadio clicks the option text of the radio buttons in the dialog on
// top, as a facilitator picking the wording to keep does; Fyne's desktop
// driver gives the clicked option the keyboard. (The option is found by
// walking the keyboard's chain: the test driver gives focus only to the
// widgets that chain holds.)
func clickRadio(t *testing.T, w *Window, text string) {
	t.Helper()
	c := w.win.Canvas()
	for i := 0; i < 50; i++ {
		c.FocusNext()
		o := c.Focused()
		if fmt.Sprintf("%T", o) == "*widget.radioItem" && fieldText(o.(fyne.CanvasObject), "Label") == text {
			test.Tap(o.(fyne.Tappable))
			return
		}
	}
	t.Fatalf("no option %q in the dialog", text)
}

// clickCheck clicks a check box of the dialog on top.
func clickCheck(t *testing.T, w *Window, text string) {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.win.Canvas().Overlays().Top()) {
		if f, ok := o.(fyne.Tappable); ok && strings.Contains(fieldText(o, "Text"), text) {
			test.Tap(f)
			return
		}
	}
	t.Fatalf("no check box %q in the dialog", text)
}

// After a click on the wording to keep, Enter still merges and Escape
// still cancels Merge selected: the radio button must not keep the keys.
func TestMerger_MergeSelectedAnswersKeysAfterAWordingIsClicked(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		t.Run(string(key), func(t *testing.T) {
			w := aidWindow(t, ev("Business sign-off"), ev("Product owner signed off"), ev("Released"))
			w.view.Selection().Set(1, 2)
			w.aids.merge.MergeSelected()
			// The clearest wording is picked already; the room prefers the other.
			if w.aids.merge.confirmPick.Selected != "Product owner signed off" {
				t.Fatalf("%q preselected; the test clicks the other wording", w.aids.merge.confirmPick.Selected)
			}
			clickRadio(t, w, "Business sign-off")
			sendKey(w, key)
			if top := w.win.Canvas().Overlays().Top(); top != nil {
				t.Fatalf("%s after clicking a wording left the dialog open (%T has the keyboard)", key, w.win.Canvas().Focused())
			}
			want := 2
			if key == fyne.KeyEscape {
				want = 3
			}
			if n := len(w.Document().Board().InLane(board.Events)); n != want {
				t.Fatalf("%d events after %s; want %d", n, key, want)
			}
		})
	}
}

// The same in Review duplicates, after unticking a sticky or clicking a
// wording: Enter merges the group, Escape stops the review.
func TestMerger_ReviewAnswersKeysAfterAClick(t *testing.T) {
	for _, tc := range []struct {
		key   fyne.KeyName
		click string
		want  int
	}{
		{fyne.KeyReturn, "wording", 2}, {fyne.KeyEscape, "wording", 4},
		{fyne.KeyReturn, "tick", 3}, {fyne.KeyEscape, "tick", 4},
	} {
		t.Run(string(tc.key)+" after "+tc.click, func(t *testing.T) {
			w := aidWindow(t, ev("Code reviewed"), ev("code review done"), ev("Code-review completed"), ev("Deployed"))
			m := w.aids.merge
			m.Review()
			if len(m.ids) != 3 {
				t.Fatalf("the review shows %d stickies; the test needs the three code-review events", len(m.ids))
			}
			if tc.click == "wording" {
				clickRadio(t, w, "Code-review completed")
			} else {
				clickCheck(t, w, "Code-review completed")
			}
			sendKey(w, tc.key)
			if top := w.win.Canvas().Overlays().Top(); top != nil && m.dlg != nil {
				t.Fatalf("%s after a click on a %s left the review open (%T has the keyboard)", tc.key, tc.click, w.win.Canvas().Focused())
			}
			if n := len(w.Document().Board().InLane(board.Events)); n != tc.want {
				t.Fatalf("%d events after %s; want %d", n, tc.key, tc.want)
			}
		})
	}
}

// fieldText is the string field name of widget o ("" when it has none):
// the label of Fyne's own radio options, which are not exported.
func fieldText(o fyne.CanvasObject, name string) string {
	v := reflect.ValueOf(o)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return ""
	}
	f := v.Elem().FieldByName(name)
	if !f.IsValid() || f.Kind() != reflect.String {
		return ""
	}
	return f.String()
}
