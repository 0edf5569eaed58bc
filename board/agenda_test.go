package board

import (
	"strings"
	"testing"
)

func TestDefaultAgenda_FollowsTheMethod(t *testing.T) {
	a := New().Agenda
	if len(a.Steps) != 10 {
		t.Fatalf("new board has %d agenda steps, want the method's 10 in-session steps", len(a.Steps))
	}
	want := []struct {
		title string
		lane  Lane
		tip   string
	}{
		{"Start and final events", Events, ""},
		{"Brainstorm", Events, "past tense"},
		{"left to right", Events, ""},
		{"Walk through", Events, "pair of teammates"},
		{"Systems", Systems, ""},
		{"Teams", Teams, ""},
		{"Pain points", PainPoints, ""},
		{"Timings", Timings, "T-shirt"},
		{"actions with owners", Actions, ""},
		{"Follow-up", Actions, ""},
	}
	for i, w := range want {
		s := a.Steps[i]
		if !strings.Contains(s.Title, w.title) || s.Lane != w.lane || s.Prompt == "" {
			t.Errorf("step %d = %q in %s, want %q in %s with a prompt", i+1, s.Title, s.Lane.Name(), w.title, w.lane.Name())
		}
		if w.tip != "" && !strings.Contains(strings.Join(s.Tips, " "), w.tip) {
			t.Errorf("step %d tips %q lack %q", i+1, s.Tips, w.tip)
		}
	}
	if !strings.Contains(strings.Join(a.Steps[3].Tips, " "), "order") {
		t.Error("walkthrough lacks the tip to set an order even for parallel steps")
	}
}

func TestAgendaClone_SharesNoSlices(t *testing.T) {
	b := New()
	c := b.Clone()
	c.Agenda.Steps[1].Tips[0] = "changed"
	c.Agenda.Steps[0].Title = "changed"
	if b.Agenda.Steps[1].Tips[0] == "changed" || b.Agenda.Steps[0].Title == "changed" {
		t.Fatal("a clone's agenda edits leaked into the original")
	}
}

func TestParseFollowUpTime(t *testing.T) {
	for in, want := range map[string]string{"2026-12-03 14:00": "2026-12-03 14:00", "2026-12-03": "2026-12-03"} {
		if got, err := ParseFollowUpTime(in); err != nil || got != want {
			t.Errorf("ParseFollowUpTime(%q) = %q, %v", in, got, err)
		}
	}
	for _, in := range []string{"tomorrow", "2026-13-01", "03/12/2026"} {
		if _, err := ParseFollowUpTime(in); err == nil {
			t.Errorf("ParseFollowUpTime(%q) accepted it", in)
		}
	}
}
