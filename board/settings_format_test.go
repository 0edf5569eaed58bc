package board

import (
	"os"
	"strings"
	"testing"
)

func TestSettings_SavedAndReadBack(t *testing.T) {
	b := blankBoard()
	b.Settings = Settings{DayHours: 7.5, WeekDays: 4, VotesPerPerson: 5, Voters: 8, Sizes: [SizeCount]string{SizeM: "2-4d"}}
	b.Stickies[1].HintDismissed = true
	data, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if got.Settings != b.Settings {
		t.Fatalf("settings read back as %+v, want %+v", got.Settings, b.Settings)
	}
	if s, _ := got.Sticky(2); !s.HintDismissed {
		t.Fatal("a dismissed past-tense hint came back after saving")
	}
	data, _ = Encode(got)
	got, _ = Decode(data)
	again, _ := Encode(got)
	if string(again) != string(data) {
		t.Fatal("saving a loaded board changed its bytes")
	}
}

func TestSettings_DefaultsLeaveTheFileAsItWas(t *testing.T) {
	data, err := Encode(New())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"settings"`) {
		t.Fatal("a board with default settings writes a settings object")
	}
}

func TestSettings_BadValuesFallBackToDefaultsAndAreReported(t *testing.T) {
	data := `{"format":"pathmap","version":2,"stickies":[],"settings":{"workingDayHours":40,"tshirtSizes":{"M":"soon"},"votesPerPerson":3}}`
	b, repairs, err := DecodeWithReport([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if b.Settings.DayHours != 0 || b.Settings.Sizes[SizeM] != "" || b.Settings.VotesPerPerson != 3 {
		t.Fatalf("settings = %+v", b.Settings)
	}
	if len(repairs) != 2 || !strings.Contains(repairs[0].String(), "workingDayHours 40") {
		t.Fatalf("repairs = %v", repairs)
	}
	if _, err := Decode([]byte(data)); err == nil {
		t.Fatal("strict loading (export) accepted broken settings")
	}
}

func TestSettings_V2FixtureReadsSettings(t *testing.T) {
	data, err := os.ReadFile("testdata/formats/v2.pathmap")
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Settings.DayHours != 7.5 || b.Settings.Votes() != 5 || b.Settings.SizeLabel(SizeL) != "1-2w" {
		t.Fatalf("settings from the v2 fixture = %+v", b.Settings)
	}
	if s, _ := b.Sticky(7); !s.HintDismissed {
		t.Fatal("the fixture's dismissed hint on sticky 7 was not read")
	}
}
