package export

import (
	"path/filepath"
	"slices"
	"testing"
)

// On Windows the CJK fonts are the system's own, under %WINDIR%\Fonts, or a
// user's, under %LOCALAPPDATA%; a Windows without C: as its system drive
// still has them found.
func TestFontDirs_IncludeWindowsFontFolders(t *testing.T) {
	windir, local := t.TempDir(), t.TempDir()
	t.Setenv("WINDIR", windir)
	t.Setenv("LOCALAPPDATA", local)
	dirs := fontDirs()
	for _, want := range []string{filepath.Join(windir, "Fonts"), filepath.Join(local, "Microsoft", "Windows", "Fonts")} {
		if !slices.Contains(dirs, want) {
			t.Errorf("font folders %q lack %s", dirs, want)
		}
	}
}
