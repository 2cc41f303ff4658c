/* test_paragraphs.c: claims about finding paragraphs in each layout articles come in. */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <criterion/criterion.h>

#include "alloc.h"
#include "paragraphs.h"
#include "utf8.h"

/* The paragraphs paragraphs_split found, collected. */
struct collection {
	struct paragraph	*items;
	size_t			 count;
	size_t			 capacity;
};

static void
collect(const struct paragraph *paragraph, void *context)
{
	struct collection *collection = context;

	egrow(&collection->items, &collection->capacity, collection->count + 1,
	    sizeof(*paragraph));
	collection->items[collection->count++] = *paragraph;
}

/* Splits text; *paragraphs gets a new array of them (NULL if none) the caller frees. */
static size_t
split_all(const char *text, size_t length, struct paragraph **paragraphs)
{
	struct collection collection = { 0 };
	size_t count = paragraphs_split(text, length, collect, &collection);

	cr_expect_eq(count, collection.count, "the count returned is the count found");
	*paragraphs = collection.items;
	return count;
}

/* Gathers records into a JSON array, taking each reference. */
static void
append_record(json_t *record, void *context)
{
	json_array_append_new(context, record);
}

/* Splits text and checks that the paragraphs are exactly want (NULL-terminated). */
static void
expect_paragraphs(const char *text, size_t length, const char *const *want)
{
	struct paragraph *paragraphs;
	size_t count, i, want_count = 0;

	while (want[want_count] != NULL)
		want_count++;
	count = split_all(text, length, &paragraphs);
	cr_expect_eq(count, want_count, "%zu paragraphs, wanted %zu", count, want_count);
	for (i = 0; i < count && i < want_count; i++) {
		size_t span = paragraphs[i].end - paragraphs[i].start;

		cr_expect(span == strlen(want[i]) &&
		    memcmp(text + paragraphs[i].start, want[i], span) == 0,
		    "paragraph %zu is \"%.*s\", wanted \"%s\"", i, (int)span,
		    text + paragraphs[i].start, want[i]);
	}
	free(paragraphs);
}

static void
expect_split(const char *text, const char *const *want)
{
	expect_paragraphs(text, strlen(text), want);
}

static const char *const wrapped_want[] = {
	"Harbour strike ends after nine days",
	"Dock workers in Rotterdam returned to work on Monday after a\n"
	"nine-day strike that left more than 300 container ships waiting\n"
	"offshore.",
	"The union said members had voted to accept a 6% pay rise over two\n"
	"years. Port officials expect the backlog to clear within a week.",
	NULL
};

Test(paragraphs, blank_lines_separate_paragraphs)
{
	static const char *const want[] = {
		"Harbour strike ends after nine days",
		"Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.",
		"The union said members had voted to accept a 6% pay rise over two years.",
		NULL
	};

	expect_split("Harbour strike ends after nine days\n\n"
	    "Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.\n\n"
	    "The union said members had voted to accept a 6% pay rise over two years.\n", want);
}

Test(paragraphs, crlf_lines_split_like_lf_lines)
{
	static const char *const want[] = {
		"Harbour strike ends after nine days",
		"Dock workers returned to work on Monday.\r\nPort officials expect the backlog to clear.",
		"The union voted to accept a 6% pay rise.",
		NULL
	};

	expect_split("Harbour strike ends after nine days\r\n\r\n"
	    "Dock workers returned to work on Monday.\r\nPort officials expect the backlog to clear.\r\n"
	    "\r\nThe union voted to accept a 6% pay rise.\r\n", want);
}

Test(paragraphs, wrapped_with_blank_lines_keeps_its_line_breaks)
{
	expect_split("Harbour strike ends after nine days\n\n"
	    "Dock workers in Rotterdam returned to work on Monday after a\n"
	    "nine-day strike that left more than 300 container ships waiting\n"
	    "offshore.\n\n"
	    "The union said members had voted to accept a 6% pay rise over two\n"
	    "years. Port officials expect the backlog to clear within a week.\n", wrapped_want);
}

Test(paragraphs, long_lines_without_blank_lines_are_one_paragraph_each)
{
	static const char *const want[] = {
		"Harbour strike ends after nine days",
		"Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.",
		"The union said members had voted to accept a 6% pay rise over two years, ending the longest stoppage at the port since 1979.",
		"Port officials expect the backlog to clear within a week.",
		NULL
	};

	expect_split("Harbour strike ends after nine days\n"
	    "Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.\n"
	    "The union said members had voted to accept a 6% pay rise over two years, ending the longest stoppage at the port since 1979.\n"
	    "Port officials expect the backlog to clear within a week.\n", want);
}

