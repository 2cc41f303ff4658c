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

/*
 * Splits text (length bytes of UTF-8; NULs allowed) into paragraphs, deciding
 * the layout for the whole document.  Returns the count and sets *paragraphs
 * to a new array the caller frees (NULL when there are none).  Spans never
 * include the blank space around paragraphs, a byte order mark, or an
 * indentation, and never split a UTF-8 sequence.
 */
size_t	 paragraphs_split(const char *text, size_t length, struct paragraph **paragraphs);

/*
 * The text of a plain-text document from its bytes (length of them, NUL
 * after): bytes itself when they are UTF-8, with *bad_line 0; else bytes are
 * freed and read as Windows-1252 into a new string, *length is updated and
 * *bad_line is the 1-based line of the first byte that is not UTF-8.  The
 * caller frees what is returned.
 */
char	*paragraphs_plain_text(char *bytes, size_t *length, unsigned long *bad_line);

/*
 * Appends to records (a JSON array) one record per paragraph of text, in the
 * record format: {"doc", "para", "start", "end", "text"} and "meta" when meta
 * is not NULL (a reference is taken).  id is copied.  Offsets are code points.
 */
void	 paragraphs_append_records(json_t *records, json_t *id, const char *text,
	     size_t length, json_t *meta);

/*
 * Turns one --jsonl document ({"id", "text", ...}) into the array of its
 * paragraph records, every other key going under "meta".  Returns a new
 * array, or NULL with *problem set when the document has no "text" string.
 * fallback_id is used when the document has no "id".
 */
json_t	*paragraphs_from_document(const json_t *document, const char *fallback_id,
	     const char **problem);

#endif
