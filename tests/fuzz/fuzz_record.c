/*
 * fuzz_record.c: feeds arbitrary bytes, as one input file, through the record
 * loop (line reader, JSON parsing, record check, grouping, output) and one
 * filter's process function; writes to /dev/null.  Built once per program,
 * with -DFUZZ_HEADER='"quotes.h"' -DFUZZ_PROCESS=quotes_process_document (see
 * the Makefile's fuzz block) and, for a filter that needs state such as a
 * model, -DFUZZ_STATE=function returning it.
 */
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"
#include "record.h"
#include FUZZ_HEADER

#ifdef FUZZ_STATE
void	*FUZZ_STATE(void);
#else
#define FUZZ_STATE() NULL
#endif

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static void *state;
	static int ready;
	struct loop_options options = { .maximum_record = 1 << 20 };
	struct filter filter = { .process = FUZZ_PROCESS };
	FILE *stream;

	if (!ready) {
		state = FUZZ_STATE();
		ready = 1;
	}
	filter.state = state;
	if (size == 0 || (stream = fmemopen((void *)data, size, "rb")) == NULL)
		return 0;
	record_loop_stream(&filter, &options, stream, "fuzz");
	fclose(stream);
	fflush(stdout);
	return 0;
}
