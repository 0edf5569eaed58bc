package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// stepForm is the form for one agenda step, shared by Add and Edit.
type stepForm struct {
	title, minutes, prompt, tips *dialogEntry
	lane                         *dialogSelect
}

func newStepForm(st board.Step) *stepForm {
	f := &stepForm{title: newDialogEntry(), minutes: newDialogEntry(), prompt: newDialogMultiLineEntry(), tips: newDialogMultiLineEntry()}
	f.title.SetText(st.Title)
	f.minutes.SetText(strconv.Itoa(board.Minutes(st.Planned)))
	f.prompt.SetText(st.Prompt)
	f.prompt.Wrapping = fyne.TextWrapWord
	f.prompt.SetMinRowsVisible(3)
	f.tips.SetText(strings.Join(st.Tips, "\n"))
	f.tips.Wrapping = fyne.TextWrapWord
	f.tips.SetMinRowsVisible(3)
	f.tips.SetPlaceHolder("One tip per line")
	var names []string
	for _, l := range board.AllLanes() {
		names = append(names, l.Name())
	}
	f.lane = newDialogSelect(names, nil)
	f.lane.SetSelectedIndex(int(st.Lane))
	return f
}

func (f *stepForm) items() []*widget.FormItem {
	return []*widget.FormItem{
		widget.NewFormItem("Title", f.title),
		widget.NewFormItem("Minutes", f.minutes),
		widget.NewFormItem("New stickies go to", f.lane),
		widget.NewFormItem("Prompt to read out", f.prompt),
		widget.NewFormItem("Tips", f.tips),
	}
}

// step reads the form; an error says what to fix.
func (f *stepForm) step() (board.Step, error) {
	title := strings.TrimSpace(f.title.Text)
	if title == "" {
		return board.Step{}, errors.New("a step needs a title")
	}
	n, err := strconv.Atoi(strings.TrimSpace(f.minutes.Text))
	if err != nil || n < board.Minutes(board.MinStepLength) || n > board.Minutes(board.MaxStepLength) {
		return board.Step{}, errors.New("minutes must be a whole number from 1 to 240")
	}
	var tips []string
	for _, t := range strings.Split(f.tips.Text, "\n") {
		if t = strings.TrimSpace(t); t != "" {
			tips = append(tips, t)
		}
	}
	st := board.Step{Title: title, Prompt: strings.TrimSpace(f.prompt.Text), Tips: tips,
		Lane: board.Lane(max(0, f.lane.SelectedIndex())), Planned: time.Duration(n) * time.Minute}
	return st, board.CheckStep(st)
}

// stepEditor is the open dialog for one step; tests reach its widgets.
type stepEditor struct {
	form             *stepForm
	up, down, remove *widget.Button
	// done closes the dialog as Save (true) or Cancel (false) would.
	done func(ok bool)
}

