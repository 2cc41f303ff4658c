/* record.c: reads JSON Lines, groups records by document, hands them to a filter, writes them. */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "inputs.h"
#include "lines.h"
#include "output.h"
#include "record.h"
#include "sandbox.h"
#include "utf8.h"

static const char *text_problem(const json_t *record);

struct loop {
	const struct filter		*filter;
	const struct loop_options	*options;
	struct document			 document;
	int				 status;
};

void
document_warn(struct document *document, size_t index, const char *format, ...)
{
	va_list arguments;
	char message[512];

	document->bad = 1;
	if (++document->reported > RECORD_MESSAGES_PER_FILE)
		return;
	va_start(arguments, format);
	vsnprintf(message, sizeof(message), format, arguments);
	va_end(arguments);
	warnx("%s:%lu: %s", document->file,
	    index < document->count ? document->lines[index] : 0UL, message);
}

/* The text of record index, or NULL after a warning when problem (why it cannot be annotated) is set. */
static const char *
text_or_warning(struct document *document, size_t index, size_t *length, const char *problem)
{
	json_t *text = json_object_get(document->records[index], "text");

	if (problem != NULL) {
		document_warn(document, index, "%s; passed through", problem);
		return NULL;
	}
	*length = json_string_length(text);
	return json_string_value(text);
}

const char *
document_text(struct document *document, size_t index, size_t *length)
{
	return text_or_warning(document, index, length,
	    record_format_problem(document->records[index]));
}

