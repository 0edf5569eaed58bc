package ui

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// sendKey sends a key where the desktop driver would: to the widget that
// has the keyboard, else to the window.
func sendKey(w *Window, k fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: k}
	if f := w.win.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	w.TypedKey(ev)
}

// sendShortcut sends a shortcut as the desktop driver does: the main
// menu's item first, then the focused widget, then the window's shortcuts.
func sendShortcut(w *Window, s fyne.Shortcut) {
	for _, m := range w.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == s.ShortcutName() && it.Action != nil {
				it.Action()
				return
			}
		}
	}
	if f, ok := w.win.Canvas().Focused().(fyne.Shortcutable); ok {
		f.TypedShortcut(s)
		return
	}
	w.TypedShortcut(s)
}

// dialogCase is one dialog of the app: how to open it, what to fill in
// before Enter, and what Enter must have done.
type dialogCase struct {
	name   string
	window func(t *testing.T) *Window // nil: a small board with one of each
	open   func(t *testing.T, w *Window)
	fill   func(t *testing.T, w *Window) // before Enter; may be nil
	enter  func(t *testing.T, w *Window) // checks after Enter
}

// keysBoard has an event with a pain point (two votes), a question and two
// events alike enough to merge.
func keysBoard(t *testing.T) *Window {
	return aidWindow(t, ev("Code reviewed"), board.Sticky{Lane: board.PainPoints, Text: "Reviews wait 2 days", Votes: 2},
		board.Sticky{Lane: board.Actions, Text: "Who approves releases?"}, ev("Deployed to staging"), ev("code review done"))
}

// firstEntry is the first text field of the dialog on top.
func firstEntry(t *testing.T, w *Window) *widget.Entry {
	t.Helper()
	es := dialogEntries(w)
	if len(es) == 0 {
		t.Fatal("the dialog has no text field")
	}
	return es[0]
}

func closed(t *testing.T, w *Window) {
	t.Helper()
	if top := w.win.Canvas().Overlays().Top(); top != nil {
		t.Fatal("the dialog is still open")
	}
}

