/* html.c: annotated paragraph records and their summary as HTML, displaCy style; no I/O. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "html.h"
#include "summary.h"
#include "utf8.h"

/* What a highlighted span shows; also the nesting order of equal spans. */
enum layer {
	LAYER_QUOTE,
	LAYER_SPEAKER,
	LAYER_ENTITY,
	LAYER_FIGURE
};

struct span {
	size_t		 start;		/* code points, then bytes after spans_to_bytes */
	size_t		 end;
	enum layer	 layer;
	const json_t	*annotation;	/* the quote, entity or figure; borrowed */
	size_t		 order;		/* position among the paragraph's spans */
};

struct spans {
	struct span	*items;
	size_t		 count;
	size_t		 capacity;
};

static const char style_sheet[] =
"body{margin:0;font:16px/1.6 system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;"
"background:#fafafa;display:flex;flex-direction:column}\n"
"nav.index{order:-1;padding:1em 2em;background:#fff;border-bottom:1px solid #ddd}\n"
"article.document{display:grid;grid-template-columns:minmax(0,3fr) minmax(16em,2fr);"
"gap:2em;padding:1.5em 2em;border-bottom:1px solid #ddd}\n"
"article.document>header{grid-column:1/-1}\n"
"h1{font-size:1.6em;margin:0 0 .2em}\n"
".doc-id{color:#666;font-size:.85em;margin:0}\n"
".text p{white-space:pre-wrap;line-height:2.1;margin:0 0 1em}\n"
".text p::before{content:attr(data-para);color:#aaa;font-size:.7em;margin-right:.6em}\n"
"mark{color:inherit;padding:.15em .35em;border-radius:.35em;"
"-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
"mark[data-label]::after{content:attr(data-label);font-size:.6em;font-weight:bold;"
"text-transform:uppercase;vertical-align:middle;margin-left:.5em}\n"
".entity{background:#ddd}\n"
".entity-PERSON{background:#aa9cfc}\n"
".entity-ORG{background:#7aecec}\n"
".entity-LOC{background:#feca74}\n"
".entity-MISC{background:#c9e3a6}\n"
".figure{background:#fff1a8;box-shadow:inset 0 -2px #d9a400}\n"
".quote{background:#e6f0fb;border-bottom:2px solid #4a86c8;"
"-webkit-box-decoration-break:clone;box-decoration-break:clone}\n"
".quote-indirect{background:#f1f1f6;border-bottom-style:dashed}\n"
".quote[data-label]::after{content:'\\2014\\00a0' attr(data-label);font-size:.75em;"
"font-weight:bold;color:#2f5f95;margin-left:.3em}\n"
".speaker{font-weight:bold;text-decoration:underline 2px #4a86c8}\n"
"aside.summary{font-size:.9em}\n"
"aside.summary h2{font-size:1em;margin:1em 0 .3em;text-transform:uppercase;color:#555}\n"
"aside.summary table{border-collapse:collapse;width:100%}\n"
"aside.summary th,aside.summary td{text-align:left;padding:.2em .4em;border-bottom:1px solid #e4e4e4}\n"
"aside.summary td.number{text-align:right;font-variant-numeric:tabular-nums}\n"
".badge{padding:0 .3em;border-radius:.3em;font-size:.8em;font-weight:bold}\n"
".missing{color:#a00}\n";

static const char *const html_escapes[256] = {
	['&'] = "&amp;", ['<'] = "&lt;", ['>'] = "&gt;", ['"'] = "&quot;", ['\''] = "&#39;",
	['\0'] = "&#xFFFD;",
};

void
html_escape(struct buffer *out, const char *text, size_t length)
{
	buffer_append_escaped(out, text, length, html_escapes);
}

/* Appends value for people, escaped (see summary_append_value). */
static void
escape_value(struct buffer *out, const json_t *value)
{
	summary_append_value(out, value, html_escapes);
}

/* Appends " name=\"value\"" for a value that is there. */
static void
attribute(struct buffer *out, const char *name, const json_t *value)
{
	if (value == NULL || json_is_null(value))
		return;
	buffer_printf(out, " %s=\"", name);
	escape_value(out, value);
	buffer_append(out, "\"", 1);
}

