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

/* Writes a paragraph record as it is made and drops it. */
static void
write_record(json_t *record, void *context)
{
	(void)context;
	output_record(record);
	json_decref(record);
}

/* A document's id: its path as given, read as Windows-1252 when it is not UTF-8. */
static json_t *
path_id(const char *path)
{
	json_t *id = json_string(path);
	char *converted;
	size_t length;

	if (id != NULL)
		return id;
	converted = utf8_from_cp1252(path, strlen(path), &length);
	id = json_stringn(converted, length);
	free(converted);
	return id;
}

/*
 * Splits one plain-text input, path "-" being stdin (named so in the records,
 * and "stdin" in messages, as the record loop does); returns 0, or 1 when it
 * could not be read or was not UTF-8.
 */
static int
split_stream(FILE *stream, const char *path, const char *name, size_t maximum)
{
	char *text;
	size_t length;
	json_t *id;
	unsigned long bad_line;
	int status = 0;

	text = read_whole_stream(stream, maximum, &length);
	if (text == NULL) {
		if (errno == EFBIG)
			warnx("%s: document longer than %zu bytes skipped (see --max-record)",
			    name, maximum);
		else
			warn("%s", name);
		return 1;
	}
	text = paragraphs_plain_text(text, &length, &bad_line);
	if (bad_line != 0) {
		warnx("%s:%lu: not valid UTF-8; read as Windows-1252", name, bad_line);
		status = 1;
	}
	id = path_id(path);
	paragraphs_records(id, text, length, NULL, write_record, NULL);
	json_decref(id);
	free(text);
	return status;
}

/* Opens every input, enters the sandbox (see record_loop), and splits each as one document. */
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
	inputs_free(&inputs);
	return status;
}

/*
 * The record loop's step for --jsonl: each document record becomes its
 * paragraph records, written as they are made (the loop writes a document's
 * records right after this step, so the order is kept) rather than held, so
 * memory stays that of one document and one record.
 */
static void
split_documents(struct document *document, void *state)
{
	const char *problem;
	char *fallback = emalloc(strlen(document->file) + 24);
	size_t i;

	(void)state;
	for (i = 0; i < document->count; i++) {
		sprintf(fallback, "%s:%lu", document->file, document->lines[i]);
		if (paragraphs_from_document(document->records[i], fallback, write_record,
		    NULL, &problem) != 0)
			document_warn(document, i, "%s; skipped", problem);
		json_decref(document->records[i]);
	}
	document->count = 0;
	free(fallback);
}

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct filter filter = { .process = split_documents };
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
