/* scanner.h: splits paragraph text into words, numbers and signs for the figure parser; no I/O. */
#ifndef NEWSPIPE_SCANNER_H
#define NEWSPIPE_SCANNER_H

#include <stddef.h>
#include <stdint.h>

#include "vocabulary.h"

enum token_type {
	TOKEN_WORD,		/* letters (any script), with its lexicon entry if any */
	TOKEN_NUMBER,		/* digits, with separators, decimals and exponent: value */
	TOKEN_SIGN		/* one other code point (punctuation, $, %, °) */
};

enum {
	TOKEN_GROUPED = 1 << 0,		/* thousands separators: "1,500", "1 000" */
	TOKEN_DECIMAL = 1 << 1,		/* a decimal point or comma: "1.5", "5,00" */
	TOKEN_EXPONENT = 1 << 2,	/* "1e10", "1.1^23", "1.3x10^6" */
	TOKEN_VULGAR = 1 << 3,		/* a fraction sign: U+00BD, U+2154 ... */
	TOKEN_IDENTIFIER = 1 << 4,	/* part of an IP address, version or id */
	TOKEN_CAPITALIZED = 1 << 5,	/* a word that starts with a capital */
	TOKEN_UPPER = 1 << 6,		/* a word all in capitals */
	TOKEN_PLURAL = 1 << 7,		/* the word is a plural of its entry */
	TOKEN_LEADING_ZERO = 1 << 8,	/* digits that start with 0: "05", "0000" */
	TOKEN_CANDIDATE = 1 << 9	/* may start a figure: digits, a currency sign, a dash, a number word */
};

struct token {
	double			 value;		/* TOKEN_NUMBER */
	const struct lexeme	*lexeme;	/* TOKEN_WORD: NULL when unknown */
	uint32_t		 start, end;	/* bytes in the text, half-open (texts under 4 GB) */
	uint32_t		 sign;		/* TOKEN_SIGN: the code point */
	unsigned short		 flags;
	unsigned char		 type;
	unsigned char		 digits;	/* TOKEN_NUMBER: digits before any decimal point */
};

/*
 * A window of tokens over one text, read on demand.  Indexes are absolute
 * (0 is the text's first token); tokens before the released mark are gone.
 */
struct token_stream {
	const char	*text;
	size_t		 length;
	size_t		 position;	/* the next byte to read */
	struct token	*tokens;
	size_t		 first;		/* the absolute index of tokens[0] */
	size_t		 count;
	size_t		 capacity;
	int		 finished;
};

/*
 * Starts reading text.  A stream that was zeroed, or used before and not yet
 * freed, may be initialized again: its window's memory is kept.
 */
void	token_stream_init(struct token_stream *stream, const char *text, size_t length);
void	token_stream_free(struct token_stream *stream);

/* Reads tokens until index is in the window or the text ends; NULL past the end. */
const struct token *token_read_to(struct token_stream *stream, size_t index);

/* Token index, or NULL past the end; valid until a later index is first read. */
static inline const struct token *
token_at(struct token_stream *stream, size_t index)
{
	if (index >= stream->first && index < stream->first + stream->count)
		return &stream->tokens[index - stream->first];
	return token_read_to(stream, index);
}

/* Allows the tokens before index to be dropped. */
void	token_release(struct token_stream *stream, size_t index);

/* Whether the token at index starts where the one before it ends (no space between). */
int	token_attached(struct token_stream *stream, size_t index);

#endif
