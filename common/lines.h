/* lines.h: reads lines of any length from a stream, up to a set maximum. */
#ifndef NEWSPIPE_LINES_H
#define NEWSPIPE_LINES_H

#include <stdio.h>

enum line_status {
	LINE_OK,		/* *line holds the line, without its "\n" */
	LINE_END,		/* end of input */
	LINE_TOO_LONG,		/* the line was longer than the maximum and skipped */
	LINE_NO_MEMORY,		/* the line did not fit in memory and was skipped */
	LINE_ERROR		/* a read error; errno says which */
};

struct line_reader {
	FILE		*stream;
	size_t		 maximum;	/* longest line accepted, in bytes */
	unsigned long	 number;	/* 1-based number of the line last read */
	char		*line;		/* owned by the reader; valid until the next read */
	size_t		 length;
	size_t		 capacity;
	char		*chunk;		/* bytes read ahead from stream */
	size_t		 chunk_start;
	size_t		 chunk_end;
};

void		 line_reader_init(struct line_reader *reader, FILE *stream, size_t maximum);
void		 line_reader_free(struct line_reader *reader);

/*
 * Reads the next line into reader->line (NUL-terminated, NULs inside
 * possible: use reader->length).  A line longer than the maximum, or too long
 * for the memory there is, is read through to its end without being stored,
 * so memory stays bounded and the next line reads as usual.
 */
enum line_status line_reader_next(struct line_reader *reader);

/*
 * Reads all of stream into a new buffer the caller frees; NULL with errno set
 * on a read error, or with errno EFBIG when it exceeds maximum bytes.
 */
char		*read_whole_stream(FILE *stream, size_t maximum, size_t *length);

#endif
