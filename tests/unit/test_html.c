/* test_html.c: claims about html.c, the marked-up page of annotated paragraphs. */
#include <stdlib.h>
#include <string.h>

#include <criterion/criterion.h>

#include "documents.h"
#include "html.h"
#include "summary.h"

/* A document of one record parsed from json. */
static struct document
document_of(const char *json)
{
	return test_document((const char *[]){ json, NULL });
}

/* The <p> html_paragraph makes of record json; *bad gets document.bad. */
static char *
paragraph_of(const char *json, int *bad)
{
	struct document document = document_of(json);
	struct buffer out = { 0 };

	html_paragraph(&out, &document, 0, 1);
	if (bad != NULL)
		*bad = document.bad;
	test_document_free(&document);
	return out.bytes;
}

static void
assert_paragraph(const char *json, const char *expected)
{
	char *html = paragraph_of(json, NULL);

	cr_assert_str_eq(html, expected);
	free(html);
}

Test(html, escapes_markup_quotes_ampersands_and_nul)
{
	struct buffer out = { 0 };

	html_escape(&out, "<a href=\"x\">&'\0</a>", 19);
	cr_assert_str_eq(out.bytes, "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&#xFFFD;&lt;/a&gt;");
	buffer_free(&out);
}

Test(html, paragraph_without_spans_is_escaped_text)
{
	assert_paragraph("{\"para\":2,\"text\":\"a < b\"}",
	    "<p id=\"d1-p2\" data-para=\"2\">a &lt; b</p>\n");
}

Test(html, entity_offsets_count_code_points_not_bytes)
{
	/* "Zoë Ruiz" after a curly quote: the entity is code points 5 to 9 */
	assert_paragraph("{\"para\":0,\"text\":\"\\u201cZo\\u00eb, Ruiz\",\"entities\":"
	    "[{\"start\":6,\"end\":10,\"text\":\"Ruiz\",\"type\":\"PERSON\",\"canonical\":\"Ana Ruiz\"}]}",
	    "<p id=\"d1-p0\" data-para=\"0\">\xe2\x80\x9cZo\xc3\xab, "
	    "<mark class=\"entity entity-PERSON\" data-type=\"PERSON\" data-canonical=\"Ana Ruiz\""
	    " data-label=\"PERSON\">Ruiz</mark></p>\n");
}

Test(html, astral_code_points_count_once)
{
	assert_paragraph("{\"text\":\"\\ud83d\\udea2 5%\",\"figures\":[{\"start\":2,\"end\":4,"
	    "\"text\":\"5%\",\"kind\":\"percent\",\"value\":5,\"unit\":null}]}",
	    "<p id=\"d1-p0\" data-para=\"0\">\xf0\x9f\x9a\xa2 <mark class=\"figure figure-percent\""
	    " data-kind=\"percent\" data-value=\"5\" data-label=\"percent\">5%</mark></p>\n");
}

Test(html, quote_holds_speaker_and_nests_entities_inside)
{
	assert_paragraph("{\"text\":\"\\\"Go,\\\" Ann said\",\"quotes\":[{\"start\":0,\"end\":5,"
	    "\"speaker\":\"Ann Lee\",\"speaker_start\":6,\"speaker_end\":9,\"cue\":\"said\","
	    "\"kind\":\"direct\"}],\"entities\":[{\"start\":6,\"end\":9,\"type\":\"PERSON\","
	    "\"canonical\":\"Ann Lee\"}]}",
	    "<p id=\"d1-p0\" data-para=\"0\"><span class=\"quote quote-direct\" data-speaker=\"Ann Lee\""
	    " data-kind=\"direct\" data-cue=\"said\" data-label=\"Ann Lee\">&quot;Go,&quot;</span> "
	    "<span class=\"speaker\" data-speaker=\"Ann Lee\"><mark class=\"entity entity-PERSON\""
	    " data-type=\"PERSON\" data-canonical=\"Ann Lee\" data-label=\"PERSON\">Ann</mark></span>"
	    " said</p>\n");
}

Test(html, speaker_not_named_in_the_paragraph_is_no_error)
{
	int bad;
	char *html = paragraph_of("{\"text\":\"'x' he said\",\"quotes\":[{\"start\":0,\"end\":3,"
	    "\"speaker\":\"Bo\",\"speaker_start\":null,\"speaker_end\":null}]}", &bad);

	cr_assert_eq(bad, 0);
	cr_assert_null(strstr(html, "class=\"speaker\""));
	free(html);
}

Test(html, unknown_speaker_is_labelled_so)
{
	char *html = paragraph_of("{\"text\":\"\\\"x\\\"\",\"quotes\":[{\"start\":0,\"end\":3,"
	    "\"speaker\":null,\"kind\":\"direct\"}]}", NULL);

	cr_assert_not_null(strstr(html, "data-label=\"unknown speaker\""));
	cr_assert_null(strstr(html, "data-speaker"));
	free(html);
}

