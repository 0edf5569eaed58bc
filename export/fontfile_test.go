package export

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"pathmap/board"
)

// droidFont is a TrueType CJK font Debian installs with ghostscript
// (fonts-droid-fallback); wqyFont is a TrueType collection
// (fonts-wqy-microhei). `make test` installs both.
const (
	droidFont = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
	wqyFont   = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
)

// needFont reads a font file of the machine; without it the test is
// skipped, except in CI, where `make test` installs it.
func needFont(t *testing.T, path, pkg string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is needed in CI (Debian: apt-get install %s): %v", path, pkg, err)
		}
		t.Skipf("no %s (Debian: apt-get install %s)", path, pkg)
	}
	return data
}

// packCollection writes the TrueType fonts faces into one TrueType
// collection (.ttc), as Windows' msyh.ttc or Debian's wqy-microhei.ttc
// are made: a header listing each face's table directory, then each face's
// directory and tables, the directories pointing into the whole file.
func packCollection(t *testing.T, faces ...[]byte) []byte {
	t.Helper()
	be := binary.BigEndian
	out := make([]byte, 12+4*len(faces))
	copy(out, "ttcf")
	be.PutUint32(out[4:], 0x00010000)
	be.PutUint32(out[8:], uint32(len(faces)))
	for i, f := range faces {
		be.PutUint32(out[12+4*i:], uint32(len(out)))
		n := int(be.Uint16(f[4:]))
		dir := len(out)
		out = append(out, f[:12+16*n]...)
		for k := range n {
			rec := f[12+16*k:]
			off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
			be.PutUint32(out[dir+12+16*k+8:], uint32(len(out)))
			out = append(out, f[off:off+length]...)
			for len(out)%4 != 0 {
				out = append(out, 0)
			}
		}
	}
	return out
}

// asCFF renames a TrueType font's glyf table, so it reads as a font with
// CFF outlines, which gofpdf cannot embed.
func asCFF(f []byte) []byte {
	f = bytes.Clone(f)
	n := int(binary.BigEndian.Uint16(f[4:]))
	for k := range n {
		if rec := f[12+16*k:]; string(rec[:4]) == "glyf" {
			copy(rec, "CFF ")
		}
	}
	return f
}

func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestCollectionFace_CutsOutEachFaceWhole(t *testing.T) {
	regular, boldFace := theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content()
	ttc := packCollection(t, regular, boldFace)
	for i, want := range [][]byte{regular, boldFace} {
		face, err := collectionFace(ttc, i)
		if err != nil {
			t.Fatal(err)
		}
		if !isSFNT(face) || fontChecksum(face) != 0xB1B0AFBA {
			t.Errorf("face %d is not a font file of its own with a right checksum", i)
		}
		// Every table of the face is the original's, byte for byte.
		be := binary.BigEndian
		for k := range int(be.Uint16(want[4:])) {
			rec := want[12+16*k:]
			tag := string(rec[:4])
			orig := want[be.Uint32(rec[8:]) : be.Uint32(rec[8:])+be.Uint32(rec[12:])]
			got := face[be.Uint32(face[12+16*k+8:]):][:len(orig)]
			if tag != "head" && !bytes.Equal(got, orig) {
				t.Errorf("face %d: table %q differs from the original", i, tag)
			}
		}
	}
	if _, err := collectionFace(ttc, 2); err == nil {
		t.Error("a third face of a two-face collection was cut out")
	}
	if _, err := collectionFace(ttc[:20], 0); err == nil {
		t.Error("a collection cut short gave a face")
	}
}

func TestFallback_TakesTheCJKFaceOutOfACollection(t *testing.T) {
	cjk := needFont(t, droidFont, "fonts-droid-fallback")
	dir := t.TempDir()
	// NotoSans first: the CJK face is the second, as YaHei UI is in msyh.ttc.
	path := writeFile(t, dir, "msyh.ttc", packCollection(t, theme.DefaultTextFont().Content(), cjk))
	fb, err := openFallback(path)
	if err != nil {
		t.Fatalf("the collection was turned down: %v", err)
	}
	if fb.Face != 1 || !fb.w.has('部') {
		t.Errorf("took face %d of the collection, want face 1, the one with 部", fb.Face)
	}
	if got := fb.String(); !strings.Contains(got, "face 2 of 2") {
		t.Errorf("the font is named %q; want its file and face", got)
	}

	b := boardOf(board.Actions, "Größe 部署 Ωμέγα")
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Fonts: FallbackFromFile(path)}); err != nil {
		t.Fatal(err)
	}
	text := pdfTool(t, "pdftotext", buf.Bytes(), "-raw")
	if n := strings.Count(squash(text), "Größe部署Ωμέγα"); n != 3 {
		t.Errorf("the text with CJK is found %d times, want 3 (map, summary and list):\n%s", n, text)
	}
	if got := Unprintable(b, fb); len(got) != 0 {
		t.Errorf("with the collection's face, %q still reported as undrawable", string(got))
	}
	// The PNG draws with it too: the picture differs from one without.
	var with, without bytes.Buffer
	if err := MapPNG(&with, b, PNGOptions{Fonts: FallbackFromFile(path), Created: fixedDate}); err != nil {
		t.Fatal(err)
	}
	if err := MapPNG(&without, b, PNGOptions{Fonts: NoFallback, Created: fixedDate}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(with.Bytes(), without.Bytes()) {
		t.Error("the PNG with the collection's CJK face is the same as without it")
	}
}

