/* summary.c: folds paragraph records into one document record and that into TSV rows; no I/O. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "summary.h"
#include "utf8.h"

/* One speaker, entity or figure kind being counted. */
struct tally {
	json_t		*name;		/* a string; a reference */
	json_t		*type;		/* a string or NULL; a reference */
	size_t		 count;
	size_t		 words;
	json_int_t	 first_para;
	size_t		 order;		/* first appearance: ties keep it */
};

/* Tallies in order of first appearance, found by key through index. */
struct tallies {
	struct tally	*items;
	size_t		 count;
	size_t		 capacity;
	json_t		*index;		/* object: key -> integer position in items */
};

struct fold {
	struct tallies	 speakers;
	struct tallies	 entities;
	struct tallies	 kinds;
	json_t		*figure_list;	/* the figures, each with its "para" */
	size_t		 quotes;
	int		 has_quotes;
	int		 has_entities;
	int		 has_figures;
};

static void
tallies_init(struct tallies *tallies)
{
	memset(tallies, 0, sizeof(*tallies));
	tallies->index = json_object();
}

static void
tallies_free(struct tallies *tallies)
{
	size_t i;

	for (i = 0; i < tallies->count; i++) {
		json_decref(tallies->items[i].name);
		json_decref(tallies->items[i].type);
	}
	free(tallies->items);
	json_decref(tallies->index);
}

/*
 * The tally of name (a string) and type (a string or NULL), added with a
 * count of zero on its first appearance in paragraph para.
 */
static struct tally *
tallies_find(struct tallies *tallies, json_t *name, json_t *type, json_int_t para)
{
	struct buffer key = { 0 };
	struct tally *tally;
	json_t *position;

	if (type != NULL) {
		buffer_printf(&key, "%zu:", json_string_length(type));
		buffer_append(&key, json_string_value(type), json_string_length(type));
	}
	buffer_append(&key, json_string_value(name), json_string_length(name));
	position = json_object_getn(tallies->index, key.bytes, key.length);
	if (position != NULL) {
		buffer_free(&key);
		return &tallies->items[json_integer_value(position)];
	}
	json_object_setn_new(tallies->index, key.bytes, key.length,
	    json_integer((json_int_t)tallies->count));
	buffer_free(&key);
	egrow(&tallies->items, &tallies->capacity, tallies->count + 1, sizeof(*tallies->items));
	tally = &tallies->items[tallies->count];
	*tally = (struct tally){ .name = json_incref(name), .type = json_incref(type),
	    .first_para = para, .order = tallies->count };
	tallies->count++;
	return tally;
}

/* Most counted first; equal counts in order of first appearance. */
static int
compare_tallies(const void *left, const void *right)
{
	const struct tally *a = left, *b = right;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return a->order < b->order ? -1 : a->order > b->order;
}

static void
tallies_sort(struct tallies *tallies)
{
	if (tallies->count > 1)
		qsort(tallies->items, tallies->count, sizeof(*tallies->items), compare_tallies);
}

static int
is_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202F || c == 0x205F || c == 0x3000;
}

/* Whether c can be part of a word's letters: ASCII letters and digits, and the
 * code points above Latin-1's symbols that are not general punctuation. */
static int
is_word_character(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
	if (c < 0xC0 || c == 0xD7 || c == 0xF7)
		return 0;
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
	    c == UTF8_REPLACEMENT)
		return 0;
	return 1;
}

size_t
summary_count_words(const char *text, size_t length)
{
	size_t words = 0, at = 0, step;
	int in_token = 0, counted = 0;
	uint32_t c;

	while (at < length) {
		step = utf8_decode(text + at, length - at, &c);
		at += step;
		if (is_space(c)) {
			in_token = 0;
			continue;
		}
		if (!in_token) {
			in_token = 1;
			counted = 0;
		}
		if (!counted && is_word_character(c)) {
			counted = 1;
			words++;
		}
	}
	return words;
}

