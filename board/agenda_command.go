package board

// Undoable edits of the agenda's plan. They change what the session is meant
// to be, so undo must reach them; they never touch the timer's state (which
// step runs, since when, time run), which Document.ChangeWithoutUndo changes.
// The current step is followed by position, so it stays on the same step
// when steps around it are added, removed or moved.

// EditStep replaces the plan of one step: title, prompt, tips, lane and
// planned length. The time already run on it is kept.
type EditStep struct {
	Index int
	Step  Step

	old Step
}

// Do sets the new plan and remembers the old one.
func (c *EditStep) Do(b *Board) {
	if c.Index < 0 || c.Index >= len(b.Agenda.Steps) {
		return
	}
	s := &b.Agenda.Steps[c.Index]
	c.old = *s
	s.Title, s.Prompt, s.Lane = c.Step.Title, c.Step.Prompt, c.Step.Lane
	s.Tips = append([]string(nil), c.Step.Tips...)
	s.Planned = ClampLength(c.Step.Planned)
}

// Undo restores the old plan.
func (c *EditStep) Undo(b *Board) {
	if c.Index < 0 || c.Index >= len(b.Agenda.Steps) {
		return
	}
	s := &b.Agenda.Steps[c.Index]
	s.Title, s.Prompt, s.Tips, s.Lane, s.Planned = c.old.Title, c.old.Prompt, c.old.Tips, c.old.Lane, c.old.Planned
}

// Name implements Command.
func (c *EditStep) Name() string { return "Edit agenda step" }

// AddStep inserts a step at Index (len(Steps) appends).
type AddStep struct {
	Index int
	Step  Step

	done bool
}

// Do inserts the step; the current step stays the same step.
func (c *AddStep) Do(b *Board) {
	a := &b.Agenda
	c.done = c.Index >= 0 && c.Index <= len(a.Steps)
	if !c.done {
		return
	}
	s := c.Step
	s.Tips = append([]string(nil), s.Tips...)
	s.Planned, s.Spent, s.Extra = ClampLength(s.Planned), 0, 0
	a.Steps = append(a.Steps[:c.Index:c.Index], append([]Step{s}, a.Steps[c.Index:]...)...)
	if a.Current >= c.Index && len(a.Steps) > 1 {
		a.Current++
	}
}

// Undo removes the step again.
func (c *AddStep) Undo(b *Board) {
	if c.done {
		removeStep(&b.Agenda, c.Index)
	}
}

// Name implements Command.
func (c *AddStep) Name() string { return "Add agenda step" }

// RemoveStep takes a step out of the agenda. The last step cannot be
// removed: a session always has something to run. When the current step is
// removed, the next one becomes current and inherits a running countdown.
type RemoveStep struct {
	Index int

	old     Step
	current bool
	done    bool
}

// Do removes the step and remembers it.
func (c *RemoveStep) Do(b *Board) {
	a := &b.Agenda
	c.done = c.Index >= 0 && c.Index < len(a.Steps) && len(a.Steps) > 1
	if !c.done {
		return
	}
	c.old = a.Steps[c.Index]
	c.current = a.Current == c.Index
	removeStep(a, c.Index)
}

// Undo puts the step back where it was, with the time run on it.
func (c *RemoveStep) Undo(b *Board) {
	if !c.done {
		return
	}
	a := &b.Agenda
	i := min(c.Index, len(a.Steps))
	a.Steps = append(a.Steps[:i:i], append([]Step{c.old}, a.Steps[i:]...)...)
	switch {
	case c.current:
		a.Current = i // it was the current step: it is again
	case a.Current >= i:
		a.Current++
	}
}

// Name implements Command.
func (c *RemoveStep) Name() string { return "Remove agenda step" }

// removeStep deletes step i and keeps Current on the same step, or on the
// one that takes the removed step's place.
func removeStep(a *Agenda, i int) {
	if i < 0 || i >= len(a.Steps) {
		return
	}
	a.Steps = append(a.Steps[:i:i], a.Steps[i+1:]...)
	if a.Current > i {
		a.Current--
	}
	a.Current = max(0, min(a.Current, len(a.Steps)-1))
}

// MoveStep moves the step at From so that it ends up at To.
type MoveStep struct {
	From, To int
}

// Do moves the step.
func (c MoveStep) Do(b *Board) { moveStep(&b.Agenda, c.From, c.To) }

// Undo moves it back.
func (c MoveStep) Undo(b *Board) { moveStep(&b.Agenda, c.To, c.From) }

// Name implements Command.
func (c MoveStep) Name() string { return "Move agenda step" }

func moveStep(a *Agenda, from, to int) {
	n := len(a.Steps)
	if from < 0 || from >= n || to < 0 || to >= n || from == to {
		return
	}
	s := a.Steps[from]
	copy(a.Steps[from:], a.Steps[from+1:]) // close the gap…
	copy(a.Steps[to+1:], a.Steps[to:n-1])  // …open one at to
	a.Steps[to] = s
	switch {
	case a.Current == from:
		a.Current = to
	case from < a.Current && a.Current <= to:
		a.Current--
	case to <= a.Current && a.Current < from:
		a.Current++
	}
}

// SetFollowUp records when the group follows up and what for.
type SetFollowUp struct {
	FollowUp FollowUp

	old FollowUp
}

// Do sets the follow-up.
func (c *SetFollowUp) Do(b *Board) { c.old, b.Agenda.FollowUp = b.Agenda.FollowUp, c.FollowUp }

// Undo restores the previous follow-up.
func (c *SetFollowUp) Undo(b *Board) { b.Agenda.FollowUp = c.old }

// Name implements Command.
func (c *SetFollowUp) Name() string { return "Set follow-up" }
