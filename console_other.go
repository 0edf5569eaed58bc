//go:build !windows

package main

// attachConsole is needed on Windows only, where a GUI program starts
// without standard output; see console_windows.go.
func attachConsole() {}
