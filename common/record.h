/* record.h: the loop every filter runs: paragraph records in, annotated records out. */
#ifndef NEWSPIPE_RECORD_H
#define NEWSPIPE_RECORD_H

#include <stddef.h>

#include <jansson.h>

/* The default for --max-record: longer lines are reported and skipped. */
#define RECORD_MAXIMUM_DEFAULT ((size_t)64 << 20)

/*
 * The records of one document, in input order: consecutive records with an
 * equal "doc" value (a record without "doc" is a document of its own).
 */
struct document {
	json_t		**records;	/* owned by the loop; a filter may replace one (decref the old) or shrink count */
	size_t		  count;
	unsigned long	 *lines;	/* the input line of each record, for messages */
	const char	 *file;		/* the input's name for messages */
	int		  bad;		/* set by document_warn: the exit status becomes 1 */
	size_t		  capacity;
};

struct filter {
	/*
	 * Annotates a whole document in place.  Whatever records the document
	 * holds afterwards are written, in order.  A record the filter cannot
	 * annotate is left as it came, after document_warn.
	 */
	void	(*process)(struct document *document, void *state);
	void	 *state;
	/* Called once at the end of all input, or NULL. */
	void	(*finish)(void *state);
};

struct loop_options {
	size_t	maximum_record;		/* bytes; see RECORD_MAXIMUM_DEFAULT */
};

/*
 * Runs filter over the named files (all of stdin when count is 0; "-" is
 * stdin) and writes every record to stdout.  Lines that are not JSON objects
 * are reported as "PROGRAM: FILE:LINE: reason" and skipped; a file that
 * cannot be read is reported and the others still run.  Returns the exit
 * status: 0, or 1 when any input was bad.
 */
int	record_loop(const struct filter *filter, const struct loop_options *options,
	    char **files, int count);

/* Reports "PROGRAM: FILE:LINE: message" for record index of document. */
void	document_warn(struct document *document, size_t index, const char *format, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * The record's "text" as UTF-8 bytes (may hold NULs), or NULL after a warning
 * when the record has no "text" string; the string belongs to the record.
 */
const char *document_text(struct document *document, size_t index, size_t *length);

/*
 * Appends one JSON value to document (a filter that adds records, such as a
 * summary); document takes the reference.  line is the input line blamed in messages.
 */
void	document_append(struct document *document, json_t *record, unsigned long line);

/*
 * Releases every record of document, leaving it empty: the step of a filter
 * that writes its own output (summarize --tsv, render-html) or replaces the
 * records with others.
 */
void	document_clear(struct document *document);

/* The value of key "doc" shared by the document's records, or NULL; borrowed. */
json_t	*document_id(const struct document *document);

#endif