json_t *
summary_headline(const char *text, size_t length)
{
	size_t start = 0, end, cut, last_space = 0, codepoints = 0, at, step;
	uint32_t c;
	json_t *headline;
	struct buffer shortened = { 0 };

	while (start < length && (step = utf8_decode(text + start, length - start, &c)) &&
	    is_space(c))
		start += step;
	end = start;
	while (end < length && text[end] != '\n' && text[end] != '\r')
		end++;
	while (end > start && (text[end - 1] == ' ' || text[end - 1] == '\t'))
		end--;
	for (at = start; at < end && codepoints < SUMMARY_TITLE_MAXIMUM; codepoints++) {
		step = utf8_decode(text + at, end - at, &c);
		if (is_space(c))
			last_space = at;
		at += step;
	}
	if (at >= end)
		return json_stringn(text + start, end - start);
	/* too long: cut at the last space in the second half of the limit */
	cut = last_space > start + (at - start) / 2 ? last_space : at;
	buffer_append(&shortened, text + start, cut - start);
	buffer_append_string(&shortened, "…");
	headline = json_stringn(shortened.bytes, shortened.length);
	buffer_free(&shortened);
	return headline;
}

json_int_t
summary_paragraph_number(const struct document *document, size_t index)
{
	json_t *para = json_object_get(document->records[index], "para");

	return json_is_integer(para) ? json_integer_value(para) : (json_int_t)index;
}

/*
 * The array under key in record index, or NULL when absent; *present notes
 * that the key was there.  A value that is not an array is warned about.
 */
static json_t *
annotations(struct document *document, size_t index, const char *key, int *present)
{
	json_t *value = json_object_get(document->records[index], key);

	if (value == NULL)
		return NULL;
	*present = 1;
	if (!json_is_array(value)) {
		document_warn(document, index, "\"%s\" is not an array; not summarized", key);
		return NULL;
	}
	return value;
}

/* The words a quote holds: its "utterance" when it has one, else its "text". */
static size_t
quote_words(const json_t *quote)
{
	json_t *said = json_object_get(quote, "utterance");

	if (!json_is_string(said))
		said = json_object_get(quote, "text");
	if (!json_is_string(said))
		return 0;
	return summary_count_words(json_string_value(said), json_string_length(said));
}

static void
fold_quotes(struct fold *fold, struct document *document, size_t index, json_int_t para)
{
	json_t *quotes = annotations(document, index, "quotes", &fold->has_quotes);
	json_t *quote, *speaker;
	struct tally *tally;
	size_t i;

	json_array_foreach(quotes, i, quote) {
		if (!json_is_object(quote))
			continue;
		fold->quotes++;
		speaker = json_object_get(quote, "speaker");
		if (!json_is_string(speaker) || json_string_length(speaker) == 0)
			continue;
		tally = tallies_find(&fold->speakers, speaker, NULL, para);
		tally->count++;
		tally->words += quote_words(quote);
	}
}

static void
fold_entities(struct fold *fold, struct document *document, size_t index, json_int_t para)
{
	json_t *entities = annotations(document, index, "entities", &fold->has_entities);
	json_t *entity, *name, *type;
	size_t i;

	json_array_foreach(entities, i, entity) {
		name = json_object_get(entity, "canonical");
		if (!json_is_string(name) || json_string_length(name) == 0)
			name = json_object_get(entity, "text");
		if (!json_is_string(name))
			continue;
		type = json_object_get(entity, "type");
		if (!json_is_string(type))
			type = NULL;
		tallies_find(&fold->entities, name, type, para)->count++;
	}
}

static void
fold_figures(struct fold *fold, struct document *document, size_t index, json_int_t para)
{
	json_t *figures = annotations(document, index, "figures", &fold->has_figures);
	json_t *figure, *kind, *item;
	size_t i;

	json_array_foreach(figures, i, figure) {
		if (!json_is_object(figure))
			continue;
		kind = json_object_get(figure, "kind");
		if (json_is_string(kind))
			tallies_find(&fold->kinds, kind, NULL, para)->count++;
		item = json_pack("{sI}", "para", para);
		json_object_update(item, figure);
		json_array_append_new(fold->figure_list, item);
	}
}

