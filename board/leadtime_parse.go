package board

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DurationRange is a duration in working time that may be uncertain: "2d"
// is 2 to 2 days, "1-3d" and a T-shirt size are true ranges. Keeping both
// ends lets the board say "6–9 days" instead of a false precise total.
type DurationRange struct{ Min, Max time.Duration }

// Exact reports whether the range is one duration.
func (r DurationRange) Exact() bool { return r.Min == r.Max }

// Add is the range of the sum of two uncertain durations.
func (r DurationRange) Add(o DurationRange) DurationRange {
	return DurationRange{r.Min + o.Min, r.Max + o.Max}
}

// Mid is the middle of the range, used to rank contributors.
func (r DurationRange) Mid() time.Duration { return r.Min + (r.Max-r.Min)/2 }

// maxTiming caps one timing: anything longer than ten years of working time
// is a typo, and the cap keeps the sums far from overflowing.
const maxTiming = 10 * 52 * 7 * 24 * time.Hour

// maxLabel is the longest timing label read; longer text is a sentence.
const maxLabel = 60

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }

// timingHelp ends every parse error with what would have worked.
const timingHelp = "write e.g. 30m, 4h, 2d, 1w, 3 days, 1-3d or a T-shirt size S, M, L"

// ParseDuration reads a timing as people write it on a sticky: "30m", "4h",
// "2d", "1w", "3 days", "1d 4h", ranges "1-3d", "2h to 1d", "up to 1 week",
// "~2 days", or a T-shirt size (XS, S, M, L, XL, "small" …), which stands for
// the range in the board's settings. Days and weeks are working days and
// weeks of the settings' lengths. The error says what is wrong and what
// would work, e.g. `"soon" is not a duration: no number; write e.g. 30m …`.
func ParseDuration(label string, s Settings) (DurationRange, error) {
	if z, ok := sizeOf(label); ok {
		return s.SizeRange(z), nil
	}
	return parseTime(label, s)
}

// sizeOf reads a T-shirt size.
func sizeOf(label string) (Size, bool) {
	switch strings.Join(strings.Fields(strings.ToLower(strings.TrimSpace(label))), " ") {
	case "xs", "extra small", "x-small", "very small":
		return SizeXS, true
	case "s", "small":
		return SizeS, true
	case "m", "medium":
		return SizeM, true
	case "l", "large":
		return SizeL, true
	case "xl", "extra large", "x-large", "very large", "xxl":
		return SizeXL, true
	}
	return 0, false
}

type timingUnit struct {
	per  func(Settings) time.Duration
	name string
}

var (
	unitMinute = &timingUnit{func(Settings) time.Duration { return time.Minute }, "minute"}
	unitHour   = &timingUnit{func(Settings) time.Duration { return time.Hour }, "hour"}
	unitDay    = &timingUnit{Settings.WorkingDay, "day"}
	unitWeek   = &timingUnit{Settings.WorkingWeek, "week"}
	unitSprint = &timingUnit{func(s Settings) time.Duration { return 2 * s.WorkingWeek() }, "sprint"}
	// A month is 52/12 working weeks: what "2 months" means when planning.
	unitMonth = &timingUnit{func(s Settings) time.Duration { return s.WorkingWeek() * 52 / 12 }, "month"}
)

var unitWords = map[string]*timingUnit{
	"m": unitMinute, "min": unitMinute, "mins": unitMinute, "minute": unitMinute, "minutes": unitMinute,
	"h": unitHour, "hr": unitHour, "hrs": unitHour, "hour": unitHour, "hours": unitHour,
	"d": unitDay, "day": unitDay, "days": unitDay,
	"w": unitWeek, "wk": unitWeek, "wks": unitWeek, "week": unitWeek, "weeks": unitWeek,
	"sprint": unitSprint, "sprints": unitSprint,
	"mo": unitMonth, "month": unitMonth, "months": unitMonth,
}

// Words in front of a timing: hedges that change nothing, and bounds that
// make the timing "anything up to" it.
var (
	hedges   = []string{"~", "≈", "about ", "approx. ", "approx ", "approximately ", "around ", "roughly ", "ca. ", "circa "}
	upperCap = []string{"up to ", "upto ", "max. ", "max ", "at most ", "less than ", "under ", "< ", "<", "≤ ", "≤"}
)

type term struct {
	n    float64
	unit *timingUnit
}

// parseTime reads a duration or range with units (no T-shirt sizes).
func parseTime(label string, s Settings) (DurationRange, error) {
	fail := func(reason string, args ...any) (DurationRange, error) {
		shown := label
		if utf8.RuneCountInString(shown) > 30 {
			shown = string([]rune(shown)[:30]) + "…"
		}
		return DurationRange{}, fmt.Errorf("%q is not a duration: %s; %s", shown, fmt.Sprintf(reason, args...), timingHelp)
	}
	if !utf8.ValidString(label) {
		return fail("it is not readable text")
	}
	text := strings.ToLower(strings.Join(strings.Fields(label), " "))
	if text == "" {
		return fail("it is empty")
	}
	if utf8.RuneCountInString(text) > maxLabel {
		return fail("it is longer than %d characters", maxLabel)
	}
	upTo := false
	for changed := true; changed; {
		changed = false
		for _, p := range hedges {
			if strings.HasPrefix(text, p) {
				text, changed = strings.TrimSpace(text[len(p):]), true
			}
		}
		for _, p := range upperCap {
			if strings.HasPrefix(text, p) {
				text, changed, upTo = strings.TrimSpace(text[len(p):]), true, true
			}
		}
	}
	sides, err := splitRange(text)
	if err != nil {
		return fail("%v", err)
	}
	if upTo && len(sides) == 2 {
		return fail("it is both a range and an upper bound")
	}
	var terms [2][]term
	for i, side := range sides {
		if terms[i], err = readTerms(side); err != nil {
			return fail("%v", err)
		}
		if len(terms[i]) == 0 {
			return fail("no number")
		}
	}
	// "1-3d": a side without a unit borrows the other side's.
	for i := range sides {
		for j := range terms[i] {
			if terms[i][j].unit != nil {
				continue
			}
			if len(sides) == 2 && len(terms[i]) == 1 && len(terms[1-i]) > 0 && terms[1-i][0].unit != nil {
				terms[i][j].unit = terms[1-i][0].unit
				continue
			}
			return fail("%s has no unit", fmtNumber(terms[i][j].n))
		}
	}
	var ends [2]time.Duration
	for i := range sides {
		total := 0.0
		for _, t := range terms[i] {
			total += t.n * float64(t.unit.per(s))
		}
		if total > float64(maxTiming) {
			return fail("it is longer than ten years")
		}
		ends[i] = time.Duration(math.Round(total))
	}
	r := DurationRange{ends[0], ends[0]}
	if len(sides) == 2 {
		r.Max = ends[1]
		if r.Max < r.Min {
			return fail("the range runs backwards (write the shorter time first)")
		}
	}
	if upTo {
		r.Min = 0
	}
	return r, nil
}