/* Appends prefix and the class-safe form of value (letters, digits, - and _), or "other". */
static void
class_name(struct buffer *out, const char *prefix, const json_t *value)
{
	const char *text = json_string_value(value);
	size_t i, length = json_string_length(value);

	buffer_append_string(out, prefix);
	for (i = 0; text != NULL && i < length; i++)
		if (!((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z') &&
		    !(text[i] >= '0' && text[i] <= '9') && text[i] != '-' && text[i] != '_')
			break;
	if (text == NULL || length == 0 || i < length)
		buffer_append_string(out, "other");
	else
		buffer_append(out, text, length);
}

/* Appends the opening tag of span; the label only on the piece that ends it. */
static void
open_span(struct buffer *out, const struct span *span, int last_piece)
{
	const json_t *a = span->annotation;
	json_t *speaker;

	switch (span->layer) {
	case LAYER_QUOTE:
		speaker = json_object_get(a, "speaker");
		buffer_append_string(out, "<span class=\"quote ");
		class_name(out, "quote-", json_object_get(a, "kind"));
		buffer_append_string(out, "\"");
		attribute(out, "data-speaker", json_is_string(speaker) ? speaker : NULL);
		attribute(out, "data-kind", json_object_get(a, "kind"));
		attribute(out, "data-cue", json_object_get(a, "cue"));
		if (last_piece) {
			buffer_append_string(out, " data-label=\"");
			if (json_is_string(speaker))
				escape_value(out, speaker);
			else
				buffer_append_string(out, "unknown speaker");
			buffer_append_string(out, "\"");
		}
		break;
	case LAYER_SPEAKER:
		buffer_append_string(out, "<span class=\"speaker\"");
		attribute(out, "data-speaker", json_object_get(a, "speaker"));
		break;
	case LAYER_ENTITY:
		buffer_append_string(out, "<mark class=\"entity ");
		class_name(out, "entity-", json_object_get(a, "type"));
		buffer_append_string(out, "\"");
		attribute(out, "data-type", json_object_get(a, "type"));
		attribute(out, "data-canonical", json_object_get(a, "canonical"));
		if (last_piece)
			attribute(out, "data-label", json_object_get(a, "type"));
		break;
	case LAYER_FIGURE:
		buffer_append_string(out, "<mark class=\"figure ");
		class_name(out, "figure-", json_object_get(a, "kind"));
		buffer_append_string(out, "\"");
		attribute(out, "data-kind", json_object_get(a, "kind"));
		attribute(out, "data-value", json_object_get(a, "value"));
		attribute(out, "data-unit", json_object_get(a, "unit"));
		if (last_piece)
			attribute(out, "data-label", json_object_get(a, "kind"));
		break;
	}
	if (!last_piece)
		buffer_append_string(out, " data-continues=\"true\"");
	buffer_append(out, ">", 1);
}

static void
close_span(struct buffer *out, const struct span *span)
{
	buffer_append_string(out, span->layer == LAYER_ENTITY ||
	    span->layer == LAYER_FIGURE ? "</mark>" : "</span>");
}

/* Adds a span of annotation under its start_key/end_key when both are integers. */
static int
add_span(struct spans *spans, const json_t *annotation, const char *start_key,
    const char *end_key, enum layer layer)
{
	json_t *start = json_object_get(annotation, start_key);
	json_t *end = json_object_get(annotation, end_key);

	if ((start == NULL || json_is_null(start)) && (end == NULL || json_is_null(end)) &&
	    layer == LAYER_SPEAKER)
		return 1;	/* a speaker not named in this paragraph */
	if (!json_is_integer(start) || !json_is_integer(end) ||
	    json_integer_value(start) < 0 || json_integer_value(end) <= json_integer_value(start))
		return 0;
	egrow(&spans->items, &spans->capacity, spans->count + 1, sizeof(*spans->items));
	spans->items[spans->count] = (struct span){ .start = json_integer_value(start),
	    .end = json_integer_value(end), .layer = layer, .annotation = annotation,
	    .order = spans->count };
	spans->count++;
	return 1;
}

/* Collects the spans of record's "quotes", "entities" and "figures"; warns of bad ones. */
static void
collect_spans(struct spans *spans, struct document *document, size_t index)
{
	static const struct { const char *key; enum layer layer; } keys[] = {
		{ "quotes", LAYER_QUOTE }, { "entities", LAYER_ENTITY }, { "figures", LAYER_FIGURE },
	};
	json_t *list, *annotation;
	size_t k, i;
	int good;

	for (k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		list = json_object_get(document->records[index], keys[k].key);
		json_array_foreach(list, i, annotation) {
			good = add_span(spans, annotation, "start", "end", keys[k].layer);
			if (good && keys[k].layer == LAYER_QUOTE)
				good = add_span(spans, annotation, "speaker_start", "speaker_end",
				    LAYER_SPEAKER);
			if (!good)
				document_warn(document, index, "%s[%zu] has no valid span; not shown",
				    keys[k].key, i);
		}
	}
}

/* Outer spans first: by start, longer first, then quote, speaker, entity, figure. */
static int
compare_spans(const void *left, const void *right)
{
	const struct span *a = left, *b = right;

	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	if (a->end != b->end)
		return a->end > b->end ? -1 : 1;
	if (a->layer != b->layer)
		return a->layer < b->layer ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

static int
compare_sizes(const void *left, const void *right)
{
	size_t a = *(const size_t *)left, b = *(const size_t *)right;

	return a < b ? -1 : a > b;
}

/* The index of value in the sorted positions (it is there). */
static size_t
position_index(const size_t *positions, size_t count, size_t value)
{
	size_t low = 0, high = count;

	while (high - low > 1) {
		size_t middle = low + (high - low) / 2;

		if (positions[middle] <= value)
			low = middle;
		else
			high = middle;
	}
	return low;
}

/* Whether span repeats the speaker mention of the span before it (quotes of one speaker). */
static int
repeats_speaker(const struct span *span, const struct span *before)
{
	return span->layer == LAYER_SPEAKER && before->layer == LAYER_SPEAKER &&
	    span->start == before->start && span->end == before->end;
}

/*
 * Sorts the spans outer first and turns their code point offsets into byte
 * offsets of text in one pass, dropping (after a warning) the spans that end
 * past the text, and the speaker mentions that repeat one.
 */
static void
spans_to_bytes(struct spans *spans, struct document *document, size_t index,
    const char *text, size_t length)
{
	size_t *positions, *bytes, count = 0, unique = 0, i, kept = 0, byte = 0, previous = 0;
	size_t codepoints;
	struct span *span;

	if (spans->count == 0)
		return;
	positions = ereallocarray(NULL, 2 * spans->count, sizeof(*positions));
	bytes = ereallocarray(NULL, 2 * spans->count, sizeof(*bytes));
	codepoints = utf8_length(text, length);
	qsort(spans->items, spans->count, sizeof(*spans->items), compare_spans);
	for (i = 0; i < spans->count; i++) {
		span = &spans->items[i];
		if (span->end > codepoints) {
			document_warn(document, index, "a span [%zu, %zu) ends past the text's "
			    "%zu code points; not shown", span->start, span->end, codepoints);
			continue;
		}
		if (kept > 0 && repeats_speaker(span, &spans->items[kept - 1]))
			continue;
		spans->items[kept++] = *span;
		positions[count++] = span->start;
		positions[count++] = span->end;
	}
	spans->count = kept;
	qsort(positions, count, sizeof(*positions), compare_sizes);
	for (i = 0; i < count; i++)
		if (unique == 0 || positions[i] != positions[unique - 1])
			positions[unique++] = positions[i];
	for (i = 0; i < unique; i++) {
		byte += utf8_byte_offset(text + byte, length - byte, positions[i] - previous);
		previous = positions[i];
		bytes[i] = byte;
	}
	for (i = 0; i < spans->count; i++) {
		span = &spans->items[i];
		span->start = bytes[position_index(positions, unique, span->start)];
		span->end = bytes[position_index(positions, unique, span->end)];
	}
	free(positions);
	free(bytes);
}

/*
 * The elements open at a point of the text, outermost first; nearest[i] is
 * the nearest end among open[0, i) (SIZE_MAX for none), where open[i] must
 * close at the latest.
 */
struct open_elements {
	const struct span	**open;
	size_t			 *nearest;
	size_t			  depth;
};

/* Opens (or reopens) span on top of the open elements. */
static void
push_span(struct buffer *out, struct open_elements *stack, const struct span *span)
{
	size_t depth = stack->depth, nearest = stack->nearest[depth];

	stack->open[depth] = span;
	stack->nearest[depth + 1] = span->end < nearest ? span->end : nearest;
	open_span(out, span, span->end <= nearest);
	stack->depth++;
}

/*
 * Closes every open element that ends at, and the ones opened inside them,
 * then reopens those of the latter that go on.
 */
static void
close_spans(struct buffer *out, struct open_elements *stack, size_t at)
{
	size_t lowest, i, kept, depth = stack->depth;

	if (stack->nearest[depth] != at)
		return;
	for (lowest = 0; stack->open[lowest]->end != at; lowest++)
		;
	for (i = depth; i > lowest; i--)
		close_span(out, stack->open[i - 1]);
	for (i = kept = lowest; i < depth; i++)
		if (stack->open[i]->end != at)
			stack->open[kept++] = stack->open[i];
	stack->depth = lowest;
	for (i = lowest; i < kept; i++)
		push_span(out, stack, stack->open[i]);
}

/*
 * Appends text[0, length) with spans (sorted outer first, byte offsets) as
 * properly nested elements.  A span that crosses the end of one it started
 * inside is closed there and reopened after it, its label on the last piece.
 * Linear in the text and in the spans times their depth.
 */
static void
mark_up(struct buffer *out, const char *text, size_t length, const struct spans *spans)
{
	struct open_elements stack = {
		.open = ereallocarray(NULL, spans->count + 1, sizeof(*stack.open)),
		.nearest = ereallocarray(NULL, spans->count + 2, sizeof(*stack.nearest)),
	};
	size_t next = 0, at = 0, boundary;

	stack.nearest[0] = SIZE_MAX;
	for (;;) {
		boundary = next < spans->count ? spans->items[next].start : length;
		if (stack.nearest[stack.depth] < boundary)
			boundary = stack.nearest[stack.depth];
		html_escape(out, text + at, boundary - at);
		at = boundary;
		close_spans(out, &stack, at);
		while (next < spans->count && spans->items[next].start == at)
			push_span(out, &stack, &spans->items[next++]);
		if (at == length && stack.depth == 0 && next == spans->count)
			break;
	}
	free(stack.open);
	free(stack.nearest);
}

void
html_paragraph(struct buffer *out, struct document *document, size_t index, size_t number)
{
	json_int_t para = summary_paragraph_number(document, index);
	struct spans spans = { 0 };
	const char *text;
	size_t length;

	buffer_printf(out, "<p id=\"d%zu-p%lld\" data-para=\"%lld\">", number,
	    (long long)para, (long long)para);
	text = document_text(document, index, &length);
	if (text == NULL) {
		buffer_append_string(out, "<span class=\"missing\">(a record without text)</span></p>\n");
		return;
	}
	collect_spans(&spans, document, index);
	spans_to_bytes(&spans, document, index, text, length);
	mark_up(out, text, length, &spans);
	buffer_append_string(out, "</p>\n");
	free(spans.items);
}

/* Appends a table cell holding value, right-aligned when it is a number. */
static void
cell(struct buffer *out, const json_t *value)
{
	buffer_append_string(out, json_is_number(value) ? "<td class=\"number\">" : "<td>");
	escape_value(out, value);
	buffer_append_string(out, "</td>");
}

/* Appends a cell linking to paragraph para of document number. */
static void
paragraph_cell(struct buffer *out, const json_t *para, size_t number)
{
	if (!json_is_integer(para)) {
		cell(out, NULL);
		return;
	}
	buffer_printf(out, "<td class=\"number\"><a href=\"#d%zu-p%lld\">%lld</a></td>", number,
	    (long long)json_integer_value(para), (long long)json_integer_value(para));
}

static void
table_start(struct buffer *out, const char *heading, const char *kind, const char *columns)
{
	buffer_printf(out, "<h2>%s</h2>\n<table class=\"%s\"><thead><tr>%s</tr></thead><tbody>\n",
	    heading, kind, columns);
}

static void
speakers_table(struct buffer *out, const json_t *speakers, size_t number)
{
	const json_t *speaker;
	size_t i;

	table_start(out, "Speakers", "speakers",
	    "<th>Speaker</th><th>Quotes</th><th>Words</th><th>First \xc2\xb6</th>");
	json_array_foreach(speakers, i, speaker) {
		buffer_append_string(out, "<tr>");
		cell(out, json_object_get(speaker, "name"));
		cell(out, json_object_get(speaker, "quotes"));
		cell(out, json_object_get(speaker, "words"));
		paragraph_cell(out, json_object_get(speaker, "first_para"), number);
		buffer_append_string(out, "</tr>\n");
	}
	buffer_append_string(out, "</tbody></table>\n");
}

static void
entities_table(struct buffer *out, const json_t *entities, size_t number)
{
	const json_t *entity, *type;
	size_t i;

	table_start(out, "Entities", "entities",
	    "<th>Entity</th><th>Type</th><th>Mentions</th><th>First \xc2\xb6</th>");
	json_array_foreach(entities, i, entity) {
		type = json_object_get(entity, "type");
		buffer_append_string(out, "<tr>");
		cell(out, json_object_get(entity, "name"));
		buffer_append_string(out, "<td><span class=\"badge entity ");
		class_name(out, "entity-", type);
		buffer_append_string(out, "\">");
		escape_value(out, type);
		buffer_append_string(out, "</span></td>");
		cell(out, json_object_get(entity, "mentions"));
		paragraph_cell(out, json_object_get(entity, "first_para"), number);
		buffer_append_string(out, "</tr>\n");
	}
	buffer_append_string(out, "</tbody></table>\n");
}

static void
figures_table(struct buffer *out, const json_t *figures, size_t number)
{
	json_t *figure, *count;
	const char *kind;
	size_t i, kinds = 0;

	table_start(out, "Figures", "figures",
	    "<th>Figure</th><th>Kind</th><th>Value</th><th>Unit</th><th>\xc2\xb6</th>");
	json_array_foreach(json_object_get(figures, "list"), i, figure) {
		buffer_append_string(out, "<tr>");
		cell(out, json_object_get(figure, "text"));
		cell(out, json_object_get(figure, "kind"));
		cell(out, json_object_get(figure, "value"));
		cell(out, json_object_get(figure, "unit"));
		paragraph_cell(out, json_object_get(figure, "para"), number);
		buffer_append_string(out, "</tr>\n");
	}
	buffer_append_string(out, "</tbody></table>\n<p class=\"kinds\">");
	json_object_foreach(json_object_get(figures, "kinds"), kind, count) {
		if (kinds++ > 0)
			buffer_append_string(out, " \xc2\xb7 ");
		html_escape(out, kind, strlen(kind));
		buffer_printf(out, "&nbsp;%lld", (long long)json_integer_value(count));
	}
	buffer_append_string(out, "</p>\n");
}

static void
summary_aside(struct buffer *out, const json_t *summary, size_t number)
{
	const json_t *section;

	buffer_append_string(out, "<aside class=\"summary\">\n");
	if ((section = json_object_get(summary, "speakers")) != NULL)
		speakers_table(out, section, number);
	if ((section = json_object_get(summary, "entities")) != NULL)
		entities_table(out, section, number);
	if ((section = json_object_get(summary, "figures")) != NULL)
		figures_table(out, section, number);
	buffer_append_string(out, "</aside>\n");
}

void
html_document(struct buffer *out, struct document *document, const json_t *summary,
    size_t number)
{
	const json_t *doc = json_object_get(summary, "doc"), *quotes;
	size_t i;

	buffer_printf(out, "<article class=\"document\" id=\"d%zu\"", number);
	attribute(out, "data-doc", doc);
	buffer_append_string(out, ">\n<header><h1>");
	escape_value(out, json_object_get(summary, "title"));
	buffer_append_string(out, "</h1><p class=\"doc-id\">");
	escape_value(out, doc);
	buffer_printf(out, " \xc2\xb7 %lld paragraphs", (long long)json_integer_value(
	    json_object_get(summary, "paragraphs")));
	if ((quotes = json_object_get(summary, "quotes")) != NULL)
		buffer_printf(out, " \xc2\xb7 %lld quotes", (long long)json_integer_value(quotes));
	buffer_append_string(out, "</p></header>\n<div class=\"text\">\n");
	for (i = 0; i < document->count; i++)
		html_paragraph(out, document, i, number);
	buffer_append_string(out, "</div>\n");
	summary_aside(out, summary, number);
	buffer_append_string(out, "</article>\n");
}

void
html_index_entry(struct buffer *index, const json_t *summary, size_t number)
{
	buffer_printf(index, "<li><a href=\"#d%zu\">", number);
	escape_value(index, json_object_get(summary, "title"));
	buffer_append_string(index, "</a> <span class=\"doc-id\">");
	escape_value(index, json_object_get(summary, "doc"));
	buffer_append_string(index, "</span></li>\n");
}

void
html_page_start(struct buffer *out)
{
	buffer_append_string(out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"generator\" content=\"newspipe render-html\">\n"
	    "<title>newspipe analysis</title>\n<style>\n");
	buffer_append_string(out, style_sheet);
	buffer_append_string(out, "</style>\n</head>\n<body>\n");
}

void
html_page_end(struct buffer *out, const struct buffer *index, size_t documents)
{
	if (documents == 0)
		buffer_append_string(out, "<p class=\"missing\">No documents.</p>\n");
	if (documents > 1) {
		buffer_printf(out, "<nav class=\"index\"><h1>%zu documents</h1>\n<ol>\n", documents);
		buffer_append(out, index->bytes, index->length);
		buffer_append_string(out, "</ol></nav>\n");
	}
	buffer_append_string(out, "</body>\n</html>\n");
}
