package ui

import (
	"fmt"
	"pathmap/ui/canvas"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
	"pathmap/workshop"
)

// merger runs "Review duplicates…" and "Merge selected": the first walks
// the suspected duplicate groups one at a time (merge all, merge the ticked
// part of the group, or skip); the second merges any two or more selected
// stickies of one lane. Each merge is one undo step, and the merged sticky
// keeps the column of the leftmost one, so the ordering the room did holds.
type merger struct {
	ws     *workshop.Session
	view   *canvas.BoardView
	parent fyne.Window
	// groups are the aids' duplicate groups as of the last edit.
	groups func() []board.DuplicateGroup

	review *board.DuplicateReview
	// the group on screen and its controls; dlg is nil when none is open
	cur     board.DuplicateGroup
	picks   []*dialogCheck
	ids     []int // the sticky of each pick
	wording *widget.RadioGroup
	keepFor map[string]int
	dlg     *dialog.CustomDialog
	// done is the "nothing left" dialog at the end of a review.
	done dialog.Dialog
	// confirm is Merge selected's dialog and its wording choice.
	confirm     *dialog.ConfirmDialog
	confirmPick *widget.RadioGroup
}

func newMerger(ws *workshop.Session, view *canvas.BoardView, parent fyne.Window, groups func() []board.DuplicateGroup) *merger {
	return &merger{ws: ws, view: view, parent: parent, groups: groups}
}

// Review starts going through the suspected duplicates, left to right.
func (m *merger) Review() {
	m.view.FinishEdit()
	m.review = board.NewDuplicateReview()
	m.showNext()
}

