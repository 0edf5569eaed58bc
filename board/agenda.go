package board

import (
	"fmt"
	"time"
)

// Agenda is the plan of the workshop session and how it is going: the steps
// in order, which one is being run, its timer, and the follow-up agreed at
// the end. It is saved with the board, so a facilitator can reopen the board
// after a crash and carry on, and the handout can print planned against
// actual times.
//
// Edits of the plan (steps, durations, follow-up) go through the commands in
// this file and can be undone. Running the session (start, pause, next step)
// goes through the methods in timer.go and Document.ChangeWithoutUndo: undo
// must never rewind the clock.
type Agenda struct {
	Steps []Step
	// Current is the index in Steps of the step being run.
	Current int
	// Running reports whether the current step's timer is counting; Since is
	// the wall-clock time it was last started. Wall-clock time, not a
	// monotonic reading, so that a board reopened after a crash resumes with
	// the right time left.
	Running bool
	Since   time.Time
	// Began is when the timer first ran, i.e. when the session started; zero
	// until then. The handout prints it as the session's date.
	Began time.Time
	// Muted silences the sound at the end of a step; the flash stays.
	Muted bool

	FollowUp FollowUp
}

// Step is one item of the agenda.
type Step struct {
	Title string
	// Prompt is what the facilitator reads out to the room.
	Prompt string
	// Tips are the facilitator's notes for the step, from the method.
	Tips []string
	// Lane is where a new sticky goes during this step by default.
	Lane Lane
	// Planned is the step's length in the plan: whole minutes.
	Planned time.Duration
	// Extra is what +1 min / −1 min added to this run of the countdown. It
	// is kept apart from Planned so the handout compares against the plan.
	Extra time.Duration
	// Spent is how long the timer ran on this step, not counting the current
	// run while it is running (see Agenda.Actual).
	Spent time.Duration
}

// FollowUp is what the group agreed at the end of the session: when they
// meet next and what happens with the map.
type FollowUp struct {
	// When is a local date and time as "2006-01-02 15:04", or a date as
	// "2006-01-02"; "" when not set. Kept as text, not a time.Time, because
	// it is a wall-clock appointment that must not shift with time zones.
	When    string
	Purpose Purpose
	// Note says in the group's words what will be done with the output.
	Note string
}

// Purpose is what the output of the session will be used for, as the method
// puts it: improve the path to production, mitigate risks for the first
// release, or a mixture of the two.
type Purpose int

// The purposes a follow-up can have.
const (
	PurposeUnset Purpose = iota
	PurposeImprove
	PurposeMitigate
	PurposeBoth
)

var purposes = [...]struct{ key, name string }{
	PurposeUnset:    {"", "Not decided yet"},
	PurposeImprove:  {"improve", "Improve the path to production"},
	PurposeMitigate: {"mitigate", "Mitigate risks for the first release"},
	PurposeBoth:     {"both", "Both: improve the path and mitigate risks"},
}

// AllPurposes lists the purposes a facilitator can pick, unset first.
func AllPurposes() []Purpose {
	return []Purpose{PurposeUnset, PurposeImprove, PurposeMitigate, PurposeBoth}
}

// Name is the purpose as shown to people.
func (p Purpose) Name() string {
	if p < 0 || int(p) >= len(purposes) {
		return purposes[PurposeUnset].name
	}
	return purposes[p].name
}

// Key is the purpose's name in the file format ("" when unset).
func (p Purpose) Key() string {
	if p < 0 || int(p) >= len(purposes) {
		return ""
	}
	return purposes[p].key
}

// PurposeFromKey returns the purpose with the given file-format key.
func PurposeFromKey(k string) (Purpose, bool) {
	for i, p := range purposes {
		if p.key == k {
			return Purpose(i), true
		}
	}
	return PurposeUnset, false
}

// Follow-up time layouts: with a time of day, or a date alone.
const (
	FollowUpLayout     = "2006-01-02 15:04"
	FollowUpDateLayout = time.DateOnly
)

// ParseFollowUpTime checks a follow-up date as typed and returns it in the
// canonical form stored in FollowUp.When.
func ParseFollowUpTime(s string) (string, error) {
	if t, err := time.ParseInLocation(FollowUpLayout, s, time.Local); err == nil {
		return t.Format(FollowUpLayout), nil
	}
	if t, err := time.ParseInLocation(FollowUpDateLayout, s, time.Local); err == nil {
		return t.Format(FollowUpDateLayout), nil
	}
	return "", fmt.Errorf("%q is not a date like 2026-12-03 or a date and time like 2026-12-03 14:00", s)
}

// Limits on a step's planned length; a workshop step outside them is a typo.
const (
	MinStepLength = time.Minute
	MaxStepLength = 240 * time.Minute
)

