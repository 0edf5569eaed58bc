package export

import (
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestRender_FilesToLookAt writes every export of a finished workshop board,
// and of a crowded one, for a person to look at:
// EXPORT_CHECK_DIR=/tmp/x go test -run FilesToLookAt ./export/ then
// pdftoppm -png -r 60 /tmp/x/fit-A4.pdf /tmp/x/fit-A4.
func TestRender_FilesToLookAt(t *testing.T) {
	dir := os.Getenv("EXPORT_CHECK_DIR")
	if dir == "" {
		t.Skip("set EXPORT_CHECK_DIR")
	}
	b := workshopBoard(t)
	b.Stickies[0].Text += " 部署 Größe Ωμέγα"
	write := func(name string, f func(w io.Writer) error) {
		if err := WriteFile(filepath.Join(dir, name), f); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range Papers {
		write("fit-"+string(p)+".pdf", func(w io.Writer) error { return PDF(w, b, PDFOptions{Created: fixedDate, Paper: p}) })
		write("poster-"+string(p)+".pdf", func(w io.Writer) error {
			return PDF(w, b, PDFOptions{Created: fixedDate, Paper: p, Poster: true})
		})
	}
	write("map.png", func(w io.Writer) error { return PNG(w, b, 1) })
	write("actions.png", func(w io.Writer) error { return ActionsPNG(w, b, PNGOptions{Scale: 1}) })
	write("actions.md", func(w io.Writer) error { return Markdown(w, b) })
	write("actions.csv", func(w io.Writer) error { return CSV(w, b) })
	many := manyStickies(300)
	write("many.pdf", func(w io.Writer) error { return PDF(w, many, PDFOptions{Created: fixedDate}) })
}
