//go:build !unix

package board

import "os"

// openNonblock is 0 where named pipes cannot be opened by name as files.
const openNonblock = 0

// processAlive reports whether a process with this id runs on this machine.
// Where that cannot be told cheaply, every process counts as alive, so no
// one's lock or file is taken for stale.
func processAlive(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p
	return true
}

// accessWritable: the read-only attribute shows in the mode bits here.
func accessWritable(string) bool { return true }