Test(paragraphs, indented_first_lines_start_paragraphs)
{
	expect_split("    Harbour strike ends after nine days\n"
	    "    Dock workers in Rotterdam returned to work on Monday after a\n"
	    "nine-day strike that left more than 300 container ships waiting\n"
	    "offshore.\n"
	    "    The union said members had voted to accept a 6% pay rise over two\n"
	    "years. Port officials expect the backlog to clear within a week.\n", wrapped_want);
}

Test(paragraphs, tab_indented_first_lines_start_paragraphs)
{
	static const char *const want[] = {
		"The union said members had voted to accept a 6% pay rise over\n"
		"two years, ending the longest stoppage at the port since 1979.",
		"Port officials expect the backlog of container ships to clear\n"
		"within a week, weather permitting.",
		NULL
	};

	expect_split("\tThe union said members had voted to accept a 6% pay rise over\n"
	    "two years, ending the longest stoppage at the port since 1979.\n"
	    "\tPort officials expect the backlog of container ships to clear\n"
	    "within a week, weather permitting.\n", want);
}

Test(paragraphs, wrapped_without_blank_lines_ends_where_next_word_would_fit)
{
	expect_split("Harbour strike ends after nine days\n"
	    "Dock workers in Rotterdam returned to work on Monday after a\n"
	    "nine-day strike that left more than 300 container ships waiting\n"
	    "offshore.\n"
	    "The union said members had voted to accept a 6% pay rise over two\n"
	    "years. Port officials expect the backlog to clear within a week.\n", wrapped_want);
}

Test(paragraphs, messy_text_splits_like_clean_text)
{
	/* a BOM, trailing blanks, blank lines of spaces and tabs, a run of them, a form feed */
	static const char *const want[] = {
		"Harbour strike ends after nine days",
		"Dock workers in Rotterdam returned to work on Monday after a\t\n"
		"nine-day strike that left more than 300 container ships waiting\n"
		"offshore.",
		"The union said members had voted to accept a 6% pay rise over two\n"
		"years. Port officials expect the backlog to clear within a week.",
		NULL
	};

	expect_split("\xEF\xBB\xBFHarbour strike ends after nine days  \n"
	    " \n"
	    "Dock workers in Rotterdam returned to work on Monday after a\t\n"
	    "nine-day strike that left more than 300 container ships waiting\n"
	    "offshore.\n"
	    "\t\n\n\n\f\n"
	    "The union said members had voted to accept a 6% pay rise over two\n"
	    "years. Port officials expect the backlog to clear within a week.", want);
}

Test(paragraphs, form_feed_ends_a_paragraph_but_is_no_blank_line_layout)
{
	static const char *const want[] = {
		"Dock workers in Rotterdam returned to work on Monday after a\n"
		"nine-day strike.",
		"The union said members had voted to accept a 6% pay rise over two\n"
		"years.",
		"Port officials expect the backlog to clear within a week, and\n"
		"ships to sail on time.",
		NULL
	};

	expect_split("Dock workers in Rotterdam returned to work on Monday after a\n"
	    "nine-day strike.\fThe union said members had voted to accept a 6% pay rise over two\n"
	    "years.\n\f\nPort officials expect the backlog to clear within a week, and\n"
	    "ships to sail on time.\n", want);
}

Test(paragraphs, headline_then_unwrapped_lines_without_blanks)
{
	static const char *const want[] = {
		"Harbour strike ends",
		"Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.",
		"The union said members had voted to accept a 6% pay rise over two years, ending the longest stoppage at the port since 1979.",
		NULL
	};

	expect_split("Harbour strike ends\n\n"
	    "Dock workers in Rotterdam returned to work on Monday after a nine-day strike that left more than 300 container ships waiting offshore.\n"
	    "The union said members had voted to accept a 6% pay rise over two years, ending the longest stoppage at the port since 1979.\n", want);
}

Test(paragraphs, headline_then_wrapped_story_without_blanks)
{
	expect_split("Harbour strike ends after nine days\n\n"
	    "Dock workers in Rotterdam returned to work on Monday after a\n"
	    "nine-day strike that left more than 300 container ships waiting\n"
	    "offshore.\n"
	    "The union said members had voted to accept a 6% pay rise over two\n"
	    "years. Port officials expect the backlog to clear within a week.\n", wrapped_want);
}

Test(paragraphs, ragged_blocks_between_blank_lines_stay_whole)
{
	static const char *const want[] = {
		"Dear editor,\nYour report on the strike\nwas fair, but it missed\nthe point.",
		"The port is ours.\nThanks.",
		NULL
	};

	expect_split("Dear editor,\nYour report on the strike\nwas fair, but it missed\n"
	    "the point.\n\nThe port is ours.\nThanks.\n", want);
}

