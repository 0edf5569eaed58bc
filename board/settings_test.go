package board

import (
	"strings"
	"testing"
)

func TestSettings_CheckExplainsBadValues(t *testing.T) {
	for _, c := range []struct {
		s    Settings
		says string
	}{
		{Settings{DayHours: 30}, "working day"},
		{Settings{WeekDays: 9}, "working week"},
		{Settings{VotesPerPerson: -1}, "votes per person"},
		{Settings{Sizes: [SizeCount]string{SizeS: "L"}}, "not another size"},
		{Settings{Sizes: [SizeCount]string{SizeS: "soon"}}, "size S"},
	} {
		if err := c.s.Check(); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Check(%+v) = %v; want it to mention %q", c.s, err, c.says)
		}
	}
	if err := (Settings{}).Check(); err != nil {
		t.Fatalf("default settings: %v", err)
	}
}
