package export

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/image/font/opentype"
)

// Fallback is an installed TrueType font that draws the characters NotoSans
// lacks, such as Chinese or Japanese. A workshop's stickies are in the
// participants' language; an offline laptop has no other way to print them.
type Fallback struct {
	Path  string         // where the font was found, for messages
	Face  int            // which face of a collection (.ttc), from 0
	Faces int            // how many faces the collection has; 0 for a plain font file
	Data  []byte         // a TrueType file of the one face, for the PDF
	OT    *opentype.Font // parsed, for the PNG
	w     *widthTable
}

// String names the font for a person: its file, and for a collection the
// face taken, with its family name.
func (fb *Fallback) String() string {
	if fb == nil {
		return "no font"
	}
	if fb.Faces == 0 {
		return fb.Path
	}
	if name := familyName(fb.OT); name != "" {
		return fmt.Sprintf("%s (face %d of %d, %s)", fb.Path, fb.Face+1, fb.Faces, name)
	}
	return fmt.Sprintf("%s (face %d of %d)", fb.Path, fb.Face+1, fb.Faces)
}

// FontSearch finds the fallback font; it returns nil when there is none.
// Options take one so tests can pretend a machine has or lacks a font.
type FontSearch func() *Fallback

// NoFallback is a FontSearch for a machine without any extra font.
func NoFallback() *Fallback { return nil }

// FallbackFromFile is a FontSearch that uses the font at path (TrueType, or
// the best face of a TrueType collection), or none if it cannot serve.
func FallbackFromFile(path string) FontSearch {
	return func() *Fallback {
		fb, _ := openFallback(path)
		return fb
	}
}

// hasTable reports whether the TrueType file data has a table named tag.
func hasTable(data []byte, tag string) bool {
	if len(data) < 12 {
		return false
	}
	n := int(data[4])<<8 | int(data[5])
	for i := 0; i < n; i++ {
		off := 12 + 16*i
		if off+16 > len(data) {
			return false
		}
		if string(data[off:off+4]) == tag {
			return true
		}
	}
	return false
}

// fallbackNames are font files with wide coverage of Chinese, Japanese
// and Korean, best first. Debian: fonts-droid-fallback (installed with
// ghostscript) and fonts-wqy-microhei/zenhei are TrueType; fonts-noto-cjk
// is a CFF collection, which the PDF cannot embed, so it is named to say
// so rather than pass over it in silence. Windows: msyh.ttc (Microsoft
// YaHei), simsun.ttc, msjh.ttc, meiryo.ttc, msgothic.ttc, malgun.ttf.
// macOS: Arial Unicode and the system's collections.
var fallbackNames = []string{
	"DroidSansFallbackFull.ttf", "DroidSansFallback.ttf",
	"NotoSansCJK-Regular.ttc", "NotoSansCJK-Regular.ttf", "NotoSansSC-Regular.ttf", "NotoSansJP-Regular.ttf",
	"SourceHanSans-Regular.ttc", "SourceHanSans-Regular.ttf",
	"wqy-microhei.ttc", "wqy-zenhei.ttc",
	"msyh.ttc", "msyh.ttf", "simsun.ttc", "msjh.ttc", "meiryo.ttc", "msgothic.ttc", "malgun.ttf", "simhei.ttf",
	"Arial Unicode.ttf", "ArialUnicode.ttf", "arialuni.ttf", "PingFang.ttc", "STHeiti Light.ttc", "AppleSDGothicNeo.ttc",
	"uming.ttc", "ukai.ttc", "unifont.ttf", "DejaVuSans.ttf",
}

