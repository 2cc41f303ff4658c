/* buffer.h: a growing byte string for building output in memory (text may hold NULs). */
#ifndef NEWSPIPE_BUFFER_H
#define NEWSPIPE_BUFFER_H

#include <stddef.h>

/* Zero-initialised is empty.  bytes stays NUL-terminated once anything is appended. */
struct buffer {
	char	*bytes;		/* owned; free with buffer_free */
	size_t	 length;
	size_t	 capacity;
};

void	buffer_append(struct buffer *buffer, const char *bytes, size_t length);
void	buffer_append_string(struct buffer *buffer, const char *string);
/*
 * Appends length bytes of text, each byte that has a string in escapes (256
 * entries, indexed by the unsigned byte; NULL for none) replaced by that string.
 */
void	buffer_append_escaped(struct buffer *buffer, const char *text, size_t length,
	    const char *const escapes[256]);
void	buffer_printf(struct buffer *buffer, const char *format, ...)
	    __attribute__((format(printf, 2, 3)));
void	buffer_free(struct buffer *buffer);

#endif
