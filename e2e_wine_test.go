package main

// End-to-end tests of the Windows build under Wine: the release pathmap.exe
// from the zip, on the command line and in a window under Xvfb. They run
// when PATHMAP_EXE names that .exe, as `make test-windows` does.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"pathmap/board"
)

// wineRig runs pathmap.exe in one Wine prefix, with its work folder on
// Wine's C: drive: a Unix path such as /usr/share/fonts would otherwise reach
// the host's files through Wine's Z: drive and hide Windows-only mistakes.
type wineRig struct {
	exe    string // the .exe under test, copied onto C:
	prefix string // WINEPREFIX
	dir    string // work folder, Unix path; C:\pathmap-test\<test> in Windows
	winDir string // dir as Windows sees it
	env    []string
}

// wineLoader is the 64-bit Wine; Debian's `wine` wrapper only adds a
// warning about the missing 32-bit half.
func wineLoader() string {
	for _, p := range []string{"/usr/lib/wine/wine64", "/usr/bin/wine64"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	return "wine"
}

func newWineRig(t *testing.T) *wineRig {
	t.Helper()
	exe := os.Getenv("PATHMAP_EXE")
	if exe == "" {
		t.Skip("PATHMAP_EXE is not set; `make test-windows` builds pathmap.exe and runs these tests under Wine")
	}
	need(t, wineLoader())
	prefix := os.Getenv("WINEPREFIX")
	if prefix == "" {
		prefix = filepath.Join(t.TempDir(), "wine")
	}
	name := strings.NewReplacer("/", "-", " ", "-").Replace(t.Name())
	r := &wineRig{
		prefix: prefix,
		dir:    filepath.Join(prefix, "drive_c", "pathmap-test", name),
		winDir: `C:\pathmap-test\` + name,
		env: append(os.Environ(), "WINEPREFIX="+prefix, "WINEDEBUG=-all",
			// No Mono or Gecko install dialogs in a fresh prefix.
			"WINEDLLOVERRIDES=mscoree,mshtml="),
	}
	os.RemoveAll(r.dir)
	if err := os.MkdirAll(r.dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(r.dir) })
	data, err := os.ReadFile(exe)
	if err != nil {
		t.Fatalf("PATHMAP_EXE: %v", err)
	}
	r.exe = filepath.Join(r.dir, "pathmap.exe")
	if err := os.WriteFile(r.exe, data, 0o755); err != nil {
		t.Fatal(err)
	}
	return r
}

// run runs pathmap.exe with args in the work folder and returns its
// standard output and error.
func (r *wineRig) run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	cmd := r.command(args...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err = cmd.Run()
	return out.String(), errOut.String(), err
}

func (r *wineRig) command(args ...string) *exec.Cmd {
	cmd := exec.Command(wineLoader(), append([]string{r.exe}, args...)...)
	cmd.Dir = r.dir
	cmd.Env = r.env
	return cmd
}

// appData is the user's roaming application data folder in the prefix,
// %APPDATA%, where Fyne keeps an app's storage on Windows.
func (r *wineRig) appData(t *testing.T) string {
	t.Helper()
	users, _ := filepath.Glob(filepath.Join(r.prefix, "drive_c", "users", "*", "AppData", "Roaming"))
	for _, u := range users {
		if !strings.Contains(u, string(filepath.Separator)+"Public"+string(filepath.Separator)) {
			return u
		}
	}
	t.Fatalf("no AppData\\Roaming folder in the Wine prefix %s", r.prefix)
	return ""
}

func TestWine_VersionMatchesFyneAppToml(t *testing.T) {
	r := newWineRig(t)
	start := time.Now()
	out, errOut, err := r.run(t, "--version")
	if err != nil {
		t.Fatalf("pathmap.exe --version: %v\n%s", err, errOut)
	}
	t.Logf("pathmap.exe --version under Wine took %v", time.Since(start).Round(time.Millisecond))
	if want := "pathmap " + version + "\n"; strings.ReplaceAll(out, "\r\n", "\n") != want {
		t.Fatalf("pathmap.exe --version printed %q, want %q", out, want)
	}
}

func TestWine_SampleExportsToAReadablePDF(t *testing.T) {
	need(t, "pdftotext")
	r := newWineRig(t)
	// A relative board path, and an absolute Windows path with backslashes
	// for the PDF, as a facilitator would type them in cmd.exe.
	if _, errOut, err := r.run(t, "sample", "board.pathmap"); err != nil {
		t.Fatalf("pathmap.exe sample: %v\n%s", err, errOut)
	}
	out, errOut, err := r.run(t, "export", "--pdf", r.winDir+`\handout.pdf`, "board.pathmap")
	if err != nil {
		t.Fatalf("pathmap.exe export --pdf: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, "handout.pdf") {
		t.Errorf("export printed %q, want it to name handout.pdf", out)
	}
	b, err := board.Load(filepath.Join(r.dir, "board.pathmap"))
	if err != nil {
		t.Fatalf("the sample written under Wine does not load: %v", err)
	}
	text, err := exec.Command("pdftotext", "-raw", filepath.Join(r.dir, "handout.pdf"), "-").Output()
	if err != nil {
		t.Fatalf("pdftotext cannot read the PDF made under Wine: %v", err)
	}
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	all := squash(string(text))
	if !strings.Contains(all, squash(b.Title)) {
		t.Errorf("the PDF lacks the board title %q", b.Title)
	}
	for _, s := range b.Stickies {
		if !strings.Contains(all, squash(s.Text)) {
			t.Errorf("the PDF lacks sticky %d %q", s.ID, s.Text)
		}
	}
}

// cjkTestFont is a TrueType CJK font on the Debian host (package
// fonts-droid-fallback), put into the prefix's C:\windows\Fonts as if Windows
// shipped it.
const cjkTestFont = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"

func TestWine_CJKPrintsWithAFontFromTheWindowsFontsFolder(t *testing.T) {
	r, font := newWineCJKRig(t, cjkTestFont, "install fonts-droid-fallback")

	// Without the font the export still succeeds and says what prints as boxes.
	_, errOut, err := r.run(t, "export", "--pdf", "without.pdf", "cjk.pathmap")
	if err != nil {
		t.Fatalf("export without a CJK font: %v\n%s", err, errOut)
	}
	if !strings.Contains(errOut, "部") {
		t.Fatalf("without a CJK font in Windows' font folder the export did not warn about 部; stderr: %q", errOut)
	}

	r.exportCJKWithWindowsFont(t, font, filepath.Base(cjkTestFont))
}

// wineWindow waits for pathmap.exe's window on display and focuses it; it
// returns the window id and how long the start took.
func wineWindow(t *testing.T, display string, cmd *exec.Cmd, log *strings.Builder) (string, time.Duration) {
	t.Helper()
	start := time.Now()
	for time.Since(start) < 90*time.Second {
		if cmd.ProcessState != nil {
			break
		}
		c := exec.Command("xdotool", "search", "--onlyvisible", "--name", "pathmap")
		c.Env = append(os.Environ(), "DISPLAY="+display)
		if out, err := c.Output(); err == nil && len(strings.Fields(string(out))) > 0 {
			took := time.Since(start)
			wid := strings.Fields(string(out))[0]
			time.Sleep(2 * time.Second) // let the first frames draw
			xdo(t, display, "windowfocus", wid)
			time.Sleep(500 * time.Millisecond)
			return wid, took
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatalf("pathmap.exe showed no window under Wine within 90 s; its output:\n%s", log.String())
	return "", 0
}

// startWindow starts pathmap.exe with args on display.
func (r *wineRig) startWindow(t *testing.T, display string, args ...string) (*exec.Cmd, *strings.Builder) {
	t.Helper()
	cmd := r.command(args...)
	cmd.Env = append(cmd.Env, "DISPLAY="+display)
	log := &strings.Builder{}
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
		if t.Failed() {
			t.Logf("pathmap.exe output:\n%s", log.String())
		}
	})
	return cmd, log
}

func TestWine_WindowOpensTheBoardGivenAndSavesATypedSticky(t *testing.T) {
	need(t, "xset")
	r := newWineRig(t)
	display := startXvfb(t)
	exec.Command("xset", "-display", display, "r", "off").Run()
	if _, errOut, err := r.run(t, "sample", "board.pathmap"); err != nil {
		t.Fatalf("pathmap.exe sample: %v\n%s", err, errOut)
	}
	path := filepath.Join(r.dir, "board.pathmap")
	before, err := board.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	// Explorer starts a program on a double-clicked file with its full
	// Windows path as the only argument.
	cmd, log := r.startWindow(t, display, r.winDir+`\board.pathmap`)
	wid, took := wineWindow(t, display, cmd, log)
	t.Logf("pathmap.exe showed its window under Wine after %v", took.Round(100*time.Millisecond))
	if name := xdo(t, display, "getwindowname", wid); !strings.Contains(name, "board.pathmap") {
		t.Errorf("window title = %q, want the board given on the command line", name)
	}

	xdo(t, display, "key", "1")
	time.Sleep(500 * time.Millisecond)
	xdo(t, display, "type", "--delay", "60", "Shipped from Wine")
	xdo(t, display, "key", "Return")
	time.Sleep(500 * time.Millisecond)
	xdo(t, display, "key", "ctrl+s")

	after := waitForBoard(t, path, len(before.Stickies)+1)
	if after == nil {
		t.Fatalf("the board file did not get the typed sticky; the window under Wine did not save it")
	}
	found := false
	for _, s := range after.InLane(board.Events) {
		found = found || s.Text == "Shipped from Wine"
	}
	if !found {
		t.Errorf("the saved board lacks the event \"Shipped from Wine\"")
	}
	xdo(t, display, "key", "ctrl+q")
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Errorf("pathmap.exe did not quit on Ctrl+Q within 30 s")
	}
}

func TestWine_UntitledBoardIsKeptUnderAppData(t *testing.T) {
	r := newWineRig(t)
	display := startXvfb(t)
	exec.Command("xset", "-display", display, "r", "off").Run()
	recovery := filepath.Join(r.appData(t), "fyne", appID, "recovery")
	os.RemoveAll(recovery)

	cmd, log := r.startWindow(t, display)
	wineWindow(t, display, cmd, log)
	xdo(t, display, "key", "1")
	time.Sleep(500 * time.Millisecond)
	xdo(t, display, "type", "--delay", "60", "Kept for later")
	xdo(t, display, "key", "Return")

	var copies []string
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) && len(copies) == 0 {
		time.Sleep(300 * time.Millisecond)
		copies, _ = filepath.Glob(filepath.Join(recovery, "untitled-*.pathmap"))
	}
	if len(copies) != 1 {
		t.Fatalf("recovery copies in %%APPDATA%%\\fyne\\%s\\recovery: %v, want one", appID, copies)
	}
	b, err := board.Load(copies[0])
	if err != nil {
		t.Fatalf("the recovery copy does not load: %v", err)
	}
	if ev := b.InLane(board.Events); len(ev) != 3 || ev[1].Text != "Kept for later" {
		t.Errorf("the recovery copy lacks the typed event: %+v", ev)
	}
}

// cjkTestCollection is a TrueType collection of CJK faces on the Debian
// host (package fonts-wqy-microhei), put into the prefix's C:\windows\Fonts
// under the name of Windows' own Chinese UI font, msyh.ttc, which is also
// a collection.
const cjkTestCollection = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"

func TestWine_CJKPrintsWithACollectionFromTheWindowsFontsFolder(t *testing.T) {
	r, font := newWineCJKRig(t, cjkTestCollection, "install fonts-wqy-microhei")
	// Without it, the warning says where pathmap looked: Windows' font folder.
	_, errOut, err := r.run(t, "export", "--pdf", "without.pdf", "cjk.pathmap")
	if err != nil {
		t.Fatalf("export without a CJK font: %v\n%s", err, errOut)
	}
	if !strings.Contains(errOut, "部") || !strings.Contains(strings.ToLower(errOut), `looked in c:\windows\fonts`) {
		t.Fatalf("without a CJK font the warning does not name 部 and the folder looked in; stderr: %q", errOut)
	}

	r.exportCJKWithWindowsFont(t, font, "msyh.ttc")
}

// newWineCJKRig is a Wine rig whose work folder holds cjk.pathmap, a board
// of Chinese text, with the font file at src read for the test to put into
// Windows' font folder; without the file the test is skipped, saying how
// to get it.
func newWineCJKRig(t *testing.T, src, install string) (*wineRig, []byte) {
	t.Helper()
	need(t, "pdftotext")
	font, err := os.ReadFile(src)
	if err != nil {
		t.Skipf("no CJK font to put into Windows' font folder: %v (%s)", err, install)
	}
	r := newWineRig(t)
	in := filepath.Join(r.dir, "cjk.pathmap")
	if err := os.WriteFile(in, []byte(`{"format":"pathmap","version":2,"title":"CJK","stickies":[{"id":1,"lane":"events","text":"部署到生产","x":0,"y":12}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	return r, font
}

// exportCJKWithWindowsFont puts font into the prefix's C:\windows\Fonts as
// name and checks that cjk.pathmap then exports without a warning, its
// text printed in the PDF.
func (r *wineRig) exportCJKWithWindowsFont(t *testing.T, font []byte, name string) {
	t.Helper()
	fonts := filepath.Join(r.prefix, "drive_c", "windows", "Fonts")
	os.MkdirAll(fonts, 0o755)
	dst := filepath.Join(fonts, name)
	if err := os.WriteFile(dst, font, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Remove(dst) })
	_, errOut, err := r.run(t, "export", "--pdf", "with.pdf", "cjk.pathmap")
	if err != nil {
		t.Fatalf("export with %s in C:\\windows\\Fonts: %v\n%s", name, err, errOut)
	}
	if strings.Contains(errOut, "warning") {
		t.Errorf("with %s in C:\\windows\\Fonts the export still warns: %q", name, errOut)
	}
	text, err := exec.Command("pdftotext", "-raw", filepath.Join(r.dir, "with.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "部署到生产") {
		t.Errorf("the PDF text is %q, want 部署到生产 printed with %s from Windows' font folder", text, name)
	}
}
