/* paragraphs.h: finds the paragraphs of a plain-text document and builds their records. */
#ifndef NEWSPIPE_PARAGRAPHS_H
#define NEWSPIPE_PARAGRAPHS_H

#include <stddef.h>

#include <jansson.h>

/* A paragraph: a half-open span of the document, in bytes and in code points. */
struct paragraph {
	size_t	start;
	size_t	end;
	size_t	start_codepoint;
	size_t	end_codepoint;
};

/* Called with each paragraph in turn; context is the caller's. */
typedef void paragraph_callback(const struct paragraph *paragraph, void *context);

/* Called with each record in turn, which it takes the reference to. */
typedef void record_callback(json_t *record, void *context);

/*
 * Splits text (length bytes of UTF-8; NULs allowed; a bad byte counts as one
 * character, as utf8_decode reads it) into paragraphs, deciding the layout
 * for the whole document, and calls found with each in order; returns their
 * count.  Spans never include the blank space around paragraphs, a byte
 * order mark, or an indentation, and never split a UTF-8 sequence.  Time is
 * linear in length; memory is 8 bytes a line.
 */
size_t	 paragraphs_split(const char *text, size_t length, paragraph_callback *found,
	     void *context);

/*
 * The text of a plain-text document from its bytes (length of them, NUL
 * after): bytes itself when they are UTF-8, with *bad_line 0; else bytes are
 * freed and read as Windows-1252 into a new string, *length is updated and
 * *bad_line is the 1-based line of the first byte that is not UTF-8.  The
 * caller frees what is returned.
 */
char	*paragraphs_plain_text(char *bytes, size_t *length, unsigned long *bad_line);

/*
 * Makes one record per paragraph of text, in the record format: {"doc",
 * "para", "start", "end", "text"} and "meta" when meta is not NULL, and
 * hands each to emit as it is made, so no more than one is held at a time.
 * id and meta are shared, not taken.  Offsets are code points.
 */
void	 paragraphs_records(json_t *id, const char *text, size_t length, json_t *meta,
	     record_callback *emit, void *context);

/*
 * Makes the paragraph records of one --jsonl document ({"id", "text", ...}),
 * every other key going under "meta", and hands each to emit.  Returns 0, or
 * -1 with *problem set when the document has no "text" string.  fallback_id
 * is used when the document has no "id".
 */
int	 paragraphs_from_document(const json_t *document, const char *fallback_id,
	     record_callback *emit, void *context, const char **problem);

#endif
