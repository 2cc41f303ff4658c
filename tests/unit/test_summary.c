/* test_summary.c: claims about summary.c, the fold of a document's records into one summary. */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "documents.h"
#include "summary.h"
#include "utf8.h"

/* The summary of the records given, as compact JSON the caller frees. */
static char *
summary_of(const char *const *lines)
{
	struct document document = test_document(lines);
	json_t *summary = summary_build(&document);
	char *text = json_dumps(summary, JSON_COMPACT);

	json_decref(summary);
	test_document_free(&document);
	return text;
}

static void
assert_summary(const char *const *lines, const char *expected)
{
	char *text = summary_of(lines);

	cr_assert_str_eq(text, expected);
	free(text);
}

Test(summary, keeps_only_doc_title_and_count_when_no_annotations)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"Headline\"}",
	    "{\"doc\":\"a\",\"para\":1,\"text\":\"Body.\"}", NULL },
	    "{\"doc\":\"a\",\"title\":\"Headline\",\"paragraphs\":2}");
}

Test(summary, summarizes_quotes_without_entities_key)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"H\",\"quotes\":[]}",
	    "{\"doc\":\"a\",\"para\":1,\"text\":\"x\",\"quotes\":[{\"text\":\"one two\","
	    "\"speaker\":\"Ana Ruiz\"}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":2,\"quotes\":1,\"speakers\":"
	    "[{\"name\":\"Ana Ruiz\",\"quotes\":1,\"words\":2,\"first_para\":1}]}");
}

Test(summary, most_quoted_speaker_first_and_ties_keep_first_appearance)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"H\",\"quotes\":["
	    "{\"text\":\"a\",\"speaker\":\"B\"},{\"text\":\"a\",\"speaker\":\"C\"},"
	    "{\"text\":\"a\",\"speaker\":\"D\"},{\"text\":\"a\",\"speaker\":\"D\"}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":1,\"quotes\":4,\"speakers\":["
	    "{\"name\":\"D\",\"quotes\":2,\"words\":2,\"first_para\":0},"
	    "{\"name\":\"B\",\"quotes\":1,\"words\":1,\"first_para\":0},"
	    "{\"name\":\"C\",\"quotes\":1,\"words\":1,\"first_para\":0}]}");
}

Test(summary, counts_unattributed_quotes_but_lists_no_null_speaker)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"text\":\"H\",\"quotes\":[{\"text\":\"x\",\"speaker\":null},"
	    "{\"text\":\"y\",\"speaker\":\"\"}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":1,\"quotes\":2,\"speakers\":[]}");
}

Test(summary, counts_words_of_utterance_before_text)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"text\":\"H\",\"quotes\":[{\"text\":\"\\\"One, two,\\\" she said\","
	    "\"utterance\":\"One, two,\",\"speaker\":\"S\"}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":1,\"quotes\":1,\"speakers\":"
	    "[{\"name\":\"S\",\"quotes\":1,\"words\":2,\"first_para\":0}]}");
}

Test(summary, groups_entities_by_canonical_name_and_type)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"H\",\"entities\":["
	    "{\"text\":\"Apple\",\"type\":\"ORG\",\"canonical\":\"Apple Inc\"},"
	    "{\"text\":\"Paris\",\"type\":\"LOC\",\"canonical\":\"Paris\"}]}",
	    "{\"doc\":\"a\",\"para\":4,\"text\":\"x\",\"entities\":["
	    "{\"text\":\"Paris\",\"type\":\"LOC\",\"canonical\":\"Paris\"},"
	    "{\"text\":\"Paris\",\"type\":\"PERSON\",\"canonical\":\"Paris\"},"
	    "{\"text\":\"Apple Inc.\",\"type\":\"ORG\",\"canonical\":\"Apple Inc\"},"
	    "{\"text\":\"Bo\",\"type\":\"PERSON\",\"canonical\":null}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":2,\"entities\":["
	    "{\"name\":\"Apple Inc\",\"type\":\"ORG\",\"mentions\":2,\"first_para\":0},"
	    "{\"name\":\"Paris\",\"type\":\"LOC\",\"mentions\":2,\"first_para\":0},"
	    "{\"name\":\"Paris\",\"type\":\"PERSON\",\"mentions\":1,\"first_para\":4},"
	    "{\"name\":\"Bo\",\"type\":\"PERSON\",\"mentions\":1,\"first_para\":4}]}");
}

