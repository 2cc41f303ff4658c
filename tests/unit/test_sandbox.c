/* test_sandbox.c: claims about the seccomp sandbox; each runs in a forked child that enters it. */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "output.h"
#include "sandbox.h"

/* Runs body in a child inside the sandbox; returns its wait status.  The child leaves by _exit. */
static int
in_sandbox(void (*body)(int descriptor))
{
	int pipe_ends[2], status;
	pid_t child;

	cr_assert_eq(pipe(pipe_ends), 0);
	cr_assert_eq(write(pipe_ends[1], "input", 5), 5);
	child = fork();
	cr_assert_neq(child, -1);
	if (child == 0) {
		sandbox_enter();
		body(pipe_ends[0]);
		_exit(0);
	}
	close(pipe_ends[0]);
	close(pipe_ends[1]);
	cr_assert_eq(waitpid(child, &status, 0), child);
	return status;
}

static void
read_write_and_allocate(int descriptor)
{
	char buffer[8];
	char *big;

	if (read(descriptor, buffer, sizeof(buffer)) != 5 || memcmp(buffer, "input", 5) != 0)
		_exit(3);
	if (write(STDERR_FILENO, "", 0) != 0)
		_exit(4);
	big = malloc(64 << 20);		/* mmap */
	if (big == NULL)
		_exit(5);
	memset(big, 1, 64 << 20);
	big = realloc(big, 128 << 20);	/* mremap */
	if (big == NULL)
		_exit(6);
	free(big);
	close(descriptor);
}

static void
open_a_file(int descriptor)
{
	(void)descriptor;
	open("/etc/passwd", O_RDONLY);
}

static void
write_elsewhere(int descriptor)
{
	(void)write(descriptor, "x", 1);
}

static void
map_executable_memory(int descriptor)
{
	(void)descriptor;
	mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
}

static void
fork_again(int descriptor)
{
	(void)descriptor;
	(void)fork();
}

static void
meet_a_closed_pipe(int descriptor)
{
	(void)descriptor;
	signal(SIGPIPE, SIG_IGN);
	output_check_pipe(EPIPE);
}

Test(sandbox, still_reads_writes_stderr_and_manages_memory)
{
	int status;

#ifdef __SANITIZE_ADDRESS__
	cr_skip_test("AddressSanitizer's allocator makes system calls the sandbox forbids");
#endif
	status = in_sandbox(read_write_and_allocate);

	cr_assert(WIFEXITED(status), "killed by signal %d", WTERMSIG(status));
	cr_assert_eq(WEXITSTATUS(status), 0);
}

Test(sandbox, kills_with_sigsys_on_any_call_outside_the_list)
{
	static const struct {
		const char	*what;
		void		(*body)(int descriptor);
	} cases[] = {
		{ "opening a file", open_a_file },
		{ "writing to a descriptor other than stdout and stderr", write_elsewhere },
		{ "mapping executable memory", map_executable_memory },
		{ "fork", fork_again },
	};
	size_t i;
	int status;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		status = in_sandbox(cases[i].body);
		cr_expect(WIFSIGNALED(status) && WTERMSIG(status) == SIGSYS,
		    "%s: wait status %#x", cases[i].what, status);
	}
}

Test(sandbox, lets_a_closed_pipe_end_the_program_by_sigpipe)
{
	int status = in_sandbox(meet_a_closed_pipe);

	cr_assert(WIFSIGNALED(status) && WTERMSIG(status) == SIGPIPE);
}
