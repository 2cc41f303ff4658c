/* tokenize.h: splits raw news text (UTF-8 bytes) into word and punctuation tokens, CoNLL style. */
#ifndef NEWSPIPE_TOKENIZE_H
#define NEWSPIPE_TOKENIZE_H

#include <stddef.h>

/* A token as a half-open span of byte offsets into the text it came from. */
struct token {
	size_t	start;
	size_t	end;
};

/* A growable array of tokens; zero-initialise, reuse, then tokens_free. */
struct tokens {
	struct token	*items;
	size_t		 count;
	size_t		 capacity;
};

/*
 * Replaces the contents of tokens with the tokens of text (length bytes;
 * NULs and invalid UTF-8 allowed: they never join a word).  White space
 * (Unicode spaces included) separates tokens and belongs to none.  Words keep
 * inner hyphens, periods, apostrophes, ampersands and digit commas ("U.S.",
 * "New York-based", "47,600", "AT&T", "O'Neill", "COP26"); abbreviations and
 * initials keep their final period ("Mr.", "J."); the clitics "'s", "n't",
 * "'re" ... are tokens of their own; every other punctuation mark is a token
 * of one character ("$150" is "$" and "150"), except "...", "--".  Linear time.
 */
void	tokenize(const char *text, size_t length, struct tokens *tokens);

void	tokens_free(struct tokens *tokens);

#endif
