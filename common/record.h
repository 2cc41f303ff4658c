/* record.h: the loop every filter runs: paragraph records in, annotated records out. */
#ifndef NEWSPIPE_RECORD_H
#define NEWSPIPE_RECORD_H

#include <stddef.h>
#include <stdio.h>

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
	unsigned long	  reported;	/* messages about the current file so far */
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
	int	sandbox;		/* enter the sandbox once the inputs are open (sandbox.h) */
};

/*
 * Runs filter over the named files (all of stdin when count is 0; "-" is
 * stdin) and writes every record to stdout.  All files are opened first,
 * then the sandbox is entered (when options->sandbox; see inputs.h for many
 * files), so filter->process and filter->finish run inside it and must not
 * open files.  Lines that are not JSON objects, or longer than
 * options->maximum_record, are reported as "PROGRAM: FILE:LINE: reason" and
 * skipped; a file gets at most RECORD_MESSAGES_PER_FILE messages, from the
 * loop and document_warn together, then a count of the rest at its end;
 * a file that cannot be read is reported and the others still run.  Returns
 * the exit status: 0, or 1 when any input was bad.
 */
int	record_loop(const struct filter *filter, const struct loop_options *options,
	    char **files, int count);

/* Problems reported one by one in each file; the rest are counted at its end. */
#define RECORD_MESSAGES_PER_FILE 20

/*
 * record_loop over one open stream named name, without opening files or
 * entering the sandbox (for tests and fuzzing); filter->finish is not called.
 * Returns 0, or 1 when any input was bad.
 */
int	record_loop_stream(const struct filter *filter, const struct loop_options *options,
	    FILE *stream, const char *name);

/*
 * Why record (a JSON object) is not a paragraph record a filter can
 * annotate, or NULL when it is:
 * "text" missing or not a string; "para", "start" or "end" not a
 * non-negative integer; "quotes", "entities" or "figures" not an array of
 * objects; "meta" not an object.  Other keys are not looked at.
 */
const char *record_format_problem(const json_t *record);

/*
 * Reports "PROGRAM: FILE:LINE: message" for record index of document (unless
 * the file had its RECORD_MESSAGES_PER_FILE already) and marks it bad.
 */
void	document_warn(struct document *document, size_t index, const char *format, ...)
	    __attribute__((format(printf, 3, 4)));

/*
 * The record's "text" as UTF-8 bytes (may hold NULs), or NULL after a warning
 * when the record is not a paragraph record (record_format_problem: no "text"
 * string, or a known key of the wrong type), which the filter then leaves
 * unchanged; the string belongs to the record.
 */
const char *document_text(struct document *document, size_t index, size_t *length);

/*
 * As document_text, but only "text" is checked: for a program that reads the
 * record's other keys itself and copes with their types (render-html).
 */
const char *document_text_only(struct document *document, size_t index, size_t *length);

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
