package export

import (
	"fmt"
	"strconv"
	"strings"

	"pathmap/board"
)

// The summary opens the action list: what a sponsor reads when they read
// nothing else. How long the path takes and where the time goes, the pains
// the team voted worst whatever event they sit under, and the actions that
// will not happen because nobody owns them or no date was set.

// summaryTop is how many pain points the summary ranks.
const summaryTop = 5

// summaryFlags is how many unready actions the summary names; a raw
// brainstorm's dozens would push everything else off the first page, and
// the full list names them all.
const summaryFlags = 8

// summary builds the opening section of the action list of b.
func summary(b *board.Board, actions []action) listSection {
	sec := listSection{Title: "Summary", Lane: board.Events, Empty: "Nothing to sum up yet."}

	r := board.LeadTime(b)
	lead := listGroup{Title: "Lead time"}
	if len(r.Parts) == 0 {
		lead.Items = append(lead.Items, listItem{Text: r.Summary(), Detail: "write timings on the map to see the lead time", Lane: board.Timings})
	} else {
		lead.Items = append(lead.Items, listItem{Text: r.Summary(), Lane: board.Timings})
		for _, p := range r.Bottlenecks() {
			lead.Items = append(lead.Items, listItem{
				Text:   "Longest part: " + partEvents(p),
				Detail: fmt.Sprintf("%s · %.0f%% of the total", board.FormatDuration(p.Range, r.Settings), 100*p.Share),
				Lane:   board.Timings,
			})
		}
	}
	sec.Groups = append(sec.Groups, lead)

	ranked := board.RankPainPoints(b)
	top := listGroup{Title: fmt.Sprintf("Top %d pain points by votes", summaryTop)}
	if len(ranked) < summaryTop {
		top.Title = "Most-voted pain points"
	}
	for i, p := range ranked {
		if i == summaryTop {
			break
		}
		top.Items = append(top.Items, rankedItem(p))
	}
	if len(top.Items) == 0 {
		top.Items = append(top.Items, listItem{Text: "No pain points on the map.", Lane: board.PainPoints})
	}
	sec.Groups = append(sec.Groups, top)

	missing := listGroup{Title: "Actions missing an owner or a due date"}
	more := 0
	for _, a := range actions {
		var lacks []string
		if a.Owner == "" {
			lacks = append(lacks, "owner")
		}
		if a.Due == "" {
			lacks = append(lacks, "due date")
		}
		if len(lacks) == 0 {
			continue
		}
		if len(missing.Items) == summaryFlags {
			more++
			continue
		}
		d := "missing: " + strings.Join(lacks, ", ")
		if a.Event != "" {
			d += " · under: " + a.Event
		}
		missing.Items = append(missing.Items, listItem{Text: a.Text, Detail: d, Lane: board.Actions})
	}
	if more > 0 {
		missing.Items = append(missing.Items, listItem{Text: fmt.Sprintf("… and %d more", more), Detail: "see Actions and Open questions", Lane: board.Actions})
	}
	if len(missing.Items) == 0 && len(actions) > 0 {
		missing.Items = append(missing.Items, listItem{Text: "Every action has an owner and a due date.", Lane: board.Actions})
	}
	sec.Groups = append(sec.Groups, missing)
	return sec
}

// rankedItem is a pain point with its rank, votes and event.
func rankedItem(p board.RankedPain) listItem {
	var parts []string
	switch {
	case p.Sticky.Votes == 1:
		parts = append(parts, "1 vote")
	case p.Sticky.Votes > 1:
		parts = append(parts, strconv.Itoa(p.Sticky.Votes)+" votes")
	default:
		parts = append(parts, "no votes")
	}
	parts = append(parts, "under: "+eventName(oneLineKeep(p.Event)))
	return listItem{Text: strconv.Itoa(p.Rank) + ". " + oneLine(p.Sticky.Text), Detail: strings.Join(parts, " · "), Lane: board.PainPoints}
}

// painByVotes ranks every pain point on the path by votes: the full list
// behind the summary's top five.
func painByVotes(b *board.Board) listSection {
	sec := listSection{Title: "Pain points by votes", Lane: board.PainPoints, Empty: "None."}
	g := listGroup{}
	for _, p := range board.RankPainPoints(b) {
		g.Items = append(g.Items, rankedItem(p))
	}
	sec.Groups = []listGroup{g}
	return sec
}
