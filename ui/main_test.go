package ui

// Headless tests read a board's file right after saving it: the windows
// they open write on the calling goroutine instead of the session's worker.
func init() { writeSynchronously = true }
