package journal

import "syscall"

// childAttr makes a reader child die with the sidecar (Pdeathsig): a
// sidecar killed with SIGKILL leaves no reader behind to hold journal
// files open. The signal follows the thread that started the child; Go
// ends a thread only under a goroutine that locked it and returned, and
// readers are started from unlocked goroutines.
func childAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}
