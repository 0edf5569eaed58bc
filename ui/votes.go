package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"pathmap/board"
)

// Dot-voting: in voting mode a click on a pain point adds a vote and a
// right-click or Shift+click takes one back, each one undo step. Clicks on
// other stickies select them as usual, so the facilitator can still work.

// ToggleVoting turns dot-voting mode on or off.
func (a *aids) ToggleVoting() {
	a.view.FinishEdit()
	a.voting = !a.voting
	a.refreshStatus()
	a.view.Relayout()
}

// Voting reports whether dot-voting mode is on.
func (a *aids) Voting() bool { return a.voting }

// voteOn adds delta votes to a pain point.
func (a *aids) voteOn(id, delta int) {
	if c := board.Vote(a.ws.Document().Board(), id, delta); c != nil {
		a.ws.Document().Apply(c)
	}
}

// voteTap handles a click on a sticky in voting mode and reports whether it
// was a vote; the sticky widget asks before selecting.
func (a *aids) voteTap(id int, mods fyne.KeyModifier) bool {
	if !a.voting {
		return false
	}
	s, ok := a.ws.Document().Board().Sticky(id)
	if !ok || s.Lane != board.PainPoints {
		return false
	}
	delta := 1
	if mods&fyne.KeyModifierShift != 0 {
		delta = -1
	}
	a.voteOn(id, delta)
	return true
}

// ClaimsPress reports whether a click on sticky id is a vote.
func (a *aids) ClaimsPress(id int) bool {
	if !a.voting {
		return false
	}
	s, ok := a.ws.Document().Board().Sticky(id)
	return ok && s.Lane == board.PainPoints
}

// ClaimsBlankDoubleTap reports whether a double-click on the empty board
// is to be ignored: in voting mode two quick clicks that miss a pain point
// are votes gone astray, not a new sticky.
func (a *aids) ClaimsBlankDoubleTap() bool { return a.voting }

// ClearVotes takes every vote off the board (one undo step), after asking.
func (a *aids) ClearVotes() {
	cmd := board.ClearVotes(a.ws.Document().Board())
	if cmd == nil {
		dialog.ShowInformation("Clear votes", "There are no votes on the board.", a.win)
		return
	}
	dialog.ShowConfirm("Clear votes", fmt.Sprintf("Take all %d votes off the board? Undo brings them back.", board.VotesCast(a.ws.Document().Board())),
		func(ok bool) {
			if ok {
				a.ws.Document().Apply(cmd)
			}
		}, a.win)
}

// ShowRanking lists the pain points by votes, most first, with the event
// each sits under: the order in which to tackle them.
func (a *aids) ShowRanking() {
	b := a.ws.Document().Board()
	ranked := board.RankPainPoints(b)
	if len(ranked) == 0 {
		dialog.ShowInformation("Pain points by votes", "There are no pain points on the board yet.", a.win)
		return
	}
	rows := container.NewVBox()
	for _, r := range ranked {
		votes := fmt.Sprintf("%d votes", r.Sticky.Votes)
		if r.Sticky.Votes == 1 {
			votes = "1 vote"
		}
		where := ""
		if r.Event != "" {
			where = "  ·  under “" + oneLine(r.Event) + "”"
		}
		l := widget.NewLabel(fmt.Sprintf("%d.  %s  —  %s%s", r.Rank, oneLine(r.Sticky.Text), votes, where))
		l.Wrapping = fyne.TextWrapWord
		if r.Sticky.Votes > 0 && r.Rank <= 3 {
			l.TextStyle.Bold = true
		}
		rows.Add(l)
	}
	total := fmt.Sprintf("%d votes cast", board.VotesCast(b))
	if budget := board.VoteBudget(b.Settings); budget > 0 {
		total += fmt.Sprintf(" of %d (%d people × %d)", budget, b.Settings.Voters, b.Settings.Votes())
	}
	head := widget.NewLabel(total)
	head.Importance = widget.LowImportance
	d := dialog.NewCustom("Pain points by votes", "Close", container.NewBorder(head, nil, nil, nil, container.NewVScroll(rows)), a.win)
	d.Resize(fyne.NewSize(720, 520))
	d.Show()
}
