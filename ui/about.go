package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// aboutText is what Help ▸ About says. The name and version come from the
// app's metadata, which main fills from FyneApp.toml, so the dialog and
// `pathmap --version` can never disagree.
func aboutText(m fyne.AppMetadata) string {
	name := m.Name
	if name == "" {
		name = "pathmap"
	}
	version := m.Version
	if version == "" {
		version = "(development build)"
	}
	text := fmt.Sprintf("%s %s", name, version)
	if m.Build > 0 {
		text += fmt.Sprintf(" (build %d)", m.Build)
	}
	return text + "\n\nRuns Path to Production Mapping workshops: no internet, no accounts.\nBoards are .pathmap files; handouts are PDF, PNG, Markdown and CSV."
}

// ShowAbout shows the app's name and version.
func (w *Window) ShowAbout() {
	m := fyne.CurrentApp().Metadata()
	dialog.ShowInformation("About "+orDefault(m.Name, "pathmap"), aboutText(m), w.win)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
