//go:build !linux

package main

// watchDisplay: only X11 ends a program when its display goes; elsewhere
// the window system closes the window, and the app saves on the way out.
func watchDisplay() {}