Test(summary, counts_figures_per_kind_and_lists_them_with_their_paragraph)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"H\",\"figures\":[]}",
	    "{\"doc\":\"a\",\"para\":1,\"text\":\"x\",\"figures\":["
	    "{\"start\":0,\"end\":3,\"text\":\"5%\",\"kind\":\"percent\",\"value\":5,\"unit\":null},"
	    "{\"start\":4,\"end\":9,\"text\":\"$2\",\"kind\":\"money\",\"value\":2,\"unit\":\"USD\"},"
	    "{\"start\":9,\"end\":12,\"text\":\"3-4%\",\"kind\":\"money\",\"value\":3,"
	    "\"low\":3,\"high\":4,\"unit\":\"USD\"}]}", NULL },
	    "{\"doc\":\"a\",\"title\":\"H\",\"paragraphs\":2,\"figures\":{"
	    "\"kinds\":{\"money\":2,\"percent\":1},\"list\":["
	    "{\"para\":1,\"start\":0,\"end\":3,\"text\":\"5%\",\"kind\":\"percent\",\"value\":5,\"unit\":null},"
	    "{\"para\":1,\"start\":4,\"end\":9,\"text\":\"$2\",\"kind\":\"money\",\"value\":2,\"unit\":\"USD\"},"
	    "{\"para\":1,\"start\":9,\"end\":12,\"text\":\"3-4%\",\"kind\":\"money\",\"value\":3,"
	    "\"low\":3,\"high\":4,\"unit\":\"USD\"}]}}");
}

Test(summary, takes_meta_title_before_first_paragraph_and_keeps_meta)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"text\":\"By Staff\",\"meta\":{\"title\":\"Real\",\"url\":\"u\"}}", NULL },
	    "{\"doc\":\"a\",\"title\":\"Real\",\"paragraphs\":1,\"meta\":{\"title\":\"Real\",\"url\":\"u\"}}");
}

Test(summary, warns_and_skips_an_annotation_that_is_not_an_array)
{
	struct document document = test_document((const char *[]){
	    "{\"doc\":\"a\",\"text\":\"H\",\"quotes\":7}", NULL });
	json_t *summary = summary_build(&document);

	cr_assert_eq(document.bad, 1);
	cr_assert_eq(json_integer_value(json_object_get(summary, "quotes")), 0);
	json_decref(summary);
	test_document_free(&document);
}

Test(summary, process_replaces_records_with_one_summary)
{
	struct document document = test_document((const char *[]){
	    "{\"doc\":\"a\",\"text\":\"H\"}", "{\"doc\":\"a\",\"text\":\"B\"}", NULL });

	summary_process_document(&document, NULL);
	cr_assert_eq(document.count, 1);
	cr_assert_eq(json_integer_value(json_object_get(document.records[0], "paragraphs")), 2);
	test_document_free(&document);
}

struct words_case {
	const char	*text;
	size_t		 words;
};

