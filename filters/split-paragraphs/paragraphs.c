/* paragraphs.c: decides a document's layout from its lines and cuts it into paragraphs; no I/O. */
/*
 * The layout is decided once per document, from what its lines say:
 *
 *   blank lines between text       paragraphs are the blocks between them;
 *                                  in blocks of long unwrapped lines each
 *                                  line is one, and in blocks wrapped so
 *                                  evenly that the next line's first word
 *                                  seldom fits, a line ends one where it
 *                                  would have fit
 *   some lines indented further    each such line starts a paragraph
 *   the next line's first word     (one paragraph per line) every line is a
 *     usually fits on a line         paragraph: the lines were never wrapped
 *   the next line's first word     (hard-wrapped) a line ends a paragraph
 *     seldom fits                    exactly when the next line's first word
 *                                    would have fit on it
 *
 * "Would have fit" is measured against the wrap width: the width of the
 * widest of the least indented lines, leaving out the few that stand out (a
 * URL), and never under 40 columns, so that a short document of short lines
 * is not taken for one narrow paragraph.  Where a paragraph ends on a full
 * line in the last layout, nothing in the lines tells, and it is missed.
 * A form feed always ends a paragraph but is no evidence of a blank-line
 * layout.  A first pass over the lines gathers the evidence, keeping 8 bytes
 * a line; a second cuts, handing each paragraph on as it is found.  Both are
 * linear in the document's length.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "paragraphs.h"
#include "utf8.h"

/* Lines longer than this (in code points) were not hard-wrapped. */
#define WRAP_WIDTH_MAXIMUM 100
/* Text is seldom wrapped narrower; a short document's lines may all be. */
#define WRAP_WIDTH_MINIMUM 40

enum layout {
	LAYOUT_BLOCKS,		/* blank lines separate paragraphs */
	LAYOUT_INDENTED,	/* an indented line starts a paragraph */
	LAYOUT_ONE_PER_LINE,	/* every line is a paragraph */
	LAYOUT_WRAPPED		/* only the line lengths tell */
};

struct line {
	size_t	content_start;	/* first byte that is not blank space */
	size_t	content_end;	/* one past the last such byte; == start: blank */
	size_t	start_codepoint;	/* content_start and content_end */
	size_t	end_codepoint;		/* in code points */
	size_t	indent;		/* blank columns before the content, tabs to 8 */
	size_t	width;		/* columns from the line's start to content_end */
	size_t	first_word;	/* code points of the first word */
	int	before_form_feed;	/* a form feed ends the line */
	int	after_form_feed;	/* a form feed ends the line before */
};

/*
 * What the layout needs of a line, kept for every line of a document while
 * the evidence is gathered: 8 bytes, so a document of short lines costs a
 * small multiple of its size.  Columns saturate at UINT16_MAX.
 */
struct shape {
	uint16_t	indent;
	uint16_t	width;
	uint16_t	first_word;
	uint8_t		flags;
};

enum {
	SHAPE_BLANK = 1,
	SHAPE_FORM_FEED = 2		/* a form feed ends the line or the one before */
};

struct shapes {
	struct shape	*items;
	size_t		 count;
	size_t		 capacity;
};

/* Reads a document's lines one at a time; see next_line. */
struct scanner {
	const char	*text;
	size_t		 length;
	size_t		 start;		/* where the next line starts */
	size_t		 codepoint;	/* the code point at start */
	int		 form_feed;	/* a form feed ended the line before */
	int		 done;
};

/* What a document's lines say about its layout; see choose_layout. */
struct evidence {
	size_t	content;	/* non-blank lines */
	size_t	blank_between;	/* blank lines with text before and after */
	size_t	minimum_indent;
	size_t	indented;	/* lines indented beyond minimum_indent */
	size_t	wrap_width;
	size_t	pairs;		/* adjacent non-blank lines, the first narrower than
				   the wrap width, the second not indented */
	size_t	fitting;	/* of those, where the second's first word would fit */
	size_t	long_lines;	/* wider than WRAP_WIDTH_MAXIMUM */
};

/* The length of the blank-space character at s, or 0 when s holds none. */
static size_t
blank_at(const char *s, size_t length)
{
	const unsigned char *u = (const unsigned char *)s;

	if (*u == ' ' || *u == '\t' || *u == '\f' || *u == '\v' || *u == '\r')
		return 1;
	if (*u < 0xC2)
		return 0;
	if (length >= 2 && u[0] == 0xC2 && u[1] == 0xA0)	/* no-break space */
		return 2;
	if (length >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)	/* BOM */
		return 3;
	return 0;
}

