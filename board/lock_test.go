//go:build unix

package board

import (
	"bufio"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLockHelperProcess is not a test: it is a second pathmap holding a
// board's lock, started by the tests below.
func TestLockHelperProcess(t *testing.T) {
	path := os.Getenv("PATHMAP_LOCK_HELPER")
	if path == "" {
		t.Skip("started only by other tests")
	}
	if _, err := LockBoard(path); err != nil {
		os.Stdout.WriteString("error " + err.Error() + "\n")
		os.Exit(1)
	}
	os.Stdout.WriteString("locked\n")
	time.Sleep(time.Minute)
}

// otherPathmap starts a process that locks path and returns it once it holds
// the lock.
func otherPathmap(t *testing.T, path string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$")
	cmd.Env = append(os.Environ(), "PATHMAP_LOCK_HELPER="+path)
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, _ := bufio.NewReader(out).ReadString('\n')
	if !strings.HasPrefix(line, "locked") {
		t.Fatalf("the other pathmap did not lock: %q", line)
	}
	return cmd
}

func TestLockBoard_ASecondPathmapFindsTheBoardLockedUntilTheFirstDies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	Save(path, New())
	other := otherPathmap(t, path)
	_, err := LockBoard(path)
	var le *LockedError
	if !errors.As(err, &le) || le.Holder.PID != other.Process.Pid || !strings.Contains(err.Error(), "is open in another pathmap") {
		t.Fatalf("locking a board another pathmap holds: %v", err)
	}
	other.Process.Signal(syscall.SIGKILL)
	other.Wait()
	lock, err := LockBoard(path)
	if err != nil {
		t.Fatalf("the lock of a killed pathmap was not taken over: %v", err)
	}
	if lock.Stale == nil || lock.Stale.PID != other.Process.Pid {
		t.Fatalf("the stale lock was not reported: %+v", lock.Stale)
	}
	if h, ok := HeldBy(path); !ok || h.PID != os.Getpid() {
		t.Fatalf("lock now held by %+v", h)
	}
	if again, err := LockBoard(path); err != nil || again.Stale != nil {
		t.Fatalf("locking again in the same process: %v", err)
	}
	if err := lock.Release(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(lock.File); !os.IsNotExist(err) {
		t.Fatal("Release left the lock file")
	}
}

func TestLockBoard_ThroughALinkLocksTheTarget(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.pathmap")
	Save(real, New())
	link := filepath.Join(dir, "link.pathmap")
	os.Symlink("real.pathmap", link)
	otherPathmap(t, real)
	if _, err := LockBoard(link); err == nil {
		t.Fatal("the board was locked again through a link")
	}
}

func TestLock_ReleaseLeavesALockTakenOverByAnother(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	lock, err := LockBoard(path)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(LockHolder{PID: os.Getppid(), Host: lock.me.Host})
	os.WriteFile(lock.File, data, 0o644) // another pathmap took it over
	lock.Release()
	if h, ok := HeldBy(path); !ok || h.PID != os.Getppid() {
		t.Fatalf("Release removed another pathmap's lock: %+v", h)
	}
	if _, err := LockBoard(path); err == nil {
		t.Fatal("a board held by a running process was locked")
	}
}

func TestLockBoard_ALockFromAnotherMachineIsRespected(t *testing.T) {
	path := filepath.Join(t.TempDir(), "b.pathmap")
	data, _ := json.Marshal(LockHolder{PID: deadPID(t), Host: "projector-laptop"})
	os.WriteFile(LockFileFor(path), data, 0o644)
	if _, err := LockBoard(path); err == nil || !strings.Contains(err.Error(), "on projector-laptop") {
		t.Fatalf("a lock from another machine was taken over: %v", err)
	}
}

func TestLockFileFor_ALongNameStillFits(t *testing.T) {
	path := filepath.Join(t.TempDir(), strings.Repeat("部", 80)+Extension)
	if n := len(filepath.Base(LockFileFor(path))); n > 255 {
		t.Fatalf("lock file name of %d bytes", n)
	}
	lock, err := LockBoard(path)
	if err != nil {
		t.Fatal(err)
	}
	lock.Release()
}
