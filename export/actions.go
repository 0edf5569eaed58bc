package export

import (
	"strings"

	"pathmap/board"
)

// listSection is one list of the handout page: the stickies of one lane in
// reading order, each with the event it belongs to. A facilitator walks out
// of the workshop with this list; the map alone does not say who does what.
type listSection struct {
	Lane  board.Lane
	Items []listItem
}

// listItem is one sticky in a listSection.
type listItem struct {
	Text  string // the sticky's text, blank space around it trimmed
	Under string // the text of the event the sticky sits under; "" if none
}

// noText stands in for a sticky or event nobody wrote on, so the list never
// shows an empty bullet.
const noText = "(no text)"

// handoutLanes are the lanes listed on the handout page, in print order.
var handoutLanes = []board.Lane{board.Actions, board.PainPoints}

// handoutSections lists the questions & actions, then the pain points, of b.
func handoutSections(b *board.Board) []listSection {
	events := b.InLane(board.Events)
	var out []listSection
	for _, l := range handoutLanes {
		sec := listSection{Lane: l}
		for _, s := range b.InLane(l) {
			item := listItem{Text: board.CleanText(s.Text)}
			if item.Text == "" {
				item.Text = noText
			}
			cx, _ := s.Center()
			if e, ok := board.EventAt(events, cx); ok {
				item.Under = strings.Join(strings.Fields(e.Text), " ")
				if item.Under == "" {
					item.Under = noText
				}
			}
			sec.Items = append(sec.Items, item)
		}
		out = append(out, sec)
	}
	return out
}
