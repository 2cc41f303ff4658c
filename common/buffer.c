/* buffer.c: a growing byte string; allocation failure exits through the e-wrappers. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buffer.h"

void
buffer_append(struct buffer *buffer, const char *bytes, size_t length)
{
	egrow(&buffer->bytes, &buffer->capacity, buffer->length + length + 1, 1);
	memcpy(buffer->bytes + buffer->length, bytes, length);
	buffer->length += length;
	buffer->bytes[buffer->length] = '\0';
}

void
buffer_append_string(struct buffer *buffer, const char *string)
{
	buffer_append(buffer, string, strlen(string));
}

void
buffer_append_escaped(struct buffer *buffer, const char *text, size_t length,
    const char *const escapes[256])
{
	size_t i, plain = 0;
	const char *escape;

	for (i = 0; i < length; i++) {
		if ((escape = escapes[(unsigned char)text[i]]) == NULL)
			continue;
		buffer_append(buffer, text + plain, i - plain);
		buffer_append_string(buffer, escape);
		plain = i + 1;
	}
	buffer_append(buffer, text + plain, length - plain);
}

void
buffer_printf(struct buffer *buffer, const char *format, ...)
{
	va_list arguments;
	int needed;

	va_start(arguments, format);
	needed = vsnprintf(NULL, 0, format, arguments);
	va_end(arguments);
	if (needed < 0)
		return;
	egrow(&buffer->bytes, &buffer->capacity, buffer->length + (size_t)needed + 1, 1);
	va_start(arguments, format);
	vsnprintf(buffer->bytes + buffer->length, (size_t)needed + 1, format, arguments);
	va_end(arguments);
	buffer->length += (size_t)needed;
}

void
buffer_free(struct buffer *buffer)
{
	free(buffer->bytes);
	buffer->bytes = NULL;
	buffer->length = 0;
	buffer->capacity = 0;
}
