/* paragraphs.c: decides a document's layout from its lines and cuts it into paragraphs; no I/O. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "paragraphs.h"
#include "utf8.h"

/* Lines longer than this (in code points) are not hard-wrapped text. */
#define WRAP_WIDTH_MAXIMUM 100

enum layout {
	LAYOUT_BLOCKS,		/* blank lines separate paragraphs */
	LAYOUT_INDENTED,	/* an indented line starts a paragraph */
	LAYOUT_ONE_PER_LINE,	/* every line is a paragraph */
	LAYOUT_WRAPPED		/* only the line lengths tell */
};

struct line {
	size_t	content_start;	/* first byte that is not blank space */
	size_t	content_end;	/* one past the last such byte; == start: blank */
	size_t	indent;		/* blank code points before the content */
	size_t	width;		/* code points from the line's start to content_end */
	size_t	first_word;	/* code points of the first word */
};

struct lines {
	struct line	*items;
	size_t		 count;
	size_t		 capacity;
};

/* The length of the blank-space character at s, or 0 when s holds none. */
static size_t
blank_at(const char *s, size_t length)
{
	const unsigned char *u = (const unsigned char *)s;

	if (*u == ' ' || *u == '\t' || *u == '\f' || *u == '\v' || *u == '\r')
		return 1;
	if (length >= 2 && u[0] == 0xC2 && u[1] == 0xA0)	/* no-break space */
		return 2;
	if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)	/* BOM */
		return 3;
	return 0;
}

/* Measures the line text[start, end) into line. */
static void
measure_line(const char *text, size_t start, size_t end, struct line *line)
{
	size_t i = start, step, last = start;
	uint32_t codepoint;

	line->indent = 0;
	while (i < end && (step = blank_at(text + i, end - i)) > 0) {
		line->indent += text[i] == '\t' ? 8 - line->indent % 8 : 1;
		i += step;
	}
	line->content_start = i;
	line->first_word = 0;
	while (i < end && blank_at(text + i, end - i) == 0) {
		i += utf8_decode(text + i, end - i, &codepoint);
		line->first_word++;
	}
	for (i = line->content_start; i < end; i += step) {
		step = blank_at(text + i, end - i);
		if (step == 0) {
			step = utf8_decode(text + i, end - i, &codepoint);
			last = i + step;
		}
	}
	line->content_end = last > line->content_start ? last : line->content_start;
	line->width = line->indent + utf8_length(text + line->content_start,
	    line->content_end - line->content_start);
}

/* Cuts text into lines at "\n", "\r\n", a lone "\r" and a form feed. */
static void
find_lines(const char *text, size_t length, struct lines *lines)
{
	size_t start = 0, i;

	for (i = 0; i <= length; i++) {
		if (i < length && text[i] != '\n' && text[i] != '\r' && text[i] != '\f')
			continue;
		egrow(&lines->items, &lines->capacity, lines->count + 1, sizeof(struct line));
		measure_line(text, start, i, &lines->items[lines->count++]);
		if (i < length && text[i] == '\r' && i + 1 < length && text[i + 1] == '\n')
			i++;
		start = i + 1;
	}
}

static int
is_blank(const struct line *line)
{
	return line->content_start == line->content_end;
}

/* Chooses the layout of a document from its non-blank lines. */
static enum layout
choose_layout(const struct lines *lines, size_t *wrap_width)
{
	size_t i, content = 0, indented = 0, blank_between = 0, wide = 0, widest = 0;
	size_t minimum_indent = (size_t)-1;
	int seen_content = 0, pending_blank = 0;

	for (i = 0; i < lines->count; i++) {
		const struct line *line = &lines->items[i];

		if (is_blank(line)) {
			pending_blank = seen_content;
			continue;
		}
		blank_between += pending_blank;
		pending_blank = 0;
		seen_content = 1;
		content++;
		if (line->indent < minimum_indent)
			minimum_indent = line->indent;
		if (line->width > WRAP_WIDTH_MAXIMUM)
			wide++;
		else if (line->width > widest)
			widest = line->width;
	}
	*wrap_width = widest;
	if (blank_between > 0)
		return LAYOUT_BLOCKS;
	for (i = 0; i < lines->count; i++)
		if (!is_blank(&lines->items[i]) && lines->items[i].indent > minimum_indent)
			indented++;
	if (indented >= 2 && indented < content)
		return LAYOUT_INDENTED;
	if (wide * 10 > content)
		return LAYOUT_ONE_PER_LINE;
	return LAYOUT_WRAPPED;
}

