/* tokens.h: splits a paragraph's UTF-8 text into words, quotation marks and punctuation. */
#ifndef NEWSPIPE_TOKENS_H
#define NEWSPIPE_TOKENS_H

#include <stddef.h>
#include <stdint.h>

enum token_kind {
	TOKEN_WORD,		/* letters and digits, with inner apostrophes, hyphens, periods */
	TOKEN_MARK,		/* a quotation mark, or an apostrophe standing alone */
	TOKEN_DASH,		/* a dash standing alone: - – — ― */
	TOKEN_PUNCT		/* any other non-space character */
};

enum token_flag {
	TOKEN_CAPITALIZED	= 1 << 0,	/* a word starting with an upper-case letter */
	TOKEN_SENTENCE_END	= 1 << 1,	/* . ? ! that ends a sentence (not Mr. or U.S.) */
	TOKEN_CAN_OPEN		= 1 << 2,	/* a mark before a non-space, after a space or opening punctuation */
	TOKEN_CAN_CLOSE		= 1 << 3,	/* a mark after a non-space, before a space or punctuation */
	TOKEN_DOUBLE		= 1 << 4,	/* a mark of the double family: " “ ” „ ‟ « », and '' */
	TOKEN_SPACE_BEFORE	= 1 << 5,	/* white space (or the start) comes right before */
	TOKEN_LETTER		= 1 << 6	/* a word holding at least one letter */
};

/* Bits of token.notes, set by the passes after the split. */
enum token_note {
	TOKEN_APOSTROPHE	= 1 << 0,	/* marks.c: a mark that is an apostrophe */
	TOKEN_INSIDE		= 1 << 1,	/* marks.c: in a top-level quote, its marks included */
	TOKEN_USED_CUE		= 1 << 2	/* quotes.c: a cue that attributed a direct quote */
};

struct token {
	uint32_t	start;		/* byte offsets in the paragraph, half-open */
	uint32_t	end;
	uint32_t	codepoint;	/* the first code point */
	uint8_t		kind;		/* enum token_kind */
	uint8_t		flags;		/* enum token_flag bits */
	uint16_t	notes;		/* enum token_note bits, 0 from tokens_split */
};

struct token_list {
	struct token	*items;
	size_t		 count;
	size_t		 capacity;
};

/*
 * Replaces list's tokens with those of text (length bytes, at most
 * UINT32_MAX; NULs are punctuation).  One pass; white space makes no token.
 */
void	tokens_split(struct token_list *list, const char *text, size_t length);

void	token_list_free(struct token_list *list);

/* Whether code point is a quotation mark or apostrophe of either family. */
int	tokens_is_mark(uint32_t codepoint);

#endif
