package board

import (
	"fmt"
	"strings"
	"testing"
)

func TestDecode_AByteOrderMarkAtTheStartIsAccepted(t *testing.T) {
	data, err := Encode(New())
	if err != nil {
		t.Fatal(err)
	}
	b, err := Decode(append([]byte("\xEF\xBB\xBF"), data...))
	if err != nil || !sameBoard(b, New()) {
		t.Fatalf("a board saved with a byte order mark: %v", err)
	}
}

func TestDecodeWithReport_ReportsKeysWrittenTwice(t *testing.T) {
	data := `{"format": "pathmap", "version": 2, "title": "First", "stickies": [
  {"id": 1, "lane": "events", "text": "Deployed", "x": 0, "y": 8, "text": "Overwritten"},
  {"id": 2, "lane": "events", "text": "a \"text\" inside", "x": 200, "y": 8, "note": {"text": 1, "te\u0078t": 2}}
], "title": "Second"}`
	b, repairs, err := DecodeWithReport([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range repairs {
		got = append(got, r.String())
	}
	want := []string{
		`line 2, column 67: key "text" appears twice in one object; the last value was used`,
		`line 3, column 98: key "text" appears twice in one object; the last value was used`,
		`line 4, column 4: key "title" appears twice in one object; the last value was used`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("repairs:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if b.Title != "Second" || b.Stickies[0].Text != "Overwritten" {
		t.Fatalf("the last values were not used: %q, %q", b.Title, b.Stickies[0].Text)
	}
	if _, err := Decode([]byte(data)); err == nil {
		t.Fatal("strict loading accepted a duplicate key")
	}
}

func TestDecodeWithReport_ManyDuplicateKeysAreCounted(t *testing.T) {
	var keys []string
	for i := 0; i < 40; i++ {
		keys = append(keys, fmt.Sprintf(`"k%d": 1, "k%d": 2`, i, i))
	}
	data := `{"format": "pathmap", "version": 2, "stickies": [], "x": {` + strings.Join(keys, ", ") + `}}`
	_, repairs, err := DecodeWithReport([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(repairs) != maxDuplicateReports+1 || !strings.Contains(repairs[len(repairs)-1].Problem, "20 more keys") {
		t.Fatalf("%d repairs, last %v", len(repairs), repairs[len(repairs)-1])
	}
}
