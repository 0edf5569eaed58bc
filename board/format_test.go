package board

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"pathmap/assets"
)

func TestEncodeDecode_RoundTrip(t *testing.T) {
	b := New()
	b.Title = "Größe · 部署"
	b.Stickies = append(b.Stickies, Sticky{ID: 7, Lane: PainPoints, Text: "Line one\nΩμέγα \"quoted\" <b>", X: -12.5, Y: 733.25, W: 170, H: 120,
		Owner: "Zoë", Due: "2026-12-01", Votes: 4})
	b.Spans = []Span{{ID: 1, From: 1, To: 2, Label: "3d"}}
	b.LaneHeights[Systems] = RowsHeight(2)
	data, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode(Encode(b)): %v", err)
	}
	if !reflect.DeepEqual(got, b) {
		t.Fatalf("round trip changed the board:\n got %+v\nwant %+v", got, b)
	}
	again, _ := Encode(got)
	if string(again) != string(data) {
		t.Fatal("encoding the same board twice gave different bytes")
	}
}

func TestEncode_WritesFormatNameAndVersion(t *testing.T) {
	data, _ := Encode(New())
	for _, want := range []string{`"format": "pathmap"`, fmt.Sprintf(`"version": %d`, FormatVersion), `"lane": "events"`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("encoded board lacks %s:\n%s", want, data)
		}
	}
}

func TestDecode_SaysWhatIsWrongAndWhere(t *testing.T) {
	sticky := func(fields string) string {
		return `{"format":"pathmap","version":1,"title":"t","stickies":[` + fields + `]}`
	}
	cases := []struct{ name, file, want string }{
		{"empty", "", "the file is empty"},
		{"spaces", "  \n ", "the file is empty"},
		{"not json", "hello", "line 1, column 1: not valid JSON"},
		{"broken json on line 3", "{\n\"format\": \"pathmap\",\n\"version\": 1,,\n}", "line 3, column 14: not valid JSON"},
		{"array", "[1,2]", "not a pathmap board"},
		{"other format", `{"format":"excalidraw","version":2}`, "not a pathmap board"},
		{"newer version", `{"format":"pathmap","version":9,"stickies":[]}`, "newer pathmap (format version 9)"},
		{"version is text", `{"format":"pathmap","version":"1","stickies":[]}`, "version is not a number"},
		{"no stickies", `{"format":"pathmap","version":1}`, "stickies is missing"},
		{"stickies not list", `{"format":"pathmap","version":1,"stickies":{}}`, "stickies is not a list"},
		{"text not string", sticky(`{"id":12,"lane":"events","text":5,"x":0,"y":0}`), "sticky 12: text is not a string"},
		{"text null", sticky(`{"id":12,"lane":"events","text":null,"x":0,"y":0}`), "sticky 12: text is not a string"},
		{"unknown lane", sticky(`{"id":3,"lane":"ideas","text":"a","x":0,"y":0}`), `sticky 3: lane "ideas" is not one of "events"`},
		{"missing id", sticky(`{"lane":"events","text":"a","x":0,"y":0}`), "sticky #1 in the list: id is missing"},
		{"fractional id", sticky(`{"id":1.5,"lane":"events","text":"a","x":0,"y":0}`), "sticky #1 in the list: id 1.5 is not a positive whole number"},
		{"sticky not object", sticky(`"hello"`), "sticky #1 in the list: is not an object"},
		{"x not number", sticky(`{"id":4,"lane":"teams","text":"a","x":"left","y":0}`), "sticky 4: x is not a number"},
		{"huge position", sticky(`{"id":4,"lane":"teams","text":"a","x":1e300,"y":0}`), "sticky 4: position"},
		{"zero size", sticky(`{"id":4,"lane":"teams","text":"a","x":0,"y":0,"w":0,"h":10}`), "sticky 4: size 0×10 must be positive"},
		{"duplicate id", sticky(`{"id":4,"lane":"teams","text":"a","x":0,"y":0},{"id":4,"lane":"teams","text":"b","x":0,"y":0}`), "sticky 4: id 4 is used by another sticky too"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Decode([]byte(c.file))
			if err == nil {
				t.Fatalf("Decode accepted %q", c.file)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Decode error = %q, want it to contain %q", err, c.want)
			}
		})
	}
}

