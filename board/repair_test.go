package board

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// damaged is a board with one of every repairable problem, as an old
// version, another tool or a hand edit leaves them.
const damaged = `{"format":"pathmap","version":2,"title":"Damaged","stickies":[
 {"id":1,"lane":"events","text":"Start","x":0,"y":12},
 {"id":2,"lane":"events","text":"Merged","x":200,"y":12},
 {"id":2,"lane":"events","text":"Twin","x":400,"y":12},
 {"id":3,"lane":"ideas","text":"Where does this go?","x":0,"y":12},
 {"id":4,"lane":"pain","text":12,"x":0,"y":396},
 {"id":5,"lane":"pain","text":"Far away","x":1e300,"y":396},
 {"id":6,"lane":"teams","text":"No place","x":null,"y":"top"},
 {"id":7,"lane":"systems","x":0,"y":140},
 {"id":8,"lane":"actions","text":"` + "%LONG%" + `","x":0,"y":652,"due":"soon","votes":-3},
 "not a sticky",
 {"lane":"timings","text":"No id","x":0,"y":524,"w":0,"h":5}
],"spans":[{"id":1,"from":1,"to":2,"label":"2d"},{"id":2,"from":1,"to":99,"label":"gone"},{"id":1,"from":1,"to":2}]}`

func writeDamaged(t *testing.T) (string, []byte) {
	t.Helper()
	data := []byte(strings.Replace(damaged, "%LONG%", strings.Repeat("é", MaxTextLength+500), 1))
	path := filepath.Join(t.TempDir(), "damaged.pathmap")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, data
}

func TestLoadWithReport_RepairsWhatItCanAndSaysWhat(t *testing.T) {
	path, data := writeDamaged(t)
	before, _ := os.Stat(path)
	b, repairs, err := LoadWithReport(path)
	if err != nil {
		t.Fatalf("a damaged but readable board did not load: %v", err)
	}
	var report []string
	for _, r := range repairs {
		report = append(report, r.String())
	}
	all := strings.Join(report, "\n")
	for _, want := range []string{
		"sticky 2: id 2 is used by another sticky too; the later one got a new id",
		`sticky 3: lane "ideas" is not one of "events"`,
		"moved to Questions & actions",
		`sticky 4: text is not a string; kept "12" as its text`,
		"sticky 5: position (1e+300, 396) is outside the board",
		"sticky 6: x is not a number; it was placed at a free spot",
		"sticky 7: text is missing; the sticky was kept with no text",
		"sticky 8: text is 2500 characters long; at most 2000 fit; only the first 2000 characters were kept",
		`sticky 8: due date "soon" is not a date`,
		"sticky 8: votes is not a whole number",
		"sticky #10 in the list: is not an object; it was left out",
		"sticky #11 in the list: id is missing; it got a new id",
		"size 0×5 must be positive",
		"span 2: sticky 99 is not an event on this board; the timing was left out",
		"span 1: id 1 is used by another span too",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the repair report lacks %q; it says:\n%s", want, all)
		}
	}

	if len(b.Stickies) != 10 {
		t.Errorf("board has %d stickies, want the 10 that are objects", len(b.Stickies))
	}
	ids := map[int]bool{}
	for _, s := range b.Stickies {
		if ids[s.ID] || s.ID < 1 {
			t.Errorf("sticky %q has id %d, which is not a fresh unique id", s.Text, s.ID)
		}
		ids[s.ID] = true
		if lane, _, y := b.Snap(s.X, s.Y, s.W, s.H); (s.Text == "Far away" || s.Text == "No place") && (lane != s.Lane || y != s.Y) {
			t.Errorf("re-placed sticky %q at (%g, %g) is not inside its lane %s", s.Text, s.X, s.Y, s.Lane.Name())
		}
	}
	if twin := findText(b, "Twin"); twin.ID <= 8 {
		t.Errorf("the duplicate got id %d; want a new id above every other", twin.ID)
	}
	if moved := findText(b, "Where does this go?"); moved.Lane != Actions {
		t.Errorf("sticky of an unknown lane is in %s, want Questions & actions", moved.Lane.Name())
	}
	if long := b.Stickies[8]; len([]rune(long.Text)) != MaxTextLength || long.Due != "" || long.Votes != 0 {
		t.Errorf("long sticky: %d characters, due %q, votes %d; want it cut to %d with due and votes cleared", len([]rune(long.Text)), long.Due, long.Votes, MaxTextLength)
	}
	if len(b.Spans) != 1 || b.Spans[0].Label != "2d" {
		t.Errorf("spans = %+v, want only the sound one", b.Spans)
	}

	after, _ := os.Stat(path)
	if now, _ := os.ReadFile(path); string(now) != string(data) || !after.ModTime().Equal(before.ModTime()) {
		t.Fatal("loading a damaged board changed the file")
	}
	// Saving writes the repaired board, which then loads with nothing to repair.
	saved := filepath.Join(t.TempDir(), "repaired.pathmap")
	if err := Save(saved, b); err != nil {
		t.Fatal(err)
	}
	if _, again, err := LoadWithReport(saved); err != nil || len(again) != 0 {
		t.Fatalf("the saved repaired board still needs repairs: %v %v", again, err)
	}
}

