package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"

	"pathmap/board"
)

// commandList is every command of the window, in menu order: the one
// table the menus, the shortcuts, the board's keys and the help come from.
func (w *Window) commandList() []command {
	f, e, v, s, a := w.files, w.edits, w.view, w.session, w.aids
	cmds := []command{
		{name: "New board", menu: "File", shortcuts: sc(ctrl(fyne.KeyN)), run: f.NewBoard},
		{name: "Open…", menu: "File", shortcuts: sc(ctrl(fyne.KeyO)), run: f.Open},
		{name: "Save", menu: "File", shortcuts: sc(ctrl(fyne.KeyS)), run: f.Save},
		{name: "Save as…", menu: "File", shortcuts: sc(ctrlShift(fyne.KeyS)), run: f.SaveAs},
		{name: "Export…", menu: "File", help: "Export handouts: PDF, PNG, Markdown, CSV",
			shortcuts: sc(ctrl(fyne.KeyE)), run: w.exporter.ShowExport},
		{name: "Quit", menu: "File", shortcuts: sc(ctrl(fyne.KeyQ)), quit: true, run: w.Quit},

		{name: "Undo", menu: "Edit", shortcuts: sc(&fyne.ShortcutUndo{}), run: e.Undo},
		{name: "Redo", menu: "Edit", shortcuts: sc(ctrlShift(fyne.KeyZ), &fyne.ShortcutRedo{}), run: e.Redo},
		{name: "Select all", menu: "Edit", shortcuts: sc(&fyne.ShortcutSelectAll{}), run: e.SelectAll},
		{name: "Copy", menu: "Edit", shortcuts: sc(&fyne.ShortcutCopy{}), run: e.Copy},
		{name: "Paste", menu: "Edit", shortcuts: sc(&fyne.ShortcutPaste{}), run: e.Paste},
		{name: "Duplicate", menu: "Edit", help: "Duplicate the selected stickies",
			shortcuts: sc(ctrl(fyne.KeyD)), run: v.Clipboard().Duplicate},
		{name: "Edit sticky text", menu: "Edit", help: "Edit the selected sticky's text",
			keys: []fyne.KeyName{fyne.KeyReturn, fyne.KeyEnter, fyne.KeyF2}, mouse: "double-click it", run: v.EditSelected},
		{name: "Delete", menu: "Edit", help: "Delete the selected stickies or timing",
			keys: []fyne.KeyName{fyne.KeyDelete, fyne.KeyBackspace}, run: v.DeleteSelected},
		{name: "Add timing over selected events…", menu: "Edit", runes: []rune{'t', 'T'}, run: w.actions.AddSpan},
		{name: "Set owner and due date…", menu: "Edit", help: "Set owner and due date (on a question or action)",
			runes: []rune{'o', 'O'}, run: w.actions.EditAction},
		{name: "Tidy up", menu: "Edit", help: "Tidy up: events evenly spaced, every column stacked under its event",
			shortcuts: sc(ctrl(fyne.KeyT)), run: e.Tidy},
		{name: "Rename board…", menu: "Edit", run: e.RenameBoard},
		// Not in the menu: a menu would take Ctrl+Left from the text box.
		{name: "Move event earlier", help: "Move the selected event one place earlier in the order, the stickies under it with it",
			shortcuts: sc(ctrl(fyne.KeyLeft)), idle: true, run: func() { moveEventAlong(v, -1) }},
		{name: "Move event later", help: "Move the selected event one place later in the order, the stickies under it with it",
			shortcuts: sc(ctrl(fyne.KeyRight)), idle: true, run: func() { moveEventAlong(v, 1) }},
	}
	for _, l := range board.AllLanes() {
		l := l
		cmds = append(cmds, command{name: l.Name(), menu: "Add sticky",
			help:  "Add a sticky to " + l.Name() + " (under the selected event's column)",
			runes: []rune{rune('1' + int(l))}, run: func() { v.AddSticky(l) }})
	}
	cmds = append(cmds, []command{
		{name: "Zoom in", menu: "View", shortcuts: sc(ctrl(fyne.KeyEqual)), runes: []rune{'+', '='}, mouse: "Ctrl+wheel", run: v.Viewport().ZoomIn},
		{name: "Zoom out", menu: "View", shortcuts: sc(ctrl(fyne.KeyMinus)), runes: []rune{'-'}, mouse: "Ctrl+wheel", run: v.Viewport().ZoomOut},
		{name: "Overview: the whole map", menu: "View", help: "Overview: the whole map folded to fill the window (again or Escape returns)",
			shortcuts: sc(ctrl(fyne.Key0)), run: func() { w.walk.Leave(); w.overview.Toggle() }},
		{name: "Walk the path", menu: "View", help: "Walk the path a few columns at a time: Page Down, Page Up (Escape ends it)",
			runes: []rune{'w', 'W'}, run: w.walk.Toggle},
		{name: "Fit whole board in one row", menu: "View", run: v.Viewport().FitBoard},
		{name: "Fit lanes to window height", menu: "View", shortcuts: sc(ctrl(fyne.Key9)), run: v.Viewport().FitLanes},
		{name: "Full screen", menu: "View", help: "Full screen on and off", keys: []fyne.KeyName{fyne.KeyF11},
			run: func() { toggleFullScreen(w.win) }},

		{name: "Start or pause timer", menu: "Session", help: "Start or pause the current step's timer (when no sticky is being edited)",
			keys: []fyne.KeyName{fyne.KeySpace}, idle: true, run: s.ToggleTimer},
		{name: "Next step", menu: "Session", help: "Next agenda step (what presentation clickers send)",
			keys: []fyne.KeyName{fyne.KeyPageDown}, idle: true, run: s.NextStep},
		{name: "Previous step", menu: "Session", help: "Previous agenda step",
			keys: []fyne.KeyName{fyne.KeyPageUp}, idle: true, run: s.PreviousStep},
		{name: "Reset step timer", menu: "Session", run: s.ResetTimer},
		{name: "Add 1 minute", menu: "Session", run: func() { s.AdjustTimer(time.Minute) }},
		{name: "Take 1 minute away", menu: "Session", run: func() { s.AdjustTimer(-time.Minute) }},
		{name: "Add sticky for this step", menu: "Session", separate: true, help: "Add a sticky to the lane of the current agenda step",
			runes: []rune{'n', 'N'}, run: s.AddStepSticky},
		{name: "Show or hide agenda", menu: "Session", help: "Show or hide the agenda panel",
			runes: []rune{'a', 'A'}, run: s.ToggleAgendaPanel},
		{name: "Set follow-up…", menu: "Session", run: s.followUpDialog},
		{name: "Presenter mode", menu: "Session", separate: true, help: "Presenter mode on and off (Escape leaves it)",
			keys: []fyne.KeyName{fyne.KeyF5}, idle: true, run: s.TogglePresenter},
		{name: "Open the room…", menu: "Session", separate: true, run: w.room.OpenRoom},
		{name: "Close the room", menu: "Session", run: w.room.CloseRoom},

		{name: "Import stickies from a list…", menu: "Facilitate", shortcuts: sc(ctrl(fyne.KeyI)), run: func() { w.importer.Show() }},
		{name: "Review duplicates…", menu: "Facilitate", run: func() { a.merge.Review() }},
		{name: "Merge selected stickies…", menu: "Facilitate", shortcuts: sc(ctrl(fyne.KeyM)), run: func() { a.merge.MergeSelected() }},
		{name: "Show or hide hints (duplicates, past tense, blank areas)", menu: "Facilitate", runes: []rune{'h', 'H'}, run: a.ToggleHints},
		{name: "Dot-voting mode on or off", menu: "Facilitate", runes: []rune{'v', 'V'}, run: a.ToggleVoting},
		{name: "Pain points by votes…", menu: "Facilitate", run: a.ShowRanking},
		{name: "Clear all votes…", menu: "Facilitate", run: a.ClearVotes},
		{name: "Lead time and bottlenecks…", menu: "Facilitate", runes: []rune{'l', 'L'}, run: a.ShowLeadTime},
		{name: "Facilitation settings…", menu: "Facilitate", run: a.ShowAidSettings},

		{name: "Keyboard shortcuts", menu: "Help", help: "Keyboard shortcuts (this help)",
			keys: []fyne.KeyName{fyne.KeyF1}, runes: []rune{'?'}, run: func() { w.commands.ShowHelp() }},
		{name: "About pathmap", menu: "Help", run: w.ShowAbout},

		{name: "Leave", help: "Leave presenter mode and full screen, clear the selection",
			keys: []fyne.KeyName{fyne.KeyEscape}, run: w.leave},
	}...)
	for _, p := range []struct {
		key    fyne.KeyName
		dx, dy float32
	}{{fyne.KeyLeft, panStep, 0}, {fyne.KeyRight, -panStep, 0}, {fyne.KeyUp, 0, panStep}, {fyne.KeyDown, 0, -panStep}} {
		p := p
		way := strings.ToLower(strings.TrimSuffix(keyName(p.key), " arrow"))
		// With something selected the arrows walk the map (keynav.go).
		c := command{name: "Pan " + way, help: "Select the neighbouring sticky " + map[fyne.KeyName]string{
			fyne.KeyLeft: "left along its lane", fyne.KeyRight: "right along its lane",
			fyne.KeyUp: "up the event's column", fyne.KeyDown: "down the event's column"}[p.key] +
			"; with nothing selected, pan " + way + " along the board",
			keys: []fyne.KeyName{p.key}, run: func() {
				if !arrowSelect(v, p.key) {
					v.Viewport().Pan(p.dx, p.dy)
				}
			}}
		if p.key == fyne.KeyLeft {
			c.mouse = "drag the background, or the wheel, to pan any way"
		}
		cmds = append(cmds, c)
	}
	return cmds
}

// sc lists shortcuts.
func sc(s ...fyne.Shortcut) []fyne.Shortcut { return s }

// panStep is how far an arrow key pans, in screen pixels.
const panStep = 120

// leave is Escape on the board: out of presenter mode and full screen, and
// nothing selected.
func (w *Window) leave() {
	w.session.LeavePresenter()
	if w.win.FullScreen() {
		w.win.SetFullScreen(false)
	}
	w.view.Selection().Set()
}