/* Whether a paragraph ends between line and next, the two being non-blank. */
static int
breaks_between(enum layout layout, size_t wrap_width, size_t minimum_indent,
    const struct line *line, const struct line *next)
{
	switch (layout) {
	case LAYOUT_BLOCKS:
		return 0;
	case LAYOUT_INDENTED:
		return next->indent > minimum_indent;
	case LAYOUT_ONE_PER_LINE:
		return 1;
	case LAYOUT_WRAPPED:
		return line->width + 1 + next->first_word <= wrap_width;
	}
	return 0;
}

static void
add_paragraph(struct paragraph **paragraphs, size_t *count, size_t *capacity,
    size_t start, size_t end)
{
	egrow(paragraphs, capacity, *count + 1, sizeof(**paragraphs));
	(*paragraphs)[*count].start = start;
	(*paragraphs)[*count].end = end;
	(*count)++;
}

size_t
paragraphs_split(const char *text, size_t length, struct paragraph **paragraphs)
{
	struct lines lines = { 0 };
	struct line *line, *previous = NULL;
	size_t i, count = 0, capacity = 0, wrap_width, minimum_indent = (size_t)-1;
	size_t start = 0;
	enum layout layout;

	*paragraphs = NULL;
	find_lines(text, length, &lines);
	layout = choose_layout(&lines, &wrap_width);
	for (i = 0; i < lines.count; i++)
		if (!is_blank(&lines.items[i]) && lines.items[i].indent < minimum_indent)
			minimum_indent = lines.items[i].indent;
	for (i = 0; i < lines.count; i++) {
		line = &lines.items[i];
		if (is_blank(line)) {
			if (previous != NULL)
				add_paragraph(paragraphs, &count, &capacity, start,
				    previous->content_end);
			previous = NULL;
			continue;
		}
		if (previous != NULL && breaks_between(layout, wrap_width,
		    minimum_indent, previous, line)) {
			add_paragraph(paragraphs, &count, &capacity, start,
			    previous->content_end);
			previous = NULL;
		}
		if (previous == NULL)
			start = line->content_start;
		previous = line;
	}
	if (previous != NULL)
		add_paragraph(paragraphs, &count, &capacity, start, previous->content_end);
	free(lines.items);
	return count;
}

void
paragraphs_append_records(json_t *records, json_t *id, const char *text,
    size_t length, json_t *meta)
{
	struct paragraph *paragraphs;
	struct utf8_cursor cursor;
	size_t i, count;
	json_t *record;

	count = paragraphs_split(text, length, &paragraphs);
	utf8_cursor_init(&cursor, text, length);
	for (i = 0; i < count; i++) {
		record = json_object();
		json_object_set(record, "doc", id);
		json_object_set_new(record, "para", json_integer((json_int_t)i));
		json_object_set_new(record, "start", json_integer((json_int_t)
		    utf8_cursor_codepoint(&cursor, paragraphs[i].start)));
		json_object_set_new(record, "end", json_integer((json_int_t)
		    utf8_cursor_codepoint(&cursor, paragraphs[i].end)));
		json_object_set_new(record, "text", json_stringn_nocheck(
		    text + paragraphs[i].start, paragraphs[i].end - paragraphs[i].start));
		if (meta != NULL)
			json_object_set(record, "meta", meta);
		json_array_append_new(records, record);
	}
	free(paragraphs);
}

json_t *
paragraphs_from_document(const json_t *document, const char *fallback_id,
    const char **problem)
{
	json_t *text = json_object_get(document, "text");
	json_t *id = json_object_get(document, "id");
	json_t *records, *meta = NULL, *value;
	const char *key;

	if (!json_is_string(text)) {
		*problem = text == NULL ? "document has no \"text\"" :
		    "document's \"text\" is not a string";
		return NULL;
	}
	id = id != NULL ? json_incref(id) : json_string(fallback_id);
	json_object_foreach((json_t *)document, key, value) {
		if (strcmp(key, "id") == 0 || strcmp(key, "text") == 0)
			continue;
		if (meta == NULL)
			meta = json_object();
		json_object_set(meta, key, value);
	}
	records = json_array();
	paragraphs_append_records(records, id, json_string_value(text),
	    json_string_length(text), meta);
	json_decref(meta);
	json_decref(id);
	return records;
}