Test(paragraphs, short_lines_of_a_short_document_are_paragraphs)
{
	static const char *const want[] = { "Strike ends", "Ships sail again.", NULL };

	expect_split("Strike ends\nShips sail again.\n", want);
}

Test(paragraphs, missing_final_newline_changes_nothing)
{
	static const char *const want[] = { "First paragraph.", "Second one.", NULL };

	expect_split("First paragraph.\n\nSecond one.\n", want);
	expect_split("First paragraph.\n\nSecond one.", want);
	expect_split("First paragraph.\r\n\r\nSecond one.", want);
}

Test(paragraphs, empty_and_blank_documents_have_no_paragraphs)
{
	static const char *const blanks[] = {
		"", "\n", "\n\n\n", "  \t \n\t\n", "\r\n\r\n", "\xEF\xBB\xBF", "\xEF\xBB\xBF\n \n",
		"\f", "\xC2\xA0\n",
	};
	struct paragraph *paragraphs;
	size_t i;

	for (i = 0; i < sizeof(blanks) / sizeof(blanks[0]); i++) {
		cr_expect_eq(split_all(blanks[i], strlen(blanks[i]), &paragraphs), 0,
		    "case %zu", i);
		cr_expect_null(paragraphs, "case %zu", i);
	}
}

/* Byte spans of the paragraphs of a text that strlen cannot measure. */
struct span_case {
	const char	*text;
	size_t		 length;
	size_t		 count;
	size_t		 spans[2][2];
};

Test(paragraphs, nul_control_and_invalid_bytes_stay_inside_their_paragraph)
{
	static const struct span_case cases[] = {
		/* NUL and control bytes are text, not blank space nor line ends */
		{ "Bell\a and NUL\0 inside\x1b.\n\nNext\x01.\n", 32, 2, { { 0, 23 }, { 25, 31 } } },
		/* invalid UTF-8: each bad byte one character, no sequence split */
		{ "\xE2\x80 caf\xE9\n\n\xC3\xA9t\xC3\xA9\xFF", 15, 2, { { 0, 7 }, { 9, 15 } } },
	};
	struct paragraph *paragraphs;
	size_t c, i, count;

	for (c = 0; c < sizeof(cases) / sizeof(cases[0]); c++) {
		count = split_all(cases[c].text, cases[c].length, &paragraphs);
		cr_expect_eq(count, cases[c].count, "case %zu", c);
		for (i = 0; i < count && i < cases[c].count; i++) {
			cr_expect_eq(paragraphs[i].start, cases[c].spans[i][0], "case %zu", c);
			cr_expect_eq(paragraphs[i].end, cases[c].spans[i][1], "case %zu", c);
		}
		free(paragraphs);
	}
}

Test(paragraphs, plain_text_keeps_utf8_and_reads_other_bytes_as_windows_1252)
{
	char *bytes = strdup("Headline\n\x93Quoted\x94 caf\xE9 \x80" "5\n");
	char *valid = strdup("“Quoted” café €5\n");
	size_t length = strlen(bytes);
	unsigned long bad_line;
	char *text;

	text = paragraphs_plain_text(bytes, &length, &bad_line);
	cr_expect_eq(bad_line, 2);
	cr_expect_str_eq(text, "Headline\n“Quoted” café €5\n");
	cr_expect_eq(length, strlen(text));
	free(text);

	length = strlen(valid);
	text = paragraphs_plain_text(valid, &length, &bad_line);
	cr_expect_eq(bad_line, 0);
	cr_expect_eq(text, valid, "valid text is returned as it is");
	free(text);
}

Test(paragraphs, records_count_code_points_and_exclude_the_bom)
{
	static const char text[] = "\xEF\xBB\xBF“Zoë,” he said.\n\nÉté.\n";
	json_t *records = json_array(), *id = json_string("a.txt"), *meta = json_object();
	json_t *record;

	json_object_set_new(meta, "url", json_string("https://example.com/"));
	paragraphs_records(id, text, sizeof(text) - 1, meta, append_record, records);
	cr_assert_eq(json_array_size(records), 2);
	record = json_array_get(records, 0);
	cr_expect_str_eq(json_string_value(json_object_get(record, "doc")), "a.txt");
	cr_expect_eq(json_integer_value(json_object_get(record, "para")), 0);
	cr_expect_eq(json_integer_value(json_object_get(record, "start")), 1);
	cr_expect_eq(json_integer_value(json_object_get(record, "end")), 16);
	cr_expect_str_eq(json_string_value(json_object_get(record, "text")), "“Zoë,” he said.");
	record = json_array_get(records, 1);
	cr_expect_eq(json_integer_value(json_object_get(record, "para")), 1);
	cr_expect_eq(json_integer_value(json_object_get(record, "start")), 18);
	cr_expect_eq(json_integer_value(json_object_get(record, "end")), 22);
	cr_expect_str_eq(json_string_value(json_object_get(json_object_get(record, "meta"), "url")),
	    "https://example.com/");
	json_decref(records);
	json_decref(id);
	json_decref(meta);
}

