package main

import (
	"os"
	"strings"
	"testing"
)

// FyneApp.toml is what the fyne packaging tool reads; it must agree with the
// binary's own ID and version and keep the fyne.Do migration switched on.
func TestFyneAppToml_MatchesBinary(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{`ID = "` + appID + `"`, `Version = "` + version + `"`, `Name = "pathmap"`, `Icon = "assets/icon.png"`, "[Migrations]", "fyneDo = true"} {
		if !strings.Contains(text, want) {
			t.Errorf("FyneApp.toml lacks %s", want)
		}
	}
	if _, err := os.Stat("assets/icon.png"); err != nil {
		t.Errorf("the icon FyneApp.toml names is missing: %v", err)
	}
}