/* The length of the character at s (length > 0), a bad byte counting one. */
static size_t
character_at(const char *s, size_t length)
{
	uint32_t codepoint;

	if ((unsigned char)*s < 0x80)
		return 1;
	return utf8_decode(s, length, &codepoint);
}

static int
is_line_end(unsigned char c)
{
	return c == '\n' || c == '\r' || c == '\f';
}

/*
 * Measures the line that starts at text[start], code point *codepoint, into
 * line, in one pass, and returns where it ends: at the "\n", "\r" or form
 * feed ending it, or length; *codepoint becomes that end's code point.
 */
static size_t
measure_line(const char *text, size_t start, size_t length, struct line *line,
    size_t *codepoint)
{
	const unsigned char *u = (const unsigned char *)text;
	size_t i = start, step, run, columns = 0, width = 0, first_word = 0;
	size_t indent = 0, content_end;
	int word = 0;		/* 0 before the first word, 1 in it, 2 past it */

	for (; i < length && !is_line_end(u[i]); i += step) {
		if ((step = blank_at(text + i, length - i)) == 0)
			break;
		indent += u[i] == '\t' ? 8 - indent % 8 : 1;
		++*codepoint;
	}
	line->content_start = content_end = i;
	line->start_codepoint = *codepoint;
	for (; i < length; i += step) {
		if (u[i] > ' ' && u[i] < 0x80) {	/* most bytes: printable ASCII */
			for (run = i + 1; run < length && u[run] > ' ' && u[run] < 0x80; run++)
				continue;
			step = run - i;
		} else if (is_line_end(u[i]))
			break;
		else if ((step = u[i] == ' ' ? 1 : blank_at(text + i, length - i)) > 0) {
			columns++;
			word += word == 1;
			continue;
		} else
			step = character_at(text + i, length - i);
		columns += u[i] < 0x80 ? step : 1;
		content_end = i + step;
		width = columns;
		word += word == 0;
		if (word == 1)
			first_word += u[i] < 0x80 ? step : 1;
	}
	line->content_end = content_end;
	line->end_codepoint = line->start_codepoint + width;
	line->indent = indent;
	line->width = indent + width;
	line->first_word = first_word;
	*codepoint = line->start_codepoint + columns;
	return i;
}

static void
scanner_init(struct scanner *scanner, const char *text, size_t length)
{
	memset(scanner, 0, sizeof(*scanner));
	scanner->text = text;
	scanner->length = length;
}

/*
 * Measures the next line into line and returns 1, or returns 0 after the
 * last.  Lines end at "\n", "\r\n", a lone "\r" and a form feed; the lines
 * on either side of a form feed are marked.
 */
static int
next_line(struct scanner *scanner, struct line *line)
{
	const char *text = scanner->text;
	size_t end;

	if (scanner->done)
		return 0;
	end = measure_line(text, scanner->start, scanner->length, line, &scanner->codepoint);
	line->after_form_feed = scanner->form_feed;
	line->before_form_feed = scanner->form_feed =
	    end < scanner->length && text[end] == '\f';
	if (end == scanner->length) {
		scanner->done = 1;
		return 1;
	}
	if (text[end] == '\r' && end + 1 < scanner->length && text[end + 1] == '\n') {
		end++;
		scanner->codepoint++;
	}
	scanner->start = end + 1;
	scanner->codepoint++;
	return 1;
}

static uint16_t
saturate(size_t columns)
{
	return columns < UINT16_MAX ? (uint16_t)columns : UINT16_MAX;
}

static int
is_blank(const struct line *line)
{
	return line->content_start == line->content_end;
}

/* The shape of every line of text. */
static void
find_shapes(const char *text, size_t length, struct shapes *shapes)
{
	struct scanner scanner;
	struct line line;
	struct shape *shape;

	scanner_init(&scanner, text, length);
	while (next_line(&scanner, &line)) {
		egrow(&shapes->items, &shapes->capacity, shapes->count + 1, sizeof(*shape));
		shape = &shapes->items[shapes->count++];
		shape->indent = saturate(line.indent);
		shape->width = saturate(line.width);
		shape->first_word = saturate(line.first_word);
		shape->flags = (is_blank(&line) ? SHAPE_BLANK : 0) |
		    (line.before_form_feed || line.after_form_feed ? SHAPE_FORM_FEED : 0);
	}
}

static int
compare_widths(const void *a, const void *b)
{
	uint16_t x = *(const uint16_t *)a, y = *(const uint16_t *)b;

	return (x < y) - (x > y);	/* widest first */
}

/*
 * The width of the widest line at the least indent (in an indented layout
 * the first lines are wider), leaving out the few (a twentieth at most) that
 * stand out by more than a quarter, and at least WRAP_WIDTH_MINIMUM.
 */
