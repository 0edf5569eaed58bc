package board

import (
	"encoding/json"
	"math"
)

// fileSettings is the JSON shape of Board.Settings, under the optional
// top-level "settings" key; fields at their default are left out, and so is
// the key itself, so boards that never touched the aids stay as they were.
type fileSettings struct {
	DayHours       float64           `json:"workingDayHours,omitempty"`
	WeekDays       float64           `json:"workingWeekDays,omitempty"`
	Sizes          map[string]string `json:"tshirtSizes,omitempty"`
	VotesPerPerson int               `json:"votesPerPerson,omitempty"`
	Voters         int               `json:"voters,omitempty"`
	// HintsDismissed lists the events whose past-tense hint was dismissed.
	// It lives here rather than on each sticky so the aids' data stays in
	// one optional place of the file.
	HintsDismissed []int `json:"pastTenseHintsDismissed,omitempty"`
}

// encodeSettings returns the file shape of b's settings, nil when there is
// nothing but defaults.
func encodeSettings(b *Board) *fileSettings {
	s := b.Settings
	f := &fileSettings{DayHours: s.DayHours, WeekDays: s.WeekDays, VotesPerPerson: s.VotesPerPerson, Voters: s.Voters}
	for _, z := range AllSizes() {
		if s.Sizes[z] != "" {
			if f.Sizes == nil {
				f.Sizes = map[string]string{}
			}
			f.Sizes[z.Name()] = s.Sizes[z]
		}
	}
	for _, st := range b.Stickies {
		if st.HintDismissed {
			f.HintsDismissed = append(f.HintsDismissed, st.ID)
		}
	}
	if f.DayHours == 0 && f.WeekDays == 0 && f.Sizes == nil && f.VotesPerPerson == 0 && f.Voters == 0 && f.HintsDismissed == nil {
		return nil
	}
	return f
}

// decodeSettings reads the optional "settings". A value that makes no sense
// falls back to its default and is reported: a wrong working-day length
// must not cost the facilitator the board.
func decodeSettings(top map[string]json.RawMessage, b *Board, rs *repairs) {
	raw, ok := top["settings"]
	if !ok || string(raw) == "null" {
		return
	}
	const where = "settings"
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		rs.add(where, "the default settings are used", "is not an object")
		return
	}
	s := &b.Settings
	number := func(name string, lo, hi float64, whole bool) float64 {
		if _, ok := m[name]; !ok {
			return 0
		}
		var v float64
		if err := field(m, name, &v); err != nil {
			rs.add(where, "the default is used", "%s %s", name, err)
			return 0
		}
		if v < lo || v > hi || (whole && v != math.Trunc(v)) {
			rs.add(where, "the default is used", "%s %v is not from %v to %v", name, v, lo, hi)
			return 0
		}
		return v
	}
	s.DayHours = number("workingDayHours", 0.5, MaxDayHours, false)
	s.WeekDays = number("workingWeekDays", 1, MaxWeekDays, false)
	s.VotesPerPerson = int(number("votesPerPerson", 1, MaxVotesPerPerson, true))
	s.Voters = int(number("voters", 0, MaxVoters, true))
	if rawSizes, ok := m["tshirtSizes"]; ok {
		var sizes map[string]string
		if err := json.Unmarshal(rawSizes, &sizes); err != nil {
			rs.add(where, "the default sizes are used", "tshirtSizes is not an object of texts")
		}
		for _, z := range AllSizes() {
			label, ok := sizes[z.Name()]
			if !ok {
				continue
			}
			if _, err := parseTime(label, *s); err != nil {
				rs.add(where, "the default is used", "T-shirt size %s: %v", z.Name(), err)
				continue
			}
			s.Sizes[z] = label
		}
	}
	if rawIDs, ok := m["pastTenseHintsDismissed"]; ok {
		var ids []float64
		if err := json.Unmarshal(rawIDs, &ids); err != nil {
			rs.add(where, "the past-tense hints show again", "pastTenseHintsDismissed is not a list of sticky ids")
			return
		}
		idx := b.Indexes()
		for _, id := range ids {
			// Ids of stickies that are gone are dropped quietly: the hint
			// has nothing left to show on.
			if i, ok := idx[int(id)]; ok && id == math.Trunc(id) {
				b.Stickies[i].HintDismissed = true
			}
		}
	}
}
