package main

// The Linux package as a user gets it: unpacked, installed with its own
// Makefile into a prefix, checked with the freedesktop tools, uninstalled.
// Runs when PATHMAP_LINUX_PACKAGE names the .tar.xz, as
// `make test-linux-package` does.

import (
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// mimeInfo is the part of a shared-mime-info file the desktop needs.
type mimeInfo struct {
	XMLName xml.Name `xml:"http://www.freedesktop.org/standards/shared-mime-info mime-info"`
	Types   []struct {
		Type     string   `xml:"type,attr"`
		Comments []string `xml:"comment"`
		Globs    []struct {
			Pattern string `xml:"pattern,attr"`
		} `xml:"glob"`
	} `xml:"mime-type"`
}

// installedFiles are what `make install` puts under PREFIX.
var installedFiles = []string{
	"bin/pathmap",
	"share/applications/org.pathmap.app.desktop",
	"share/icons/hicolor/256x256/apps/org.pathmap.app.png",
	"share/icons/hicolor/256x256/mimetypes/application-x-pathmap.png",
	"share/mime/packages/pathmap.xml",
}

// unpackLinuxPackage unpacks the package and returns its top folder.
func unpackLinuxPackage(t *testing.T) string {
	t.Helper()
	pkg := os.Getenv("PATHMAP_LINUX_PACKAGE")
	if pkg == "" {
		t.Skip("PATHMAP_LINUX_PACKAGE is not set; `make test-linux-package` builds the package and runs these tests")
	}
	dir := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", pkg, "-C", dir).CombinedOutput(); err != nil {
		t.Fatalf("unpacking %s: %v\n%s", pkg, err, out)
	}
	top, _ := filepath.Glob(filepath.Join(dir, "pathmap-*"))
	if len(top) != 1 {
		t.Fatalf("the package should hold one pathmap-VERSION folder, has %v", top)
	}
	return top[0]
}

func makeIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	out, err := exec.Command("make", append([]string{"-C", dir}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("make %v in the package: %v\n%s", args, err, out)
	}
	return string(out)
}

func TestLinuxPackage_InstallsIntoAPrefixAndUninstalls(t *testing.T) {
	need(t, "desktop-file-validate", "xmllint", "update-mime-database", "update-desktop-database", "make")
	pkg := unpackLinuxPackage(t)
	prefix := filepath.Join(t.TempDir(), "prefix with space")
	makeIn(t, pkg, "install", "PREFIX="+prefix)
	for _, f := range installedFiles {
		if _, err := os.Stat(filepath.Join(prefix, f)); err != nil {
			t.Errorf("make install did not install %s: %v", f, err)
		}
	}

	// The installed program runs and reports the FyneApp.toml version.
	out, err := exec.Command(filepath.Join(prefix, "bin", "pathmap"), "--version").CombinedOutput()
	if err != nil || string(out) != "pathmap "+version+"\n" {
		t.Errorf("installed pathmap --version = %q, %v; want %q", out, err, "pathmap "+version)
	}

	desktop := filepath.Join(prefix, "share", "applications", "org.pathmap.app.desktop")
	if out, err := exec.Command("desktop-file-validate", desktop).CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("desktop-file-validate: %v\n%s", err, out)
	}
	entry, _ := os.ReadFile(desktop)
	for _, want := range []string{
		// One board per window, by the binary's full path: ~/.local/bin is
		// not on every desktop session's PATH.
		`Exec="` + filepath.Join(prefix, "bin", "pathmap") + `" %f`,
		"Icon=org.pathmap.app",
		"MimeType=application/x-pathmap;",
	} {
		if !strings.Contains(string(entry), want+"\n") {
			t.Errorf("the installed .desktop file lacks the line %q:\n%s", want, entry)
		}
	}

	xmlPath := filepath.Join(prefix, "share", "mime", "packages", "pathmap.xml")
	if out, err := exec.Command("xmllint", "--noout", xmlPath).CombinedOutput(); err != nil {
		t.Errorf("the MIME XML is not well-formed: %v\n%s", err, out)
	}
	data, _ := os.ReadFile(xmlPath)
	var mi mimeInfo
	if err := xml.Unmarshal(data, &mi); err != nil {
		t.Fatalf("the MIME XML is not a shared-mime-info <mime-info> document: %v", err)
	}
	if len(mi.Types) != 1 || mi.Types[0].Type != "application/x-pathmap" || len(mi.Types[0].Comments) == 0 ||
		len(mi.Types[0].Globs) != 1 || mi.Types[0].Globs[0].Pattern != "*.pathmap" {
		t.Errorf("the MIME XML should define application/x-pathmap with a comment and the glob *.pathmap: %+v", mi)
	}
	// update-mime-database read it (it skips files it cannot parse): the
	// compiled database now knows the type and the extension.
	globs, _ := os.ReadFile(filepath.Join(prefix, "share", "mime", "globs2"))
	if !strings.Contains(string(globs), ":application/x-pathmap:*.pathmap") {
		t.Errorf("the compiled MIME database lacks *.pathmap:\n%s", globs)
	}
	cache, _ := os.ReadFile(filepath.Join(prefix, "share", "applications", "mimeinfo.cache"))
	if !strings.Contains(string(cache), "application/x-pathmap=org.pathmap.app.desktop;") {
		t.Errorf("the desktop database does not name pathmap for .pathmap files:\n%s", cache)
	}

	makeIn(t, pkg, "uninstall", "PREFIX="+prefix)
	for _, f := range installedFiles {
		if _, err := os.Stat(filepath.Join(prefix, f)); err == nil {
			t.Errorf("make uninstall left %s", f)
		}
	}
	globs, _ = os.ReadFile(filepath.Join(prefix, "share", "mime", "globs2"))
	if strings.Contains(string(globs), "pathmap") {
		t.Errorf("after uninstall the MIME database still knows .pathmap")
	}
}

// A file manager asks GIO (or xdg-mime) what a file is and which program
// opens it; with only the installed prefix in XDG_DATA_DIRS, a board is
// application/x-pathmap and pathmap opens it.
func TestLinuxPackage_DesktopOpensBoardsInPathmap(t *testing.T) {
	need(t, "gio", "make")
	pkg := unpackLinuxPackage(t)
	prefix := t.TempDir()
	makeIn(t, pkg, "install", "PREFIX="+prefix)
	boardFile := filepath.Join(t.TempDir(), "retro.pathmap")
	if err := os.WriteFile(boardFile, []byte("{\n  \"format\": \"pathmap\",\n  \"version\": 2\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	gio := func(args ...string) string {
		cmd := exec.Command("gio", args...)
		cmd.Env = append(os.Environ(), "XDG_DATA_DIRS="+filepath.Join(prefix, "share"), "XDG_DATA_HOME="+t.TempDir())
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("gio %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	if out := gio("info", "-a", "standard::content-type", boardFile); !strings.Contains(out, "application/x-pathmap") {
		t.Errorf("GIO does not see a .pathmap file as application/x-pathmap:\n%s", out)
	}
	if out := gio("mime", "application/x-pathmap"); !strings.Contains(out, "org.pathmap.app.desktop") {
		t.Errorf("GIO does not offer pathmap for application/x-pathmap:\n%s", out)
	}
}
