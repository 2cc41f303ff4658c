/* replay.c: a main for the fuzz harnesses without libFuzzer: runs each file named once through LLVMFuzzerTestOneInput. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fuzz.h"
#include "lines.h"

int
main(int argc, char *argv[])
{
	FILE *stream;
	char *data, *exact;
	size_t length;
	int i;

	LLVMFuzzerInitialize(&argc, &argv);
	for (i = 1; i < argc; i++) {
		if ((stream = fopen(argv[i], "rb")) == NULL)
			err(2, "%s", argv[i]);
		if ((data = read_whole_stream(stream, (size_t)1 << 30, &length)) == NULL)
			err(2, "%s", argv[i]);
		fclose(stream);
		/* exactly length bytes, as libFuzzer gives, so an overread is caught */
		exact = emalloc(length);
		memcpy(exact, data, length);
		free(data);
		LLVMFuzzerTestOneInput((const unsigned char *)exact, length);
		free(exact);
	}
	return 0;
}
