package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// FyneApp.toml is what the fyne packaging tool reads; the binary embeds the
// same file, and it must keep the fyne.Do migration switched on.
func TestFyneAppToml_MatchesBinary(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{`Name = "pathmap"`, `Icon = "assets/icon.png"`, "[Migrations]", "fyneDo = true"} {
		if !strings.Contains(text, want) {
			t.Errorf("FyneApp.toml lacks %s", want)
		}
	}
	if _, err := os.Stat("assets/icon.png"); err != nil {
		t.Errorf("the icon FyneApp.toml names is missing: %v", err)
	}
	d, err := parseDetails(text)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "org.pathmap.app" {
		// Preferences and recovery copies live under the ID: changing it
		// would hide every facilitator's recovery copies.
		t.Errorf("ID = %q, want org.pathmap.app", d.ID)
	}
	// The Windows version resource takes up to four numbers; anything else
	// in the version would be dropped from the .exe's properties.
	if !regexp.MustCompile(`^\d+\.\d+\.\d+$`).MatchString(d.Version) {
		t.Errorf("Version = %q, want MAJOR.MINOR.PATCH", d.Version)
	}
	if d.Build < 1 {
		t.Errorf("Build = %d, want 1 or more", d.Build)
	}
}

func TestVersion_ComesFromFyneAppToml(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := parseDetails(string(data))
	if err != nil {
		t.Fatal(err)
	}
	var out, errOut strings.Builder
	if code := run([]string{"--version"}, &out, &errOut, nil); code != 0 {
		t.Fatalf("--version exited %d: %s", code, errOut.String())
	}
	if got, want := out.String(), "pathmap "+d.Version+"\n"; got != want {
		t.Errorf("--version printed %q, want %q", got, want)
	}
	m := appMetadata(nil)
	if m.Version != d.Version || m.ID != d.ID || m.Name != d.Name || m.Build != d.Build {
		t.Errorf("app metadata (what Help ▸ About shows) = %+v, want the FyneApp.toml details %+v", m, d)
	}
	if !m.Migrations["fyneDo"] {
		t.Error("app metadata lacks the fyneDo migration")
	}
}

func TestParseDetails_SaysWhatIsWrong(t *testing.T) {
	for _, tc := range []struct{ toml, want string }{
		{"[Details]\n  Name = \"p\"\n  ID = \"a.b\"\n", "no Version"},
		{"[Details]\n  Name = \"p\"\n  Version = \"1.0.0\"\n", "no ID"},
		{"[Details]\n  Name = \"p\"\n  ID = \"a.b\"\n  Version = \"1.0.0\"\n  Build = one\n", "line 5: Build"},
		{"[Details]\n  Name\n", "line 2"},
		// A Version under another table is not the app's version.
		{"[Other]\n  Version = \"9.9.9\"\n[Details]\n  Name = \"p\"\n  ID = \"a.b\"\n", "no Version"},
	} {
		if _, err := parseDetails(tc.toml); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("parseDetails(%q) error = %v, want one saying %q", tc.toml, err, tc.want)
		}
	}
	d, err := parseDetails("# comment\n[Details]\nName = \"pathmap\"\nID = \"org.x\"\nVersion = \"2.3.4\"\nBuild = 7\n[Migrations]\nfyneDo = true\n")
	if err != nil || d != (appDetails{Name: "pathmap", ID: "org.x", Version: "2.3.4", Build: 7}) {
		t.Errorf("parseDetails = %+v, %v", d, err)
	}
}
