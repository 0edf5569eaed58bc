package board

import (
	"strings"
	"testing"
)

// FuzzParseDuration: the parser never panics, an error always explains
// itself, and a duration it accepts is a sane range.
func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"30m", "4h", "2d", "1w", "3 days", "1-3d", "2h to 1d", "1d 4h", "up to 1 week",
		"~2 days", "M", "xl", "soon", "", "-", "1-", "9999999999999999999999w", "1e9d", "1..2", "½d", "2 sprints"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, label string) {
		r, err := ParseDuration(label, Settings{DayHours: 7.5, WeekDays: 4})
		if err != nil {
			if !strings.Contains(err.Error(), "is not a duration") || !strings.Contains(err.Error(), "30m, 4h") {
				t.Fatalf("ParseDuration(%q) error %q does not say what would work", label, err)
			}
			return
		}
		if r.Min < 0 || r.Max < r.Min || r.Max > maxTiming*2 {
			t.Fatalf("ParseDuration(%q) = %v–%v", label, r.Min, r.Max)
		}
		_ = FormatDuration(r, Settings{})
	})
}