static size_t
wrap_width(const struct shapes *shapes, size_t content, size_t indent)
{
	uint16_t *widths;
	size_t i, n = 0, width, typical;

	if (content == 0)
		return WRAP_WIDTH_MINIMUM;
	widths = ereallocarray(NULL, content, sizeof(*widths));
	for (i = 0; i < shapes->count; i++)
		if (!(shapes->items[i].flags & SHAPE_BLANK) && shapes->items[i].indent == indent)
			widths[n++] = shapes->items[i].width;
	qsort(widths, n, sizeof(*widths), compare_widths);
	typical = widths[n / 20];
	for (i = 0; widths[i] > typical + typical / 4; i++)
		continue;
	width = widths[i];
	free(widths);
	return width > WRAP_WIDTH_MINIMUM ? width : WRAP_WIDTH_MINIMUM;
}

/* Whether a word would have fit on a line at the wrap width. */
static int
fits(size_t line_width, size_t word, size_t wrap_width)
{
	return line_width + 1 + word <= wrap_width;
}

/* Gathers the evidence of the lines' shapes. */
static void
gather_evidence(const struct shapes *shapes, struct evidence *evidence)
{
	const struct shape *shape, *previous = NULL;
	size_t i;
	int pending_blank = 0;

	memset(evidence, 0, sizeof(*evidence));
	evidence->minimum_indent = (size_t)-1;
	for (i = 0; i < shapes->count; i++) {
		shape = &shapes->items[i];
		if (shape->flags & SHAPE_BLANK)
			continue;
		evidence->content++;
		if (shape->indent < evidence->minimum_indent)
			evidence->minimum_indent = shape->indent;
		if (shape->width > WRAP_WIDTH_MAXIMUM)
			evidence->long_lines++;
	}
	evidence->wrap_width = wrap_width(shapes, evidence->content,
	    evidence->minimum_indent);
	for (i = 0; i < shapes->count; i++) {
		shape = &shapes->items[i];
		if (shape->flags & SHAPE_BLANK) {
			/* a form feed is a page break, not a layout */
			if (shape->flags & SHAPE_FORM_FEED)
				continue;
			pending_blank |= previous != NULL;
			previous = NULL;
			continue;
		}
		evidence->blank_between += pending_blank;
		pending_blank = 0;
		if (shape->indent > evidence->minimum_indent)
			evidence->indented++;
		else if (previous != NULL && previous->width < evidence->wrap_width) {
			evidence->pairs++;
			evidence->fitting += fits(previous->width, shape->first_word,
			    evidence->wrap_width);
		}
		previous = shape;
	}
}

/*
 * Whether the lines were never wrapped: the next line's first word would fit
 * on three in four of the lines narrower than the wrap width (on one in two
 * when lines too long for wrapped text are common), or, with no such lines
 * to tell, lines too long for wrapped text are common.  In wrapped text it
 * fits only where a paragraph ends.
 */
static int
unwrapped(const struct evidence *evidence)
{
	int long_lines = evidence->long_lines * 10 > evidence->content;

	if (evidence->pairs == 0)
		return long_lines;
	if (evidence->fitting * 4 >= evidence->pairs * 3)
		return 1;
	return long_lines && evidence->fitting * 2 >= evidence->pairs;
}

/* Chooses the layout of a document from the evidence of its lines. */
static enum layout
choose_layout(const struct evidence *evidence)
{
	if (evidence->blank_between > 0) {
		/* blocks of long lines that were never wrapped: a paragraph a line */
		if (unwrapped(evidence) && evidence->long_lines * 10 > evidence->content)
			return LAYOUT_ONE_PER_LINE;
		/*
		 * blocks wrapped so evenly that the next word seldom fits
		 * hold more than one paragraph where it does (a headline,
		 * a blank line, then the whole story wrapped)
		 */
		if (evidence->fitting > 0 && evidence->fitting * 2 < evidence->pairs)
			return LAYOUT_WRAPPED;
		return LAYOUT_BLOCKS;
	}
	if (evidence->indented >= 2 && evidence->indented < evidence->content &&
	    !unwrapped(evidence))
		return LAYOUT_INDENTED;
	if (unwrapped(evidence))
		return LAYOUT_ONE_PER_LINE;
	return LAYOUT_WRAPPED;
}

/* Whether a paragraph ends between line and next, the two being non-blank. */
static int
breaks_between(enum layout layout, const struct evidence *evidence,
    const struct line *line, const struct line *next)
{
	if (line->before_form_feed)
		return 1;
	switch (layout) {
	case LAYOUT_BLOCKS:
		return 0;
	case LAYOUT_INDENTED:
		return next->indent > evidence->minimum_indent;
	case LAYOUT_ONE_PER_LINE:
		return 1;
	case LAYOUT_WRAPPED:
		return fits(line->width, next->first_word, evidence->wrap_width);
	}
	return 0;
}

