/* split-paragraphs: reads plain-text documents (or --jsonl documents) and writes one record per paragraph. */
#include <err.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "cli.h"
#include "lines.h"
#include "output.h"
#include "paragraphs.h"
#include "record.h"
#include "utf8.h"

static const char synopsis[] =
    "usage: split-paragraphs [--max-record bytes] [FILE ...]\n"
    "       split-paragraphs --jsonl [--max-record bytes] [FILE ...]\n";

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
 * Splits one plain-text file, path "-" being stdin (named so in the records,
 * and "stdin" in messages, as the record loop does); returns 0, or 1 when it
 * could not be read or was not UTF-8.
 */
static int
split_file(const char *path, size_t maximum)
{
	int from_stdin = strcmp(path, "-") == 0;
	FILE *stream = from_stdin ? stdin : fopen(path, "rb");
	const char *name = from_stdin ? "stdin" : path;
	char *text;
	size_t length;
	json_t *records, *id;
	unsigned long bad_line;
	int status = 0;

	if (stream == NULL) {
		warn("%s", path);
		return 1;
	}
	text = read_whole_stream(stream, maximum, &length);
	if (text == NULL) {
		if (errno == EFBIG)
			warnx("%s: document longer than %zu bytes skipped (see --max-record)",
			    name, maximum);
		else
			warn("%s", name);
		if (stream != stdin)
			fclose(stream);
		return 1;
	}
	if (stream != stdin)
		fclose(stream);
	text = paragraphs_plain_text(text, &length, &bad_line);
	if (bad_line != 0) {
		warnx("%s:%lu: not valid UTF-8; read as Windows-1252", name, bad_line);
		status = 1;
	}
	records = json_array();
	id = path_id(path);
	paragraphs_append_records(records, id, text, length, NULL);
	free(text);		/* the records hold copies: less memory at once */
	write_records(records);
	json_decref(id);
	json_decref(records);
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
	struct filter filter = { .process = split_documents };
	int option, jsonl = 0, status = 0, i;

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
	if (argc == 0)
		status |= split_file("-", options.maximum_record);
	for (i = 0; i < argc; i++)
		status |= split_file(argv[i], options.maximum_record);
	return output_finish(status);
}
