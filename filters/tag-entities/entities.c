/* entities.c: tags the paragraph records of a document and adds their "entities"; no I/O. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "canonical.h"
#include "entities.h"
#include "utf8.h"

/* An entity found in record, as bytes of its text. */
struct found {
	size_t	record;
	size_t	start;
	size_t	end;
};

/* The entities of a document, in order, with their mentions for canonical names. */
struct findings {
	struct found	*found;
	struct mention	*mentions;
	size_t		 count;
	size_t		 found_capacity;
	size_t		 mention_capacity;
};

/*
 * Paragraphs longer than this are tagged a piece at a time, cut at white
 * space (after a sentence where there is one), so that memory stays bounded.
 */
#define CHUNK_BYTES	((size_t)64 << 10)

static int
is_blank(char c)
{
	return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

/* The end of the piece of text[0, length) that starts at start. */
static size_t
chunk_end(const char *text, size_t length, size_t start)
{
	size_t limit = start + CHUNK_BYTES, at;

	if (length - start <= CHUNK_BYTES)
		return length;
	for (at = limit; at > start + CHUNK_BYTES / 2; at--)
		if (is_blank(text[at]) && (text[at - 1] == '.' || text[at - 1] == '!' ||
		    text[at - 1] == '?'))
			return at;
	for (at = limit; at > start; at--)
		if (is_blank(text[at]))
			return at;
	for (at = limit; at > start && ((unsigned char)text[at] & 0xC0) == 0x80; at--)
		;
	return at > start ? at : limit;
}

void
entities_init(struct entities_state *state, const struct model *model)
{
	memset(state, 0, sizeof(*state));
	state->model = model;
	tagger_init(&state->tagger, model);
}

const char *
entities_load(struct entities_state *state, struct model *model, const char *path)
{
	static char message[8192];
	const char *problem;

	problem = path != NULL ? model_load_file(model, path) : model_load_builtin(model);
	if (problem != NULL) {
		snprintf(message, sizeof(message), "%s: %s",
		    path != NULL ? path : "built-in model", problem);
		return message;
	}
	entities_init(state, model);
	return NULL;
}

void
entities_free(struct entities_state *state)
{
	tagger_free(&state->tagger);
	free(state->first_tags);
	state->first_tags = NULL;
	state->first_capacity = 0;
}

static json_t *
entity_object(const char *text, struct utf8_cursor *cursor, const struct found *found,
    const struct mention *mention)
{
	json_t *entity = json_object();

	json_object_set_new(entity, "start", json_integer((json_int_t)
	    utf8_cursor_codepoint(cursor, found->start)));
	json_object_set_new(entity, "end", json_integer((json_int_t)
	    utf8_cursor_codepoint(cursor, found->end)));
	json_object_set_new(entity, "text", json_stringn(text + found->start,
	    found->end - found->start));
	json_object_set_new(entity, "type", json_string(entity_type_names[mention->type]));
	json_object_set_new(entity, "canonical", json_string(mention->canonical));
	return entity;
}

/*
 * The first pass over text (a record's, length bytes), piece by piece: tags
 * it, remembers the tags in the document memory and appends them to
 * state->first_tags from *first; returns the new *first.
 */
static size_t
first_pass(struct entities_state *state, const char *text, size_t length, size_t first)
{
	struct tagger *tagger = &state->tagger;
	size_t start, end;

	for (start = 0; start < length; start = end) {
		end = chunk_end(text, length, start);
		tagger_prepare(tagger, text + start, end - start);
		tagger_decode(tagger);
		tagger_remember(tagger);
		egrow(&state->first_tags, &state->first_capacity, first + tagger->tokens.count + 1, 1);
		memcpy(state->first_tags + first, tagger->tags, tagger->tokens.count);
		first += tagger->tokens.count;
	}
	return first;
}

/*
 * Tags text (record's, length bytes), piece by piece, adding what it finds
 * to findings: with the second pass when the model has one (given the first
 * pass's tags from state->first_tags + *first, which moves on), else with
 * the first (remembering its tags).
 */
static void
tag_text(struct entities_state *state, size_t record, const char *text, size_t length,
    struct findings *findings, size_t *first)
{
	struct tagger *tagger = &state->tagger;
	size_t start, end, s, n;

	for (start = 0; start < length; start = end) {
		end = chunk_end(text, length, start);
		if (state->model->second != NULL) {
			tagger_prepare_second(tagger, text + start, end - start,
			    state->first_tags + *first);
			*first += tagger->tokens.count;
			tagger_decode(tagger);
		} else {
			tagger_prepare(tagger, text + start, end - start);
			tagger_decode(tagger);
			tagger_remember(tagger);
		}
		tagger_collect(tagger);
		state->tokens += tagger->tokens.count;
		n = findings->count + tagger->span_count + 1;
		egrow(&findings->found, &findings->found_capacity, n, sizeof(*findings->found));
		egrow(&findings->mentions, &findings->mention_capacity, n,
		    sizeof(*findings->mentions));
		for (s = 0; s < tagger->span_count; s++) {
			struct found *found = &findings->found[findings->count];
			struct mention *mention = &findings->mentions[findings->count++];

			found->record = record;
			found->start = start + tagger->tokens.items[tagger->spans[s].first].start;
			found->end = start + tagger->tokens.items[tagger->spans[s].last].end;
			mention->text = text + found->start;
			mention->length = found->end - found->start;
			mention->type = tagger->spans[s].type;
		}
	}
}

void
entities_process_document(struct document *document, void *opaque)
{
	struct entities_state *state = opaque;
	const char **texts = ecalloc(document->count + 1, sizeof(*texts));
	size_t *lengths = ecalloc(document->count + 1, sizeof(*lengths));
	struct findings findings = { 0 };
	size_t i, k, start, end, first = 0;
	struct utf8_cursor cursor;
	json_t *array;

	tagger_begin_document(&state->tagger);
	for (i = 0; i < document->count; i++) {
		if ((texts[i] = document_text(document, i, &lengths[i])) == NULL)
			continue;
		for (start = 0; start < lengths[i]; start = end) {
			end = chunk_end(texts[i], lengths[i], start);
			tagger_observe(&state->tagger, texts[i] + start, end - start);
		}
	}
	if (state->model->second != NULL) {
		for (i = 0; i < document->count; i++)
			if (texts[i] != NULL)
				first = first_pass(state, texts[i], lengths[i], first);
		tagger_rewind(&state->tagger);
		first = 0;
	}
	for (i = 0; i < document->count; i++)
		if (texts[i] != NULL)
			tag_text(state, i, texts[i], lengths[i], &findings, &first);
	state->entities += findings.count;
	state->records += document->count;
	canonical_resolve(findings.mentions, findings.count);
	for (i = 0, k = 0; i < document->count; i++) {
		if (texts[i] == NULL)
			continue;
		array = json_array();
		utf8_cursor_init(&cursor, texts[i], lengths[i]);
		for (; k < findings.count && findings.found[k].record == i; k++)
			json_array_append_new(array, entity_object(texts[i], &cursor,
			    &findings.found[k], &findings.mentions[k]));
		json_object_set_new(document->records[i], "entities", array);
	}
	canonical_free(findings.mentions, findings.count);
	free(findings.mentions);
	free(findings.found);
	free(texts);
	free(lengths);
}