// showNext shows the next group still to review, or says the review is
// over.
func (m *merger) showNext() {
	m.close()
	b := m.ws.Document().Board()
	g, ok := m.review.Next(b, m.groups())
	if !ok {
		m.review = nil
		m.done = dialog.NewInformation("Review duplicates", "No more suspected duplicates on the board.", m.parent)
		m.done.Show()
		return
	}
	left := len(m.review.Pending(b, m.groups()))
	m.cur = g
	m.picks, m.ids = nil, nil
	list := container.NewVBox()
	for _, id := range g.IDs {
		s, ok := b.Sticky(id)
		if !ok {
			continue
		}
		c := newDialogCheck(stickyLine(b, s), func(bool) { m.refreshWording() })
		c.SetChecked(true)
		m.picks = append(m.picks, c)
		m.ids = append(m.ids, id)
		list.Add(c)
	}
	m.wording = widget.NewRadioGroup(nil, nil)
	m.wording.Required = true
	releaseAfterChoice(m.wording)
	m.refreshWording()
	note := widget.NewLabel(fmt.Sprintf("%d %s that may say the same thing (%d group%s left to review). "+
		"Untick any that differ; the ticked ones become one sticky with the wording you pick, in the leftmost one's column.",
		len(m.ids), lanePlural(g.Lane), left, plural(left)))
	note.Wrapping = fyne.TextWrapWord
	keep := widget.NewLabelWithStyle("Keep the wording", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	body := container.NewVBox(note, list, keep, m.wording)
	m.dlg = dialog.NewCustomWithoutButtons("Review duplicates", container.NewVScroll(body), m.parent)
	merge := widget.NewButton("Merge", m.MergeCurrent)
	merge.Importance = widget.HighImportance
	m.dlg.SetButtons([]fyne.CanvasObject{
		widget.NewButton("Stop", m.close),
		widget.NewButton("Skip", m.SkipCurrent),
		merge,
	})
	m.dlg.Resize(fyne.NewSize(620, min(620, 300+float32(len(m.ids))*80)))
	m.dlg.Show()
}

// refreshWording offers the wordings of the ticked stickies, the clearest
// picked.
func (m *merger) refreshWording() {
	if m.wording == nil {
		return
	}
	b := m.ws.Document().Board()
	ticked := m.ticked()
	var texts []string
	m.keepFor = map[string]int{}
	for _, id := range ticked {
		if s, ok := b.Sticky(id); ok {
			if _, dup := m.keepFor[s.Text]; !dup {
				texts = append(texts, s.Text)
				m.keepFor[s.Text] = id
			}
		}
	}
	selected := m.wording.Selected
	m.wording.Options = texts
	if _, ok := m.keepFor[selected]; !ok {
		selected = ""
		if best, ok := b.Sticky(board.ClearestText(b, ticked)); ok && len(ticked) > 0 {
			selected = best.Text
			m.keepFor[best.Text] = best.ID
		}
	}
	m.wording.Selected = selected
	m.wording.Refresh()
}

// ticked lists the stickies ticked in the group on screen.
func (m *merger) ticked() []int {
	var ids []int
	for i, c := range m.picks {
		if c.Checked {
			ids = append(ids, m.ids[i])
		}
	}
	return ids
}

// MergeCurrent merges the ticked stickies of the group on screen, then
// shows the next group. With fewer than two ticked it says so.
func (m *merger) MergeCurrent() {
	ids := m.ticked()
	if len(ids) < 2 {
		dialog.ShowInformation("Review duplicates", "Tick two or more stickies to merge, or Skip this group.", m.parent)
		return
	}
	if !m.merge(ids, m.keepFor[m.wording.Selected]) {
		return
	}
	if len(ids) < len(m.ids) {
		// Part of the group merged: the facilitator said the rest differ,
		// so what is left of the group is not asked about again.
		m.skipRestOf(m.ids)
	}
	m.showNext()
}

// merge merges the stickies ids into keep, whose wording stays, and
// selects it. It reports false, after showing why, when the board refused.
func (m *merger) merge(ids []int, keep int) bool {
	cmd, err := board.MergeSelected(m.ws.Document().Board(), ids, keep, "", canvas.StickyHeightFor)
	if err != nil {
		dialog.ShowError(err, m.parent)
		return false
	}
	m.view.Apply(cmd)
	m.view.Selection().Set(keep)
	return true
}

// skipRestOf skips every group now found among the stickies ids.
func (m *merger) skipRestOf(ids []int) {
	in := map[int]bool{}
	for _, id := range ids {
		in[id] = true
	}
	for _, g := range m.groups() {
		all := true
		for _, id := range g.IDs {
			all = all && in[id]
		}
		if all {
			m.review.Skip(g)
		}
	}
}

// SkipCurrent leaves the group on screen as it is and shows the next.
func (m *merger) SkipCurrent() {
	if m.review == nil {
		return
	}
	m.review.Skip(m.cur)
	m.showNext()
}

// close hides the group on screen, ending the review.
func (m *merger) close() {
	if m.dlg != nil {
		d := m.dlg
		m.dlg, m.wording, m.picks = nil, nil, nil
		d.Hide()
	}
}

// MergeSelected merges the selected stickies into one, after asking which
// wording to keep. Fewer than two, or stickies of different lanes, get a
// message saying why nothing happened.
func (m *merger) MergeSelected() {
	m.view.FinishEdit()
	b := m.ws.Document().Board()
	ids := m.view.Selection().IDs()
	if _, err := board.MergeSelected(b, ids, 0, "", nil); err != nil {
		dialog.ShowInformation("Merge selected", capitalise(err.Error())+".", m.parent)
		return
	}
	var texts []string
	keepFor := map[string]int{}
	for _, id := range ids {
		if s, ok := b.Sticky(id); ok {
			if _, dup := keepFor[s.Text]; !dup {
				texts = append(texts, s.Text)
				keepFor[s.Text] = id
			}
		}
	}
	pick := widget.NewRadioGroup(texts, nil)
	pick.Required = true
	releaseAfterChoice(pick)
	if best, ok := b.Sticky(board.ClearestText(b, ids)); ok {
		pick.SetSelected(best.Text)
		keepFor[best.Text] = best.ID
	}
	gets := "It gets everyone's owners"
	if n := votesOf(b, ids); n > 0 {
		gets += fmt.Sprintf(" and all %d votes", n)
	}
	note := widget.NewLabel(fmt.Sprintf("These %d stickies become one, with the wording you pick, in the leftmost one's column. "+
		"%s. Undo brings them all back.", len(ids), gets))
	note.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustomConfirm("Merge selected", "Merge", "Cancel", container.NewVBox(note, pick), func(ok bool) {
		if !ok || pick.Selected == "" {
			return
		}
		m.merge(ids, keepFor[pick.Selected])
	}, m.parent)
	d.Resize(fyne.NewSize(560, 200+float32(len(texts))*40))
	d.Show()
	m.confirm = d
	m.confirmPick = pick
}

// stickyLine is a sticky's text with the event column it is under, for a
// list where the same words may sit in different columns.
func stickyLine(b *board.Board, s board.Sticky) string {
	line := oneLine(s.Text)
	if s.Lane == board.Events {
		return line
	}
	if e, ok := b.EventOf(s); ok {
		return line + "   · under “" + oneLine(e.Text) + "”"
	}
	return line
}

func lanePlural(l board.Lane) string {
	if l == board.Events {
		return "events"
	}
	return l.Name() + " stickies"
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	if r[0] >= 'a' && r[0] <= 'z' {
		r[0] -= 'a' - 'A'
	}
	return string(r)
}
