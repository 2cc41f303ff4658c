/* test_line_limits.c: claims about the line reader on awkward input: limits, CRLF, NULs, no final newline. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "lines.h"

static FILE *
stream_of(const char *bytes, size_t length)
{
	FILE *stream = fmemopen((void *)bytes, length, "rb");

	cr_assert_not_null(stream);
	return stream;
}

Test(line_limits, skips_a_line_over_the_maximum_and_reads_the_next)
{
	size_t size = 3 << 20;
	char *input = malloc(size + 16);
	struct line_reader reader;
	FILE *stream;

	memset(input, 'x', size);
	memcpy(input + size, "\nnext\n", 6);
	stream = stream_of(input, size + 6);
	line_reader_init(&reader, stream, 1 << 20);
	cr_assert_eq(line_reader_next(&reader), LINE_TOO_LONG);
	cr_assert_eq(reader.number, 1);
	cr_assert_leq(reader.capacity, (size_t)1 << 21, "memory stays near the maximum");
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_assert_str_eq(reader.line, "next");
	cr_assert_eq(reader.number, 2);
	cr_assert_eq(line_reader_next(&reader), LINE_END);
	line_reader_free(&reader);
	fclose(stream);
	free(input);
}

Test(line_limits, accepts_a_line_exactly_at_the_maximum)
{
	static char input[1026];
	struct line_reader reader;
	FILE *stream;

	memset(input, 'y', 1024);
	input[1024] = '\n';
	stream = stream_of(input, 1025);
	line_reader_init(&reader, stream, 1024);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_assert_eq(reader.length, 1024);
	line_reader_free(&reader);
	fclose(stream);
}

Test(line_limits, keeps_nul_bytes_and_carriage_returns_and_reads_a_last_line_without_newline)
{
	static const char input[] = "a\0b\r\nlast";
	struct line_reader reader;
	FILE *stream = stream_of(input, sizeof(input) - 1);

	line_reader_init(&reader, stream, 1024);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_assert_eq(reader.length, 4);
	cr_assert_eq(memcmp(reader.line, "a\0b\r", 4), 0);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_assert_str_eq(reader.line, "last");
	cr_assert_eq(line_reader_next(&reader), LINE_END);
	cr_assert_eq(reader.number, 2);
	line_reader_free(&reader);
	fclose(stream);
}

Test(line_limits, ends_at_once_on_empty_input)
{
	static const char input[] = "x";
	struct line_reader reader;
	FILE *stream = stream_of(input, 0 + 1);

	/* fmemopen needs a byte; read it away first */
	cr_assert_eq(fgetc(stream), 'x');
	line_reader_init(&reader, stream, 1024);
	cr_assert_eq(line_reader_next(&reader), LINE_END);
	cr_assert_eq(reader.number, 0);
	line_reader_free(&reader);
	fclose(stream);
}

Test(line_limits, read_whole_stream_refuses_more_than_the_maximum)
{
	static char input[5000];
	size_t length;
	FILE *stream = stream_of(input, sizeof(input));

	cr_assert_null(read_whole_stream(stream, 4096, &length));
	cr_assert_eq(errno, EFBIG);
	fclose(stream);
}
