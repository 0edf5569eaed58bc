package board

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"pathmap/assets"
)

// The loader reads files from anywhere: other tools, hand edits, broken
// disks. Fuzzing checks that nothing it is given makes it panic, and that a
// board it accepts, repaired or not, saves and loads back unchanged.
// `make test` runs each target for a few seconds; inputs that once failed
// are kept in testdata/fuzz/ and rerun by every plain `go test`.

// addSeeds seeds a fuzz target with the hostile files in testdata/hostile/
// and small boards. (The large fixtures of testdata/formats/ are checked by
// TestDecode_FixturesLoadSaveLoadStable instead: as seeds they slowed the
// fuzzer to a crawl.)
func addSeeds(f *testing.F) {
	files, _ := filepath.Glob("testdata/hostile/*.pathmap")
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(damaged))
	f.Add([]byte(`{"format":"pathmap","version":1,"title":"t","stickies":[{"id":1,"lane":"events","text":"a","x":0,"y":12}]}`))
	f.Add([]byte(`{"format":"pathmap","version":2,"title":"t","stickies":[{"id":1,"lane":"events","text":"a","x":0,"y":12},` +
		`{"id":2,"lane":"events","text":"b","x":200,"y":12},{"id":3,"lane":"actions","text":"Who?","x":0,"y":652,"owner":"P","due":"2026-12-04","votes":2}],` +
		`"spans":[{"id":1,"from":1,"to":2,"label":"2d"}],"laneHeights":[128,244,128,128,128,128]}`))
}

func TestDecode_FixturesLoadSaveLoadStable(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*.pathmap")
	if len(files) < 10 {
		t.Fatalf("found only %d fixtures", len(files))
	}
	for _, p := range files {
		data, _ := os.ReadFile(p)
		t.Run(filepath.Base(p), func(t *testing.T) { checkStable(t, data) })
	}
	checkStable(t, assets.SampleBoard)
}

// checkStable is the property every input must have.
func checkStable(t *testing.T, data []byte) {
	b, repairs, err := DecodeWithReport(data)
	strict, strictErr := Decode(data)
	if err != nil {
		if b != nil || strictErr == nil {
			t.Fatalf("an unreadable file gave a board %v or loaded strictly", b != nil)
		}
		return
	}
	if (strictErr == nil) != (len(repairs) == 0) {
		t.Fatalf("strict error %v but %d repairs", strictErr, len(repairs))
	}
	if strictErr == nil && !reflect.DeepEqual(strict, b) {
		t.Fatal("strict and repairing loads of a sound file differ")
	}
	saved, err := Encode(b)
	if err != nil {
		t.Fatalf("a loaded board does not save: %v", err)
	}
	again, repairs2, err := DecodeWithReport(saved)
	if err != nil || len(repairs2) != 0 {
		t.Fatalf("the saved board does not load cleanly: %v %v\n%s", err, repairs2, saved)
	}
	if !reflect.DeepEqual(again, b) {
		t.Fatalf("load → save → load changed the board:\n got %+v\nwant %+v", again, b)
	}
	if resaved, _ := Encode(again); !bytes.Equal(resaved, saved) {
		t.Fatalf("saving the reloaded board gave other bytes:\n%s\n%s", saved, resaved)
	}
}

func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(checkStable)
}

// FuzzDecodeSticky puts the fuzzed bytes in a sticky's place, so the fuzzer
// spends its time on the fields rather than on getting past the header.
func FuzzDecodeSticky(f *testing.F) {
	for _, s := range []string{
		`{"id":1,"lane":"events","text":"a","x":0,"y":12}`,
		`{"id":2,"lane":"actions","text":"Who?","x":5.5,"y":652,"w":170,"h":120,"owner":"Priya","due":"2026-12-04","votes":3}`,
		`{"id":1,"lane":"ideas","text":12,"x":1e300,"y":null,"w":0}`,
		`{"id":1.5}`, `null`, `"x"`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, sticky []byte) {
		data := []byte(`{"format":"pathmap","version":2,"title":"t","stickies":[{"id":1,"lane":"events","text":"s","x":0,"y":12},`)
		data = append(data, sticky...)
		data = append(data, `],"spans":[{"id":1,"from":1,"to":2,"label":"2d"}]}`...)
		checkStable(t, data)
	})
}
