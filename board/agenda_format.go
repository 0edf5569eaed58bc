package board

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"
	"unicode/utf8"
)

// fileAgenda is the JSON shape of Board.Agenda under the top-level "agenda"
// key. Durations are in seconds (milliseconds after the point) except the
// planned length, which people think of in minutes; times are RFC 3339 UTC.
type fileAgenda struct {
	Current  int           `json:"current"`
	Running  bool          `json:"running"`
	Since    string        `json:"since,omitempty"`
	Began    string        `json:"began,omitempty"`
	Muted    bool          `json:"muted,omitempty"`
	Steps    []fileStep    `json:"steps"`
	FollowUp *fileFollowUp `json:"followUp,omitempty"`
}

type fileStep struct {
	Title   string   `json:"title"`
	Prompt  string   `json:"prompt"`
	Tips    []string `json:"tips,omitempty"`
	Lane    string   `json:"lane"`
	Minutes float64  `json:"minutes"`
	Extra   float64  `json:"extraSeconds,omitempty"`
	Spent   float64  `json:"spentSeconds,omitempty"`
}

type fileFollowUp struct {
	When    string `json:"when,omitempty"`
	Purpose string `json:"purpose,omitempty"`
	Note    string `json:"note,omitempty"`
}

// maxSteps and maxTips keep a damaged file from becoming an agenda nobody
// can scroll.
const (
	maxSteps = 1000
	maxTips  = 50
)

// CheckStep says what would keep step s from loading back from a file, or
// nil. The agenda editor checks with it, so nothing it saves is refused.
func CheckStep(s Step) error {
	if s.Planned < MinStepLength || s.Planned > MaxStepLength {
		return fmt.Errorf("minutes must be from %d to %d", Minutes(MinStepLength), Minutes(MaxStepLength))
	}
	if !s.Lane.Valid() {
		return fmt.Errorf("lane %d does not exist", int(s.Lane))
	}
	return checkStepText(s.Title, s.Prompt, s.Tips)
}

func checkStepText(title, prompt string, tips []string) error {
	if utf8.RuneCountInString(title) > maxShortText {
		return fmt.Errorf("the title is longer than %d characters", maxShortText)
	}
	if len(tips) > maxTips {
		return fmt.Errorf("%d tips is more than the %d a step can hold", len(tips), maxTips)
	}
	for _, text := range append([]string{prompt}, tips...) {
		if utf8.RuneCountInString(text) > MaxTextLength {
			return fmt.Errorf("a prompt or tip is longer than %d characters", MaxTextLength)
		}
	}
	return nil
}

func seconds(d time.Duration) float64 { return float64(d.Milliseconds()) / 1000 }

func fromSeconds(s float64) time.Duration {
	return time.Duration(math.Round(s*1000)) * time.Millisecond
}

func fileTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339Nano)
}

// encodeAgenda turns the agenda into its file shape; nil leaves the key out.
func encodeAgenda(a Agenda) *fileAgenda {
	if len(a.Steps) == 0 {
		return nil
	}
	f := &fileAgenda{Current: a.Current, Running: a.Running, Since: fileTime(a.Since), Began: fileTime(a.Began),
		Muted: a.Muted, Steps: []fileStep{}}
	for _, s := range a.Steps {
		f.Steps = append(f.Steps, fileStep{Title: s.Title, Prompt: s.Prompt, Tips: s.Tips, Lane: s.Lane.Key(),
			Minutes: s.Planned.Minutes(), Extra: seconds(s.Extra), Spent: seconds(s.Spent)})
	}
	if fu := a.FollowUp; fu != (FollowUp{}) {
		f.FollowUp = &fileFollowUp{When: fu.When, Purpose: fu.Purpose.Key(), Note: fu.Note}
	}
	return f
}

