package main

import (
	"os"
	"syscall"
)

// attachConsole lets `pathmap.exe --version`, `sample` and `export` print in
// the Command Prompt or PowerShell window they were typed in. The release
// .exe is a GUI program (no console window flashes up on a double-click),
// and Windows gives such a program no standard output; when pathmap was
// started from a console, it borrows that console. Output redirected to a
// file or pipe already has a handle and is left alone.
func attachConsole() {
	if hasHandle(os.Stdout) && hasHandle(os.Stderr) {
		return
	}
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	const attachParentProcess = ^uintptr(0) // ATTACH_PARENT_PROCESS, (DWORD)-1
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started from Explorer: there is no console to write to
	}
	con, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0)
	if err != nil {
		return
	}
	if !hasHandle(os.Stdout) {
		os.Stdout = con
	}
	if !hasHandle(os.Stderr) {
		os.Stderr = con
	}
}

// hasHandle reports whether f was given a handle: a GUI program started
// from Explorer gets none (0), which Go keeps as a File that cannot write.
func hasHandle(f *os.File) bool {
	return f != nil && f.Fd() != 0 && syscall.Handle(f.Fd()) != syscall.InvalidHandle
}
