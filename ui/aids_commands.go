package ui

import "fyne.io/fyne/v2"

// aidCommands are the Facilitate menu: the aids' actions, in the order the
// workshop reaches them.
func (w *Window) aidCommands() []command {
	return []command{
		{"Import stickies from a list…", ctrl(fyne.KeyI), "Ctrl+I", func() { w.ShowImport() }},
		{"Review duplicates…", nil, "", func() { w.aids.merge.Review() }},
		{"Merge selected stickies…", ctrl(fyne.KeyM), "Ctrl+M", func() { w.aids.merge.MergeSelected() }},
		{"Show or hide hints (duplicates, past tense, blank areas)", nil, "H", w.ToggleHints},
		{"Dot-voting mode on or off", nil, "V", w.ToggleVoting},
		{"Pain points by votes…", nil, "", w.ShowRanking},
		{"Clear all votes…", nil, "", w.ClearVotes},
		{"Lead time and bottlenecks…", nil, "L", w.ShowLeadTime},
		{"Facilitation settings…", nil, "", w.ShowAidSettings},
	}
}

// aidKey runs the aids' single-key commands on the board and reports
// whether r was one: V voting, H hints, L lead time.
func (w *Window) aidKey(r rune) bool {
	switch r {
	case 'v', 'V':
		w.ToggleVoting()
	case 'h', 'H':
		w.ToggleHints()
	case 'l', 'L':
		w.ShowLeadTime()
	default:
		return false
	}
	return true
}