// dashes are the marks people type between the ends of a range.
var dashes = strings.NewReplacer("–", "-", "—", "-", "−", "-", "‒", "-")

// splitRange cuts "1-3d", "1 to 3 days", "2h – 1d" at the range mark.
func splitRange(text string) ([]string, error) {
	text = dashes.Replace(text)
	fields := strings.Fields(strings.ReplaceAll(text, "-", " - "))
	var sides [][]string
	cur := []string{}
	for _, f := range fields {
		if f == "-" || f == "to" || f == "or" {
			sides = append(sides, cur)
			cur = []string{}
			continue
		}
		cur = append(cur, f)
	}
	sides = append(sides, cur)
	if len(sides) > 2 {
		return nil, errors.New("it has more than one range mark")
	}
	out := make([]string, len(sides))
	for i, s := range sides {
		if len(s) == 0 {
			if len(sides) == 2 {
				return nil, errors.New("one end of the range is missing")
			}
		}
		out[i] = strings.Join(s, " ")
	}
	return out, nil
}

// readTerms reads "1d 4h", "1h30m", "3 days and 2 hours", "a week".
func readTerms(side string) ([]term, error) {
	var terms []term
	rs := []rune(side)
	for i := 0; i < len(rs); {
		c := rs[i]
		switch {
		case c == ' ':
			i++
		case unicode.IsDigit(c) || c == '.' || c == ',':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.' || rs[j] == ',') {
				j++
			}
			num := strings.ReplaceAll(string(rs[i:j]), ",", ".")
			n, err := strconv.ParseFloat(num, 64)
			if err != nil || strings.Count(num, ".") > 1 || !isASCIIDigits(num) {
				return nil, fmt.Errorf("%q is not a number", string(rs[i:j]))
			}
			if len(terms) > 0 && terms[len(terms)-1].unit == nil {
				return nil, fmt.Errorf("two numbers in a row")
			}
			terms = append(terms, term{n: n})
			i = j
		case unicode.IsLetter(c):
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || rs[j] == '.') {
				j++
			}
			word := strings.TrimSuffix(string(rs[i:j]), ".")
			i = j
			if word == "and" {
				continue
			}
			if word == "a" || word == "an" || word == "one" {
				terms = append(terms, term{n: 1})
				continue
			}
			if word == "half" {
				terms = append(terms, term{n: 0.5})
				continue
			}
			u, ok := unitWords[word]
			if !ok {
				return nil, fmt.Errorf("%q is not a unit", word)
			}
			if len(terms) == 0 || terms[len(terms)-1].unit != nil {
				return nil, fmt.Errorf("no number before %q", word)
			}
			terms[len(terms)-1].unit = u
		default:
			return nil, fmt.Errorf("%q is not part of a duration", string(c))
		}
	}
	return terms, nil
}

// isASCIIDigits guards ParseFloat, which would accept other digit forms
// unicode.IsDigit lets through.
func isASCIIDigits(s string) bool {
	for _, c := range s {
		if (c < '0' || c > '9') && c != '.' {
			return false
		}
	}
	return s != "."
}

func fmtNumber(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// FormatDuration writes a range for people: "40 min", "4 hours", "2 days",
// "1–3 days", "2.5 weeks". Days and weeks are the board's working ones.
func FormatDuration(r DurationRange, s Settings) string {
	unit, name, plural := time.Minute, "min", "min"
	switch top := r.Max; {
	case top >= s.WorkingWeek()*2:
		unit, name, plural = s.WorkingWeek(), "week", "weeks"
	case top >= s.WorkingDay():
		unit, name, plural = s.WorkingDay(), "day", "days"
	case top >= time.Hour:
		unit, name, plural = time.Hour, "hour", "hours"
	}
	// "3–10 days" reads better than "0.6–2 weeks": a range that starts
	// below one unit is told in the next smaller one, down to days.
	if !r.Exact() && r.Min > 0 && r.Min < unit && unit > s.WorkingDay() {
		unit, name, plural = s.WorkingDay(), "day", "days"
	}
	num := func(d time.Duration) string {
		// One decimal below ten, whole numbers above: "3.5 days", "12 days".
		v := float64(d) / float64(unit)
		if v >= 10 {
			return strconv.FormatFloat(math.Round(v), 'f', -1, 64)
		}
		return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
	}
	if r.Exact() {
		n := num(r.Max)
		if n == "1" {
			return n + " " + name
		}
		return n + " " + plural
	}
	return num(r.Min) + "–" + num(r.Max) + " " + plural
}