const char *
document_text_only(struct document *document, size_t index, size_t *length)
{
	return text_or_warning(document, index, length, text_problem(document->records[index]));
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

static int
is_offset(const json_t *value)
{
	return json_is_integer(value) && json_integer_value(value) >= 0;
}

static int
is_array_of_objects(const json_t *value)
{
	const json_t *item;
	size_t i;

	if (!json_is_array(value))
		return 0;
	json_array_foreach(value, i, item)
		if (!json_is_object(item))
			return 0;
	return 1;
}

/* Why record has no "text" string, or NULL. */
static const char *
text_problem(const json_t *record)
{
	const json_t *text = json_object_get(record, "text");

	if (text == NULL)
		return "record has no \"text\"";
	if (!json_is_string(text))
		return "\"text\" is not a string";
	return NULL;
}

static int
is_object(const json_t *value)
{
	return json_is_object(value);
}

/* The known keys of a paragraph record other than "text": each, when present, must pass valid. */
static const struct key_rule {
	const char	*key;
	int		(*valid)(const json_t *value);
	const char	*problem;
} key_rules[] = {
	{ "para", is_offset, "\"para\" is not a non-negative integer" },
	{ "start", is_offset, "\"start\" is not a non-negative integer" },
	{ "end", is_offset, "\"end\" is not a non-negative integer" },
	{ "quotes", is_array_of_objects, "\"quotes\" is not an array of objects" },
	{ "entities", is_array_of_objects, "\"entities\" is not an array of objects" },
	{ "figures", is_array_of_objects, "\"figures\" is not an array of objects" },
	{ "meta", is_object, "\"meta\" is not an object" },
};

const char *
record_format_problem(const json_t *record)
{
	const json_t *value;
	const char *problem;
	size_t i;

	if ((problem = text_problem(record)) != NULL)
		return problem;
	for (i = 0; i < sizeof(key_rules) / sizeof(key_rules[0]); i++) {
		value = json_object_get(record, key_rules[i].key);
		if (value != NULL && !key_rules[i].valid(value))
			return key_rules[i].problem;
	}
	return NULL;
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

/*
 * Rewrites message in place to one printable line (jansson quotes the input):
 * control bytes become '?', and so does every non-ASCII byte unless the
 * message is valid UTF-8.
 */
static void
make_printable(char *message)
{
	unsigned char *c;
	int ascii_only = !utf8_valid(message, strlen(message));

	for (c = (unsigned char *)message; *c != '\0'; c++)
		if (*c < 0x20 || *c == 0x7f || (ascii_only && *c >= 0x80))
			*c = '?';
}

/* Reports a skipped line, as document_warn does a record. */
static void
bad_line(struct loop *loop, const char *file, unsigned long line, const char *format, ...)
{
	va_list arguments;
	char message[512];

	loop->status = 1;
	if (++loop->document.reported > RECORD_MESSAGES_PER_FILE)
		return;
	va_start(arguments, format);
	vsnprintf(message, sizeof(message), format, arguments);
	va_end(arguments);
	make_printable(message);
	warnx("%s:%lu: %s", file, line, message);
}

/* The line without the blanks and CR around it (JSON allows them; CRLF files end so). */
static const char *
trim(const char *line, size_t *length)
{
	while (*length > 0 && (line[*length - 1] == '\r' || line[*length - 1] == ' ' ||
	    line[*length - 1] == '\t'))
		(*length)--;
	while (*length > 0 && (*line == ' ' || *line == '\t')) {
		line++;
		(*length)--;
	}
	return line;
}

/* The line as a JSON object, or NULL after reporting why it is not one. */
static json_t *
parse_line(struct loop *loop, const char *file, unsigned long number,
    const char *line, size_t length)
{
	json_error_t error;
	json_t *record;

	record = json_loadb(line, length, JSON_ALLOW_NUL | JSON_DISABLE_EOF_CHECK |
	    JSON_DECODE_ANY, &error);
	if (record == NULL) {
		if (memchr(line, '\0', length) != NULL)
			bad_line(loop, file, number, "a NUL byte: not JSON (binary data?)");
		else if (json_error_code(&error) == json_error_out_of_memory)
			bad_line(loop, file, number, "record too big for the memory there is; "
			    "skipped (see --max-record)");
		else
			bad_line(loop, file, number, "%s", error.text);
		return NULL;
	}
	if ((size_t)error.position < length) {
		json_decref(record);
		bad_line(loop, file, number, "more than one JSON value on the line");
		return NULL;
	}
	if (!json_is_object(record)) {
		json_decref(record);
		bad_line(loop, file, number, "not a JSON object");
		return NULL;
	}
	return record;
}

static void
take_line(struct loop *loop, const char *file, struct line_reader *reader)
{
	size_t length = reader->length;
	const char *line = trim(reader->line, &length);
	json_t *record;

	if (length == 0)
		return;
	record = parse_line(loop, file, reader->number, line, length);
	if (record == NULL)
		return;
	if (starts_new_document(loop, record))
		flush_document(loop);
	loop->document.file = file;
	document_append(&loop->document, record, reader->number);
}

/* Reads one input to its end; the document it was building is written at the end. */
static void
run_stream(struct loop *loop, FILE *stream, const char *file)
{
	struct line_reader reader;
	enum line_status status;
	size_t maximum = loop->options->maximum_record;

	loop->document.reported = 0;
	line_reader_init(&reader, stream, maximum);
	while ((status = line_reader_next(&reader)) != LINE_END) {
		if (status == LINE_ERROR) {
			warn("%s", file);
			loop->status = 1;
			break;
		}
		if (status == LINE_TOO_LONG)
			bad_line(loop, file, reader.number, "record longer than %zu bytes "
			    "skipped (see --max-record)", maximum);
		else if (status == LINE_NO_MEMORY)
			bad_line(loop, file, reader.number, "record too big for the memory "
			    "there is; skipped (see --max-record)");
		else
			take_line(loop, file, &reader);
	}
	line_reader_free(&reader);
	/* a document does not continue across files */
	flush_document(loop);
	if (loop->document.reported > RECORD_MESSAGES_PER_FILE)
		warnx("%s: %lu more problems not reported", file,
		    loop->document.reported - RECORD_MESSAGES_PER_FILE);
}

static void
free_loop(struct loop *loop)
{
	free(loop->document.records);
	free(loop->document.lines);
}

int
record_loop_stream(const struct filter *filter, const struct loop_options *options,
    FILE *stream, const char *name)
{
	struct loop loop = { .filter = filter, .options = options };

	run_stream(&loop, stream, name);
	free_loop(&loop);
	return loop.status;
}

int
record_loop(const struct filter *filter, const struct loop_options *options,
    char **files, int count)
{
	struct loop loop = { .filter = filter, .options = options };
	struct inputs inputs;
	FILE *stream;
	size_t i;

	inputs_open(&inputs, files, count);
	if (options->sandbox && !inputs.deferred)
		sandbox_enter();
	for (i = 0; i < inputs.count; i++) {
		if ((stream = inputs_stream(&inputs, i)) == NULL)
			continue;
		run_stream(&loop, stream, inputs.items[i].name);
		inputs_close(&inputs, i);
	}
	if (filter->finish != NULL)
		filter->finish(filter->state);
	free_loop(&loop);
	if (inputs.status)
		loop.status = 1;
	inputs_free(&inputs);
	return loop.status;
}