static json_t *
speakers_json(struct tallies *speakers)
{
	json_t *list = json_array();
	struct tally *t;
	size_t i;

	tallies_sort(speakers);
	for (i = 0; i < speakers->count; i++) {
		t = &speakers->items[i];
		json_array_append_new(list, json_pack("{sOsIsIsI}", "name", t->name,
		    "quotes", (json_int_t)t->count, "words", (json_int_t)t->words,
		    "first_para", t->first_para));
	}
	return list;
}

static json_t *
entities_json(struct tallies *entities)
{
	json_t *list = json_array();
	struct tally *t;
	size_t i;

	tallies_sort(entities);
	for (i = 0; i < entities->count; i++) {
		t = &entities->items[i];
		json_array_append_new(list, json_pack("{sOsOsIsI}", "name", t->name,
		    "type", t->type != NULL ? t->type : json_null(),
		    "mentions", (json_int_t)t->count, "first_para", t->first_para));
	}
	return list;
}

static json_t *
figures_json(struct fold *fold)
{
	json_t *kinds = json_object();
	struct tally *t;
	size_t i;

	tallies_sort(&fold->kinds);
	for (i = 0; i < fold->kinds.count; i++) {
		t = &fold->kinds.items[i];
		json_object_setn_new(kinds, json_string_value(t->name),
		    json_string_length(t->name), json_integer((json_int_t)t->count));
	}
	return json_pack("{soso}", "kinds", kinds, "list", json_incref(fold->figure_list));
}

/*
 * Whether text looks like a site's navigation line ("Home | World | Business"):
 * short, with two or more "|" or "›" separators.  Such a line is no headline.
 */
int
summary_is_navigation(const char *text, size_t length)
{
	size_t i, separators = 0;

	if (length > 200)
		return 0;
	for (i = 0; i < length; i++) {
		if (text[i] == '|')
			separators++;
		else if (i + 2 < length && memcmp(text + i, "\xE2\x80\xBA", 3) == 0)
			separators++;
	}
	return separators >= 2;
}

/*
 * The title: the "title" of the first record's "meta", else the headline of
 * the first paragraph that is not a navigation line (of the first three).
 */
static json_t *
document_title(const struct document *document)
{
	json_t *first = document->records[0];
	json_t *title = json_object_get(json_object_get(first, "meta"), "title");
	json_t *text;
	size_t i;

	if (json_is_string(title) && json_string_length(title) > 0)
		return json_incref(title);
	for (i = 0; i < document->count && i < 3; i++) {
		text = json_object_get(document->records[i], "text");
		if (!json_is_string(text))
			return json_null();
		if (i + 1 < document->count && i < 2 &&
		    summary_is_navigation(json_string_value(text), json_string_length(text)))
			continue;
		return summary_headline(json_string_value(text), json_string_length(text));
	}
	return json_null();
}

json_t *
summary_build(struct document *document)
{
	struct fold fold = { 0 };
	json_t *summary, *id = document_id(document), *meta;
	json_int_t para;
	size_t i;

	if (document->count == 0)
		return json_pack("{snsnsi}", "doc", "title", "paragraphs", 0);
	tallies_init(&fold.speakers);
	tallies_init(&fold.entities);
	tallies_init(&fold.kinds);
	fold.figure_list = json_array();
	for (i = 0; i < document->count; i++) {
		para = summary_paragraph_number(document, i);
		fold_quotes(&fold, document, i, para);
		fold_entities(&fold, document, i, para);
		fold_figures(&fold, document, i, para);
	}
	summary = json_pack("{sOsosI}", "doc", id != NULL ? id : json_null(),
	    "title", document_title(document), "paragraphs", (json_int_t)document->count);
	if (fold.has_quotes) {
		json_object_set_new(summary, "quotes", json_integer((json_int_t)fold.quotes));
		json_object_set_new(summary, "speakers", speakers_json(&fold.speakers));
	}
	if (fold.has_entities)
		json_object_set_new(summary, "entities", entities_json(&fold.entities));
	if (fold.has_figures)
		json_object_set_new(summary, "figures", figures_json(&fold));
	if ((meta = json_object_get(document->records[0], "meta")) != NULL)
		json_object_set(summary, "meta", meta);
	tallies_free(&fold.speakers);
	tallies_free(&fold.entities);
	tallies_free(&fold.kinds);
	json_decref(fold.figure_list);
	return summary;
}