// ClampLength rounds d to whole minutes within the limits of a step.
func ClampLength(d time.Duration) time.Duration {
	d = d.Round(time.Minute)
	return max(MinStepLength, min(d, MaxStepLength))
}

// Clone returns a deep copy: no slice is shared with a.
func (a Agenda) Clone() Agenda {
	c := a
	c.Steps = make([]Step, len(a.Steps))
	for i, s := range a.Steps {
		s.Tips = append([]string(nil), s.Tips...)
		c.Steps[i] = s
	}
	if a.Steps == nil {
		c.Steps = nil
	}
	return c
}

// Step returns the current step; the zero Step when the agenda is empty.
func (a *Agenda) Step() Step {
	if a.Current < 0 || a.Current >= len(a.Steps) {
		return Step{}
	}
	return a.Steps[a.Current]
}

// Lane is where a new sticky goes during the current step.
func (a *Agenda) Lane() Lane {
	if l := a.Step().Lane; l.Valid() {
		return l
	}
	return Events
}

// Planned is the length of the whole session in the plan.
func (a *Agenda) Planned() time.Duration {
	var sum time.Duration
	for _, s := range a.Steps {
		sum += s.Planned
	}
	return sum
}

// Minutes rounds d to whole minutes, the unit people plan and print in.
func Minutes(d time.Duration) int { return int(d.Round(time.Minute) / time.Minute) }

// DefaultAgenda is the in-session agenda of the Path to Production Mapping
// method, in the facilitator's words, with the method's tips. The lengths
// add up to 95 minutes, inside the method's "1–2 hours".
func DefaultAgenda() Agenda {
	m := func(n int) time.Duration { return time.Duration(n) * time.Minute }
	return Agenda{Steps: []Step{
		{Title: "Start and final events", Lane: Events, Planned: m(5),
			Prompt: "Our map starts with “" + StartEvent + "” — or “Somebody had an idea” — and ends with “" +
				FinalEvent + "”. Are these the right first and last events for us?",
			Tips: []string{"Agree on the two ends before anything else: they frame everything in between."}},
		{Title: "Brainstorm events", Lane: Events, Planned: m(10),
			Prompt: "Everyone: write every event on the path to production on its own sticky — one event per sticky.",
			Tips: []string{
				"Events are in the past tense (“Code review completed”), so the map reads consistently.",
				"If people are stuck, offer examples: “code review completed”, “deployed to the production-staging environment”, “signed off by…”.",
			}},
		{Title: "Order events left to right", Lane: Events, Planned: m(10),
			Prompt: "Put all the events on the board from left (earliest) to right (latest).",
			Tips:   []string{"It will be messy, with lots of duplicates: that is expected at this stage."}},
		{Title: "Walk through: remove duplicates, clarify order", Lane: Events, Planned: m(15),
			Prompt: "Let's walk through the board together, remove duplicates and agree on the order. Where we disagree, the people closest to that part of the process tell us how it really works.",
			Tips: []string{
				"Ask a pair of teammates to lead the walkthrough: everyone feels more engaged.",
				"Things that happen in parallel still get an order. Set one and see if anybody objects: it reveals hidden dependencies.",
			}},
		{Title: "Systems and tools", Lane: Systems, Planned: m(10),
			Prompt: "For each event, which systems and tools are involved? Add them in the Systems & tools lane, under the event.",
			Tips:   []string{"Blue stickies, placed under the event they belong to."}},
		{Title: "Teams and people", Lane: Teams, Planned: m(10),
			Prompt: "For each event, which teams and people are involved? Add them in the Teams & people lane, under the event.",
			Tips:   []string{"Include anyone whose help or approval is needed before the app can reach production."}},
		{Title: "Pain points", Lane: PainPoints, Planned: m(10),
			Prompt: "Where does it hurt? Add pain points on red stickies, under the event where they happen.",
			Tips:   []string{"Pain points found here feed the follow-up: improving the path or mitigating risks."}},
		{Title: "Timings", Lane: Timings, Planned: m(10),
			Prompt: "How long does each part of the process usually take? It is fine to estimate a group of 2–3 events together.",
			Tips:   []string{"If timings are hard to give, use T-shirt sizes: label each section Small, Medium or Large."}},
		{Title: "Blank areas and questions: actions with owners", Lane: Actions, Planned: m(10),
			Prompt: "Where are the blank areas and open questions? For each one: who will find out the answer, and by when?",
			Tips:   []string{"Every question gets an owner before the session ends."}},
		{Title: "Follow-up and what happens with the output", Lane: Actions, Planned: m(5),
			Prompt: "Let's set a time to follow up. With this map we will start improving the path to production, mitigate risks as we plan the first release — or a mixture of the two.",
			Tips: []string{
				"Record the follow-up date and the purpose on the board: the handout prints them.",
				"After the session: tackle pain points and long waits early, get access to every tool named, and meet the teams you have not met yet.",
			}},
	}}
}