func TestDecode_MissingSizeGetsDefault(t *testing.T) {
	b, err := Decode([]byte(`{"format":"pathmap","version":1,"stickies":[{"id":1,"lane":"pain","text":"slow","x":5,"y":730}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if s := b.Stickies[0]; s.W != StickyWidth || s.H != StickyHeight || s.Lane != PainPoints {
		t.Fatalf("sticky = %+v, want default size in the pain points lane", s)
	}
}

func TestSampleBoard_IsRealisticAndValid(t *testing.T) {
	b, err := Decode(assets.SampleBoard)
	if err != nil {
		t.Fatalf("the built-in sample board does not load: %v", err)
	}
	if n := len(b.Stickies); n < 15 || n > 30 {
		t.Fatalf("sample has %d stickies, want 15–30", n)
	}
	for _, l := range AllLanes() {
		if len(b.InLane(l)) == 0 {
			t.Errorf("sample has no sticky in lane %s", l.Name())
		}
		for _, s := range b.InLane(l) {
			if lane, _, y := b.Snap(s.X, s.Y, s.W, s.H); lane != l || y != s.Y {
				t.Errorf("sample sticky %d %q is not resting inside its lane", s.ID, s.Text)
			}
		}
	}
	events := b.InLane(Events)
	if events[0].Text != StartEvent || events[len(events)-1].Text != FinalEvent {
		t.Errorf("sample events run %q … %q, want the workshop's start and final events", events[0].Text, events[len(events)-1].Text)
	}
}

// Every format version ever written has a fixture; each must still load,
// migrated to the current version, with its content intact.
func TestDecode_MigratesEveryOldVersion(t *testing.T) {
	files, _ := filepath.Glob("testdata/formats/v*.pathmap")
	if len(files) != FormatVersion {
		t.Fatalf("found %d format fixtures %v, want one per version 1…%d", len(files), files, FormatVersion)
	}
	for _, f := range files {
		b, err := Load(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if len(b.InLane(Events)) < 2 || b.Title == "" {
			t.Errorf("%s lost content in migration: %+v", f, b)
		}
		data, _ := Encode(b)
		again, err := Decode(data)
		if err != nil || !reflect.DeepEqual(again, b) {
			t.Errorf("%s: save after migration does not load back equal: %v", f, err)
		}
	}
	v2, err := Load("testdata/formats/v2.pathmap")
	if err != nil {
		t.Fatal(err)
	}
	if len(v2.Spans) != 1 || v2.Spans[0].Label != "2d" {
		t.Errorf("v2 spans = %+v", v2.Spans)
	}
	var owned int
	for _, s := range v2.Stickies {
		if s.Owner != "" && s.Due != "" {
			owned++
		}
	}
	if owned != 1 {
		t.Errorf("v2 fixture: %d actions with owner and due, want 1", owned)
	}
	_ = os.Remove // fixtures are read only
}

// A sticky sent from a phone keeps its room mark and author through a save
// and a load; a mark pathmap does not know is cleared with a report.
func TestEncode_RoomMarkRoundTrips(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies, Sticky{ID: 3, Lane: PainPoints, Text: "Waiting for review", X: 0, Y: 396, W: StickyWidth, H: StickyHeight, FromRoom: true, Author: "Sam"})
	data, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"from": "room"`) || !strings.Contains(string(data), `"author": "Sam"`) {
		t.Fatalf("room mark not written:\n%s", data)
	}
	again, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if s, _ := again.Sticky(3); !s.FromRoom || s.Author != "Sam" {
		t.Fatalf("room sticky loaded as %+v", s)
	}
	odd := strings.Replace(string(data), `"from": "room"`, `"from": "mars"`, 1)
	got, repairs, err := DecodeWithReport([]byte(odd))
	if err != nil || len(repairs) != 1 {
		t.Fatalf("unknown mark: err %v, repairs %v", err, repairs)
	}
	if s, _ := got.Sticky(3); s.FromRoom {
		t.Fatalf("unknown mark read as from the room")
	}
}
