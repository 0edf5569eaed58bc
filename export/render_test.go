package export

import (
	"io"
	"os"
	"testing"
)

// TestRender_FilesToLookAt writes the sample's exports, and a crowded
// board's PDF, for a person to look at: EXPORT_CHECK_DIR=/tmp/x go test -run
// FilesToLookAt ./export/ then pdftoppm -png -r 60 /tmp/x/map.pdf /tmp/x/map.
func TestRender_FilesToLookAt(t *testing.T) {
	dir := os.Getenv("EXPORT_CHECK_DIR")
	if dir == "" {
		t.Skip("set EXPORT_CHECK_DIR")
	}
	b := sampleBoard(t)
	if err := WriteFile(dir+"/map.pdf", func(w io.Writer) error { return PDF(w, b, PDFOptions{Created: fixedDate}) }); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(dir+"/map.png", func(w io.Writer) error { return PNG(w, b, 1) }); err != nil {
		t.Fatal(err)
	}
	many := manyStickies(300)
	if err := WriteFile(dir+"/many.pdf", func(w io.Writer) error { return PDF(w, many, PDFOptions{Created: fixedDate}) }); err != nil {
		t.Fatal(err)
	}
}
