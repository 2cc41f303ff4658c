/* lines.c: line-at-a-time and whole-stream input with a size limit. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lines.h"

void
line_reader_init(struct line_reader *reader, FILE *stream, size_t maximum)
{
	memset(reader, 0, sizeof(*reader));
	reader->stream = stream;
	reader->maximum = maximum;
}

void
line_reader_free(struct line_reader *reader)
{
	free(reader->line);
	free(reader->chunk);
	reader->line = reader->chunk = NULL;
	reader->capacity = 0;
}

/* Grows the line buffer to hold needed bytes, doubling; 0 when memory ran out. */
static int
grow_line(struct line_reader *reader, size_t needed)
{
	size_t capacity = reader->capacity ? reader->capacity : 256;
	char *grown;

	while (capacity < needed)
		capacity = capacity > SIZE_MAX / 2 ? needed : capacity * 2;
	if ((grown = realloc(reader->line, capacity)) == NULL)
		return 0;
	reader->line = grown;
	reader->capacity = capacity;
	return 1;
}

/* Frees the line buffer (after a line too long for it) so a giant line does not stay resident. */
static void
release_line(struct line_reader *reader)
{
	free(reader->line);
	reader->line = NULL;
	reader->length = reader->capacity = 0;
}

/* Refills the read-ahead chunk; returns 0 at end of input or on error. */
static int
refill(struct line_reader *reader)
{
	enum { CHUNK_SIZE = 1 << 16 };

	if (reader->chunk == NULL)
		reader->chunk = emalloc(CHUNK_SIZE);
	reader->chunk_start = 0;
	reader->chunk_end = fread(reader->chunk, 1, CHUNK_SIZE, reader->stream);
	return reader->chunk_end > 0;
}

/*
 * Appends bytes to the line unless it is being skipped (*skip is
 * LINE_TOO_LONG or LINE_NO_MEMORY); sets *skip when the line grows past the
 * maximum or memory runs out, and frees the line so far.
 */
static void
keep(struct line_reader *reader, const char *bytes, size_t size, enum line_status *skip)
{
	size_t needed = reader->length + size + 1;

	if (*skip != LINE_OK)
		return;
	if (reader->length + size > reader->maximum)
		*skip = LINE_TOO_LONG;
	else if (needed > reader->capacity && !grow_line(reader, needed))
		*skip = LINE_NO_MEMORY;
	if (*skip != LINE_OK) {
		release_line(reader);
		return;
	}
	memcpy(reader->line + reader->length, bytes, size);
	reader->length += size;
}

enum line_status
line_reader_next(struct line_reader *reader)
{
	const char *start, *newline;
	size_t available;
	enum line_status skip = LINE_OK;
	int seen = 0;

	reader->length = 0;
	for (;;) {
		if (reader->chunk_start == reader->chunk_end && !refill(reader))
			break;
		seen = 1;
		start = reader->chunk + reader->chunk_start;
		available = reader->chunk_end - reader->chunk_start;
		newline = memchr(start, '\n', available);
		if (newline == NULL) {
			keep(reader, start, available, &skip);
			reader->chunk_start = reader->chunk_end;
			continue;
		}
		keep(reader, start, (size_t)(newline - start), &skip);
		reader->chunk_start += (size_t)(newline - start) + 1;
		goto done;
	}
	if (ferror(reader->stream))
		return LINE_ERROR;
	if (!seen)
		return LINE_END;
done:
	reader->number++;
	if (skip != LINE_OK)
		return skip;
	egrow(&reader->line, &reader->capacity, reader->length + 1, 1);
	reader->line[reader->length] = '\0';
	return LINE_OK;
}

char *
read_whole_stream(FILE *stream, size_t maximum, size_t *length)
{
	char *buffer = NULL;
	size_t capacity = 0, used = 0, got;

	for (;;) {
		egrow(&buffer, &capacity, used + 65536 + 1, 1);
		got = fread(buffer + used, 1, capacity - used - 1, stream);
		used += got;
		if (used > maximum) {
			free(buffer);
			errno = EFBIG;
			return NULL;
		}
		if (got == 0)
			break;
	}
	if (ferror(stream)) {
		free(buffer);
		return NULL;
	}
	buffer[used] = '\0';
	*length = used;
	return buffer;
}
