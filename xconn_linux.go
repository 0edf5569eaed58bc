//go:build linux

package main

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stddef.h>

// The X library calls its I/O error handler when the connection to the X
// server breaks (logout, a server that died); its default handler prints a
// line and exits at once. GLFW loads the library itself, at run time, and
// sets no handler, so pathmap loads the same library and sets one first.
// Declared by hand: no X headers are needed to build pathmap.
typedef int (*ioHandler)(void *display);
typedef ioHandler (*setIOHandler)(ioHandler);

extern void pathmapDisplayLost(void);

static int onIOError(void *display) {
	pathmapDisplayLost(); // saves, then ends the process; never returns
	return 0;
}

static int installIOErrorHandler(void) {
	void *x11 = dlopen("libX11.so.6", RTLD_LAZY | RTLD_GLOBAL);
	if (x11 == NULL) {
		x11 = dlopen("libX11.so", RTLD_LAZY | RTLD_GLOBAL);
	}
	if (x11 == NULL) {
		return 0; // no X11 here (Wayland only): nothing to watch
	}
	setIOHandler set = (setIOHandler)dlsym(x11, "XSetIOErrorHandler");
	if (set == NULL) {
		return 0;
	}
	set(onIOError);
	return 1;
}
*/
import "C"

import (
	"fmt"
	"os"
	"time"
)

// displayLostSaveTime bounds the save when the display is gone: a session
// logging out does not wait long.
const displayLostSaveTime = 5 * time.Second

// watchDisplay makes a lost connection to the X server (the session
// logged out, the server died) save the board before pathmap ends, as a
// signal does, instead of the X library ending the process on the spot.
func watchDisplay() { C.installIOErrorHandler() }

//export pathmapDisplayLost
func pathmapDisplayLost() {
	if save := saveNow.Load(); save != nil {
		// The save waits for writes still queued; should one of them wait
		// in turn for the event loop this very call has stopped, pathmap
		// still ends rather than hang a logout.
		done := make(chan struct{})
		go func() {
			(*save)()
			close(done)
		}()
		select {
		case <-done:
			fmt.Fprintln(os.Stderr, "pathmap: the connection to the display was lost; the board was saved before stopping")
		case <-time.After(displayLostSaveTime):
			fmt.Fprintln(os.Stderr, "pathmap: the connection to the display was lost; saving did not finish in time")
		}
	} else {
		fmt.Fprintln(os.Stderr, "pathmap: the connection to the display was lost before the window opened; no file was changed")
	}
	os.Exit(1)
}