Test(summary, counts_words_as_runs_with_a_letter_or_digit)
{
	static const struct words_case cases[] = {
		{ "", 0 },
		{ "   ", 0 },
		{ "one", 1 },
		{ "one two  three", 3 },
		{ "\xe2\x80\x9cWe will \xe2\x80\x94 win,\xe2\x80\x9d", 3 },	/* curly quotes, em dash */
		{ "\"We\" - \"won\"", 2 },
		{ "$75 bln 12%", 3 },
		{ "don't re-elect", 2 },
		{ "caf\xc3\xa9 \xc3\xa9t\xc3\xa9", 2 },
		{ "a\xc2\xa0" "b", 2 },					/* no-break space */
		{ "\xe4\xb8\xad\xe6\x96\x87", 1 },
		{ "\xff\xfe", 0 },					/* invalid bytes */
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_expect_eq(summary_count_words(cases[i].text, strlen(cases[i].text)),
		    cases[i].words, "words in \"%s\"", cases[i].text);
}

Test(summary, counts_words_across_nul_bytes)
{
	cr_assert_eq(summary_count_words("a\0b c", 5), 2);
}

static void
assert_headline(const char *text, const char *expected)
{
	json_t *headline = summary_headline(text, strlen(text));

	cr_assert_str_eq(json_string_value(headline), expected);
	json_decref(headline);
}

Test(summary, headline_is_first_line_without_surrounding_space)
{
	assert_headline("  Markets rally \nBy staff", "Markets rally");
	assert_headline("One\r\nTwo", "One");
	assert_headline("", "");
	assert_headline("\xc2\xa0" "Caf\xc3\xa9 opens", "Caf\xc3\xa9 opens");
}

Test(summary, long_headline_is_cut_at_a_space_with_an_ellipsis)
{
	char text[601];
	json_t *headline;
	const char *value;
	size_t i;

	for (i = 0; i < 600; i++)
		text[i] = i % 10 == 9 ? ' ' : 'x';
	text[600] = '\0';
	headline = summary_headline(text, 600);
	value = json_string_value(headline);
	cr_assert(utf8_valid(value, strlen(value)));
	cr_assert_eq(strlen(value), 199 + strlen("\xe2\x80\xa6"));
	cr_assert_str_eq(value + 199, "\xe2\x80\xa6");
	json_decref(headline);
}

Test(summary, long_headline_without_spaces_is_cut_at_a_code_point)
{
	static char text[4 * 300 + 1];
	json_t *headline;
	size_t i;

	for (i = 0; i < 300; i++)
		memcpy(text + 4 * i, "\xf0\x9f\x93\xb0", 4);	/* U+1F4F0 newspaper */
	headline = summary_headline(text, strlen(text));
	cr_assert_eq(json_string_length(headline), 4 * SUMMARY_TITLE_MAXIMUM + 3);
	json_decref(headline);
}

Test(summary, tsv_rows_escape_tabs_newlines_and_backslashes)
{
	struct document document = test_document((const char *[]){
	    "{\"doc\":\"d\\tx\",\"text\":\"a\\\\b\",\"quotes\":[{\"text\":\"q\",\"speaker\":\"N\\nM\"}],"
	    "\"figures\":[{\"text\":\"5\",\"kind\":\"count\",\"value\":5.5,\"unit\":null}]}", NULL });
	json_t *summary = summary_build(&document);
	struct buffer rows = { 0 };

	summary_tsv(summary, &rows);
	cr_assert_str_eq(rows.bytes,
	    "d\\tx\tdocument\ta\\\\b\t\t1\t\t\t\t\n"
	    "d\\tx\tspeaker\tN\\nM\t\t1\t1\t0\t\t\n"
	    "d\\tx\tfigure\t5\tcount\t1\t\t0\t5.5\t\n");
	buffer_free(&rows);
	json_decref(summary);
	test_document_free(&document);
}

Test(summary, tsv_header_names_nine_columns)
{
	const char *c;
	size_t tabs = 0;

	for (c = SUMMARY_TSV_HEADER; *c != '\0'; c++)
		tabs += *c == '\t';
	cr_assert_eq(tabs, 8);
}

Test(summary, many_distinct_entities_fold_in_reasonable_time)
{
	struct document document = { .file = "test" };
	json_t *record = json_pack("{sssss[]}", "doc", "a", "text", "H", "entities");
	json_t *entities = json_object_get(record, "entities"), *summary;
	char name[32];
	size_t i;

	for (i = 0; i < 100000; i++) {
		snprintf(name, sizeof(name), "Name %zu", i % 50000);
		json_array_append_new(entities, json_pack("{ssss}", "text", name, "type", "ORG"));
	}
	document_append(&document, record, 1);
	summary = summary_build(&document);
	cr_assert_eq(json_array_size(json_object_get(summary, "entities")), 50000);
	json_decref(summary);
	test_document_free(&document);
}

Test(summary, ten_megabyte_paragraph_and_quote_fold_quickly, .timeout = 10)
{
	size_t length = 10 << 20, i;
	char *text = malloc(length);
	struct document document = { .file = "test" };
	json_t *record, *summary;

	for (i = 0; i < length; i++)
		text[i] = i % 6 == 5 ? ' ' : 'w';
	record = json_pack("{ssss%s[{ss%ss}]}", "doc", "big", "text", text, length, "quotes",
	    "text", text, length, "speaker", "S");
	document_append(&document, record, 1);
	summary = summary_build(&document);
	cr_assert_eq(json_integer_value(json_object_get(json_array_get(
	    json_object_get(summary, "speakers"), 0), "words")), length / 6 + 1);
	/* cut at the last space before code point 200: at 197 */
	cr_assert_eq(json_string_length(json_object_get(summary, "title")),
	    197 + strlen("\xe2\x80\xa6"));
	json_decref(summary);
	test_document_free(&document);
	free(text);
}

Test(summary, title_skips_a_site_navigation_line)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"Home | World | Business\"}",
	    "{\"doc\":\"a\",\"para\":1,\"text\":\"Drought pledge\"}", NULL },
	    "{\"doc\":\"a\",\"title\":\"Drought pledge\",\"paragraphs\":2}");
}

Test(summary, navigation_needs_two_separators_in_a_short_line)
{
	cr_expect(summary_is_navigation("Home | World | Business", 23));
	cr_expect(summary_is_navigation("News › Europe › France", strlen("News › Europe › France")));
	cr_expect_not(summary_is_navigation("Rock | Pop", 10));
	cr_expect_not(summary_is_navigation("", 0));
}

Test(summary, a_lone_navigation_paragraph_is_still_the_title)
{
	assert_summary((const char *[]){
	    "{\"doc\":\"a\",\"para\":0,\"text\":\"Home | World | Business\"}", NULL },
	    "{\"doc\":\"a\",\"title\":\"Home | World | Business\",\"paragraphs\":1}");
}
