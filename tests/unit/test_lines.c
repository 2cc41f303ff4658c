/* test_lines.c: claims about the line reader and whole-stream input of common/lines.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "lines.h"

/* A read-only stream over length bytes of data (fmemopen keeps NULs). */
static FILE *
stream_of(const char *data, size_t length)
{
	FILE *stream = fmemopen((void *)data, length, "r");

	cr_assert_not_null(stream);
	return stream;
}

/* One line the reader should give: its status, bytes and number. */
struct expected_line {
	enum line_status	 status;
	const char		*bytes;		/* for LINE_OK */
	size_t			 length;
	unsigned long		 number;
};

/* Reads data (length bytes) with maximum and expects want[0, count) then the end. */
static void
expect_lines(const char *data, size_t length, size_t maximum,
    const struct expected_line *want, size_t count)
{
	FILE *stream = stream_of(data, length);
	struct line_reader reader;
	size_t i;

	line_reader_init(&reader, stream, maximum);
	for (i = 0; i < count; i++) {
		cr_assert_eq(line_reader_next(&reader), want[i].status, "line %zu", i);
		cr_expect_eq(reader.number, want[i].number, "line %zu", i);
		if (want[i].status != LINE_OK)
			continue;
		cr_expect(reader.length == want[i].length &&
		    memcmp(reader.line, want[i].bytes, want[i].length) == 0,
		    "line %zu is \"%.*s\"", i, (int)reader.length, reader.line);
		cr_expect_eq(reader.line[reader.length], '\0', "NUL-terminated after");
	}
	cr_expect_eq(line_reader_next(&reader), LINE_END);
	cr_expect_eq(line_reader_next(&reader), LINE_END, "the end stays the end");
	line_reader_free(&reader);
	fclose(stream);
}

Test(lines, reads_lines_without_their_newlines_and_counts_them)
{
	static const char data[] = "first\nsecond\r\n\nlast\n";
	static const struct expected_line want[] = {
		{ LINE_OK, "first", 5, 1 },
		{ LINE_OK, "second\r", 7, 2 },		/* a CR is the caller's to strip */
		{ LINE_OK, "", 0, 3 },
		{ LINE_OK, "last", 4, 4 },
	};

	expect_lines(data, sizeof(data) - 1, 100, want, 4);
}

Test(lines, empty_input_has_no_lines)
{
	expect_lines("", 0, 100, NULL, 0);
}

Test(lines, last_line_without_newline_is_a_line)
{
	static const struct expected_line want[] = {
		{ LINE_OK, "one", 3, 1 },
		{ LINE_OK, "two", 3, 2 },
	};

	expect_lines("one\ntwo", 7, 100, want, 2);
}

Test(lines, nul_inside_a_line_is_kept_and_counted)
{
	static const char data[] = "a\0b\nc\n";
	static const struct expected_line want[] = {
		{ LINE_OK, "a\0b", 3, 1 },
		{ LINE_OK, "c", 1, 2 },
	};

	expect_lines(data, sizeof(data) - 1, 100, want, 2);
}

Test(lines, line_of_exactly_the_maximum_is_accepted)
{
	static const struct expected_line want[] = {
		{ LINE_OK, "12345", 5, 1 },
		{ LINE_TOO_LONG, NULL, 0, 2 },
		{ LINE_OK, "1234", 4, 3 },
	};

	expect_lines("12345\n123456\n1234", 17, 5, want, 3);
}

/* Lines longer than the reader's 64 KiB chunks, the longest just at the maximum. */
Test(lines, lines_longer_than_a_chunk_are_read_whole)
{
	size_t long_length = 300000, i;
	char *data = malloc(2 * long_length + 4);
	FILE *stream;
	struct line_reader reader;

	for (i = 0; i < long_length; i++)
		data[i] = data[long_length + 1 + i] = 'a' + i % 26;
	data[long_length] = '\n';
	data[2 * long_length + 1] = '\n';
	memcpy(data + 2 * long_length + 2, "z\n", 2);
	stream = stream_of(data, 2 * long_length + 4);
	line_reader_init(&reader, stream, long_length);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_expect_eq(reader.length, long_length);
	cr_expect_eq(memcmp(reader.line, data, long_length), 0);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_expect_eq(reader.length, long_length);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_expect_str_eq(reader.line, "z");
	line_reader_free(&reader);
	fclose(stream);
	free(data);
}

Test(lines, line_over_the_maximum_is_skipped_with_bounded_memory)
{
	size_t long_length = 1000000, i;
	char *data = malloc(long_length + 16);
	FILE *stream;
	struct line_reader reader;

	memcpy(data, "short\n", 6);
	for (i = 6; i < 6 + long_length; i++)
		data[i] = 'x';
	memcpy(data + 6 + long_length, "\nafter\n", 7);
	stream = stream_of(data, long_length + 13);
	line_reader_init(&reader, stream, 1000);
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_assert_eq(line_reader_next(&reader), LINE_TOO_LONG);
	cr_expect_eq(reader.number, 2, "the skipped line is counted");
	cr_expect_leq(reader.capacity, 2000, "the skipped line was not stored");
	cr_assert_eq(line_reader_next(&reader), LINE_OK);
	cr_expect_str_eq(reader.line, "after");
	cr_expect_eq(reader.number, 3);
	cr_expect_eq(line_reader_next(&reader), LINE_END);
	line_reader_free(&reader);
	fclose(stream);
	free(data);
}

Test(lines, whole_stream_is_read_with_its_nuls)
{
	static const char data[] = "no\0final newline";
	FILE *stream = stream_of(data, sizeof(data) - 1);
	size_t length = 0;
	char *text = read_whole_stream(stream, 1000, &length);

	cr_assert_not_null(text);
	cr_expect_eq(length, sizeof(data) - 1);
	cr_expect_eq(memcmp(text, data, length), 0);
	cr_expect_eq(text[length], '\0');
	free(text);
	fclose(stream);
}

Test(lines, whole_stream_of_nothing_is_empty)
{
	FILE *stream = stream_of("", 0);
	size_t length = 99;
	char *text = read_whole_stream(stream, 1000, &length);

	cr_assert_not_null(text);
	cr_expect_eq(length, 0);
	cr_expect_eq(text[0], '\0');
	free(text);
	fclose(stream);
}

Test(lines, whole_stream_over_the_maximum_fails_with_efbig)
{
	size_t size = 200000;
	char *data = calloc(size, 1);
	FILE *stream = stream_of(data, size);
	size_t length;

	errno = 0;
	cr_expect_null(read_whole_stream(stream, size - 1, &length));
	cr_expect_eq(errno, EFBIG);
	fclose(stream);
	stream = stream_of(data, size);
	free(read_whole_stream(stream, size, &length));
	cr_expect_eq(length, size, "exactly the maximum is accepted");
	fclose(stream);
	free(data);
}
