package board

import (
	"strings"
	"testing"
	"time"
)

func TestParseDuration_ReadsWhatPeopleWrite(t *testing.T) {
	h, day, week := time.Hour, 8*time.Hour, 40*time.Hour
	for _, c := range []struct {
		label    string
		min, max time.Duration
	}{
		{"30m", 30 * time.Minute, 30 * time.Minute},
		{"4h", 4 * h, 4 * h},
		{"2d", 2 * day, 2 * day},
		{"1w", week, week},
		{"3 days", 3 * day, 3 * day},
		{"1-3d", day, 3 * day},
		{"1–3 days", day, 3 * day},
		{"2h to 1d", 2 * h, day},
		{"1d 4h", 12 * h, 12 * h},
		{"1h30m", 90 * time.Minute, 90 * time.Minute},
		{"up to 1 week", 0, week},
		{"~2 days", 2 * day, 2 * day},
		{"1.5d", 12 * h, 12 * h},
		{"1,5 h", 90 * time.Minute, 90 * time.Minute},
		{"40 min", 40 * time.Minute, 40 * time.Minute},
		{"a week", week, week},
		{"2 sprints", 4 * week, 4 * week},
		{"M", day, 3 * day},
		{"small", 4 * h, day},
		{"XL", 2 * week, 4 * week},
	} {
		got, err := ParseDuration(c.label, Settings{})
		if err != nil || got.Min != c.min || got.Max != c.max {
			t.Errorf("ParseDuration(%q) = %v–%v, %v; want %v–%v", c.label, got.Min, got.Max, err, c.min, c.max)
		}
	}
}

func TestParseDuration_WorkingDayAndWeekComeFromTheBoard(t *testing.T) {
	s := Settings{DayHours: 6, WeekDays: 4, Sizes: [SizeCount]string{SizeM: "1w"}}
	for label, want := range map[string]time.Duration{"2d": 12 * time.Hour, "1w": 24 * time.Hour, "M": 24 * time.Hour} {
		if got, err := ParseDuration(label, s); err != nil || got.Max != want {
			t.Errorf("with 6-hour days and 4-day weeks, %q = %v, %v; want %v", label, got.Max, err, want)
		}
	}
}

func TestParseDuration_RejectsGarbageWithAClearMessage(t *testing.T) {
	for label, says := range map[string]string{
		"soon":          `"soon" is not a unit`,
		"":              "it is empty",
		"5":             "5 has no unit",
		"3-1d":          "runs backwards",
		"1-2-3d":        "more than one range mark",
		"days":          "no number",
		"2 fortnights":  `"fortnights" is not a unit`,
		"99999999w":     "longer than ten years",
		"1..2d":         "is not a number",
		"-3d":           "one end of the range is missing",
		"4h!":           `"!" is not part of a duration`,
		"2 3 days":      "two numbers in a row",
		"١٢d":           "is not a number",
		"up to 1-3d":    "both a range and an upper bound",
		"\xff\xfe days": "not readable text",
	} {
		_, err := ParseDuration(label, Settings{})
		if err == nil {
			t.Errorf("ParseDuration(%q) accepted garbage", label)
			continue
		}
		if !strings.Contains(err.Error(), says) || !strings.Contains(err.Error(), "30m, 4h, 2d") {
			t.Errorf("ParseDuration(%q) error %q; want it to say %q and show what works", label, err, says)
		}
	}
}

func TestFormatDuration_ReadsLikeAPerson(t *testing.T) {
	for want, r := range map[string]DurationRange{
		"40 min":      {40 * time.Minute, 40 * time.Minute},
		"4 hours":     {4 * time.Hour, 4 * time.Hour},
		"1 day":       {8 * time.Hour, 8 * time.Hour},
		"1–3 days":    {8 * time.Hour, 24 * time.Hour},
		"2.5 weeks":   {100 * time.Hour, 100 * time.Hour},
		"0.5–2 hours": {30 * time.Minute, 2 * time.Hour},
		"3–10 days":   {24 * time.Hour, 80 * time.Hour},
	} {
		if got := FormatDuration(r, Settings{}); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", r, got, want)
		}
	}
}
