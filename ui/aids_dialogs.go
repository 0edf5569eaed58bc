package ui

import (
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/ui/canvas"
)

// ShowMerge asks which wording to keep for a group of duplicates and merges
// them into one sticky (one undo step). The clearest text is picked
// already; the facilitator may pick another.
func (a *aids) ShowMerge(ids []int) {
	a.view.FinishEdit()
	b := a.ws.Document().Board()
	best := board.ClearestText(b, ids)
	var texts []string
	keepFor := map[string]int{}
	for _, id := range ids {
		s, ok := b.Sticky(id)
		if !ok {
			continue
		}
		if _, dup := keepFor[s.Text]; !dup {
			texts = append(texts, s.Text)
			keepFor[s.Text] = id
		}
	}
	if len(texts) == 0 || best == 0 {
		return
	}
	bestSticky, _ := b.Sticky(best)
	keepFor[bestSticky.Text] = best
	pick := widget.NewRadioGroup(texts, nil)
	pick.Required = true
	releaseAfterChoice(pick)
	pick.SetSelected(bestSticky.Text)
	note := widget.NewLabel(fmt.Sprintf("These %d stickies say the same thing. One stays, with the wording you pick; "+
		"it gets everyone's owners and all %d votes, and timings move to it. Undo brings them all back.", len(ids), votesOf(b, ids)))
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Merge duplicates", "Merge", "Cancel", container.NewVBox(note, pick), func(ok bool) {
		if ok && pick.Selected != "" {
			a.mergeDuplicates(ids, keepFor[pick.Selected], pick.Selected)
		}
	}, a.win)
	d.Resize(fyne.NewSize(560, 200+float32(len(texts))*40))
	d.Show()
}

func votesOf(b *board.Board, ids []int) int {
	n := 0
	for _, id := range ids {
		if s, ok := b.Sticky(id); ok {
			n += s.Votes
		}
	}
	return n
}

// mergeDuplicates merges the group into keep with the given text.
func (a *aids) mergeDuplicates(ids []int, keep int, text string) {
	a.view.Apply(board.MergeDuplicates(a.ws.Document().Board(), ids, keep, text, canvas.StickyHeightFor))
	a.view.Selection().Set(keep)
}

// ShowLeadTime lists the timings along the path with their share of the
// total, the bottlenecks first in mind, and what could not be read.
func (a *aids) ShowLeadTime() {
	r := a.lead
	rows := container.NewVBox()
	head := widget.NewLabel(r.Summary())
	head.TextStyle.Bold = true
	head.Wrapping = fyne.TextWrapWord
	for _, p := range r.Parts {
		var line string
		if p.Err != nil {
			line = fmt.Sprintf("?  %s: %v", partPlace(p), p.Err)
		} else {
			took := oneLine(p.Label)
			if f := board.FormatDuration(p.Range, r.Settings); f != took {
				took += " = " + f
			}
			line = fmt.Sprintf("%s  ·  %s  ·  %.0f%%", partPlace(p), took, p.Share*100)
			if p.Bottleneck {
				line = "Bottleneck:  " + line
			}
		}
		l := widget.NewLabel(line)
		l.Wrapping = fyne.TextWrapWord
		if p.Bottleneck {
			l.TextStyle.Bold = true
		}
		if p.Err != nil {
			l.Importance = widget.WarningImportance
		}
		rows.Add(l)
	}
	s := r.Settings
	foot := widget.NewLabel(fmt.Sprintf("Working day %g hours, week %g days. Sizes: %s.", s.WorkingDay().Hours(),
		s.WorkingWeek().Hours()/s.WorkingDay().Hours(), sizesText(s)))
	foot.Wrapping = fyne.TextWrapWord
	settings := widget.NewButton("Settings…", a.ShowAidSettings)
	d := dialog.NewCustom("Lead time", "Close", container.NewBorder(head, container.NewVBox(foot, container.NewHBox(settings)), nil, nil,
		container.NewVScroll(rows)), a.win)
	d.Resize(fyne.NewSize(760, 520))
	d.Show()
}

func sizesText(s board.Settings) string {
	var parts []string
	for _, z := range board.AllSizes() {
		parts = append(parts, z.Name()+" = "+s.SizeLabel(z))
	}
	return strings.Join(parts, ", ")
}

// ShowAidSettings edits the board's working day and week, T-shirt sizes and
// dot-voting numbers (one undo step).
func (a *aids) ShowAidSettings() {
	cur := a.ws.Document().Board().Settings
	num := func(v float64, def float64) *dialogEntry {
		e := newDialogEntry()
		if v == 0 {
			v = def
		}
		e.SetText(strconv.FormatFloat(v, 'f', -1, 64))
		e.Validator = func(t string) error {
			if _, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(t), ",", "."), 64); err != nil {
				return fmt.Errorf("write a number")
			}
			return nil
		}
		return e
	}
	day, week := num(cur.DayHours, board.DefaultDayHours), num(cur.WeekDays, board.DefaultWeekDays)
	votes, voters := num(float64(cur.VotesPerPerson), board.DefaultVotesPerPerson), num(float64(cur.Voters), 0)
	var sizes [board.SizeCount]*dialogEntry
	items := []*widget.FormItem{
		widget.NewFormItem("Hours in a working day", day),
		widget.NewFormItem("Days in a working week", week),
	}
	for _, z := range board.AllSizes() {
		sizes[z] = newDialogEntry()
		sizes[z].SetText(cur.SizeLabel(z))
		z := z
		sizes[z].Validator = func(t string) error {
			var one board.Settings
			one.Sizes[z] = strings.TrimSpace(t)
			return one.Check()
		}
		items = append(items, widget.NewFormItem("T-shirt size "+z.Name(), sizes[z]))
	}
	items = append(items, widget.NewFormItem("Votes per person", votes), widget.NewFormItem("People voting (0: not set)", voters))
	read := func() (board.Settings, error) {
		var s board.Settings
		var err error
		parse := func(e *dialogEntry, what string) float64 {
			v, perr := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(e.Text), ",", "."), 64)
			if perr != nil && err == nil {
				err = fmt.Errorf("%s: %q is not a number", what, e.Text)
			}
			return v
		}
		s.DayHours, s.WeekDays = parse(day, "hours in a working day"), parse(week, "days in a working week")
		s.VotesPerPerson, s.Voters = int(parse(votes, "votes per person")), int(parse(voters, "people voting"))
		for _, z := range board.AllSizes() {
			if t := strings.TrimSpace(sizes[z].Text); t != board.Settings.SizeLabel(board.Settings{}, z) {
				s.Sizes[z] = t
			}
		}
		if err != nil {
			return s, err
		}
		if s.DayHours == board.DefaultDayHours {
			s.DayHours = 0
		}
		if s.WeekDays == board.DefaultWeekDays {
			s.WeekDays = 0
		}
		if s.VotesPerPerson == board.DefaultVotesPerPerson {
			s.VotesPerPerson = 0
		}
		if s.DayHours < 0 || s.WeekDays < 0 || (s.DayHours > 0 && s.DayHours < 0.5) {
			return s, fmt.Errorf("hours and days must be positive")
		}
		return s, s.Check()
	}
	var d *dialog.FormDialog
	d = dialog.NewForm("Facilitation settings", "Save", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		s, err := read()
		if err != nil {
			dialog.ShowError(err, a.win)
			return
		}
		if s != cur {
			a.ws.Document().Apply(&board.SetSettings{Settings: s})
		}
	}, a.win)
	d.Resize(fyne.NewSize(520, 500))
	d.Show()
}
