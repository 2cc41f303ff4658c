/* alloc.h: allocation that cannot fail: on exhaustion the program says so and exits 1. */
#ifndef NEWSPIPE_ALLOC_H
#define NEWSPIPE_ALLOC_H

#include <stddef.h>

void	*emalloc(size_t size);
void	*ecalloc(size_t count, size_t size);
void	*erealloc(void *pointer, size_t size);
void	*ereallocarray(void *pointer, size_t count, size_t size);
char	*estrdup(const char *string);
char	*estrndup(const char *string, size_t length);

/*
 * Grows *items (of *capacity elements of size bytes each) so that it holds at
 * least needed elements, doubling; the caller owns the array.
 */
void	 egrow(void *items, size_t *capacity, size_t needed, size_t size);

#endif