// editStepDialog edits step i: its plan, its place in the agenda, or
// removes it. Each is one undoable edit.
func (s *session) editStepDialog(i int) *stepEditor {
	a := s.agenda()
	if i < 0 || i >= len(a.Steps) {
		return nil
	}
	f := newStepForm(a.Steps[i])
	var d *dialog.ConfirmDialog
	up := widget.NewButtonWithIcon("Move up", theme.MoveUpIcon(), func() { d.Hide(); s.ws.Document().Apply(board.MoveStep{From: i, To: i - 1}) })
	down := widget.NewButtonWithIcon("Move down", theme.MoveDownIcon(), func() { d.Hide(); s.ws.Document().Apply(board.MoveStep{From: i, To: i + 1}) })
	remove := widget.NewButtonWithIcon("Remove step", theme.DeleteIcon(), func() { d.Hide(); s.ws.Document().Apply(&board.RemoveStep{Index: i}) })
	remove.Importance = widget.DangerImportance
	if i == 0 {
		up.Disable()
	}
	if i == len(a.Steps)-1 {
		down.Disable()
	}
	if len(a.Steps) == 1 {
		remove.Disable()
	}
	form := widget.NewForm(f.items()...)
	content := container.NewVBox(form, container.NewHBox(up, down, remove))
	done := func(ok bool) {
		if !ok {
			return
		}
		st, err := f.step()
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		old := s.agenda().Steps[i]
		if st.Title != old.Title || st.Prompt != old.Prompt || st.Lane != old.Lane || st.Planned != old.Planned || strings.Join(st.Tips, "\n") != strings.Join(old.Tips, "\n") {
			s.ws.Document().Apply(&board.EditStep{Index: i, Step: st})
		}
	}
	d = dialog.NewCustomConfirm("Agenda step "+strconv.Itoa(i+1), "Save", "Cancel", content, done, s.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
	return &stepEditor{form: f, up: up, down: down, remove: remove, done: func(ok bool) { d.Hide(); done(ok) }}
}

// addStepDialog adds a step at the end of the agenda.
func (s *session) addStepDialog() { s.openAddStep() }

func (s *session) openAddStep() *stepEditor {
	f := newStepForm(board.Step{Lane: s.agenda().Lane(), Planned: 10 * time.Minute})
	done := func(ok bool) {
		if !ok {
			return
		}
		st, err := f.step()
		if err != nil {
			dialog.ShowError(err, s.win)
			return
		}
		s.ws.Document().Apply(&board.AddStep{Index: len(s.agenda().Steps), Step: st})
	}
	d := dialog.NewForm("Add agenda step", "Add", "Cancel", f.items(), done, s.win)
	d.Resize(fyne.NewSize(640, 480))
	d.Show()
	return &stepEditor{form: f, done: func(ok bool) { d.Hide(); done(ok) }}
}

// followUpEditor is the open follow-up dialog; tests reach its widgets.
type followUpEditor struct {
	when, note *dialogEntry
	purpose    *widget.RadioGroup
	done       func(ok bool)
}

// followUpDialog records when the group follows up and what the output of
// the session is for; the handout prints it.
func (s *session) followUpDialog() { s.openFollowUp() }

func (s *session) openFollowUp() *followUpEditor {
	fu := s.agenda().FollowUp
	when := newDialogEntry()
	when.SetText(fu.When)
	// A week from now at 14:00 shows the form a date takes.
	week := s.now().AddDate(0, 0, 7).Local()
	when.SetPlaceHolder("e.g. " + time.Date(week.Year(), week.Month(), week.Day(), 14, 0, 0, 0, time.Local).Format(board.FollowUpLayout))
	var names []string
	for _, p := range board.AllPurposes()[1:] {
		names = append(names, p.Name())
	}
	purpose := widget.NewRadioGroup(names, nil)
	releaseAfterChoice(purpose)
	if fu.Purpose != board.PurposeUnset {
		purpose.SetSelected(fu.Purpose.Name())
	}
	note := newDialogMultiLineEntry()
	note.SetText(fu.Note)
	note.Wrapping = fyne.TextWrapWord
	note.SetPlaceHolder("What we will do with the map, in our words")
	items := []*widget.FormItem{
		widget.NewFormItem("When", when),
		widget.NewFormItem("What for", purpose),
		widget.NewFormItem("Note", note),
	}
	done := func(ok bool) {
		if !ok {
			return
		}
		next := board.FollowUp{Note: strings.TrimSpace(note.Text)}
		if t := strings.TrimSpace(when.Text); t != "" {
			canon, err := board.ParseFollowUpTime(t)
			if err != nil {
				dialog.ShowError(err, s.win)
				return
			}
			next.When = canon
		}
		for _, p := range board.AllPurposes() {
			if p != board.PurposeUnset && p.Name() == purpose.Selected {
				next.Purpose = p
			}
		}
		if next != fu {
			s.ws.Document().Apply(&board.SetFollowUp{FollowUp: next})
		}
	}
	d := dialog.NewForm("Follow-up", "Save", "Cancel", items, done, s.win)
	d.Resize(fyne.NewSize(620, 420))
	d.Show()
	return &followUpEditor{when: when, note: note, purpose: purpose, done: func(ok bool) { d.Hide(); done(ok) }}
}
