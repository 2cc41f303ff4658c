/* sandbox.h: seccomp least privilege: once inputs are open, only read, write to stdout/stderr, memory, exit. */
#ifndef NEWSPIPE_SANDBOX_H
#define NEWSPIPE_SANDBOX_H

/*
 * Restricts the process, for the rest of its life, to: reading from
 * descriptors it already holds, writing to stdout and stderr, seeking and
 * closing, memory management (never executable), signals to itself (for
 * SIGPIPE and abort) and exiting.  Any other system call kills the process
 * with SIGSYS (SCMP_ACT_KILL_PROCESS).  Call it after every file and model is
 * open (--no-sandbox and NEWSPIPE_NO_SANDBOX are checked by the caller, see
 * cli.h).  When the kernel has no seccomp it warns and goes on without; any
 * other failure exits 1.
 */
void	sandbox_enter(void);

#endif