func findText(b *Board, text string) Sticky {
	for _, s := range b.Stickies {
		if s.Text == text {
			return s
		}
	}
	return Sticky{}
}

func TestLoad_StrictFailsOnFirstRepairableProblem(t *testing.T) {
	path, _ := writeDamaged(t)
	_, err := Load(path)
	if err == nil || err.Error() != path+": sticky 2: id 2 is used by another sticky too" {
		t.Fatalf("strict Load error = %v, want the first problem with the file name", err)
	}
}

func TestLoadWithReport_RefusesWhatIsNoBoardAndSaysWhy(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, content, want string }{
		{"empty", "", "the file is empty"},
		{"not json", "Meeting notes, not a board", "line 1, column 1: not valid JSON"},
		{"an archive", "PK\x03\x04\x14\x00\x00\x00\x08\x00", "not a pathmap board (it is a binary file, not text"},
		{"an image", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a pathmap board (it is a binary file, not text"},
		{"NaN literal", `{"format":"pathmap","version":2,"stickies":[{"id":1,"x":NaN}]}`, "line 1, column 57: not valid JSON"},
		{"a list", "[1,2,3]", "not a pathmap board (expected a JSON object"},
		{"another tool", `{"type":"excalidraw","version":2,"elements":[]}`, "not a pathmap board"},
		{"newer version", `{"format":"pathmap","version":4,"stickies":[]}`, "written by a newer pathmap (format version 4); this one reads up to version 3"},
		{"no stickies", `{"format":"pathmap","version":2,"title":"x"}`, "stickies is missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name+".pathmap")
			os.WriteFile(path, []byte(c.content), 0o644)
			b, _, err := LoadWithReport(path)
			if err == nil || b != nil {
				t.Fatalf("loaded %q as a board", c.content)
			}
			if !strings.HasPrefix(err.Error(), path+": ") || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error = %q, want the file name and %q", err, c.want)
			}
			if now, _ := os.ReadFile(path); string(now) != c.content {
				t.Fatal("a failed load changed the file")
			}
		})
	}
}

func TestLoadWithReport_HugeFileIsRefusedWithoutReadingIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "video.pathmap")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// A sparse 1 GB file: no disk space used, but any attempt to read it all
	// would take seconds and a gigabyte of memory.
	if err := f.Truncate(1 << 30); err != nil {
		t.Skipf("cannot make a sparse file here: %v", err)
	}
	f.Close()
	start := time.Now()
	_, _, err = LoadWithReport(path)
	if err == nil || !strings.Contains(err.Error(), "is larger than 64 MB; it is not a pathmap board") {
		t.Fatalf("error = %v", err)
	}
	if time.Since(start) > 5*time.Second {
		t.Fatalf("refusing a 1 GB file took %v: it was read", time.Since(start))
	}
}

func TestRepaired_ErrorNamesFileFirstProblemAndCount(t *testing.T) {
	e := &Repaired{Path: "b.pathmap", Repairs: []Repair{
		{Where: "sticky 12", Problem: "text is not a string", Fix: "x"},
		{Where: "sticky 13", Problem: "lane", Fix: "y"},
		{Where: "sticky 14", Problem: "lane", Fix: "y"},
	}}
	if got := e.Error(); got != "b.pathmap: sticky 12: text is not a string (and 2 more problems)" {
		t.Fatalf("Error() = %q", got)
	}
	if s := RepairSummary(e.Repairs, 2); !strings.Contains(s, "… and 1 more") || strings.Count(s, "•") != 2 {
		t.Fatalf("RepairSummary = %q, want two lines and a count of the rest", s)
	}
}
