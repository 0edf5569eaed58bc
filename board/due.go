package board

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// An action's due date is typed in a hurry, in the room's words. Every
// place that takes one (the owner dialog, however it was opened) parses it
// here, so what one accepts the others accept; the board keeps the date as
// YYYY-MM-DD.

// DueExamples are the forms ParseDue accepts, as shown to the user.
const DueExamples = "2026-12-11, 11 Dec, Dec 11, Fri, this Friday, next Friday, today, tomorrow, in 3 days, in 2 weeks, " +
	"in a month, end of week, end of month, next week, next month"

// DueLayout is how a due date is kept on a sticky.
const DueLayout = time.DateOnly

// ParseDue reads a due date as typed and returns it as YYYY-MM-DD, counted
// from now's day; "" stays "" (no due date). A weekday, or "this" and a
// weekday, means the coming one ("Fri" on a Friday is a week later, "this
// Friday" on a Friday is today); "next" and a weekday means that day in the
// following week (Monday to Sunday), as people say it: on Thursday 3 Dec
// "this Friday" is 4 Dec and "next Friday" 11 Dec; a day and month without a year means the next such day from today; "end
// of week" is Friday, "next week" the Monday after this week. Anything else
// gets an error that lists what is accepted.
func ParseDue(s string, now time.Time) (string, error) {
	in := strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(s))), " ")
	in = strings.TrimSuffix(in, ".")
	if in == "" {
		return "", nil
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	if d, ok := parseDue(in, today); ok {
		return d.Format(DueLayout), nil
	}
	return "", fmt.Errorf("due date %q not understood; write one of: %s", strings.TrimSpace(s), DueExamples)
}

func parseDue(in string, today time.Time) (time.Time, bool) {
	if t, err := time.Parse(DueLayout, in); err == nil {
		return t, true
	}
	switch in {
	case "today":
		return today, true
	case "tomorrow", "tmrw", "tmr":
		return today.AddDate(0, 0, 1), true
	case "end of week", "end of the week", "eow":
		return nextWeekday(today, time.Friday, true), true
	case "end of month", "end of the month", "eom":
		return time.Date(today.Year(), today.Month()+1, 0, 0, 0, 0, 0, time.UTC), true
	case "next week":
		return nextWeekday(today, time.Monday, false), true
	case "next month":
		return time.Date(today.Year(), today.Month()+1, 1, 0, 0, 0, 0, time.UTC), true
	}
	if rest, ok := strings.CutPrefix(in, "in "); ok {
		return inDuration(rest, today)
	}
	if rest, ok := strings.CutPrefix(in, "next "); ok {
		if wd, ok := weekday(rest); ok {
			return inNextWeek(today, wd), true
		}
	}
	if rest, ok := strings.CutPrefix(in, "this "); ok {
		if wd, ok := weekday(rest); ok {
			return nextWeekday(today, wd, true), true
		}
	}
	if wd, ok := weekday(in); ok {
		return nextWeekday(today, wd, false), true
	}
	return dayAndMonth(in, today)
}

// inDuration reads "2 weeks", "a week", "3 days", "1 month".
func inDuration(rest string, today time.Time) (time.Time, bool) {
	f := strings.Fields(rest)
	if len(f) != 2 {
		return time.Time{}, false
	}
	n, err := strconv.Atoi(f[0])
	if w, ok := numberWords[f[0]]; ok {
		n, err = w, nil
	}
	if err != nil || n < 0 || n > 400 {
		return time.Time{}, false
	}
	switch strings.TrimSuffix(f[1], "s") {
	case "day":
		return today.AddDate(0, 0, n), true
	case "week":
		return today.AddDate(0, 0, 7*n), true
	case "month":
		return today.AddDate(0, n, 0), true
	}
	return time.Time{}, false
}

var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// nextWeekday is the first wd after today, or today itself when orToday.
func nextWeekday(today time.Time, wd time.Weekday, orToday bool) time.Time {
	days := (int(wd) - int(today.Weekday()) + 7) % 7
	if days == 0 && !orToday {
		days = 7
	}
	return today.AddDate(0, 0, days)
}

// inNextWeek is day wd of the week after today's, weeks running Monday to
// Sunday.
func inNextWeek(today time.Time, wd time.Weekday) time.Time {
	monday := today.AddDate(0, 0, 7-(int(today.Weekday())+6)%7)
	return monday.AddDate(0, 0, (int(wd)+6)%7)
}

func weekday(w string) (time.Weekday, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if w == name || w == name[:3] || (len(w) >= 3 && strings.HasPrefix(name, w)) {
			return d, true
		}
	}
	return 0, false
}

func month(w string) (time.Month, bool) {
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if len(w) >= 3 && strings.HasPrefix(name, w) || w == "sept" && m == time.September {
			return m, true
		}
	}
	return 0, false
}

// dayAndMonth reads "11 Dec", "Dec 11", "11 December 2026", "Dec 11, 2026"
// and "11th Dec"; without a year, the next such day from today.
func dayAndMonth(in string, today time.Time) (time.Time, bool) {
	f := strings.Fields(strings.ReplaceAll(in, ",", " "))
	if len(f) < 2 || len(f) > 3 {
		return time.Time{}, false
	}
	day := func(w string) (int, bool) {
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			w = strings.TrimSuffix(w, suf)
		}
		n, err := strconv.Atoi(w)
		return n, err == nil && n >= 1 && n <= 31
	}
	d, okD := day(f[0])
	m, okM := month(f[1])
	if !okD || !okM {
		d, okD = day(f[1])
		m, okM = month(f[0])
	}
	if !okD || !okM {
		return time.Time{}, false
	}
	year, explicit := today.Year(), len(f) == 3
	if explicit {
		y, err := strconv.Atoi(f[2])
		if err != nil || y < 2000 || y > 2200 {
			return time.Time{}, false
		}
		year = y
	}
	t := time.Date(year, m, d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d { // 31 Feb
		return time.Time{}, false
	}
	if !explicit && t.Before(today) {
		t = t.AddDate(1, 0, 0)
	}
	return t, true
}
