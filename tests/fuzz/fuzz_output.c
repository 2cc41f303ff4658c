/* fuzz_output.c: the harnesses' libFuzzer initialisation: stdout goes to /dev/null. */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (freopen("/dev/null", "w", stdout) == NULL)
		abort();
	return 0;
}
