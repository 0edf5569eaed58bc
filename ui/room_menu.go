package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/room"
)

// stickyMenu is the right-click menu on a sticky while the room is open:
// hide it into the room's tray (Accept puts it back where it was), delete
// it (one undo step, as any delete), or remove the person who sent it.
func (p *roomPanel) stickyMenu(id int) {
	placed, ok := p.host.marks.placed[id]
	if !ok {
		return
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(p.host.view).Add(placed.Pos).AddXY(placed.Size.Width/2, placed.Size.Height/2)
	widget.ShowPopUpMenuAtPosition(p.stickyMenuFor(id), p.host.win.Canvas(), pos)
}

// stickyMenuFor is the room's menu for sticky id.
func (p *roomPanel) stickyMenuFor(id int) *fyne.Menu {
	items := []*fyne.MenuItem{
		fyne.NewMenuItem("Hide (to the room's tray)", func() { p.r.Hide(id) }),
		fyne.NewMenuItem("Delete (Ctrl+Z brings it back)", func() { p.r.Delete(id) }),
	}
	if who, ok := p.r.Sender(id); ok {
		items = append(items, fyne.NewMenuItemSeparator(),
			fyne.NewMenuItem("Remove "+personName(who)+" from the room…", func() { p.confirmRemove(who) }))
	}
	return fyne.NewMenu("", items...)
}

// personName is how the facilitator sees a participant: their nickname,
// or their number in the room.
func personName(who room.Person) string {
	if who.Nick != "" {
		return who.Nick
	}
	return fmt.Sprintf("Participant %d", who.ID)
}

// confirmRemove asks before sending someone away: they cannot come back
// while the room is open.
func (p *roomPanel) confirmRemove(who room.Person) {
	dialog.ShowConfirm("Remove from the room",
		fmt.Sprintf("Remove %s? Their phone is disconnected and cannot join again while the room is open. "+
			"What they sent that is not on the board yet is dropped; their stickies on the board stay.", personName(who)),
		func(ok bool) {
			if !ok {
				return
			}
			if err := p.r.Remove(who.ID); err != nil {
				fyne.LogError("removing a participant", err)
			}
		}, p.host.win)
}

// refreshPeople lists who has joined, each with what they sent and a
// button to remove them.
func (p *roomPanel) refreshPeople() {
	people := p.r.People()
	var rows []fyne.CanvasObject
	if len(people) > 0 {
		rows = append(rows, widget.NewLabelWithStyle("People in the room", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}))
	}
	for _, who := range people {
		who := who
		text := widget.NewLabel(fmt.Sprintf("%s — %s, %s", personName(who), countOf(who.Stickies, "sticky", "stickies"), countOf(who.Votes, "vote", "votes")))
		text.Truncation = fyne.TextTruncateEllipsis
		rows = append(rows, container.NewBorder(nil, nil, nil, widget.NewButton("Remove…", func() { p.confirmRemove(who) }), text))
	}
	p.persons.Objects = rows
	p.persons.Refresh()
}

func countOf(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// hidesTallies reports whether the board hides vote counts: while the
// room is open and the facilitator has not revealed them, so nobody in
// the room follows the crowd.
func (h *roomHost) hidesTallies() bool { return h.open != nil && h.open.tallies == tallyHidden }

// tallyState is what the board last knew of the room's tallies.
type tallyState int

const (
	tallyUnknown tallyState = iota
	tallyHidden
	tallyShown
)
