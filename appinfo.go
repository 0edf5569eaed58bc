package main

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
)

// fyneAppToml is the one place the app's name, ID and version are written.
// The fyne packaging tool reads the same file for the Windows version
// resource and the Linux package, so embedding it keeps `--version`, Help ▸
// About and the packages from ever disagreeing.
//
//go:embed FyneApp.toml
var fyneAppToml string

// appDetails is the [Details] table of FyneApp.toml.
type appDetails struct {
	Name, ID, Version string
	Build             int
}

// details is read once at start; a FyneApp.toml without the fields this
// binary needs is a build mistake, caught by the tests before it ships.
var details = mustParseDetails(fyneAppToml)

var (
	appID   = details.ID
	version = details.Version
)

func mustParseDetails(toml string) appDetails {
	d, err := parseDetails(toml)
	if err != nil {
		panic(err)
	}
	return d
}

// parseDetails reads the `key = value` lines of the [Details] table. The
// file is ours and flat, so a few lines of parsing spare the app a TOML
// library.
func parseDetails(toml string) (appDetails, error) {
	var d appDetails
	table := ""
	for n, line := range strings.Split(toml, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			continue
		}
		if table != "Details" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return d, fmt.Errorf("FyneApp.toml line %d: want key = value, got %q", n+1, line)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if s, err := strconv.Unquote(value); err == nil {
			value = s
		}
		switch key {
		case "Name":
			d.Name = value
		case "ID":
			d.ID = value
		case "Version":
			d.Version = value
		case "Build":
			b, err := strconv.Atoi(value)
			if err != nil {
				return d, fmt.Errorf("FyneApp.toml line %d: Build %q is not a whole number", n+1, value)
			}
			d.Build = b
		}
	}
	switch {
	case d.Name == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no Name")
	case d.ID == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no ID")
	case d.Version == "":
		return d, fmt.Errorf("FyneApp.toml: [Details] has no Version")
	}
	return d, nil
}

// appMetadata is what the running app reports through
// fyne.CurrentApp().Metadata(): the About dialog reads Name, Version and
// Build there, so the ui package needs nothing from main.
func appMetadata(icon fyne.Resource) fyne.AppMetadata {
	return fyne.AppMetadata{
		ID:         details.ID,
		Name:       details.Name,
		Version:    details.Version,
		Build:      details.Build,
		Icon:       icon,
		Migrations: map[string]bool{"fyneDo": true},
	}
}