// decodeAgenda reads the optional "agenda". A board without one, from an
// older pathmap or another tool, gets the method's default agenda so every
// board can run a session. A damaged agenda is replaced by the default one
// and reported: the map itself matters more than the plan of the session.
func decodeAgenda(top map[string]json.RawMessage, b *Board, rs *repairs) {
	if err := readAgenda(top, b); err != nil {
		b.Agenda = DefaultAgenda()
		var fe *FormatError
		if errors.As(err, &fe) {
			rs.add(fe.Where, "the default agenda is used instead", "%s", fe.Problem)
		}
	}
}

func readAgenda(top map[string]json.RawMessage, b *Board) error {
	raw, ok := top["agenda"]
	if !ok || string(raw) == "null" {
		b.Agenda = DefaultAgenda()
		return nil
	}
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	var f fileAgenda
	if err := dec.Decode(&f); err != nil {
		return problem("agenda", "is not an agenda object (%v)", err)
	}
	if len(f.Steps) == 0 {
		b.Agenda = DefaultAgenda()
		return nil
	}
	if len(f.Steps) > maxSteps {
		return problem("agenda", "%d steps is more than the %d an agenda can hold", len(f.Steps), maxSteps)
	}
	a := Agenda{Current: f.Current, Running: f.Running, Muted: f.Muted}
	if a.Current < 0 || a.Current >= len(f.Steps) {
		return problem("agenda", "current step %d is not one of the %d steps (counted from 0)", f.Current, len(f.Steps))
	}
	for _, t := range []struct {
		name string
		text string
		v    *time.Time
	}{{"since", f.Since, &a.Since}, {"began", f.Began, &a.Began}} {
		if t.text == "" {
			continue
		}
		v, err := time.Parse(time.RFC3339Nano, t.text)
		if err != nil {
			return problem("agenda", "%s %q is not a time like 2026-11-26T14:05:00Z", t.name, t.text)
		}
		*t.v = stamp(v)
	}
	if a.Running && a.Since.IsZero() {
		return problem("agenda", "the timer is running but has no \"since\" time")
	}
	for i, fs := range f.Steps {
		where := fmt.Sprintf("agenda step %d", i+1)
		lane, ok := LaneFromKey(fs.Lane)
		if !ok {
			return problem(where, "lane %q is not one of %s", fs.Lane, laneKeys())
		}
		if fs.Minutes < MinStepLength.Minutes() || fs.Minutes > MaxStepLength.Minutes() {
			return problem(where, "minutes %g must be from %d to %d", fs.Minutes, Minutes(MinStepLength), Minutes(MaxStepLength))
		}
		planned := fromSeconds(fs.Minutes * 60)
		if err := checkStepText(fs.Title, fs.Prompt, fs.Tips); err != nil {
			return problem(where, "%v", err)
		}
		for _, v := range []float64{fs.Extra, fs.Spent} {
			if math.Abs(v) > 1e7 {
				return problem(where, "a time of %g seconds is far beyond a workshop", v)
			}
		}
		if fs.Spent < 0 {
			return problem(where, "spentSeconds %g is negative", fs.Spent)
		}
		var tips []string
		if len(fs.Tips) > 0 {
			tips = fs.Tips
		}
		a.Steps = append(a.Steps, Step{Title: fs.Title, Prompt: fs.Prompt, Tips: tips, Lane: lane,
			Planned: planned, Extra: fromSeconds(fs.Extra), Spent: fromSeconds(fs.Spent)})
	}
	if fu := f.FollowUp; fu != nil {
		p, ok := PurposeFromKey(fu.Purpose)
		if !ok {
			return problem("agenda", "follow-up purpose %q is not one of \"improve\", \"mitigate\", \"both\"", fu.Purpose)
		}
		when := fu.When
		if when != "" {
			var err error
			if when, err = ParseFollowUpTime(when); err != nil {
				return problem("agenda", "follow-up: %v", err)
			}
		}
		a.FollowUp = FollowUp{When: when, Purpose: p, Note: fu.Note}
	}
	b.Agenda = a
	return nil
}
