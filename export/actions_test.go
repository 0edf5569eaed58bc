package export

import (
	"strings"
	"testing"

	"pathmap/board"
)

func itemTexts(sec listSection) []string {
	var out []string
	for _, g := range sec.Groups {
		for _, it := range g.Items {
			out = append(out, it.Text)
		}
	}
	return out
}

func section(t *testing.T, h handout, title string) listSection {
	t.Helper()
	for _, s := range h.Sections {
		if s.Title == title {
			return s
		}
	}
	t.Fatalf("no section %q", title)
	return listSection{}
}

func TestHandout_ActionsHaveOwnerDueAndEventQuestionsDoNot(t *testing.T) {
	h := handoutOf(workshopBoard(t), fixedDate)
	want := []action{
		{"Can low-risk changes skip CAB? Sam to check", "Sam", "2026-12-02", "Change approved by CAB"},
		{"Who owns staging? Priya to ask Platform team", "Priya", "2026-12-04", "Deployed to staging"},
	}
	if len(h.Actions) != len(want) {
		t.Fatalf("actions %+v, want %+v", h.Actions, want)
	}
	for i := range want {
		if h.Actions[i] != want[i] {
			t.Errorf("action %d = %+v, want %+v", i, h.Actions[i], want[i])
		}
	}
	if len(h.Open) != 1 || h.Open[0].Owner != "" || h.Open[0].Event != "Customer used the new feature" || h.Open[0].Status() != "question" {
		t.Errorf("open questions %+v", h.Open)
	}
}

func TestHandout_PainPointsGroupedByEventMostVotesFirst(t *testing.T) {
	b := workshopBoard(t)
	// A second pain point under "Deployed to staging" with fewer votes.
	extra := boardOf(board.PainPoints, "No test data on staging").Stickies[0]
	extra.ID, extra.X, extra.Y, extra.Votes = 99, 800, b.LaneTop(board.PainPoints)+board.LanePad, 1
	b.Stickies = append([]board.Sticky{extra}, b.Stickies...)
	sec := section(t, handoutOf(b, fixedDate), "Pain points by event")
	var staging listGroup
	var order []string
	for _, g := range sec.Groups {
		order = append(order, g.Title)
		if g.Title == "Deployed to staging" {
			staging = g
		}
	}
	if strings.Join(order, "|") != "Pull request reviewed and merged|CI pipeline passed|Deployed to staging|Change approved by CAB" {
		t.Errorf("groups in order %q, want the events left to right", order)
	}
	if len(staging.Items) != 2 || staging.Items[0].Text != "Staging often broken by other teams" || staging.Items[0].Detail != "5 votes" ||
		staging.Items[1].Detail != "1 vote" {
		t.Errorf("staging pain points %+v, want 5 votes before 1 vote", staging.Items)
	}
}

func TestHandout_InventoryAndTimingsPerEvent(t *testing.T) {
	h := handoutOf(workshopBoard(t), fixedDate)
	inv := section(t, h, "Systems and teams by event")
	found := false
	for _, g := range inv.Groups {
		if g.Title == "Deployed to production" {
			found = strings.Join(itemTexts(listSection{Groups: []listGroup{g}}), "|") == "Systems: Argo CD|Teams: Platform team (on call)"
		}
	}
	if !found {
		t.Errorf("inventory %+v lacks Argo CD and the platform team under Deployed to production", inv.Groups)
	}
	tim := itemTexts(section(t, h, "Timings"))
	// The total first, then each span, then the notes the spans cover.
	if len(tim) != 8 || tim[0] != "Lead time 7.1 days" || tim[1] != "2d: Code written and unit-tested – Pull request reviewed and merged" ||
		tim[2] != "40 min: CI pipeline passed" || tim[4] != "1–3 days" {
		t.Errorf("timings %q", tim)
	}
}

func TestHandout_AgendaAndFollowUp(t *testing.T) {
	h := handoutOf(workshopBoard(t), fixedDate)
	ag := section(t, h, "Agenda: planned vs actual")
	first := ag.Groups[0].Items[0]
	if first.Text != "Start and final events" || first.Detail != "planned 5 min · actual 4 min (-1)" {
		t.Errorf("first step %+v", first)
	}
	fu := itemTexts(section(t, h, "Follow-up"))
	if strings.Join(fu, "|") != "When: 2026-12-10 14:00|Purpose: Improve the path to production|Note: Pick the two worst waits" {
		t.Errorf("follow-up %q", fu)
	}
	untimed := board.New()
	ag = section(t, handoutOf(untimed, fixedDate), "Agenda: planned vs actual")
	if items := itemTexts(ag); len(items) != 1 || !strings.Contains(ag.Groups[0].Items[0].Detail, "timer was not used") {
		t.Errorf("an untimed agenda lists %q", items)
	}
}

func TestHandout_BlankTextsAreNamed(t *testing.T) {
	b := boardOf(board.Events, "  \n ")
	b.Stickies = append(b.Stickies, boardOf(board.Actions, "Ask\n  about   it ").Stickies...)
	b.Stickies[1].ID = 2
	h := handoutOf(b, fixedDate)
	if len(h.Open) != 1 || h.Open[0].Text != "Ask about it" || h.Open[0].Event != noText {
		t.Errorf("got %+v", h.Open)
	}
}
