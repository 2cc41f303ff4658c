/* summary.h: folds a document's paragraph records into one summary record, and that into TSV rows. */
#ifndef NEWSPIPE_SUMMARY_H
#define NEWSPIPE_SUMMARY_H

#include <stddef.h>

#include <jansson.h>

#include "buffer.h"
#include "record.h"

/* The longest title taken from a first paragraph, in code points. */
#define SUMMARY_TITLE_MAXIMUM 200

/* The column names of summary_tsv's rows, tab-separated, with the "\n". */
#define SUMMARY_TSV_HEADER "doc\tsection\tname\ttype\tcount\twords\tpara\tvalue\tunit\n"

/*
 * Returns a new summary record of document's records (see docs/summarize.md):
 * doc, title, paragraphs, and "quotes"/"speakers", "entities", "figures" for
 * each of the keys "quotes", "entities", "figures" that any record holds.  An
 * annotation that is not the shape SCHEMA.md gives is left out after a
 * document_warn.  The records are not changed.
 */
json_t	*summary_build(struct document *document);

/* The record loop's step: replaces the records of document with its summary. */
void	 summary_process_document(struct document *document, void *state);

/* Appends the TSV rows (no header) of a record summary_build made to out. */
void	 summary_tsv(const json_t *summary, struct buffer *out);

/*
 * Appends value as people read it: a string as itself, a number or anything
 * else as its compact JSON, null or NULL as nothing; the bytes go through
 * escapes as buffer_append_escaped does.
 */
void	 summary_append_value(struct buffer *out, const json_t *value,
	     const char *const escapes[256]);

/* The paragraph number of record index of document: its "para", else its position. */
json_int_t summary_paragraph_number(const struct document *document, size_t index);

/*
 * The number of words in text: maximal runs of non-space code points holding
 * at least one letter or digit (so a dash or a quotation mark alone is no word).
 */
size_t	 summary_count_words(const char *text, size_t length);

/*
 * The headline in text, a first paragraph: its first line without the space
 * around it, cut after at most SUMMARY_TITLE_MAXIMUM code points (at a space
 * where one is near, then "…").  Returns a new JSON string.
 */
json_t	*summary_headline(const char *text, size_t length);

/* Whether text looks like a site's navigation line ("Home | World | Business"). */
int	 summary_is_navigation(const char *text, size_t length);

#endif