void
summary_process_document(struct document *document, void *state)
{
	json_t *summary = summary_build(document);
	unsigned long line = document->lines[0];

	(void)state;
	document_clear(document);
	document_append(document, summary, line);
}

/* Inside a TSV field: tab, newline, return, NUL and backslash, as Miller reads them. */
static const char *const tsv_escapes[256] = {
	['\t'] = "\\t", ['\n'] = "\\n", ['\r'] = "\\r", ['\0'] = "\\0", ['\\'] = "\\\\",
};

void
summary_append_value(struct buffer *out, const json_t *value, const char *const escapes[256])
{
	char *encoded;

	if (value == NULL || json_is_null(value))
		return;
	if (json_is_string(value)) {
		buffer_append_escaped(out, json_string_value(value), json_string_length(value),
		    escapes);
		return;
	}
	encoded = json_dumps(value, JSON_COMPACT | JSON_ENCODE_ANY | JSON_REAL_PRECISION(15));
	if (encoded != NULL)
		buffer_append_escaped(out, encoded, strlen(encoded), escapes);
	free(encoded);
}

enum { TSV_NAME, TSV_TYPE, TSV_COUNT, TSV_WORDS, TSV_PARA, TSV_VALUE, TSV_UNIT, TSV_COLUMNS };

/* Appends a row: doc, section, then the columns of values (NULL ones empty). */
static void
tsv_row(struct buffer *out, const json_t *doc, const char *section,
    json_t *const values[TSV_COLUMNS])
{
	size_t i;

	summary_append_value(out, doc, tsv_escapes);
	buffer_append(out, "\t", 1);
	buffer_append_string(out, section);
	for (i = 0; i < TSV_COLUMNS; i++) {
		buffer_append(out, "\t", 1);
		summary_append_value(out, values[i], tsv_escapes);
	}
	buffer_append(out, "\n", 1);
}

void
summary_tsv(const json_t *summary, struct buffer *out)
{
	json_t *doc = json_object_get(summary, "doc"), *figures, *item, *one;
	size_t i;

	tsv_row(out, doc, "document", (json_t *[TSV_COLUMNS]){
	    [TSV_NAME] = json_object_get(summary, "title"),
	    [TSV_COUNT] = json_object_get(summary, "paragraphs") });
	json_array_foreach(json_object_get(summary, "speakers"), i, item)
		tsv_row(out, doc, "speaker", (json_t *[TSV_COLUMNS]){
		    [TSV_NAME] = json_object_get(item, "name"),
		    [TSV_COUNT] = json_object_get(item, "quotes"),
		    [TSV_WORDS] = json_object_get(item, "words"),
		    [TSV_PARA] = json_object_get(item, "first_para") });
	json_array_foreach(json_object_get(summary, "entities"), i, item)
		tsv_row(out, doc, "entity", (json_t *[TSV_COLUMNS]){
		    [TSV_NAME] = json_object_get(item, "name"),
		    [TSV_TYPE] = json_object_get(item, "type"),
		    [TSV_COUNT] = json_object_get(item, "mentions"),
		    [TSV_PARA] = json_object_get(item, "first_para") });
	figures = json_object_get(json_object_get(summary, "figures"), "list");
	one = json_integer(1);
	json_array_foreach(figures, i, item)
		tsv_row(out, doc, "figure", (json_t *[TSV_COLUMNS]){
		    [TSV_NAME] = json_object_get(item, "text"),
		    [TSV_TYPE] = json_object_get(item, "kind"),
		    [TSV_COUNT] = one,
		    [TSV_PARA] = json_object_get(item, "para"),
		    [TSV_VALUE] = json_object_get(item, "value"),
		    [TSV_UNIT] = json_object_get(item, "unit") });
	json_decref(one);
}
