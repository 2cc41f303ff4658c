/* alloc.c: the e-prefixed allocation wrappers; they never return NULL. */
#include <err.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "alloc.h"

static void
out_of_memory(size_t size)
{
	errx(1, "out of memory (wanted %zu bytes)", size);
}

/*
 * jansson does not survive a failed allocation everywhere (2.14 crashes in
 * its lexer), so every program hands it emalloc before main: out of memory
 * inside jansson is then a message and exit 1, never a crash.
 */
__attribute__((constructor)) static void
use_emalloc_in_jansson(void)
{
	json_set_alloc_funcs(emalloc, free);
}

void *
emalloc(size_t size)
{
	void *pointer = malloc(size ? size : 1);

	if (pointer == NULL)
		out_of_memory(size);
	return pointer;
}

void *
ecalloc(size_t count, size_t size)
{
	void *pointer = calloc(count ? count : 1, size ? size : 1);

	if (pointer == NULL)
		out_of_memory(count * size);
	return pointer;
}

void *
erealloc(void *pointer, size_t size)
{
	void *grown = realloc(pointer, size ? size : 1);

	if (grown == NULL)
		out_of_memory(size);
	return grown;
}

void *
ereallocarray(void *pointer, size_t count, size_t size)
{
	void *grown = reallocarray(pointer, count ? count : 1, size ? size : 1);

	if (grown == NULL)
		out_of_memory(count * size);
	return grown;
}

char *
estrdup(const char *string)
{
	return estrndup(string, strlen(string));
}

char *
estrndup(const char *string, size_t length)
{
	char *copy = emalloc(length + 1);

	memcpy(copy, string, length);
	copy[length] = '\0';
	return copy;
}

void
egrow(void *items, size_t *capacity, size_t needed, size_t size)
{
	void **array = items;
	size_t grown;

	if (needed <= *capacity)
		return;
	grown = *capacity ? *capacity : 8;
	while (grown < needed)
		grown *= 2;
	*array = ereallocarray(*array, grown, size);
	*capacity = grown;
}
