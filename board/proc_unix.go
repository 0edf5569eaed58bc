//go:build unix

package board

import (
	"errors"
	"syscall"
)

// openNonblock keeps opening a named pipe from waiting for a writer.
const openNonblock = syscall.O_NONBLOCK

// processAlive reports whether a process with this id runs on this machine.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// accessWritable reports whether this process may write the file at path.
func accessWritable(path string) bool {
	return syscall.Access(path, 2 /* W_OK */) == nil
}
