/* record.c: reads JSON Lines, groups records by document, hands them to a filter, writes them. */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "lines.h"
#include "output.h"
#include "record.h"

struct loop {
	const struct filter	*filter;
	struct document		 document;
	int			 status;
};

void
document_warn(struct document *document, size_t index, const char *format, ...)
{
	va_list arguments;
	char message[512];

	va_start(arguments, format);
	vsnprintf(message, sizeof(message), format, arguments);
	va_end(arguments);
	warnx("%s:%lu: %s", document->file,
	    index < document->count ? document->lines[index] : 0UL, message);
	document->bad = 1;
}

const char *
document_text(struct document *document, size_t index, size_t *length)
{
	json_t *text = json_object_get(document->records[index], "text");

	if (!json_is_string(text)) {
		document_warn(document, index, text == NULL ?
		    "record has no \"text\"; passed through" :
		    "\"text\" is not a string; passed through");
		return NULL;
	}
	*length = json_string_length(text);
	return json_string_value(text);
}

void
document_append(struct document *document, json_t *record, unsigned long line)
{
	egrow(&document->records, &document->capacity, document->count + 1,
	    sizeof(*document->records));
	/* lines grows with records: same capacity */
	document->lines = ereallocarray(document->lines, document->capacity,
	    sizeof(*document->lines));
	document->records[document->count] = record;
	document->lines[document->count] = line;
	document->count++;
}

void
document_clear(struct document *document)
{
	size_t i;

	for (i = 0; i < document->count; i++)
		json_decref(document->records[i]);
	document->count = 0;
}

json_t *
document_id(const struct document *document)
{
	if (document->count == 0)
		return NULL;
	return json_object_get(document->records[0], "doc");
}

/* Processes and writes the buffered document, then empties it. */
static void
flush_document(struct loop *loop)
{
	struct document *document = &loop->document;
	size_t i;

	if (document->count == 0)
		return;
	loop->filter->process(document, loop->filter->state);
	for (i = 0; i < document->count; i++) {
		output_record(document->records[i]);
		json_decref(document->records[i]);
	}
	if (document->bad)
		loop->status = 1;
	document->count = 0;
	document->bad = 0;
}

/* Whether record starts a new document after the buffered one. */
static int
starts_new_document(const struct loop *loop, const json_t *record)
{
	json_t *current = document_id(&loop->document), *id;

	if (loop->document.count == 0)
		return 0;
	id = json_object_get(record, "doc");
	return current == NULL || id == NULL || !json_equal(current, id);
}

static void
bad_line(struct loop *loop, const char *file, unsigned long line, const char *message)
{
	warnx("%s:%lu: %s", file, line, message);
	loop->status = 1;
}

static void
take_line(struct loop *loop, const char *file, struct line_reader *reader)
{
	json_error_t error;
	json_t *record;
	size_t length = reader->length;
	const char *line = reader->line;

	while (length > 0 && (line[length - 1] == '\r' || line[length - 1] == ' ' ||
	    line[length - 1] == '\t'))
		length--;
	while (length > 0 && (*line == ' ' || *line == '\t')) {
		line++;
		length--;
	}
	if (length == 0)
		return;
	record = json_loadb(line, length, JSON_ALLOW_NUL | JSON_DISABLE_EOF_CHECK |
	    JSON_DECODE_ANY, &error);
	if (record == NULL) {
		bad_line(loop, file, reader->number, error.text);
		return;
	}
	if ((size_t)error.position < length) {
		json_decref(record);
		bad_line(loop, file, reader->number, "more than one JSON value on the line");
		return;
	}
	if (!json_is_object(record)) {
		json_decref(record);
		bad_line(loop, file, reader->number, "not a JSON object");
		return;
	}
	if (starts_new_document(loop, record))
		flush_document(loop);
	loop->document.file = file;
	document_append(&loop->document, record, reader->number);
}

static void
run_stream(struct loop *loop, FILE *stream, const char *file, size_t maximum)
{
	struct line_reader reader;
	enum line_status status;
	char message[128];

	line_reader_init(&reader, stream, maximum);
	while ((status = line_reader_next(&reader)) != LINE_END) {
		if (status == LINE_ERROR) {
			warn("%s", file);
			loop->status = 1;
			break;
		}
		if (status == LINE_TOO_LONG) {
			snprintf(message, sizeof(message),
			    "record longer than %zu bytes skipped (see --max-record)", maximum);
			bad_line(loop, file, reader.number, message);
			continue;
		}
		take_line(loop, file, &reader);
	}
	line_reader_free(&reader);
}

int
record_loop(const struct filter *filter, const struct loop_options *options,
    char **files, int count)
{
	static char standard_input[] = "-";
	static char *only_stdin[] = { standard_input };
	struct loop loop = { .filter = filter };
	FILE *stream;
	const char *name;
	int i;

	if (count == 0) {
		files = only_stdin;
		count = 1;
	}
	for (i = 0; i < count; i++) {
		if (strcmp(files[i], "-") == 0) {
			stream = stdin;
			name = "stdin";
		} else if ((stream = fopen(files[i], "r")) == NULL) {
			warn("%s", files[i]);
			loop.status = 1;
			continue;
		} else
			name = files[i];
		run_stream(&loop, stream, name, options->maximum_record);
		/* a document does not continue across files */
		flush_document(&loop);
		if (stream != stdin)
			fclose(stream);
	}
	if (filter->finish != NULL)
		filter->finish(filter->state);
	free(loop.document.records);
	free(loop.document.lines);
	return loop.status;
}
