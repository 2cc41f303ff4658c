/* sandbox.c: builds and loads the seccomp filter described in sandbox.h; reads and writes nothing. */
#define _GNU_SOURCE		/* AT_EMPTY_PATH */
#include <err.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <jansson.h>
#include <seccomp.h>

#include "sandbox.h"

/*
 * System calls allowed with any arguments; every one touches only the process
 * itself (sysinfo: glibc's qsort sizes its buffer by the memory there is).
 */
static const char *const allowed_calls[] = {
	"read", "readv", "pread64", "lseek", "close", "fstat",
	"brk", "munmap", "mremap", "madvise", "sysinfo",
	"rt_sigreturn", "rt_sigaction", "rt_sigprocmask", "getpid", "gettid",
	"clock_gettime", "gettimeofday", "exit", "exit_group",
};

static int
allow(scmp_filter_ctx context, const char *name)
{
	int number = seccomp_syscall_resolve_name(name);

	if (number == __NR_SCMP_ERROR)
		return 0;	/* not on this architecture */
	return seccomp_rule_add(context, SCMP_ACT_ALLOW, number, 0);
}

/* write and writev on stdout and stderr only. */
static int
allow_output(scmp_filter_ctx context)
{
	int descriptor, problem = 0;

	for (descriptor = STDOUT_FILENO; descriptor <= STDERR_FILENO; descriptor++) {
		problem |= seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(write), 1,
		    SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)descriptor, 0));
		problem |= seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(writev), 1,
		    SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)descriptor, 0));
	}
	return problem;
}

/* mmap and mprotect, never with PROT_EXEC; mmap of no file (MAP_ANONYMOUS) only. */
static int
allow_memory(scmp_filter_ctx context)
{
	int problem;

	problem = seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(mmap), 2,
	    SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0),
	    SCMP_A3(SCMP_CMP_MASKED_EQ, MAP_ANONYMOUS, MAP_ANONYMOUS));
	problem |= seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(mprotect), 1,
	    SCMP_A2(SCMP_CMP_MASKED_EQ, PROT_EXEC, 0));
	return problem;
}

/* newfstatat as glibc's fstat makes it: on a descriptor (AT_EMPTY_PATH), not a path. */
static int
allow_descriptor_status(scmp_filter_ctx context)
{
	return seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(newfstatat), 1,
	    SCMP_A3(SCMP_CMP_MASKED_EQ, AT_EMPTY_PATH, AT_EMPTY_PATH));
}

/* ioctl TCGETS only: stdio asks whether a character device is a terminal. */
static int
allow_terminal_query(scmp_filter_ctx context)
{
	return seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(ioctl), 1,
	    SCMP_A1(SCMP_CMP_EQ, (scmp_datum_t)TCGETS, 0));
}

/* Signals to this process only: raise(SIGPIPE) and abort(). */
static int
allow_own_signals(scmp_filter_ctx context)
{
	return seccomp_rule_add(context, SCMP_ACT_ALLOW, SCMP_SYS(tgkill), 1,
	    SCMP_A0(SCMP_CMP_EQ, (scmp_datum_t)getpid(), 0));
}

static int
add_rules(scmp_filter_ctx context)
{
	size_t i;
	int problem = 0;

	for (i = 0; i < sizeof(allowed_calls) / sizeof(allowed_calls[0]); i++)
		problem |= allow(context, allowed_calls[i]);
	problem |= allow_output(context);
	problem |= allow_memory(context);
	problem |= allow_descriptor_status(context);
	problem |= allow_terminal_query(context);
	problem |= allow_own_signals(context);
	return problem;
}

void
sandbox_enter(void)
{
	scmp_filter_ctx context;
	int problem;

	/* jansson seeds its hash function from /dev/urandom on first use: do it while we may */
	json_object_seed(0);
	context = seccomp_init(SCMP_ACT_KILL_PROCESS);
	if (context == NULL)
		errx(1, "cannot set up the sandbox (set NEWSPIPE_NO_SANDBOX=1 to run without)");
	if (add_rules(context) != 0)
		errx(1, "cannot build the sandbox's rules");
	problem = seccomp_load(context);
	seccomp_release(context);
	if (problem == -EINVAL || problem == -ENOSYS || problem == -EACCES)
		warnx("the kernel refuses seccomp (%s); running without the sandbox",
		    strerror(-problem));
	else if (problem != 0)
		errx(1, "cannot enter the sandbox: %s", strerror(-problem));
}
