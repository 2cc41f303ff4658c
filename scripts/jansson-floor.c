/* jansson-floor: reads JSON Lines on stdin and writes each object back compact; the cost every filter pays. */
/*
 * The floor that `make bench` sets beside each program: the same line
 * reader, parser flags and writer as common/record.c, with no filter and no
 * grouping of records into documents.  A line that is not JSON is dropped.
 */
#include <err.h>
#include <stdio.h>

#include <jansson.h>

#include "lines.h"
#include "output.h"
#include "record.h"

int
main(void)
{
	struct line_reader reader;
	enum line_status status;
	json_error_t error;
	json_t *record;
	int result = 0;

	line_reader_init(&reader, stdin, RECORD_MAXIMUM_DEFAULT);
	while ((status = line_reader_next(&reader)) != LINE_END) {
		if (status == LINE_ERROR)
			err(1, "stdin");
		if (status == LINE_TOO_LONG || reader.length == 0)
			continue;
		record = json_loadb(reader.line, reader.length,
		    JSON_ALLOW_NUL | JSON_DISABLE_EOF_CHECK | JSON_DECODE_ANY, &error);
		if (record == NULL) {
			result = 1;
			continue;
		}
		output_record(record);
		json_decref(record);
	}
	line_reader_free(&reader);
	return output_finish(result);
}