func TestFallback_DebiansWenQuanYiCollectionPrintsCJK(t *testing.T) {
	needFont(t, wqyFont, "fonts-wqy-microhei")
	fb, err := openFallback(wqyFont)
	if err != nil {
		t.Fatalf("%s was turned down: %v", wqyFont, err)
	}
	b := boardOf(board.Events, "部署到生产环境", "运维团队")
	var buf bytes.Buffer
	if err := PDF(&buf, b, PDFOptions{Created: fixedDate, Fonts: FallbackFromFile(wqyFont)}); err != nil {
		t.Fatal(err)
	}
	text := squash(pdfTool(t, "pdftotext", buf.Bytes(), "-raw"))
	for _, s := range []string{"部署到生产环境", "运维团队"} {
		if !strings.Contains(text, s) {
			t.Errorf("the PDF made with %v lacks %q", fb, s)
		}
	}
}

func TestFallback_ACFFCollectionIsTurnedDownSayingWhy(t *testing.T) {
	regular := theme.DefaultTextFont().Content()
	dir := t.TempDir()
	path := writeFile(t, dir, "NotoSansCJK-Regular.ttc", packCollection(t, asCFF(regular), asCFF(regular)))
	_, err := openFallback(path)
	if err == nil || !strings.Contains(err.Error(), "2 faces, all with CFF (PostScript) outlines, which the PDF cannot embed") {
		t.Errorf("error %v, want one saying the faces are CFF", err)
	}
	for name, data := range map[string][]byte{"cff.ttf": asCFF(regular), "junk.ttc": []byte("ttcf\x00\x01\x00\x00\xff\xff\xff\xff"), "text.ttf": []byte("hello, world!")} {
		if fb, err := openFallback(writeFile(t, dir, name, data)); fb != nil || err == nil {
			t.Errorf("%s was accepted", name)
		}
	}
}

func TestSearchFonts_SaysWhereItLookedAndWhatItTurnedDown(t *testing.T) {
	regular := theme.DefaultTextFont().Content()
	dir := t.TempDir()
	cff := writeFile(t, dir, "NotoSansCJK-Regular.ttc", packCollection(t, asCFF(regular)))
	missing := filepath.Join(dir, "no-such-folder")
	l := searchFonts([]string{dir, missing})
	if l.Found != nil {
		t.Fatalf("found %v in a folder holding only a CFF collection", l.Found)
	}
	if len(l.Folders) != 1 || l.Folders[0] != dir {
		t.Errorf("searched folders %q, want only the one that exists", l.Folders)
	}
	res := Result{Missing: []rune("部"), Fonts: &l}
	w := res.Warning()
	for _, want := range []string{"部 (U+90E8)", "looked in " + dir + " for a font with Chinese, Japanese and Korean",
		cff + " is a collection of one face with CFF (PostScript) outlines, which the PDF cannot embed", "fonts-wqy-microhei"} {
		if !strings.Contains(w, want) {
			t.Errorf("warning %q lacks %q", w, want)
		}
	}
	if strings.Contains(w, missing) || strings.Contains(w, "\n") {
		t.Errorf("warning %q names a folder that does not exist or takes more than a line", w)
	}

	// A TrueType collection beside it is found, in a subfolder too.
	cjk := needFont(t, droidFont, "fonts-droid-fallback")
	os.MkdirAll(filepath.Join(dir, "truetype", "wqy"), 0o755)
	ttc := writeFile(t, filepath.Join(dir, "truetype", "wqy"), "wqy-microhei.ttc", packCollection(t, cjk, regular))
	l = searchFonts([]string{dir})
	if l.Found == nil || l.Found.Path != ttc || l.Found.Face != 0 {
		t.Fatalf("found %v, want face 1 of %s", l.Found, ttc)
	}
	if len(l.Rejected) != 1 || l.Rejected[0].Path != cff {
		t.Errorf("turned down %v, want the CFF collection, tried first", l.Rejected)
	}
	res = Result{Missing: []rune{0xE000}, Fonts: &l}
	if w := res.Warning(); !strings.Contains(w, "neither NotoSans nor the fallback font "+ttc+" (face 1 of 2") {
		t.Errorf("with a font found, warning %q; want it to name the font that lacks the character", w)
	}
}

func TestFallback_DebiansNotoCJKIsTurnedDownAsCFF(t *testing.T) {
	const noto = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
	if _, err := os.Stat(noto); err != nil {
		t.Skipf("no %s (Debian: fonts-noto-cjk)", noto)
	}
	l := searchFonts([]string{filepath.Dir(noto)})
	if l.Found != nil {
		t.Fatalf("took %v, which gofpdf cannot embed", l.Found)
	}
	if len(l.Rejected) != 1 || l.Rejected[0].Path != noto || !strings.Contains(l.Rejected[0].Reason, "all with CFF (PostScript) outlines") {
		t.Errorf("turned down %+v, want %s for its CFF outlines", l.Rejected, noto)
	}
	t.Log((Result{Missing: []rune("部"), Fonts: &l}).Warning())
}
