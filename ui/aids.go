package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"

	"pathmap/board"
	"pathmap/ui/canvas"
	"pathmap/workshop"
)

// aids are the facilitation aids of one window: duplicate groups, past-tense
// hints, blank areas, dot-voting and the lead time. The analysis lives in
// board/; this type keeps its latest results for drawing, recomputing them
// once per edit (not per frame) so panning a big board stays smooth.
type aids struct {
	ws   *workshop.Session
	win  fyne.Window       // parent of the aids' dialogs
	view *canvas.BoardView // the view they draw on, as an overlay
	// editAction asks for the owner of a question the aids added.
	editAction func()

	finder  *board.DuplicateFinder
	groups  []board.DuplicateGroup
	groupOf map[int]int    // sticky id → index in groups
	hints   map[int]string // event id → past-tense suggestion
	blanks  []board.Blank
	lead    board.LeadTimeReport
	// leadOf marks the timings that stand out: bottlenecks and unreadable
	// ones, by span id and by Timings sticky id.
	leadSpan   map[int]board.TimingPart
	leadSticky map[int]board.TimingPart

	// voting is dot-voting mode: a click on a pain point adds a vote.
	voting bool
	// hidden turns the markers for duplicates, tense and blanks off, for a
	// clean board when presenting; votes and timings stay.
	hidden bool

	// status is the aids' news in one line — the lead time and its
	// bottleneck, or the voting tally — for the markers and tests. The
	// status bar has no room for it; the board shows it (aids_markers.go).
	status  string
	markers markerSet
	// banner says voting is on in the status bar; statusShown reports
	// whether the status bar is in sight (not in presenter mode), else the
	// board shows the banner (voting_banner.go).
	banner      *votingBanner
	statusShown func() bool
	// merge runs Review duplicates and Merge selected (merge.go).
	merge *merger
	// room is where this layout's markers may still go (badges.go).
	room *badgeRoom
	// tallyHidden reports whether vote counts are kept off the board
	// (the room hides them until the facilitator reveals them); nil: never.
	tallyHidden func() bool
	// deferred holds a big board's first analysis until its first frame
	// (aids_deferred.go).
	deferred deferredAnalysis
}

// newAids sets up the aids of the workshop ws on view; call before the
// first document is shown.
func newAids(ws *workshop.Session, win fyne.Window, view *canvas.BoardView, editAction func()) *aids {
	a := &aids{ws: ws, win: win, view: view, editAction: editAction}
	a.merge = newMerger(ws, view, win, func() []board.DuplicateGroup { return a.groups })
	view.AddOverlay(a)
	ws.OnChange(a.analyse)
	ws.OnReplaced(a.documentReplaced)
	a.documentReplaced(ws.Document())
	return a
}

// documentReplaced starts over for a new document (New, Open): a new board
// has new duplicates.
func (a *aids) documentReplaced(*board.Document) {
	a.finder = board.NewDuplicateFinder()
	if !a.deferFirstAnalysis(a.ws.Document().Board()) {
		a.analyse()
	}
}

// analyse recomputes every aid for the board as it is now and redraws.
func (a *aids) analyse() {
	a.stopDeferred()
	b := a.ws.Document().Board()
	a.groups = a.finder.Update(b)
	a.groupOf = make(map[int]int, len(a.groups)*2)
	for i, g := range a.groups {
		for _, id := range g.IDs {
			a.groupOf[id] = i
		}
	}
	a.hints = map[int]string{}
	for _, h := range board.TenseHints(b) {
		a.hints[h.ID] = h.Suggestion
	}
	a.blanks = board.Blanks(b)
	a.lead = board.LeadTime(b)
	a.leadSpan, a.leadSticky = map[int]board.TimingPart{}, map[int]board.TimingPart{}
	for _, p := range a.lead.Parts {
		if !p.Bottleneck && p.Err == nil {
			continue
		}
		if p.SpanID != 0 {
			a.leadSpan[p.SpanID] = p
		} else {
			a.leadSticky[p.StickyID] = p
		}
	}
	a.refreshStatus()
	a.view.Relayout()
}