func allDialogs() []dialogCase {
	return []dialogCase{
		{name: "rename board", open: func(t *testing.T, w *Window) { w.edits.RenameBoard() },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("Release train") },
			enter: func(t *testing.T, w *Window) {
				if got := w.Document().Board().Title; got != "Release train" {
					t.Fatalf("title %q after Enter", got)
				}
			}},
		{name: "owner and due date", open: func(t *testing.T, w *Window) { w.view.Selection().Set(3); w.actions.EditAction() },
			fill: func(t *testing.T, w *Window) { w.win.Canvas().Focused().(*dialogEntry).SetText("Jonas") },
			enter: func(t *testing.T, w *Window) {
				if s, _ := w.Document().Board().Sticky(3); s.Owner != "Jonas" {
					t.Fatalf("owner %q after Enter in the owner field", s.Owner)
				}
			}},
		{name: "owner needs an action", open: func(t *testing.T, w *Window) { w.view.Selection().Set(1); w.actions.EditAction() }},
		{name: "add timing", open: func(t *testing.T, w *Window) { w.view.Selection().Set(1); w.actions.AddSpan() },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("2d") },
			enter: func(t *testing.T, w *Window) {
				if sp := w.Document().Board().Spans; len(sp) != 1 || sp[0].Label != "2d" {
					t.Fatalf("spans after Enter: %+v", sp)
				}
			}},
		{name: "merge duplicates", open: func(t *testing.T, w *Window) { w.aids.ShowMerge([]int{1, 5}) },
			enter: func(t *testing.T, w *Window) {
				if n := len(w.Document().Board().InLane(board.Events)); n != 2 {
					t.Fatalf("%d events after Enter; want the two alike merged into one", n)
				}
			}},
		{name: "agenda step", open: func(t *testing.T, w *Window) { w.session.editStepDialog(1) },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("Silent brainstorm") },
			enter: func(t *testing.T, w *Window) {
				if got := w.Document().Board().Agenda.Steps[1].Title; got != "Silent brainstorm" {
					t.Fatalf("step title %q after Enter", got)
				}
			}},
		{name: "add agenda step", open: func(t *testing.T, w *Window) { w.session.openAddStep() },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("Retro") },
			enter: func(t *testing.T, w *Window) {
				st := w.Document().Board().Agenda.Steps
				if st[len(st)-1].Title != "Retro" {
					t.Fatalf("last step %q after Enter", st[len(st)-1].Title)
				}
			}},
		{name: "follow-up", open: func(t *testing.T, w *Window) { w.session.openFollowUp() },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("2030-03-04 14:00") },
			enter: func(t *testing.T, w *Window) {
				if w.Document().Board().Agenda.FollowUp.When == "" {
					t.Fatal("the follow-up date was not saved by Enter")
				}
			}},
		{name: "facilitation settings", open: func(t *testing.T, w *Window) { w.aids.ShowAidSettings() },
			fill: func(t *testing.T, w *Window) { firstEntry(t, w).SetText("6") },
			enter: func(t *testing.T, w *Window) {
				if got := w.Document().Board().Settings.DayHours; got != 6 {
					t.Fatalf("working day %v hours after Enter", got)
				}
			}},
		{name: "clear votes", open: func(t *testing.T, w *Window) { w.aids.ClearVotes() },
			enter: func(t *testing.T, w *Window) {
				if n := board.VotesCast(w.Document().Board()); n != 0 {
					t.Fatalf("%d votes left after Enter on Clear votes", n)
				}
			}},
		{name: "ranking", open: func(t *testing.T, w *Window) { w.aids.ShowRanking() }},
		{name: "lead time", open: func(t *testing.T, w *Window) { w.aids.ShowLeadTime() }},
		{name: "help", open: func(t *testing.T, w *Window) { w.commands.ShowHelp() }},
		{name: "about", open: func(t *testing.T, w *Window) { w.ShowAbout() }},
		{name: "error", open: func(t *testing.T, w *Window) { w.ShowError(errors.New("the disk is full")) }},
		{name: "repairs", open: func(t *testing.T, w *Window) {
			w.ShowRepairs("/tmp/x.pathmap", []board.Repair{{Where: "sticky 3", Problem: "text is not a string", Fix: "the sticky was kept with no text"}})
		}},
		{name: "import", open: func(t *testing.T, w *Window) { w.importer.Show() }},
		{name: "export", open: func(t *testing.T, w *Window) { w.exporter.ShowExport() }},
		{name: "save as", open: func(t *testing.T, w *Window) { w.files.SaveAs() },
			fill: func(t *testing.T, w *Window) {
				es := dialogEntries(w)
				es[0].SetText(t.TempDir())
				es[1].SetText("keys")
			},
			enter: func(t *testing.T, w *Window) {
				if w.Path() == "" || filepath.Base(w.Path()) != "keys.pathmap" {
					t.Fatalf("saved to %q after Enter", w.Path())
				}
				if _, err := os.Stat(w.Path()); err != nil {
					t.Fatal(err)
				}
			}},
		{name: "unsaved changes on quit", open: func(t *testing.T, w *Window) { w.Quit() },
			window: func(t *testing.T) *Window {
				w := newTestWindow(t, "")
				typeSticky(t, w, '1', "Deployed")
				return w
			}},
		{name: "file changed on disk", open: func(t *testing.T, w *Window) { w.files.askOverwrite(filepath.Join(t.TempDir(), "b.pathmap"), nil) }},
		{name: "file cannot be written", open: func(t *testing.T, w *Window) {
			w.files.askSaveElsewhere("/tmp/b.pathmap", errors.New("it is read-only"))
		}},
		{name: "recovery", open: func(t *testing.T, w *Window) { w.OfferRecovery() },
			window: func(t *testing.T) *Window {
				rec := t.TempDir()
				crashUntitled(t, rec)
				w, _ := newAutosaveWindow(t, "", rec)
				return w
			},
			enter: func(t *testing.T, w *Window) {
				if got := stickiesIn(w, board.PainPoints); len(got) != 1 {
					t.Fatalf("pain points %q after Enter; want the recovered one", got)
				}
			}},
		{name: "open the room", open: func(t *testing.T, w *Window) {
			useRoomAddresses(t, "127.0.0.1", "127.0.0.2")
			w.room.OpenRoom()
		}},
	}
}

// Every dialog closes on Escape, whichever of its fields has the keyboard
// (or none), and the board behind it stays as it was.
func TestDialogKeys_EscapeClosesEveryDialogFromEveryField(t *testing.T) {
	for _, dc := range allDialogs() {
		t.Run(dc.name, func(t *testing.T) {
			w := openCase(t, dc)
			fields := focusables(w)
			for i := -1; i < len(fields); i++ {
				if i >= 0 {
					dc.open(t, w)
					fields = focusables(w)
					w.win.Canvas().Focus(fields[i])
				}
				before, _ := board.Encode(w.Document().Board())
				sendKey(w, fyne.KeyEscape)
				if top := w.win.Canvas().Overlays().Top(); top != nil {
					t.Fatalf("Escape with %T focused left the dialog open", w.win.Canvas().Focused())
				}
				after, _ := board.Encode(w.Document().Board())
				if string(before) != string(after) {
					t.Fatal("Escape changed the board")
				}
			}
		})
	}
}

