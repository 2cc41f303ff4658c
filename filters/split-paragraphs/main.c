/* split-paragraphs: reads plain-text documents (or --jsonl documents) and writes one record per paragraph. */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cli.h"
#include "inputs.h"
#include "lines.h"
#include "output.h"
#include "paragraphs.h"
#include "record.h"
#include "sandbox.h"
#include "utf8.h"

static const char synopsis[] =
    "usage: split-paragraphs [--max-record bytes] [--no-sandbox] [FILE ...]\n"
    "       split-paragraphs --jsonl [--max-record bytes] [--no-sandbox] [FILE ...]\n";

enum { OPTION_JSONL = CLI_FIRST_OWN };

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ "jsonl", no_argument, NULL, OPTION_JSONL },
	{ NULL, 0, NULL, 0 }
};

static void
write_records(json_t *records)
{
	size_t i;
	json_t *record;

	json_array_foreach(records, i, record)
		output_record(record);
}

/* The line (1-based) of the first byte of text[0, length) that is not UTF-8. */
static unsigned long
first_invalid_line(const char *text, size_t length)
{
	unsigned long line = 1;
	uint32_t codepoint;
	size_t i = 0, size;

	while (i < length) {
		size = utf8_decode(text + i, length - i, &codepoint);
		if (codepoint == UTF8_REPLACEMENT && size == 1)
			break;
		if (text[i] == '\n')
			line++;
		i += size;
	}
	return line;
}

/*
 * Splits one plain-text input, whose records get "doc": id ("-" for stdin)
 * and whose messages name name; returns 0, or 1 when it could not be read or
 * was not UTF-8.
 */
static int
split_stream(FILE *stream, const char *id_string, const char *name, size_t maximum)
{
	char *text, *converted;
	size_t length;
	json_t *records, *id;
	int status = 0;

	text = read_whole_stream(stream, maximum, &length);
	if (text == NULL) {
		if (errno == EFBIG)
			warnx("%s:1: document longer than %zu bytes; skipped (see --max-record)",
			    name, maximum);
		else
			warn("%s", name);
		return 1;
	}
	if (!utf8_valid(text, length)) {
		warnx("%s:%lu: not valid UTF-8; read as Windows-1252", name,
		    first_invalid_line(text, length));
		converted = utf8_from_cp1252(text, length, &length);
		free(text);
		text = converted;
		status = 1;
	}
	records = json_array();
	id = json_string(id_string);
	paragraphs_append_records(records, id, text, length, NULL);
	write_records(records);
	json_decref(id);
	json_decref(records);
	free(text);
	return status;
}

/* Opens every input, enters the sandbox, and splits each input as one document. */
static int
split_files(char **files, int count, const struct loop_options *options)
{
	struct inputs inputs;
	FILE *stream;
	size_t i;
	int status;

	inputs_open(&inputs, files, count);
	if (options->sandbox && !inputs.deferred)
		sandbox_enter();
	status = inputs.status;
	for (i = 0; i < inputs.count; i++) {
		if ((stream = inputs_stream(&inputs, i)) == NULL)
			continue;
		status |= split_stream(stream, inputs.items[i].path, inputs.items[i].name,
		    options->maximum_record);
		inputs_close(&inputs, i);
	}
	status |= inputs.status;
	inputs_free(&inputs);
	return status;
}

/* The record loop's step for --jsonl: each document record becomes its paragraph records. */
static void
split_documents(struct document *document, void *state)
{
	size_t i, j, count = document->count;
	json_t **sources = ereallocarray(NULL, count, sizeof(*sources));
	unsigned long *lines = ereallocarray(NULL, count, sizeof(*lines));
	json_t *records, *record;
	const char *problem;
	char fallback[64];

	(void)state;
	memcpy(sources, document->records, count * sizeof(*sources));
	memcpy(lines, document->lines, count * sizeof(*lines));
	document->count = 0;
	for (i = 0; i < count; i++) {
		snprintf(fallback, sizeof(fallback), "%s:%lu", document->file, lines[i]);
		records = paragraphs_from_document(sources[i], fallback, &problem);
		json_decref(sources[i]);
		if (records == NULL) {
			warnx("%s:%lu: %s; skipped", document->file, lines[i], problem);
			document->bad = 1;
			continue;
		}
		json_array_foreach(records, j, record)
			document_append(document, json_incref(record), lines[i]);
		json_decref(records);
	}
	free(sources);
	free(lines);
}

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct filter filter = { .process = split_documents, .any_object = 1 };
	int option, jsonl = 0;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (option == OPTION_JSONL)
			jsonl = 1;
		else if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	}
	argc -= optind;
	argv += optind;

	if (jsonl)
		return output_finish(record_loop(&filter, &options, argv, argc));
	return output_finish(split_files(argv, argc, &options));
}
