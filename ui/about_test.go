package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
)

func TestAbout_ShowsVersionFromMetadata(t *testing.T) {
	got := aboutText(fyne.AppMetadata{Name: "pathmap", Version: "1.2.3", Build: 7})
	if !strings.HasPrefix(got, "pathmap 1.2.3 (build 7)") {
		t.Errorf("About says %q, want it to start with the name, version and build", got)
	}
	if got := aboutText(fyne.AppMetadata{}); !strings.HasPrefix(got, "pathmap (development build)") {
		t.Errorf("About without metadata says %q", got)
	}
}
