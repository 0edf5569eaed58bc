package board

import (
	"strings"
	"testing"
	"time"
)

func TestParseDue_AcceptsWhatTheRoomSays(t *testing.T) {
	// Thursday 3 December 2026, late in the day.
	now := time.Date(2026, 12, 3, 17, 45, 0, 0, time.Local)
	for _, c := range []struct{ in, want string }{
		{"2026-12-11", "2026-12-11"},
		{" 2027-01-05 ", "2027-01-05"},
		{"", ""},
		{"next Friday", "2026-12-11"}, // the Friday of next week
		{"this Friday", "2026-12-04"},
		{"this Thu", "2026-12-03"},
		{"next Mon", "2026-12-07"},
		{"next Sunday", "2026-12-13"},
		{"Fri", "2026-12-04"},
		{"friday", "2026-12-04"},
		{"Thu", "2026-12-10"}, // today is Thursday: the next one
		{"next thursday", "2026-12-10"},
		{"Mon", "2026-12-07"},
		{"11 Dec", "2026-12-11"},
		{"Dec 11", "2026-12-11"},
		{"11th December", "2026-12-11"},
		{"1 Dec", "2027-12-01"}, // passed this year: next year's
		{"5 Jan", "2027-01-05"},
		{"5 Jan 2028", "2028-01-05"},
		{"Jan 5, 2028", "2028-01-05"},
		{"today", "2026-12-03"},
		{"Tomorrow", "2026-12-04"},
		{"in 2 weeks", "2026-12-17"},
		{"in a week", "2026-12-10"},
		{"in two weeks", "2026-12-17"},
		{"in one month", "2027-01-03"},
		{"in 3 days", "2026-12-06"},
		{"in 1 month", "2027-01-03"},
		{"end of month", "2026-12-31"},
		{"End of the month.", "2026-12-31"},
		{"end of week", "2026-12-04"},
		{"next week", "2026-12-07"},
		{"next month", "2027-01-01"},
	} {
		got, err := ParseDue(c.in, now)
		if err != nil || got != c.want {
			t.Errorf("ParseDue(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
}

func TestParseDue_NextWeekdayIsInTheFollowingWeek(t *testing.T) {
	for _, c := range []struct{ now, in, want string }{
		{"2026-11-30", "next Friday", "2026-12-11"}, // Monday
		{"2026-12-04", "next Friday", "2026-12-11"}, // Friday
		{"2026-12-05", "next Friday", "2026-12-11"}, // Saturday
		{"2026-12-06", "next Monday", "2026-12-07"}, // Sunday: tomorrow is next week's Monday
		{"2026-12-06", "Friday", "2026-12-11"},
		{"2026-12-31", "next Tuesday", "2027-01-05"}, // Thursday, across the year
	} {
		now, _ := time.Parse(time.DateOnly, c.now)
		if got, err := ParseDue(c.in, now); err != nil || got != c.want {
			t.Errorf("on %s ParseDue(%q) = %q, %v; want %q", c.now, c.in, got, err, c.want)
		}
	}
}

func TestParseDue_RefusesWithTheAcceptedForms(t *testing.T) {
	now := time.Date(2026, 12, 3, 9, 0, 0, 0, time.UTC)
	for _, in := range []string{"soon", "31 Feb", "2026-13-01", "next fortnight", "in many weeks", "12/11", "Friday 13"} {
		got, err := ParseDue(in, now)
		if err == nil {
			t.Errorf("ParseDue(%q) = %q; want an error (it is ambiguous or not a date)", in, got)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, in) || !strings.Contains(msg, "next Friday") || !strings.Contains(msg, "2026-12-11") {
			t.Errorf("error %q must quote the input and list the accepted forms", msg)
		}
	}
}

func TestParseDue_EndOfMonthInFebruary(t *testing.T) {
	got, _ := ParseDue("end of month", time.Date(2028, 2, 10, 0, 0, 0, 0, time.UTC))
	if got != "2028-02-29" {
		t.Fatalf("end of month in February 2028 = %s; want the 29th (leap year)", got)
	}
}
