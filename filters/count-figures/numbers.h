/* numbers.h: reads one number phrase ("1.2 million", "twenty-one", "two thirds") from tokens; no I/O. */
#ifndef NEWSPIPE_NUMBERS_H
#define NEWSPIPE_NUMBERS_H

#include <stddef.h>
#include <stdint.h>

#include "scanner.h"

/* Tokens a figure may span; the parser sees the text as ending beyond that. */
#define PARSER_LOOKAHEAD	48

struct parser {
	struct token_stream	 stream;
	size_t			 limit;		/* tokens after limit read as NULL */
};

/* Token index, or NULL past the end or the limit. */
static inline const struct token *
parser_token(struct parser *parser, size_t index)
{
	if (index > parser->limit)
		return NULL;
	return token_at(&parser->stream, index);
}

/* Whether token, whose first letter matches, spells word (lower case) in any case. */
int	parser_word_rest(const char *text, const struct token *token, const char *word);

/* Whether token index is a word equal to word (given in lower case; the text in any case). */
static inline int
parser_word_is(struct parser *parser, size_t index, const char *word)
{
	const struct token *token = parser_token(parser, index);

	if (token == NULL || token->type != TOKEN_WORD ||
	    (parser->stream.text[token->start] | 0x20) != word[0])
		return 0;
	return parser_word_rest(parser->stream.text, token, word);
}

/* Whether token index is a word of words (lower case, ended by NULL). */
int	parser_word_in(struct parser *parser, size_t index, const char *const *words);

/* The lexicon roles of token index (0 for signs, numbers and unknown words). */
unsigned int parser_roles(struct parser *parser, size_t index);

/* Whether the token at index starts where the one before it ends. */
static inline int
parser_attached(struct parser *parser, size_t index)
{
	return token_attached(&parser->stream, index);
}

/* Whether t is digits (not a fraction sign). */
static inline int
token_is_number(const struct token *t)
{
	return t != NULL && t->type == TOKEN_NUMBER && !(t->flags & TOKEN_VULGAR);
}

static inline int
token_is_word(const struct token *t)
{
	return t != NULL && t->type == TOKEN_WORD;
}

/* Whether token index is a word read as a plural of its entry ("dollars"). */
static inline int
parser_plural(struct parser *parser, size_t index)
{
	const struct token *t = parser_token(parser, index);

	return t != NULL && (t->flags & TOKEN_PLURAL);
}

/* The lexicon entry of the word at index, or NULL. */
static inline const struct lexeme *
parser_lexeme(struct parser *parser, size_t index)
{
	const struct token *t = parser_token(parser, index);

	return token_is_word(t) ? t->lexeme : NULL;
}

/* The case-sensitive abbreviation ("km", "GW", "TRY") at index, or NULL. */
static inline const struct lexeme *
parser_abbreviation(struct parser *parser, size_t index)
{
	const struct token *t = parser_token(parser, index);

	if (!token_is_word(t))
		return NULL;
	return lexicon_abbreviation(parser->stream.text + t->start, t->end - t->start);
}

/* The ISO code of a currency sign at index, or NULL. */
static inline const char *
parser_currency_sign(struct parser *parser, size_t index)
{
	const struct token *t = parser_token(parser, index);

	return t != NULL && t->type == TOKEN_SIGN ? lexicon_currency_sign(t->sign) : NULL;
}

/* Whether token index is the sign codepoint. */
int	parser_sign_is(struct parser *parser, size_t index, uint32_t codepoint);

/* Whether token index is a hyphen, dash or minus sign. */
int	parser_dash(struct parser *parser, size_t index);

struct number {
	double	value;
	size_t	first, next;	/* tokens [first, next) */
	int	words;		/* number words take part ("two", "hundred") */
	int	digits_only;	/* one token of digits, nothing else, no sign */
	int	scaled;		/* a scale word or abbreviation takes part */
	int	fraction;	/* a fraction takes part */
	int	article;	/* begins with "a"/"an" ("a dozen") */
	int	ordinal;	/* the phrase ends as an ordinal: value is the rank */
	int	negative;
	unsigned short flags;	/* the first number token's TOKEN_ flags */
	unsigned char digits;	/* the first number token's integer digits */
};

/*
 * Reads the number phrase that starts at token index: an optional sign or
 * "minus", digits or number words with scales, fractions and decimals.
 * Returns 0 when no number starts there.  money is set when a currency was
 * seen, so that "m" reads as "million".
 */
int	number_parse(struct parser *parser, size_t index, int money, struct number *number);

/* Reads an ordinal word phrase ("first", "twenty-first", "hundredth") at index. */
int	number_ordinal_words(struct parser *parser, size_t index, struct number *number);

#endif