/* Hands the paragraph from line first to line last to found. */
static void
found_paragraph(const struct line *first, const struct line *last,
    paragraph_callback *found, void *context)
{
	struct paragraph paragraph = {
		.start = first->content_start,
		.end = last->content_end,
		.start_codepoint = first->start_codepoint,
		.end_codepoint = last->end_codepoint,
	};

	found(&paragraph, context);
}

size_t
paragraphs_split(const char *text, size_t length, paragraph_callback *found, void *context)
{
	struct shapes shapes = { 0 };
	struct evidence evidence;
	struct scanner scanner;
	struct line line, first, previous;
	size_t count = 0;
	int open = 0;		/* previous is a line of a paragraph not yet found */
	enum layout layout;

	find_shapes(text, length, &shapes);
	gather_evidence(&shapes, &evidence);
	free(shapes.items);
	layout = choose_layout(&evidence);
	scanner_init(&scanner, text, length);
	while (next_line(&scanner, &line)) {
		if (open && (is_blank(&line) ||
		    breaks_between(layout, &evidence, &previous, &line))) {
			found_paragraph(&first, &previous, found, context);
			count++;
			open = 0;
		}
		if (is_blank(&line))
			continue;
		if (!open)
			first = line;
		previous = line;
		open = 1;
	}
	if (open) {
		found_paragraph(&first, &previous, found, context);
		count++;
	}
	return count;
}

/* The 1-based line of the first byte of text that is not UTF-8, or 0 when all is. */
static unsigned long
first_bad_line(const char *text, size_t length)
{
	unsigned long line = 1;
	uint32_t codepoint;
	size_t i = 0, step;

	while (i < length) {
		if ((unsigned char)text[i] < 0x80) {
			line += text[i++] == '\n';
			continue;
		}
		step = utf8_decode(text + i, length - i, &codepoint);
		if (codepoint == UTF8_REPLACEMENT && step == 1)
			return line;
		i += step;
	}
	return 0;
}

char *
paragraphs_plain_text(char *bytes, size_t *length, unsigned long *bad_line)
{
	char *text;

	*bad_line = first_bad_line(bytes, *length);
	if (*bad_line == 0)
		return bytes;
	text = utf8_from_cp1252(bytes, *length, length);
	free(bytes);
	return text;
}

/* What make_record needs to turn each paragraph into a record. */
struct record_maker {
	json_t		*id;
	const char	*text;
	json_t		*meta;
	size_t		 index;
	record_callback	*emit;
	void		*context;
};

static void
make_record(const struct paragraph *paragraph, void *context)
{
	struct record_maker *maker = context;
	json_t *record = json_object();

	json_object_set(record, "doc", maker->id);
	json_object_set_new(record, "para", json_integer((json_int_t)maker->index++));
	json_object_set_new(record, "start", json_integer((json_int_t)paragraph->start_codepoint));
	json_object_set_new(record, "end", json_integer((json_int_t)paragraph->end_codepoint));
	json_object_set_new(record, "text", json_stringn_nocheck(maker->text + paragraph->start,
	    paragraph->end - paragraph->start));
	if (maker->meta != NULL)
		json_object_set(record, "meta", maker->meta);
	maker->emit(record, maker->context);
}

void
paragraphs_records(json_t *id, const char *text, size_t length, json_t *meta,
    record_callback *emit, void *context)
{
	struct record_maker maker = { id, text, meta, 0, emit, context };

	paragraphs_split(text, length, make_record, &maker);
}

int
paragraphs_from_document(const json_t *document, const char *fallback_id,
    record_callback *emit, void *context, const char **problem)
{
	json_t *text = json_object_get(document, "text");
	json_t *id = json_object_get(document, "id");
	json_t *meta = NULL, *value;
	const char *key;

	if (!json_is_string(text)) {
		*problem = text == NULL ? "document has no \"text\"" :
		    "document's \"text\" is not a string";
		return -1;
	}
	id = id != NULL ? json_incref(id) : json_string(fallback_id);
	json_object_foreach((json_t *)document, key, value) {
		if (strcmp(key, "id") == 0 || strcmp(key, "text") == 0)
			continue;
		if (meta == NULL)
			meta = json_object();
		json_object_set(meta, key, value);
	}
	paragraphs_records(id, json_string_value(text), json_string_length(text), meta,
	    emit, context);
	json_decref(meta);
	json_decref(id);
	return 0;
}