Test(html, crossing_span_is_split_with_label_on_last_piece)
{
	assert_paragraph("{\"text\":\"abcdef\",\"quotes\":[{\"start\":0,\"end\":3,\"speaker\":\"S\","
	    "\"kind\":\"direct\"}],\"entities\":[{\"start\":2,\"end\":5,\"type\":\"ORG\"}]}",
	    "<p id=\"d1-p0\" data-para=\"0\"><span class=\"quote quote-direct\" data-speaker=\"S\""
	    " data-kind=\"direct\" data-label=\"S\">ab<mark class=\"entity entity-ORG\""
	    " data-type=\"ORG\" data-continues=\"true\">c</mark></span><mark class=\"entity"
	    " entity-ORG\" data-type=\"ORG\" data-label=\"ORG\">de</mark>f</p>\n");
}

Test(html, equal_spans_nest_quote_then_entity_then_figure)
{
	char *html = paragraph_of("{\"text\":\"ab\",\"quotes\":[{\"start\":0,\"end\":2,"
	    "\"speaker\":\"S\"}],\"figures\":[{\"start\":0,\"end\":2,\"kind\":\"count\"}],"
	    "\"entities\":[{\"start\":0,\"end\":2,\"type\":\"MISC\"}]}", NULL);
	const char *quote = strstr(html, "<span class=\"quote");
	const char *entity = strstr(html, "<mark class=\"entity");
	const char *figure = strstr(html, "<mark class=\"figure");

	cr_assert(quote != NULL && entity != NULL && figure != NULL);
	cr_assert(quote < entity && entity < figure);
	cr_assert_not_null(strstr(html, "ab</mark></mark></span></p>"));
	free(html);
}

Test(html, speaker_mention_of_several_quotes_is_marked_once)
{
	char *html = paragraph_of("{\"text\":\"'a' 'b' Bo said\",\"quotes\":["
	    "{\"start\":0,\"end\":3,\"speaker\":\"Bo\",\"speaker_start\":8,\"speaker_end\":10},"
	    "{\"start\":4,\"end\":7,\"speaker\":\"Bo\",\"speaker_start\":8,\"speaker_end\":10}]}", NULL);
	const char *first = strstr(html, "class=\"speaker\"");

	cr_assert_not_null(first);
	cr_assert_null(strstr(first + 1, "class=\"speaker\""));
	free(html);
}

struct bad_span_case {
	const char	*record;
};

Test(html, bad_spans_are_warned_about_and_left_out)
{
	static const struct bad_span_case cases[] = {
		{ "{\"text\":\"abc\",\"entities\":[{\"start\":1,\"end\":9,\"type\":\"ORG\"}]}" },
		{ "{\"text\":\"abc\",\"entities\":[{\"start\":2,\"end\":2,\"type\":\"ORG\"}]}" },
		{ "{\"text\":\"abc\",\"entities\":[{\"start\":-1,\"end\":2,\"type\":\"ORG\"}]}" },
		{ "{\"text\":\"abc\",\"entities\":[{\"start\":\"1\",\"end\":2,\"type\":\"ORG\"}]}" },
		{ "{\"text\":\"abc\",\"figures\":[{\"end\":2}]}" },
		{ "{\"text\":\"abc\",\"quotes\":[{\"start\":0,\"end\":1,\"speaker_start\":2}]}" },
	};
	size_t i;
	int bad;
	char *html;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		html = paragraph_of(cases[i].record, &bad);
		cr_expect_eq(bad, 1, "no warning for %s", cases[i].record);
		cr_expect_null(strstr(html, "<mark"), "a mark for %s", cases[i].record);
		free(html);
	}
}

Test(html, strange_type_gets_a_safe_class_and_escaped_attribute)
{
	char *html = paragraph_of("{\"text\":\"ab\",\"entities\":[{\"start\":0,\"end\":2,"
	    "\"type\":\"x\\\" onclick=\\\"y\"}]}", NULL);

	cr_assert_not_null(strstr(html, "class=\"entity entity-other\""));
	cr_assert_not_null(strstr(html, "data-type=\"x&quot; onclick=&quot;y\""));
	free(html);
}

Test(html, record_without_text_says_so)
{
	int bad;
	char *html = paragraph_of("{\"para\":1}", &bad);

	cr_assert_eq(bad, 1);
	cr_assert_not_null(strstr(html, "class=\"missing\""));
	free(html);
}

