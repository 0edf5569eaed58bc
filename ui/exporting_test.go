package ui

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"pathmap/export"
)

// exportWith fills in the Export dialog for folder dir, lets set choose the
// formats, presses Export and waits for the export to finish.
func exportWith(t *testing.T, w *Window, dir string, set func(f *exportForm)) *exportForm {
	t.Helper()
	f := w.exporter.newForm()
	f.fonts = export.NoFallback
	f.folder.SetText(dir)
	f.name.SetText("workshop")
	set(f)
	done := make(chan struct{})
	f.onDone = func(export.Result, error) { close(done) }
	test.Tap(f.exportButton)
	<-done
	return f
}

func TestExportDialog_ChosenFormatsAreWrittenToTheFolder(t *testing.T) {
	w := newTestWindow(t, "")
	typeSticky(t, w, '6', "Who owns staging?")
	dir := t.TempDir()
	f := exportWith(t, w, dir, func(f *exportForm) {
		f.only(f.pdf)
		f.csv.SetChecked(true)
		f.md.SetChecked(true)
		f.paper.SetSelected("A3")
		f.layout.SetSelected(layoutPoster)
	})
	if f.lastErr != nil {
		t.Fatalf("export failed: %v", f.lastErr)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	want := []string{"workshop-actions.csv", "workshop-actions.md", "workshop.pdf"}
	if strings.Join(names, " ") != strings.Join(want, " ") {
		t.Fatalf("folder holds %q, want %q", names, want)
	}
	if !strings.Contains(f.status.Text, "Saved to "+dir) || !strings.Contains(f.status.Text, "workshop.pdf") {
		t.Errorf("status %q does not say where the files went", f.status.Text)
	}
	rows, err := csv.NewReader(strings.NewReader(readExported(t, filepath.Join(dir, "workshop-actions.csv")))).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "Who owns staging?" || rows[1][4] != "question" {
		t.Errorf("CSV rows %q (%v), want the typed question", rows, err)
	}
	if pdf := readExported(t, filepath.Join(dir, "workshop.pdf")); !strings.Contains(pdf, "/MediaBox [0 0 1190.55 841.89]") {
		t.Error("the PDF is not on A3 landscape")
	}
	if !f.progress.Hidden || f.exportButton.Disabled() {
		t.Error("the progress bar is still shown or Export stays disabled after the export")
	}
}

func TestExportDialog_ReportsCharactersNoFontHas(t *testing.T) {
	w := newTestWindow(t, "")
	typeSticky(t, w, '1', "部署 done")
	f := exportWith(t, w, t.TempDir(), func(f *exportForm) { f.only(f.png) })
	if f.lastErr != nil {
		t.Fatal(f.lastErr)
	}
	if !strings.Contains(f.status.Text, "Warning") || !strings.Contains(f.status.Text, "部") {
		t.Errorf("status %q does not warn about 部署", f.status.Text)
	}
}

func TestExportDialog_MissingFolderIsAnErrorNotACrash(t *testing.T) {
	w := newTestWindow(t, "")
	missing := filepath.Join(t.TempDir(), "gone")
	f := exportWith(t, w, missing, func(f *exportForm) {})
	if f.lastErr == nil || !strings.Contains(f.status.Text, "no such folder") {
		t.Errorf("status %q, error %v: want a message about the folder", f.status.Text, f.lastErr)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("the export created the missing folder")
	}
}

func TestExportDialog_NothingChosen(t *testing.T) {
	w := newTestWindow(t, "")
	f := exportWith(t, w, t.TempDir(), func(f *exportForm) { f.only(nil) })
	if f.lastErr == nil || !strings.Contains(f.status.Text, "at least one format") {
		t.Errorf("status %q: want a request to choose a format", f.status.Text)
	}
}

func readExported(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestExportDialog_CtrlEOpensIt(t *testing.T) {
	w := newTestWindow(t, "")
	var found *command
	for _, c := range w.commands.cmds {
		if len(c.shortcuts) > 0 && shortcutName(c.shortcuts[0]) == "Ctrl+E" {
			c := c
			found = &c
		}
	}
	if found == nil || found.name != "Export…" {
		t.Fatalf("no Export… command on Ctrl+E: %+v", found)
	}
	before := len(w.win.Canvas().Overlays().List())
	w.TypedShortcut(found.shortcuts[0])
	if len(w.win.Canvas().Overlays().List()) != before+1 {
		t.Fatal("Ctrl+E did not open a dialog")
	}
}
