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

struct check {
	const char		*text;
	size_t			 length;
	struct utf8_cursor	 cursor;
	size_t			 byte;		/* where the cursor stands */
	size_t			 previous_end;	/* code points */
	json_int_t		 para;
};

/* Aborts unless the record is its code point span of the text, after the one before. */
static void
check_record(json_t *record, void *context)
{
	struct check *check = context;
	size_t start, end, byte_end;
	json_t *slice;
	uint32_t codepoint;

	start = (size_t)json_integer_value(json_object_get(record, "start"));
	end = (size_t)json_integer_value(json_object_get(record, "end"));
	slice = json_object_get(record, "text");
	if (start < check->previous_end || end <= start || !json_is_string(slice) ||
	    json_integer_value(json_object_get(record, "para")) != check->para++)
		abort();
	while (check->byte < check->length &&
	    utf8_cursor_codepoint(&check->cursor, check->byte) < start)
		check->byte += utf8_decode(check->text + check->byte,
		    check->length - check->byte, &codepoint);
	byte_end = check->byte + json_string_length(slice);
	if (byte_end > check->length || memcmp(check->text + check->byte,
	    json_string_value(slice), json_string_length(slice)) != 0 ||
	    utf8_length(check->text + check->byte, byte_end - check->byte) != end - start)
		abort();
	check->previous_end = end;
	output_record(record);
	json_decref(record);
}

static void
split_plain_text(const uint8_t *data, size_t size)
{
	struct check check = { 0 };
	char *text = emalloc(size + 1);
	size_t length = size;
	unsigned long bad_line;
	json_t *id = json_string("fuzz");

	memcpy(text, data, size);
	text[size] = '\0';
	text = paragraphs_plain_text(text, &length, &bad_line);
	check.text = text;
	check.length = length;
	utf8_cursor_init(&check.cursor, text, length);
	paragraphs_records(id, text, length, NULL, check_record, &check);
	json_decref(id);
	free(text);
}

static void
write_record(json_t *record, void *context)
{
	(void)context;
	output_record(record);
	json_decref(record);
}

/* What split-paragraphs --jsonl does with a document's records (its main.c's split_documents). */
static void
split_documents(struct document *document, void *state)
{
	const char *problem;
	size_t i;

	(void)state;
	for (i = 0; i < document->count; i++) {
		paragraphs_from_document(document->records[i], "fuzz", write_record, NULL,
		    &problem);
		json_decref(document->records[i]);
	}
	document->count = 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct loop_options options = { .maximum_record = 1 << 20 };
	struct filter filter = { .process = split_documents };
	FILE *stream;

	split_plain_text(data, size);
	if (size > 0 && (stream = fmemopen((void *)data, size, "rb")) != NULL) {
		record_loop_stream(&filter, &options, stream, "fuzz");
		fclose(stream);
	}
	fflush(stdout);
	return 0;
}
