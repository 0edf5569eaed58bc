package board

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"pathmap/assets"
)

func TestAgenda_RestoreAfterRestartResumesByWallClock(t *testing.T) {
	b := New()
	b.Agenda.Next(t0)
	b.Agenda.Start(at(0, 0)) // step 2: 10 min
	b.Agenda.Adjust(time.Minute)
	data, err := Encode(b) // what autosave wrote just before the crash
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	// The app is back four minutes after the timer started.
	if left := got.Agenda.TimeLeft(at(4, 0)); left != 7*time.Minute {
		t.Fatalf("reopened 4 min into a 10+1 min step: %v left, want 7m", left)
	}
	if !got.Agenda.Running || got.Agenda.Current != 1 {
		t.Fatalf("reopened on step %d running=%v, want step 2 running", got.Agenda.Current+1, got.Agenda.Running)
	}
}

func TestAgenda_RoundTripKeepsEverything(t *testing.T) {
	b := New()
	a := &b.Agenda
	a.Start(t0.Add(123456789 * time.Nanosecond))
	a.Next(at(6, 7))
	a.Muted = true
	a.FollowUp = FollowUp{When: "2026-12-03 14:00", Purpose: PurposeBoth, Note: "Prioritise the pains"}
	a.Steps[3].Tips = nil
	data, _ := Encode(b)
	got, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Agenda, b.Agenda) {
		t.Fatalf("round trip changed the agenda:\n got %+v\nwant %+v", got.Agenda, b.Agenda)
	}
	for _, want := range []string{`"agenda": {`, `"purpose": "both"`, `"minutes": 10`, `"lane": "systems"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("file lacks %s", want)
		}
	}
}

func TestAgenda_FileWithoutAgendaGetsTheDefault(t *testing.T) {
	for name, data := range map[string][]byte{
		"version 1 file": []byte(`{"format":"pathmap","version":1,"title":"t","stickies":[]}`),
		"sample board":   assets.SampleBoard,
	} {
		b, err := Decode(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !reflect.DeepEqual(b.Agenda, DefaultAgenda()) {
			t.Fatalf("%s: agenda = %+v, want the default", name, b.Agenda)
		}
	}
}

func TestAgenda_DamagedAgendaIsReportedAndReplaced(t *testing.T) {
	file := func(agenda string) []byte {
		return []byte(`{"format":"pathmap","version":2,"title":"t","stickies":[],"agenda":` + agenda + `}`)
	}
	step := `{"title":"a","prompt":"p","lane":"events","minutes":5}`
	cases := []struct{ name, agenda, want string }{
		{"not object", `[1]`, "agenda: is not an agenda object"},
		{"bad lane", `{"current":0,"running":false,"steps":[{"title":"a","prompt":"p","lane":"x","minutes":5}]}`, `agenda step 1: lane "x"`},
		{"zero minutes", `{"current":0,"running":false,"steps":[{"title":"a","prompt":"p","lane":"events","minutes":0}]}`, "agenda step 1: minutes 0"},
		{"current out of range", `{"current":3,"running":false,"steps":[` + step + `]}`, "current step 3"},
		{"running without since", `{"current":0,"running":true,"steps":[` + step + `]}`, "no \"since\""},
		{"bad since", `{"current":0,"running":true,"since":"today","steps":[` + step + `]}`, `since "today"`},
		{"bad purpose", `{"current":0,"running":false,"steps":[` + step + `],"followUp":{"purpose":"party"}}`, `purpose "party"`},
		{"huge minutes", `{"current":0,"running":false,"steps":[{"title":"a","prompt":"p","lane":"events","minutes":1e300}]}`, "minutes 1e+300"},
		{"long title", `{"current":0,"running":false,"steps":[{"title":"` + strings.Repeat("x", 201) + `","prompt":"p","lane":"events","minutes":5}]}`, "longer than 200"},
		{"bad follow-up date", `{"current":0,"running":false,"steps":[` + step + `],"followUp":{"when":"next week"}}`, `"next week" is not a date`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if _, err := Decode(file(c.agenda)); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Decode error = %v, want it to contain %q", err, c.want)
			}
			b, rs, err := DecodeWithReport(file(c.agenda))
			if err != nil || len(rs) != 1 || !reflect.DeepEqual(b.Agenda, DefaultAgenda()) {
				t.Fatalf("repairing load: err=%v repairs=%v, want the default agenda and one repair", err, rs)
			}
		})
	}
}

func TestAgenda_V2FixtureLoadsWithItsRunningTimer(t *testing.T) {
	b, err := Load("testdata/formats/v2.pathmap")
	if err != nil {
		t.Fatal(err)
	}
	a := b.Agenda
	if len(a.Steps) != 3 || a.Current != 1 || !a.Running || a.Steps[2].Lane != Systems {
		t.Fatalf("v2 agenda = %+v", a)
	}
	if got := a.Actual(0, at(30, 0)); got != 450*time.Second {
		t.Fatalf("step 1 actual %v, want 7m30s", got)
	}
	// Started 14:07:30 on an 10+1 min countdown: at 14:10 there are 8m30s left.
	if got := a.TimeLeft(at(10, 0)); got != 8*time.Minute+30*time.Second {
		t.Fatalf("time left at 14:10 = %v, want 8m30s", got)
	}
	if a.FollowUp.When != "2026-12-03 14:00" || a.FollowUp.Purpose != PurposeBoth {
		t.Fatalf("follow-up = %+v", a.FollowUp)
	}
}
