/* marks.c: tells quotation marks from apostrophes and pairs them into a paragraph's quotes; no I/O. */
#include <stdlib.h>

#include "alloc.h"
#include "lexicon.h"
#include "marks.h"

#define NONE		((size_t)-1)
#define MAXIMUM_DEPTH	8	/* nested quotation marks followed */

/* What one pairing works on. */
struct pairing {
	struct token_list	*tokens;
	const char		*text;
	int			 double_apostrophes;
};

static const struct token *
mark(const struct pairing *pairing, size_t i)
{
	return &pairing->tokens->items[i];
}

/* Whether mark i is an apostrophe: ’90s, rock ’n’ roll, ’em. */
static int
is_apostrophe(const struct pairing *pairing, size_t i)
{
	const struct token *t = &pairing->tokens->items[i], *next;

	if (t->flags & TOKEN_DOUBLE)
		return 0;
	if (t->notes & TOKEN_APOSTROPHE)
		return 1;
	if (i + 1 >= pairing->tokens->count)
		return 0;
	next = t + 1;
	if (next->kind != TOKEN_WORD || next->start != t->end)
		return 0;
	if (next->codepoint >= '0' && next->codepoint <= '9')
		return 1;
	return (lexicon_classes(pairing->text + next->start, next->end - next->start) &
	    LEXICON_ELISION) != 0;
}

static void
add_span(struct span_list *spans, size_t open, size_t close)
{
	egrow(&spans->items, &spans->capacity, spans->count + 1, sizeof(*spans->items));
	spans->items[spans->count].open = open;
	spans->items[spans->count].close = close;
	spans->count++;
}

/*
 * Pairs the marks of the paragraph into top-level spans.  Returns the mark
 * index of a single mark opened at the top and never closed (then the
 * caller marks it an apostrophe and pairs again), or NONE.
 */
static size_t
pair_marks(const struct pairing *pairing, struct span_list *spans)
{
	size_t stack[MAXIMUM_DEPTH], depth = 0, i, d, count = pairing->tokens->count;
	const struct token *t;
	int doubles_open, is_double;

	spans->count = 0;
	for (i = 0; i < count; i++) {
		t = &pairing->tokens->items[i];
		if (t->kind != TOKEN_MARK || is_apostrophe(pairing, i))
			continue;
		if (t->codepoint == '\'' && (t->flags & TOKEN_DOUBLE) && !pairing->double_apostrophes)
			continue;
		is_double = (t->flags & TOKEN_DOUBLE) != 0;
		doubles_open = 0;
		for (d = 0; d < depth; d++)
			doubles_open |= (mark(pairing, stack[d])->flags & TOKEN_DOUBLE) != 0;
		if (is_double) {
			int closes = 0;

			if ((t->flags & TOKEN_CAN_CLOSE) && doubles_open)
				closes = !(t->flags & TOKEN_CAN_OPEN) || t->codepoint != 0x201C ||
				    depth == 1;
			else if (!(t->flags & (TOKEN_CAN_OPEN | TOKEN_CAN_CLOSE)) && doubles_open &&
			    t->codepoint != 0x201C && t->codepoint != 0x00AB && t->codepoint != 0x201E)
				closes = 1;
			if (t->codepoint == 0x00AB || t->codepoint == 0x201E)
				closes = 0;
			if (closes) {
				while (depth > 0 && !(mark(pairing, stack[depth - 1])->flags & TOKEN_DOUBLE))
					depth--;
				depth--;
				if (depth == 0)
					add_span(spans, stack[0], i);
				continue;
			}
			if (!(t->flags & TOKEN_CAN_OPEN) && (t->flags & TOKEN_CAN_CLOSE))
				continue;	/* a stray closing mark */
			if (!(t->flags & TOKEN_CAN_OPEN) && t->codepoint == 0x201D)
				continue;
			if (depth < MAXIMUM_DEPTH)
				stack[depth++] = i;
			continue;
		}
		if ((t->flags & TOKEN_CAN_CLOSE) && depth > 0 &&
		    !(mark(pairing, stack[depth - 1])->flags & TOKEN_DOUBLE) &&
		    t->codepoint != 0x2018) {
			depth--;
			if (depth == 0)
				add_span(spans, stack[0], i);
			continue;
		}
		if ((t->flags & TOKEN_CAN_OPEN) && !(t->flags & TOKEN_CAN_CLOSE) &&
		    t->codepoint != 0x2019 && depth < MAXIMUM_DEPTH)
			stack[depth++] = i;
	}
	if (depth == 0)
		return NONE;
	if (!(mark(pairing, stack[0])->flags & TOKEN_DOUBLE))
		return stack[0];
	for (d = 1; d < depth; d++)
		if (!(mark(pairing, stack[d])->flags & TOKEN_DOUBLE))
			return stack[d];
	add_span(spans, stack[0], count);
	return NONE;
}

/*
 * Pairs the single marks among themselves, in one pass: those that open and
 * never close in the paragraph are apostrophes (voters’ , the Smiths').
 */
static void
mark_unpaired_singles(const struct pairing *pairing)
{
	size_t stack[MAXIMUM_DEPTH], depth = 0, i;
	struct token *t;

	for (i = 0; i < pairing->tokens->count; i++) {
		t = &pairing->tokens->items[i];
		if (t->kind != TOKEN_MARK || (t->flags & TOKEN_DOUBLE) || is_apostrophe(pairing, i))
			continue;
		if ((t->flags & TOKEN_CAN_CLOSE) && depth > 0 && t->codepoint != 0x2018)
			depth--;
		else if ((t->flags & TOKEN_CAN_OPEN) && !(t->flags & TOKEN_CAN_CLOSE) &&
		    t->codepoint != 0x2019) {
			if (depth == MAXIMUM_DEPTH)
				pairing->tokens->items[stack[--depth]].notes |= TOKEN_APOSTROPHE;
			stack[depth++] = i;
		}
	}
	while (depth > 0)
		pairing->tokens->items[stack[--depth]].notes |= TOKEN_APOSTROPHE;
}

void
marks_pair(struct token_list *tokens, const char *text, int double_apostrophes,
    struct span_list *spans)
{
	struct pairing pairing = { tokens, text, double_apostrophes };
	size_t stray, tries, k, i;

	mark_unpaired_singles(&pairing);
	for (tries = 0; tries < 8; tries++) {
		stray = pair_marks(&pairing, spans);
		if (stray == NONE)
			break;
		tokens->items[stray].notes |= TOKEN_APOSTROPHE;
	}
	for (k = 0; k < spans->count; k++)
		for (i = spans->items[k].open; i <= spans->items[k].close && i < tokens->count; i++)
			tokens->items[i].notes |= TOKEN_INSIDE;
}

void
marks_free(struct span_list *spans)
{
	free(spans->items);
	spans->items = NULL;
	spans->count = spans->capacity = 0;
}

