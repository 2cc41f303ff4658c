/* output.c: JSON Lines on stdout, with every write error caught. */
#include <err.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "output.h"

struct buffer {
	char	*bytes;
	size_t	 length;
	size_t	 capacity;
};

static struct buffer line;

static int
append(const char *bytes, size_t size, void *data)
{
	struct buffer *buffer = data;

	egrow(&buffer->bytes, &buffer->capacity, buffer->length + size + 1, 1);
	memcpy(buffer->bytes + buffer->length, bytes, size);
	buffer->length += size;
	return 0;
}

void
output_check_pipe(int error)
{
	if (error != EPIPE)
		return;
	signal(SIGPIPE, SIG_DFL);
	raise(SIGPIPE);
	_exit(141);
}

static void
write_failed(void)
{
	int error = errno;

	output_check_pipe(error);
	errno = error;
	err(1, "write error on stdout");
}

void
output_record(const json_t *record)
{
	line.length = 0;
	/* 15 significant digits: what a double holds exactly, so 2/3 is 0.666666666666667 */
	if (json_dump_callback(record, append, &line, JSON_COMPACT | JSON_PRESERVE_ORDER |
	    JSON_ENCODE_ANY | JSON_REAL_PRECISION(15)) != 0)
		errx(1, "cannot encode a record as JSON");
	append("\n", 1, &line);
	output_bytes(line.bytes, line.length);
	if (line.capacity > (1 << 20)) {
		free(line.bytes);
		line.bytes = NULL;
		line.capacity = 0;
	}
}

void
output_bytes(const char *bytes, size_t length)
{
	if (fwrite(bytes, 1, length, stdout) != length)
		write_failed();
}

int
output_finish(int status)
{
	errno = 0;
	if (fflush(stdout) == EOF || ferror(stdout))
		write_failed();
	if (fclose(stdout) == EOF)
		write_failed();
	return status;
}
