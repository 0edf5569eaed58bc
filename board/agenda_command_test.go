package board

import (
	"testing"
	"time"
)

// applyAndUndo applies c, checks that undo puts the agenda's plan back,
// and redoes c so the caller can check its effect.
func applyAndUndo(t *testing.T, d *Document, c Command) {
	t.Helper()
	before := d.Board().Agenda.Clone()
	d.Apply(c)
	d.Undo()
	if got := d.Board().Agenda; got.Current != before.Current || len(got.Steps) != len(before.Steps) {
		t.Fatalf("undo %s: current %d of %d steps, want %d of %d", c.Name(), got.Current, len(got.Steps), before.Current, len(before.Steps))
	}
	for i := range before.Steps {
		if got := d.Board().Agenda.Steps[i]; got.Title != before.Steps[i].Title || got.Planned != before.Steps[i].Planned {
			t.Fatalf("undo %s: step %d = %q %v, want %q %v", c.Name(), i+1, got.Title, got.Planned, before.Steps[i].Title, before.Steps[i].Planned)
		}
	}
	d.Redo()
}

func TestAgendaEdits_AreUndoableAndKeepTheCurrentStep(t *testing.T) {
	d := NewDocument(New(), func() time.Time { return t0 })
	d.ChangeWithoutUndo(func(b *Board) { b.Agenda.GoTo(4, t0) }) // on "Systems and tools"
	current := func() string { return d.Board().Agenda.Step().Title }

	applyAndUndo(t, d, &EditStep{Index: 4, Step: Step{Title: "Tools", Prompt: "Which tools?", Lane: Systems, Planned: 12 * time.Minute}})
	if current() != "Tools" || d.Board().Agenda.Steps[4].Planned != 12*time.Minute {
		t.Fatalf("after edit: current %q planned %v", current(), d.Board().Agenda.Steps[4].Planned)
	}
	applyAndUndo(t, d, &AddStep{Index: 0, Step: Step{Title: "Warm-up", Lane: Events, Planned: 3 * time.Minute}})
	if current() != "Tools" || d.Board().Agenda.Steps[0].Title != "Warm-up" {
		t.Fatalf("after adding a step before it, current step is %q, want still Tools", current())
	}
	applyAndUndo(t, d, MoveStep{From: 5, To: 1})
	if current() != "Tools" || d.Board().Agenda.Current != 1 {
		t.Fatalf("after moving it up: current %q at %d, want Tools at 2", current(), d.Board().Agenda.Current+1)
	}
	applyAndUndo(t, d, &RemoveStep{Index: 0})
	if current() != "Tools" || d.Board().Agenda.Current != 0 {
		t.Fatalf("after removing the step before it: current %q at %d", current(), d.Board().Agenda.Current+1)
	}
	applyAndUndo(t, d, &SetFollowUp{FollowUp: FollowUp{When: "2026-12-03", Purpose: PurposeImprove}})
	if d.Board().Agenda.FollowUp.Purpose != PurposeImprove {
		t.Fatal("follow-up not set")
	}
	if d.UndoName() != "Set follow-up" {
		t.Fatalf("undo names %q", d.UndoName())
	}
}

func TestAgendaEdits_LastStepCannotBeRemoved(t *testing.T) {
	b := New()
	b.Agenda.Steps = b.Agenda.Steps[:1]
	c := &RemoveStep{Index: 0}
	c.Do(b)
	c.Undo(b)
	if len(b.Agenda.Steps) != 1 {
		t.Fatalf("%d steps left, want the last one kept", len(b.Agenda.Steps))
	}
}

func TestAgendaEdits_UndoLeavesTheTimerAlone(t *testing.T) {
	d := NewDocument(New(), nil)
	d.Apply(&EditStep{Index: 0, Step: Step{Title: "Ends", Lane: Events, Planned: 5 * time.Minute}})
	d.ChangeWithoutUndo(func(b *Board) { b.Agenda.Start(t0); b.Agenda.Next(at(5, 0)) })
	d.Undo()
	a := d.Board().Agenda
	if !a.Running || a.Current != 1 || a.Steps[0].Spent != 5*time.Minute {
		t.Fatalf("undo rewound the timer: running=%v step=%d spent=%v", a.Running, a.Current+1, a.Steps[0].Spent)
	}
	if !d.Dirty() {
		t.Fatal("timer changes are not marked unsaved")
	}
}

func TestRemoveStep_UndoOfTheCurrentLastStepKeepsItCurrent(t *testing.T) {
	d := NewDocument(New(), nil)
	a := &d.Board().Agenda
	last := len(a.Steps) - 1
	a.Current = last
	d.Apply(&RemoveStep{Index: last})
	d.Undo()
	if d.Board().Agenda.Current != last {
		t.Fatalf("current step after undo = %d, want %d", d.Board().Agenda.Current, last)
	}
}
