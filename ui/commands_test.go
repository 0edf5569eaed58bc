package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// helpShown opens the keyboard help with F1 as a facilitator would and
// reads its rows: the keys and what they do.
func helpShown(t *testing.T, w *Window) [][2]string {
	t.Helper()
	w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyF1})
	top := w.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("F1 opened no help")
	}
	var rows [][2]string
	for _, o := range test.LaidOutObjects(top) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				rows = append(rows, [2]string{it.Text, it.Widget.(*widget.Label).Text})
			}
		}
	}
	w.win.Canvas().Overlays().Remove(top)
	if len(rows) == 0 {
		t.Fatal("the help lists no keys")
	}
	return rows
}

// pressKey sends the key the help names the way the keyboard would: a Ctrl
// chord as a shortcut, a named key as a key, a character as typed text.
// It reports false for a name it cannot read.
func pressKey(w *Window, name string) bool {
	if chord, ok := strings.CutPrefix(name, "Ctrl+"); ok {
		std := map[string]fyne.Shortcut{"Z": &fyne.ShortcutUndo{}, "Y": &fyne.ShortcutRedo{},
			"A": &fyne.ShortcutSelectAll{}, "C": &fyne.ShortcutCopy{}, "V": &fyne.ShortcutPaste{}}
		if s, ok := std[chord]; ok {
			return w.TypedShortcut(s)
		}
		mod := fyne.KeyModifierShortcutDefault
		if rest, ok := strings.CutPrefix(chord, "Shift+"); ok {
			mod, chord = mod|fyne.KeyModifierShift, rest
		}
		k := map[string]fyne.KeyName{"=": fyne.KeyEqual, "-": fyne.KeyMinus}[chord]
		if k == "" {
			k = fyne.KeyName(chord)
		}
		return w.TypedShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: mod})
	}
	named := map[string]fyne.KeyName{"Enter": fyne.KeyReturn, "Backspace": fyne.KeyBackspace, "Delete": fyne.KeyDelete,
		"Escape": fyne.KeyEscape, "Space": fyne.KeySpace, "Page Down": fyne.KeyPageDown, "Page Up": fyne.KeyPageUp,
		"Left arrow": fyne.KeyLeft, "Right arrow": fyne.KeyRight, "Up arrow": fyne.KeyUp, "Down arrow": fyne.KeyDown}
	if k, ok := named[name]; ok {
		w.TypedKey(&fyne.KeyEvent{Name: k})
		return true
	}
	if len(name) >= 2 && name[0] == 'F' {
		w.TypedKey(&fyne.KeyEvent{Name: fyne.KeyName(name)})
		return true
	}
	if r := []rune(name); len(r) == 1 {
		w.TypedRune(r[0])
		return true
	}
	return false
}

// helpKeyNames splits a help row's keys ("Ctrl+Shift+Z or Ctrl+Y (or …)")
// into the names of single keys, leaving the mouse out.
func helpKeyNames(keys string) []string {
	keys, _, _ = strings.Cut(keys, " (or ")
	if keys == "" {
		return nil
	}
	return strings.Split(keys, " or ")
}

func TestHelp_EveryKeyedCommandIsInTheHelp(t *testing.T) {
	w := newTestWindow(t, "")
	rows := helpShown(t, w)
	for _, c := range w.commands.cmds {
		keys := c.keyList()
		if len(keys) == 0 {
			continue
		}
		found := false
		for _, r := range rows {
			if r[1] != c.help && r[1] != strings.TrimSuffix(c.name, "…") {
				continue
			}
			names := helpKeyNames(r[0])
			found = true
			for _, k := range keys {
				if !slices.Contains(names, k) {
					found = false
				}
			}
		}
		if !found {
			t.Errorf("%q on %v is not in the help with all its keys", c.name, keys)
		}
	}
	for _, want := range []string{"Ctrl+S", "Ctrl+Shift+Z or Ctrl+Y", "Space", "Page Down", "F5", "F1 or ?"} {
		seen := false
		for _, r := range rows {
			seen = seen || strings.HasPrefix(r[0], want)
		}
		if !seen {
			t.Errorf("the help has no row for %s", want)
		}
	}
}

func TestHelp_EveryRowRunsItsCommand(t *testing.T) {
	w := newTestWindow(t, "")
	rows := helpShown(t, w)
	// Count what each command would do instead of doing it: a key pressed
	// must run the command its help row names, and only that one.
	ran := make([]int, len(w.commands.cmds))
	for i := range w.commands.cmds {
		w.commands.cmds[i].run = func() { ran[i]++ }
	}
	for _, r := range rows {
		names := helpKeyNames(r[0])
		if len(names) == 0 {
			continue // the mouse alone
		}
		for _, name := range names {
			clear(ran)
			if !pressKey(w, name) {
				t.Errorf("help row %q names %q, which no key of the keyboard is", r[0], name)
				continue
			}
			var got []string
			for i, n := range ran {
				if n > 0 {
					c := w.commands.cmds[i]
					if c.help != "" {
						got = append(got, c.help)
					} else {
						got = append(got, strings.TrimSuffix(c.name, "…"))
					}
				}
			}
			if len(got) != 1 || got[0] != r[1] {
				t.Errorf("%s, listed for %q, ran %q", name, r[1], got)
			}
		}
	}
}

func TestMenu_BareKeysAreNamedInTheLabels(t *testing.T) {
	w := newTestWindow(t, "")
	labels := map[string]bool{}
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			labels[m.Label+" ▸ "+it.Label] = true
		}
	}
	for _, want := range []string{"Session ▸ Start or pause timer   (Space)", "Session ▸ Next step   (Page Down)",
		"Add sticky ▸ Pain points   (4)", "Help ▸ Keyboard shortcuts   (F1)", "File ▸ Save"} {
		if !labels[want] {
			t.Errorf("no menu item %q", want)
		}
	}
}