Test(html, document_has_title_text_and_summary_tables)
{
	struct document document = document_of("{\"doc\":\"a<b\",\"para\":0,\"text\":\"Head\","
	    "\"quotes\":[],\"entities\":[{\"start\":0,\"end\":4,\"type\":\"ORG\",\"canonical\":\"Head\"}]}");
	json_t *summary = summary_build(&document);
	struct buffer out = { 0 };

	html_document(&out, &document, summary, 3);
	cr_assert_not_null(strstr(out.bytes, "<article class=\"document\" id=\"d3\" data-doc=\"a&lt;b\">"));
	cr_assert_not_null(strstr(out.bytes, "<h1>Head</h1>"));
	cr_assert_not_null(strstr(out.bytes, "<table class=\"speakers\">"));
	cr_assert_not_null(strstr(out.bytes, "<table class=\"entities\">"));
	cr_assert_null(strstr(out.bytes, "<table class=\"figures\">"));
	buffer_free(&out);
	json_decref(summary);
	test_document_free(&document);
}

Test(html, index_only_for_more_than_one_document)
{
	struct buffer out = { 0 }, index = { 0 };

	buffer_append_string(&index, "<li>x</li>\n");
	html_page_end(&out, &index, 1);
	cr_assert_null(strstr(out.bytes, "<nav"));
	out.length = 0;
	html_page_end(&out, &index, 2);
	cr_assert_not_null(strstr(out.bytes, "<nav class=\"index\"><h1>2 documents</h1>"));
	buffer_free(&out);
	buffer_free(&index);
}

Test(html, ten_thousand_spans_in_a_long_paragraph_render)
{
	size_t count = 10000, i;
	struct buffer text = { 0 }, out = { 0 };
	json_t *record, *entities;
	struct document document = { .file = "test" };

	for (i = 0; i < count; i++)
		buffer_append_string(&text, "\xc3\xa9t\xc3\xa9 Paris ");
	record = json_pack("{ss%s[]}", "text", text.bytes, text.length, "entities");
	entities = json_object_get(record, "entities");
	for (i = 0; i < count; i++)
		json_array_append_new(entities, json_pack("{sIsIss}", "start", (json_int_t)(10 * i + 4),
		    "end", (json_int_t)(10 * i + 9), "type", "LOC"));
	document_append(&document, record, 1);
	html_paragraph(&out, &document, 0, 1);
	cr_assert_eq(document.bad, 0);
	cr_assert_not_null(strstr(out.bytes, "<mark class=\"entity entity-LOC\" data-type=\"LOC\""
	    " data-label=\"LOC\">Paris</mark> \xc3\xa9t\xc3\xa9 <mark"));
	buffer_free(&text);
	buffer_free(&out);
	test_document_free(&document);
}

Test(html, ten_megabyte_paragraph_with_a_span_at_its_end_renders_quickly, .timeout = 10)
{
	size_t length = 10 << 20, i;
	char *text = malloc(length);
	struct document document = { .file = "test" };
	struct buffer out = { 0 };
	json_t *record;

	for (i = 0; i < length; i += 2)
		memcpy(text + i, "\xc3\xa9", 2);	/* é: 2 bytes, 1 code point */
	record = json_pack("{ss%s[{sIsIss}]}", "text", text, length, "figures",
	    "start", (json_int_t)(length / 2 - 3), "end", (json_int_t)(length / 2), "kind", "count");
	document_append(&document, record, 1);
	html_paragraph(&out, &document, 0, 1);
	cr_assert_eq(document.bad, 0);
	cr_assert_not_null(strstr(out.bytes + out.length - 300,
	    "data-label=\"count\">\xc3\xa9\xc3\xa9\xc3\xa9</mark></p>\n"));
	buffer_free(&out);
	test_document_free(&document);
	free(text);
}

/* The occurrences of needle in text (a plain loop: sanitizers make strstr slow). */
static size_t
occurrences(const struct buffer *text, const char *needle)
{
	size_t i, count = 0, length = strlen(needle);

	for (i = 0; i + length <= text->length; i++)
		count += text->bytes[i] == needle[0] && memcmp(text->bytes + i, needle, length) == 0;
	return count;
}

Test(html, many_crossing_spans_stay_balanced_and_fast, .timeout = 10)
{
	size_t count = 2000, width = 100, i;
	struct buffer text = { 0 }, out = { 0 };
	struct document document = { .file = "test" };
	json_t *record, *entities;

	for (i = 0; i < count + width; i++)
		buffer_append_string(&text, "x");
	record = json_pack("{ss%s[]}", "text", text.bytes, text.length, "entities");
	entities = json_object_get(record, "entities");
	for (i = 0; i < count; i++)	/* each crosses the end of the last width before it */
		json_array_append_new(entities, json_pack("{sIsIss}", "start", (json_int_t)i,
		    "end", (json_int_t)(i + width), "type", "ORG"));
	document_append(&document, record, 1);
	html_paragraph(&out, &document, 0, 1);
	cr_assert_eq(occurrences(&out, "<mark"), occurrences(&out, "</mark>"));
	cr_assert_eq(occurrences(&out, "data-label="), count, "one label per span, on its last piece");
	buffer_free(&text);
	buffer_free(&out);
	test_document_free(&document);
}