// Enter presses each dialog's default button from the field that has the
// keyboard when it opens; a dialog that only tells something closes.
func TestDialogKeys_EnterPressesTheDefaultButton(t *testing.T) {
	for _, dc := range allDialogs() {
		t.Run(dc.name, func(t *testing.T) {
			w := openCase(t, dc)
			if dc.fill != nil {
				dc.fill(t, w)
			}
			if dc.name == "export" {
				// Export runs in the background, drawing text the next
				// test would draw too; its own tests press the button.
				if b := dialogDefault(w.win.Canvas().Overlays().Top()); b == nil || b.Text != "Export" {
					t.Fatalf("Enter would press %v; want Export", b)
				}
				return
			}
			sendKey(w, fyne.KeyReturn)
			switch {
			case dc.enter != nil:
				dc.enter(t, w)
				closed(t, w)
			case dc.name == "import":
				// Enter is a new line in the list; Ctrl+Enter imports.
				f := w.win.Canvas().Focused().(*dialogEntry)
				f.SetText("Argo CD\nVault")
				sendShortcut(w, &desktop.CustomShortcut{KeyName: fyne.KeyReturn, Modifier: fyne.KeyModifierControl})
				if n := len(w.Document().Board().InLane(board.Events)); n != 5 {
					t.Fatalf("%d events after Ctrl+Enter; want the two imported", n)
				}
				closed(t, w)
			case dc.name == "unsaved changes on quit":
				if top := w.win.Canvas().Overlays().Top(); top == nil || !containsText(top, "File name") {
					t.Fatal("Enter on the unsaved-changes question did not go on to Save as")
				}
			case dc.name == "open the room":
				if w.room.open == nil {
					t.Fatal("Enter did not open the room")
				}
				t.Cleanup(w.room.closeNow)
			case dc.name == "file changed on disk", dc.name == "file cannot be written":
				// The default keeps the board: overwrite, or Save as.
			default:
				closed(t, w)
			}
		})
	}
}

func openCase(t *testing.T, dc dialogCase) *Window {
	t.Helper()
	var w *Window
	if dc.window != nil {
		w = dc.window(t)
	} else {
		w = keysBoard(t)
	}
	dc.open(t, w)
	if w.win.Canvas().Overlays().Top() == nil {
		t.Fatal("no dialog opened")
	}
	return w
}

// focusables are the dialog's text fields, check boxes and lists: what a
// click or Tab gives the keyboard to.
func focusables(w *Window) []fyne.Focusable {
	var out []fyne.Focusable
	for _, o := range test.LaidOutObjects(w.win.Canvas().Overlays().Top()) {
		switch x := o.(type) {
		case *dialogEntry, *dialogCheck, *dialogSelect, *defaultButton:
			if o.Visible() {
				out = append(out, x.(fyne.Focusable))
			}
		case *widget.Entry, *widget.Check, *widget.Select:
			out = append(out, x.(fyne.Focusable)) // would fail: Fyne's own ignore Escape
		}
	}
	return out
}

// Ctrl+A in a dialog's field selects the field's text, not the board's
// stickies; typing then replaces it, and Delete after Escape deletes
// nothing.
func TestDialogKeys_CtrlAInADialogSelectsTheFieldNotTheBoard(t *testing.T) {
	w := keysBoard(t)
	n := len(w.Document().Board().Stickies)
	w.edits.RenameBoard()
	field := w.win.Canvas().Focused().(*dialogEntry)
	field.SetText("Jonas")
	sendShortcut(w, &fyne.ShortcutSelectAll{})
	if got := len(w.view.Selection().IDs()); got != 0 {
		t.Fatalf("Ctrl+A in the dialog selected %d stickies", got)
	}
	test.Type(field, "Team board")
	if field.Text != "Team board" {
		t.Fatalf("after Ctrl+A and typing the field reads %q; want the typing to replace the text", field.Text)
	}
	for _, s := range []fyne.Shortcut{&fyne.ShortcutUndo{}, ctrl(fyne.KeyD), ctrl(fyne.KeyT), ctrl(fyne.Key0), &fyne.ShortcutPaste{}} {
		sendShortcut(w, s)
	}
	if got := len(w.Document().Board().Stickies); got != n || w.Document().CanUndo() {
		t.Fatalf("board shortcuts pressed in the dialog changed the board (%d stickies, was %d)", got, n)
	}
	sendKey(w, fyne.KeyEscape)
	closed(t, w)
	sendKey(w, fyne.KeyDelete)
	if got := len(w.Document().Board().Stickies); got != n {
		t.Fatalf("Delete after the dialog left %d of %d stickies", got, n)
	}
}

// Save still works from a dialog: it never changes the board behind it.
func TestDialogKeys_SaveWorksWhileADialogIsOpen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	w := newTestWindow(t, path)
	typeSticky(t, w, '1', "Deployed")
	w.commands.ShowHelp()
	sendShortcut(w, ctrl(fyne.KeyS))
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("Ctrl+S with the help open did not save: %v", err)
	}
}
