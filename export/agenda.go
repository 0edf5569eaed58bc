package export

import (
	"fmt"
	"strings"
	"time"

	"pathmap/board"
)

// agendaSections lists the session's agenda, planned against actual
// minutes, and the follow-up the group agreed: the facilitator's record of
// how the session went and what happens next. now is the moment of the
// export, which counts the step whose timer is still running.
func agendaSections(b *board.Board, now time.Time) []listSection {
	a := &b.Agenda
	var out []listSection
	if len(a.Steps) > 0 {
		sec := listSection{Title: "Agenda: planned vs actual", Lane: board.Timings}
		g := listGroup{}
		if !a.Began.IsZero() || a.ActualTotal(now) > 0 {
			for i, s := range a.Steps {
				planned, actual := board.Minutes(s.Planned), board.Minutes(a.Actual(i, now))
				it := listItem{Text: noArrows.Replace(oneLine(s.Title)), Lane: board.Timings,
					Detail: fmt.Sprintf("planned %d min · actual %d min", planned, actual)}
				if d := actual - planned; actual > 0 && d != 0 {
					it.Detail += fmt.Sprintf(" (%+d)", d)
				}
				g.Items = append(g.Items, it)
			}
			g.Items = append(g.Items, listItem{Text: "Whole session", Lane: board.Timings,
				Detail: fmt.Sprintf("planned %d min · actual %d min", board.Minutes(a.Planned()), board.Minutes(a.ActualTotal(now)))})
		} else {
			// Without the timer there is nothing to compare: one line, not
			// a page of plans.
			g.Items = append(g.Items, listItem{Text: fmt.Sprintf("%d steps, %d min planned", len(a.Steps), board.Minutes(a.Planned())),
				Detail: "the session timer was not used, so there are no actual times", Lane: board.Timings})
		}
		sec.Groups = []listGroup{g}
		out = append(out, sec)
	}
	f := a.FollowUp
	sec := listSection{Title: "Follow-up", Lane: board.Actions, Empty: "No follow-up agreed yet."}
	if f.When != "" || f.Purpose != board.PurposeUnset || strings.TrimSpace(f.Note) != "" {
		g := listGroup{}
		when := f.When
		if when == "" {
			when = "not set"
		}
		g.Items = append(g.Items, listItem{Text: "When: " + when, Lane: board.Actions},
			listItem{Text: "Purpose: " + f.Purpose.Name(), Lane: board.Actions})
		if n := strings.TrimSpace(f.Note); n != "" {
			g.Items = append(g.Items, listItem{Text: "Note: " + oneLine(n), Lane: board.Actions})
		}
		sec.Groups = []listGroup{g}
	}
	return append(out, sec)
}

// noArrows swaps arrows, which NotoSans lacks, for a dash: the default
// agenda's step titles use them.
var noArrows = strings.NewReplacer("→", "–", "←", "–")