// fontDirs are where this system keeps fonts. Each system's own folders
// only: under Wine a Unix path would reach the host's files, and a warning
// naming /usr/share/fonts to a Windows user would confuse.
func fontDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		dirs = []string{`C:\Windows\Fonts`}
	case "darwin":
		dirs = []string{"/Library/Fonts", "/System/Library/Fonts"}
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
	default:
		dirs = []string{"/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fonts-droid-fallback"}
		if home != "" {
			dirs = append(dirs, filepath.Join(home, ".fonts"), filepath.Join(home, ".local", "share", "fonts"))
		}
	}
	// Windows keeps its own fonts (msyh.ttc, simsun.ttc, malgun.ttf …) in
	// %WINDIR%\Fonts, and fonts a user installs without admin rights in
	// %LOCALAPPDATA%\Microsoft\Windows\Fonts.
	if d := os.Getenv("WINDIR"); d != "" {
		dirs = append(dirs, filepath.Join(d, "Fonts"))
	}
	if d := os.Getenv("LOCALAPPDATA"); d != "" {
		dirs = append(dirs, filepath.Join(d, "Microsoft", "Windows", "Fonts"))
	}
	return dirs
}

// FontLookup is what the search for a fallback font did, so that a warning
// says truthfully where pathmap looked and what it turned down.
type FontLookup struct {
	// Folders are the font folders that exist and were searched.
	Folders []string
	// Rejected are the fonts found by name that cannot serve, and why.
	Rejected []RejectedFont
	// Found is the font chosen, or nil.
	Found *Fallback
}

// RejectedFont is a font file the search found and turned down.
type RejectedFont struct {
	Path   string
	Reason string // "has CFF (PostScript) outlines, which the PDF cannot embed"
}

// searchFonts looks through dirs (and their subfolders) for the files
// named in fallbackNames and takes the first, in that order, that can
// serve.
func searchFonts(dirs []string) FontLookup {
	var l FontLookup
	found := map[string]string{} // lower-case file name → path
	seen := map[string]bool{}
	for _, dir := range dirs {
		key := filepath.Clean(dir)
		if runtime.GOOS == "windows" {
			key = strings.ToLower(key) // %WINDIR%\Fonts is C:\Windows\Fonts
		}
		if st, err := os.Stat(dir); err != nil || !st.IsDir() || seen[key] {
			continue
		}
		seen[key] = true
		l.Folders = append(l.Folders, dir)
		filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				name := strings.ToLower(d.Name())
				if _, ok := found[name]; !ok {
					found[name] = path
				}
			}
			return nil
		})
	}
	for _, name := range fallbackNames {
		path, ok := found[strings.ToLower(name)]
		if !ok {
			continue
		}
		fb, err := openFallback(path)
		if err != nil {
			l.Rejected = append(l.Rejected, RejectedFont{path, err.Error()})
			continue
		}
		l.Found = fb
		break
	}
	return l
}

// systemLookup searches the machine's font folders, once per process.
var systemLookup = sync.OnceValue(func() FontLookup { return searchFonts(fontDirs()) })

// SystemFallback searches the usual font folders for the first font of
// fallbackNames that can serve; the search runs once per process.
var SystemFallback FontSearch = func() *Fallback { return systemLookup().Found }

// SystemFontLookup is what SystemFallback's search did.
func SystemFontLookup() FontLookup { return systemLookup() }

// explain says, for a warning about characters no font draws, what was
// looked for and found: one clause, no final period.
func (l FontLookup) explain() string {
	if l.Found != nil {
		return fmt.Sprintf("neither NotoSans nor the fallback font %s has them", l.Found)
	}
	names := strings.Join(fallbackNames[:4], ", ") + fmt.Sprintf(" and %d more", len(fallbackNames)-4)
	var s string
	if len(l.Folders) == 0 {
		s = "pathmap found no font folder to look in for a font with Chinese, Japanese and Korean (" + names + ")"
	} else {
		s = fmt.Sprintf("pathmap looked in %s for a font with Chinese, Japanese and Korean (%s)", strings.Join(l.Folders, ", "), names)
		if len(l.Rejected) == 0 {
			s += " and found none"
		}
	}
	for i, r := range l.Rejected {
		if i == 0 {
			s += " and can use none of those it found: "
		} else {
			s += ", "
		}
		s += r.Path + " " + r.Reason
	}
	return s
}