// refreshStatus words the aids' line: the voting tally while voting, else
// the lead time and its largest contributor.
func (a *aids) refreshStatus() {
	b := a.ws.Document().Board()
	if a.banner != nil {
		a.banner.show(a.votingText())
	}
	if a.voting {
		text := "Voting: click a pain point +1, right-click −1 · " + votesText(board.VotesCast(b)) + " cast"
		if budget := board.VoteBudget(b.Settings); budget > 0 {
			text += fmt.Sprintf(" of %d", budget)
		}
		a.status = text
		return
	}
	// The total and the worst part; the full story, with unreadable
	// timings named, is in the lead-time dialog.
	text := ""
	if len(a.lead.Parts) > 0 {
		text = "Lead time " + board.FormatDuration(a.lead.Total, a.lead.Settings)
	}
	if bn := a.lead.Bottlenecks(); len(bn) > 0 {
		text += fmt.Sprintf(" · bottleneck: %s", shortPlace(bn[0]))
	}
	if n := a.lead.Unreadable; n == 1 {
		text += " · 1 timing unreadable"
	} else if n > 1 {
		text += fmt.Sprintf(" · %d timings unreadable", n)
	}
	a.status = text
}

// partPlace names where a timing is on the map: its events.
func partPlace(p board.TimingPart) string {
	switch {
	case p.From == "":
		return "“" + oneLine(p.Label) + "”"
	case p.From == p.To:
		return oneLine(p.From)
	}
	return oneLine(p.From) + " … " + oneLine(p.To)
}

// shortPlace is partPlace cut for the status bar.
func shortPlace(p board.TimingPart) string {
	r := []rune(partPlace(p))
	if len(r) > 24 {
		return string(r[:23]) + "…"
	}
	return string(r)
}

// oneLine shortens a sticky's text for a marker, a list or the status bar.
func oneLine(s string) string {
	r := []rune(strings.Join(strings.Fields(s), " "))
	if len(r) > 40 {
		return string(r[:39]) + "…"
	}
	return string(r)
}

// ToggleHints shows or hides the duplicate, past-tense and blank-area
// markers.
func (a *aids) ToggleHints() {
	a.hidden = !a.hidden
	a.view.Relayout()
}

// ApplyTenseHint rewords an event as its hint suggests (one undo step).
func (a *aids) ApplyTenseHint(id int) {
	sug, ok := a.hints[id]
	b := a.ws.Document().Board()
	s, found := b.Sticky(id)
	if !ok || !found {
		return
	}
	a.view.FinishEdit()
	s.Text = sug
	h := canvas.StickyHeightFor(s)
	cmd := board.Edit(b, "Use past tense", []board.Command{&board.EditText{ID: id, Text: sug}}, func(nb *board.Board) {
		nb.Stickies[nb.Index(id)].H = h
		nb.Unstack(id)
	})
	if cmd != nil && cmd.Name() != "Use past tense" {
		cmd = &board.Batch{Cmds: []board.Command{cmd}, What: "Use past tense"}
	}
	a.view.Apply(cmd)
}

// DismissTenseHint hides the hint on one event for good (saved, undoable).
func (a *aids) DismissTenseHint(id int) {
	a.view.FinishEdit()
	a.ws.Document().Apply(&board.DismissHint{ID: id, Dismissed: true})
}

// AskAboutBlank adds a Questions & actions sticky under a blank column,
// selects it and asks who owns it (the sticky is one undo step; the owner
// another, or none when the dialog is cancelled).
func (a *aids) AskAboutBlank(eventID int) {
	for _, bl := range a.blanks {
		if bl.Event.ID != eventID {
			continue
		}
		a.view.FinishEdit()
		cmd, id := board.AskAboutBlank(a.ws.Document().Board(), bl, canvas.StickyHeightFor)
		a.view.Apply(cmd)
		a.view.Selection().Set(id)
		if s, ok := a.ws.Document().Board().Sticky(id); ok {
			a.view.Viewport().ScrollIntoView(s.X, s.Y, s.W, s.H)
		}
		a.editAction()
		return
	}
}
