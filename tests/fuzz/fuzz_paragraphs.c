/*
 * fuzz_paragraphs.c: split-paragraphs' harness: the bytes as a plain-text
 * document (Windows-1252 when not UTF-8, as split-paragraphs reads it), with
 * the record format's promises checked, then as --jsonl documents through the
 * record loop.  Writes to /dev/null; a broken promise aborts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "fuzz.h"
#include "output.h"
#include "paragraphs.h"
#include "record.h"
#include "utf8.h"

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	if (freopen("/dev/null", "w", stdout) == NULL)
		abort();
	return 0;
}

/* Aborts unless each record is its code point span of text, in order, without overlap. */
static void
check_records(const json_t *records, const char *text, size_t length)
{
	struct utf8_cursor cursor;
	size_t i, previous_end = 0, start, end, byte = 0, byte_end;
	json_t *record, *slice;

	utf8_cursor_init(&cursor, text, length);
	json_array_foreach(records, i, record) {
		start = (size_t)json_integer_value(json_object_get(record, "start"));
		end = (size_t)json_integer_value(json_object_get(record, "end"));
		slice = json_object_get(record, "text");
		if (start < previous_end || end <= start || !json_is_string(slice) ||
		    json_integer_value(json_object_get(record, "para")) != (json_int_t)i)
			abort();
		while (byte < length && utf8_cursor_codepoint(&cursor, byte) < start)
			byte += utf8_decode(text + byte, length - byte, &(uint32_t){ 0 });
		byte_end = byte + json_string_length(slice);
		if (byte_end > length || memcmp(text + byte, json_string_value(slice),
		    json_string_length(slice)) != 0 ||
		    utf8_length(text + byte, byte_end - byte) != end - start)
			abort();
		previous_end = end;
	}
}

static void
split_plain_text(const uint8_t *data, size_t size)
{
	char *text;
	size_t length = size, i;
	json_t *records = json_array(), *id = json_string("fuzz"), *record;

	if (utf8_valid((const char *)data, size))
		text = estrndup((const char *)data, size);
	else
		text = utf8_from_cp1252((const char *)data, size, &length);
	paragraphs_append_records(records, id, text, length, NULL);
	check_records(records, text, length);
	json_array_foreach(records, i, record)
		output_record(record);
	json_decref(records);
	json_decref(id);
	free(text);
}

/* What split-paragraphs --jsonl does with a document's records (its main.c's split_documents). */
static void
split_documents(struct document *document, void *state)
{
	size_t i, j, count = document->count;
	json_t **sources = ereallocarray(NULL, count, sizeof(*sources));
	json_t *records, *record;
	const char *problem;

	(void)state;
	memcpy(sources, document->records, count * sizeof(*sources));
	document->count = 0;
	for (i = 0; i < count; i++) {
		records = paragraphs_from_document(sources[i], "fuzz", &problem);
		json_decref(sources[i]);
		if (records == NULL)
			continue;
		json_array_foreach(records, j, record)
			document_append(document, json_incref(record), 1);
		json_decref(records);
	}
	free(sources);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct loop_options options = { .maximum_record = 1 << 20 };
	struct filter filter = { .process = split_documents, .any_object = 1 };
	FILE *stream;

	split_plain_text(data, size);
	if (size > 0 && (stream = fmemopen((void *)data, size, "rb")) != NULL) {
		record_loop_stream(&filter, &options, stream, "fuzz");
		fclose(stream);
	}
	fflush(stdout);
	return 0;
}