Test(paragraphs, jsonl_document_keys_go_under_meta_and_missing_id_gets_fallback)
{
	json_t *document = json_pack("{s:s, s:s, s:i}", "text", "One.\n\nTwo.", "url", "u", "year", 2026);
	json_t *records = json_array(), *record;
	const char *problem = NULL;

	cr_assert_eq(paragraphs_from_document(document, "in.jsonl:7", append_record, records,
	    &problem), 0);
	cr_assert_eq(json_array_size(records), 2);
	record = json_array_get(records, 1);
	cr_expect_str_eq(json_string_value(json_object_get(record, "doc")), "in.jsonl:7");
	cr_expect_str_eq(json_string_value(json_object_get(record, "text")), "Two.");
	cr_expect_str_eq(json_string_value(json_object_get(json_object_get(record, "meta"), "url")), "u");
	cr_expect_eq(json_object_size(json_object_get(record, "meta")), 2);
	json_decref(records);
	json_decref(document);
}

Test(paragraphs, jsonl_document_without_text_is_a_problem)
{
	json_t *document = json_pack("{s:s, s:i}", "id", "x", "text", 3);
	json_t *records = json_array();
	const char *problem = NULL;

	cr_expect_eq(paragraphs_from_document(document, "in.jsonl:1", append_record, records,
	    &problem), -1);
	cr_expect_str_eq(problem, "document's \"text\" is not a string");
	cr_expect_eq(json_array_size(records), 0);
	json_decref(records);
	json_decref(document);
}

Test(paragraphs, ten_megabyte_paragraph_is_one_paragraph_in_linear_time, .timeout = 10)
{
	size_t length = 10u << 20, i, count;
	char *text = malloc(length);
	struct paragraph *paragraphs;

	for (i = 0; i < length; i++)
		text[i] = i % 7 == 6 ? ' ' : 'a' + i % 7;
	text[0] = 'X';
	text[length - 1] = '.';
	count = split_all(text, length, &paragraphs);
	cr_assert_eq(count, 1);
	cr_expect_eq(paragraphs[0].start, 0);
	cr_expect_eq(paragraphs[0].end, length);
	free(paragraphs);
	free(text);
}

Test(paragraphs, ten_megabytes_of_short_paragraphs_split_in_linear_time, .timeout = 10)
{
	static const char line[] = "A short paragraph of its own.\n\n";
	size_t size = sizeof(line) - 1, copies = (10u << 20) / size, i, count;
	char *text = malloc(copies * size);
	struct paragraph *paragraphs;

	for (i = 0; i < copies; i++)
		memcpy(text + i * size, line, size);
	count = split_all(text, copies * size, &paragraphs);
	cr_expect_eq(count, copies);
	free(paragraphs);
	free(text);
}

Test(paragraphs, code_point_offsets_agree_with_the_byte_offsets)
{
	static const char *const texts[] = {
		"\xEF\xBB\xBF“Zoë,” he said.\r\n\r\n\xC2\xA0\xC2\xA0Été à Genève.\n",
		"    Über alles\n    Ça va, dit-il — oui.\nnon\n\f\n😀 fin",
		"caf\xE9 \xFF\xFE\n\nbad \xE2\x80 bytes\r\rend\t\xC2\xA0",
		"Short\nlines\n\n\n\xE2\x80\x9CQuoted\xE2\x80\x9D\x0c\xC3\xA9",
	};
	struct paragraph *paragraphs;
	size_t t, i, count, length;

	for (t = 0; t < sizeof(texts) / sizeof(texts[0]); t++) {
		length = strlen(texts[t]);
		count = split_all(texts[t], length, &paragraphs);
		cr_expect_gt(count, 1, "text %zu", t);
		for (i = 0; i < count; i++) {
			cr_expect_eq(paragraphs[i].start_codepoint,
			    utf8_length(texts[t], paragraphs[i].start), "text %zu paragraph %zu", t, i);
			cr_expect_eq(paragraphs[i].end_codepoint,
			    utf8_length(texts[t], paragraphs[i].end), "text %zu paragraph %zu", t, i);
		}
		free(paragraphs);
	}
}
