package board

import (
	"encoding/json"
	"fmt"
	"reflect"
	"testing"
)

// The one-decode path for a whole list must read exactly what reading it
// entry by entry reads, and take no list that path would repair.
func TestSoundList_ReadsWhatEntryByEntryReads(t *testing.T) {
	events := `{"id":1,"lane":"events","text":"Story picked up","x":0,"y":20},{"id":2,"lane":"events","text":"Deployed","x":300,"y":20}`
	stickyLists := []string{
		`[]`,
		`[` + events + `]`,
		`[` + events + `,{"id":3,"lane":"actions","text":"Automate","x":0,"y":900,"owner":"Priya","due":"2025-12-04","votes":2,"w":200,"h":150}]`,
		`[` + events + `,{"id":2,"lane":"events","text":"Same id","x":600,"y":20}]`, // a repeated id
		`[` + events + `,{"id":3,"lane":"events","text":"No place"}]`,               // no x, y
		`[` + events + `,{"id":3,"lane":"events","text":"Null owner","x":9,"y":20,"owner":null}]`,
		`[` + events + `,{"id":3.5,"lane":"events","text":"Half an id","x":9,"y":20}]`, // not a whole number
		`[` + events + `,{"id":3,"lane":"nowhere","text":"Bad lane","x":9,"y":20}]`,
		`[` + events + `,{"id":3,"lane":"events","text":"Far","x":1e12,"y":20}]`,
		`[` + events + `,{"id":3,"lane":"events","text":"Says null in words","x":9,"y":20}]`,
		`[` + events + `,7]`,
		`{"not":"a list"}`,
	}
	for i, list := range stickyLists {
		t.Run(fmt.Sprintf("stickies %d", i), func(t *testing.T) {
			fast, ok := soundStickies(json.RawMessage(list))
			var raw []json.RawMessage
			if json.Unmarshal([]byte(list), &raw) != nil {
				if ok {
					t.Fatalf("%s is no list, yet read as %d stickies", list, len(fast))
				}
				return
			}
			var slow Board
			var rs repairs
			pending := decodeStickies(raw, &slow, &rs)
			needsRepair := len(rs) > 0 || len(pending) > 0
			if ok && needsRepair {
				t.Fatalf("%s needs repairs %v, yet the one-decode path took it", list, rs)
			}
			if ok && !reflect.DeepEqual(fast, slow.Stickies) {
				t.Fatalf("%s reads as\n%+v\nin one decode, as\n%+v\nentry by entry", list, fast, slow.Stickies)
			}
		})
	}

	b := &Board{Stickies: []Sticky{{ID: 1, Lane: Events}, {ID: 2, Lane: Events}, {ID: 3, Lane: Actions}}}
	spanLists := []string{
		`[]`,
		`[{"id":1,"from":1,"to":2,"label":"2d"},{"id":2,"from":2,"to":1}]`,
		`[{"id":1,"from":1,"to":2,"label":"2d"},{"id":1,"from":2,"to":1}]`, // a repeated id
		`[{"id":1,"from":1,"to":3,"label":"2d"}]`,                          // not over events
		`[{"id":1,"from":1,"to":9,"label":"2d"}]`,                          // no such sticky
		`[{"id":1,"from":1,"to":2,"label":null}]`,
		`[{"id":1,"from":1,"label":"2d"}]`,
		`[{"id":0,"from":1,"to":2}]`,
		`[{"id":1,"from":1,"to":2,"label":"null and void"}]`,
	}
	for i, list := range spanLists {
		t.Run(fmt.Sprintf("spans %d", i), func(t *testing.T) {
			fast, ok := soundSpans(json.RawMessage(list), b)
			slow := &Board{Stickies: b.Stickies}
			var rs repairs
			decodeSpans(map[string]json.RawMessage{"spans": json.RawMessage(list)}, slow, &rs)
			if ok && len(rs) > 0 {
				t.Fatalf("%s needs repairs %v, yet the one-decode path took it", list, rs)
			}
			if ok && !reflect.DeepEqual(fast, slow.Spans) {
				t.Fatalf("%s reads as %+v in one decode, as %+v entry by entry", list, fast, slow.Spans)
			}
		})
	}
}

// A board pathmap wrote takes the one-decode path and reads back as it was.
func TestSoundList_ABoardWrittenReadsBackTheSame(t *testing.T) {
	b := New()
	b.Stickies = append(b.Stickies, Sticky{ID: 90, Lane: Events, Text: "Deployed", X: 600, Y: b.LaneTop(Events) + LanePad, W: StickyWidth, H: StickyHeight})
	b.Spans = []Span{{ID: 1, From: b.InLane(Events)[0].ID, To: 90, Label: "3d"}}
	data, err := Encode(b)
	if err != nil {
		t.Fatal(err)
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	stickies, ok := soundStickies(top["stickies"])
	if !ok || !reflect.DeepEqual(stickies, b.Stickies) {
		t.Errorf("the stickies pathmap wrote read back as %+v (one decode: %v); want %+v", stickies, ok, b.Stickies)
	}
	spans, ok := soundSpans(top["spans"], b)
	if !ok || !reflect.DeepEqual(spans, b.Spans) {
		t.Errorf("the spans pathmap wrote read back as %+v (one decode: %v); want %+v", spans, ok, b.Spans)
	}
}
