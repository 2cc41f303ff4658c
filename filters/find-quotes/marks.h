/* marks.h: tells quotation marks from apostrophes and pairs them into a paragraph's quotes. */
#ifndef NEWSPIPE_MARKS_H
#define NEWSPIPE_MARKS_H

#include <stddef.h>

#include "tokens.h"

/* A top-level quote: the tokens of its marks (close == the token count: never closed). */
struct span {
	size_t	open, close;
};

struct span_list {
	struct span	*items;
	size_t		 count;
	size_t		 capacity;
};

/*
 * Replaces spans with the top-level quotes of tokens (split from text), in
 * order.  A mark opens or closes by its neighbours and its glyph; a single
 * mark before a digit or an elision (’90s, ’n’), or one that opens and never
 * closes in the paragraph, is an apostrophe (noted TOKEN_APOSTROPHE); marks
 * inside a quote nest in it; a quote left open runs to the paragraph's end.
 * '' is a mark only when double_apostrophes is set.  Every token of a quote,
 * its marks included, is noted TOKEN_INSIDE.
 */
void	marks_pair(struct token_list *tokens, const char *text, int double_apostrophes,
	    struct span_list *spans);

void	marks_free(struct span_list *spans);

#endif
