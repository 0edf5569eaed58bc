package board

import "time"

// Settings are a board's choices for the facilitation aids. The zero value
// means "the defaults", so boards from older files and new boards behave the
// same without anything stored.
type Settings struct {
	// DayHours is the length of a working day in hours (0: 8). "2d" on a
	// timing means two working days, not 48 hours.
	DayHours float64
	// WeekDays is the number of working days in a week (0: 5).
	WeekDays float64
	// Sizes are the durations the T-shirt sizes stand for, written like a
	// timing ("1-3d"); "" uses the default of that size.
	Sizes [SizeCount]string
	// VotesPerPerson is how many dots each participant gets for dot-voting
	// (0: DefaultVotesPerPerson).
	VotesPerPerson int
	// Voters is how many people vote, 0 when the facilitator has not said;
	// with it the board can tell how many votes are still to be cast.
	Voters int
}

// Defaults of Settings.
const (
	DefaultDayHours       = 8
	DefaultWeekDays       = 5
	DefaultVotesPerPerson = 3
)

// Limits of Settings: beyond them a value is a typo, not a working pattern.
const (
	MaxDayHours       = 24
	MaxWeekDays       = 7
	MaxVotesPerPerson = 100
	MaxVoters         = 1000
)

// Size is a T-shirt size, used when a step's duration is hard to put a
// number on, as the method suggests.
type Size int

// The T-shirt sizes, smallest first.
const (
	SizeXS Size = iota
	SizeS
	SizeM
	SizeL
	SizeXL
)

// SizeCount is the number of T-shirt sizes.
const SizeCount = 5

var sizeNames = [SizeCount]string{"XS", "S", "M", "L", "XL"}

// defaultSizes are what a size means until the facilitator says otherwise:
// ranges that touch, so "between M and L" never falls into a gap.
var defaultSizes = [SizeCount]string{"1-4h", "4h-1d", "1-3d", "3d-2w", "2-4w"}

// Name is the size as written on a sticky, e.g. "M".
func (s Size) Name() string {
	if s < 0 || s >= SizeCount {
		return "?"
	}
	return sizeNames[s]
}

// AllSizes lists the T-shirt sizes, smallest first.
func AllSizes() []Size { return []Size{SizeXS, SizeS, SizeM, SizeL, SizeXL} }

// WorkingDay is the length of one working day.
func (s Settings) WorkingDay() time.Duration {
	h := s.DayHours
	if h <= 0 || h > MaxDayHours {
		h = DefaultDayHours
	}
	return time.Duration(h * float64(time.Hour))
}

// WorkingWeek is the length of one working week in working time.
func (s Settings) WorkingWeek() time.Duration {
	d := s.WeekDays
	if d <= 0 || d > MaxWeekDays {
		d = DefaultWeekDays
	}
	return time.Duration(d * float64(s.WorkingDay()))
}

// SizeLabel is what size z stands for, as written in the settings.
func (s Settings) SizeLabel(z Size) string {
	if z < 0 || z >= SizeCount {
		return ""
	}
	if s.Sizes[z] != "" {
		return s.Sizes[z]
	}
	return defaultSizes[z]
}

// SizeRange is the duration size z stands for. A size whose setting does
// not parse falls back to its default, so a typo in the settings never
// hides a whole timing.
func (s Settings) SizeRange(z Size) DurationRange {
	if r, err := parseTime(s.SizeLabel(z), s); err == nil {
		return r
	}
	r, _ := parseTime(defaultSizes[z], s)
	return r
}

// Votes is how many dots each person gets.
func (s Settings) Votes() int {
	if s.VotesPerPerson <= 0 {
		return DefaultVotesPerPerson
	}
	return s.VotesPerPerson
}

// Check says what is wrong with the settings, in words for the settings
// dialog; nil when they are fine.
func (s Settings) Check() error {
	switch {
	case s.DayHours < 0 || s.DayHours > MaxDayHours:
		return errorf("a working day is from 1 to %d hours, not %g", MaxDayHours, s.DayHours)
	case s.WeekDays < 0 || s.WeekDays > MaxWeekDays:
		return errorf("a working week is from 1 to %d days, not %g", MaxWeekDays, s.WeekDays)
	case s.VotesPerPerson < 0 || s.VotesPerPerson > MaxVotesPerPerson:
		return errorf("votes per person must be from 1 to %d, not %d", MaxVotesPerPerson, s.VotesPerPerson)
	case s.Voters < 0 || s.Voters > MaxVoters:
		return errorf("the number of voters must be from 0 to %d, not %d", MaxVoters, s.Voters)
	}
	for _, z := range AllSizes() {
		if s.Sizes[z] == "" {
			continue
		}
		if _, isSize := sizeOf(s.Sizes[z]); isSize {
			return errorf("size %s must be a duration such as 1-3d, not another size", z.Name())
		}
		if _, err := parseTime(s.Sizes[z], s); err != nil {
			return errorf("size %s: %v", z.Name(), err)
		}
	}
	return nil
}

// SetSettings changes the board's facilitation settings in one undoable
// step.
type SetSettings struct {
	Settings Settings

	old Settings
}

// Do installs the new settings.
func (c *SetSettings) Do(b *Board) { c.old, b.Settings = b.Settings, c.Settings }

// Undo restores the old ones.
func (c *SetSettings) Undo(b *Board) { b.Settings = c.old }

// Name implements Command.
func (c *SetSettings) Name() string { return "Change facilitation settings" }
