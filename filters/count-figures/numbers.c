/* numbers.c: reads number phrases (digits, number words, scales, fractions) from tokens; no I/O. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "numbers.h"

/* What the last element of a cardinal was, which decides what may follow. */
enum element {
	ELEMENT_NONE,
	ELEMENT_ARTICLE,	/* "a", "an" */
	ELEMENT_UNIT,		/* zero .. nine */
	ELEMENT_TEEN,		/* ten .. nineteen */
	ELEMENT_TENS,		/* twenty .. ninety */
	ELEMENT_DIGITS,
	ELEMENT_HUNDRED,
	ELEMENT_BIG,		/* thousand and up, and abbreviations */
	ELEMENT_DOZEN,
	ELEMENT_AND,
	ELEMENT_POINT
};

struct cardinal {
	double		total;		/* groups already multiplied by a big scale */
	double		group;		/* the hundreds of the current group */
	double		small;		/* the current group below its hundreds */
	double		last_big;	/* the last big scale used, 0 for none */
	double		tens;		/* the tens word that ended the phrase, if any */
	double		before_and;	/* the value before the last "and" */
	int		after_and;	/* the last segment follows "and" */
	int		and_before_tens; /* "and" came right before the closing tens word */
	enum element	last;
	size_t		next;		/* the token after the last element */
	int		words, scaled, article, elements;
};

int
parser_word_rest(const char *text, const struct token *token, const char *word)
{
	size_t length = strlen(word);

	return token->end - token->start == length &&
	    strncasecmp(text + token->start, word, length) == 0;
}

/*
 * The token is fetched once and each word of the list is rejected on its
 * first letter and its length before any comparison of case.
 */
int
parser_word_in(struct parser *parser, size_t index, const char *const *words)
{
	const struct token *token = parser_token(parser, index);
	const char *text;
	size_t length;
	char first;

	if (token == NULL || token->type != TOKEN_WORD)
		return 0;
	text = parser->stream.text + token->start;
	length = token->end - token->start;
	first = (char)(text[0] | 0x20);
	for (; *words != NULL; words++)
		if ((*words)[0] == first && strlen(*words) == length &&
		    strncasecmp(text, *words, length) == 0)
			return 1;
	return 0;
}

unsigned int
parser_roles(struct parser *parser, size_t index)
{
	const struct token *token = parser_token(parser, index);

	if (token == NULL || token->type != TOKEN_WORD || token->lexeme == NULL)
		return 0;
	return token->lexeme->roles;
}

int
parser_sign_is(struct parser *parser, size_t index, uint32_t codepoint)
{
	const struct token *token = parser_token(parser, index);

	return token != NULL && token->type == TOKEN_SIGN && token->sign == codepoint;
}

int
parser_dash(struct parser *parser, size_t index)
{
	const struct token *token = parser_token(parser, index);

	return token != NULL && token->type == TOKEN_SIGN && (token->sign == '-' ||
	    token->sign == 0x2010 || token->sign == 0x2011 || token->sign == 0x2013 ||
	    token->sign == 0x2212);
}

static int
is_digits(const struct token *token)
{
	return token != NULL && token->type == TOKEN_NUMBER &&
	    !(token->flags & (TOKEN_VULGAR | TOKEN_IDENTIFIER));
}

static int
is_article(struct parser *parser, size_t index)
{
	return parser_word_is(parser, index, "a") || parser_word_is(parser, index, "an");
}

static double
cardinal_value(const struct cardinal *c)
{
	return c->total + c->group + c->small;
}

/* The value of a cardinal word at index (a singular one), or -1. */
static double
cardinal_word(struct parser *parser, size_t index)
{
	const struct lexeme *lexeme = parser_lexeme(parser, index);

	if (lexeme == NULL || !(lexeme->roles & ROLE_CARDINAL) || parser_plural(parser, index))
		return -1;
	return lexeme->cardinal;
}

/* The rank of a singular or plural ordinal word at index below ten, or 0. */
static double
unit_ordinal(struct parser *parser, size_t index)
{
	const struct lexeme *lexeme = parser_lexeme(parser, index);

	if (lexeme == NULL || !(lexeme->roles & ROLE_ORDINAL) || lexeme->ordinal >= 10)
		return 0;
	return lexeme->ordinal;
}

/* Whether the element at index can start a new segment after "and". */
static int
continues_after_and(struct parser *parser, size_t index, enum element last)
{
	const struct token *token = parser_token(parser, index);
	double value;

	if (last == ELEMENT_TENS)
		return (value = cardinal_word(parser, index)) > 0 && value < 10;
	if (is_digits(token))
		return !(token->flags & (TOKEN_DECIMAL | TOKEN_EXPONENT)) && token->value > 0;
	return cardinal_word(parser, index) > 0;
}

/* Reads the words after "point" at index as decimal digits; 0 if none follow. */
static int
read_point(struct parser *parser, size_t index, struct cardinal *c)
{
	char digits[40];
	size_t used = 0, j = index + 1;
	double value;

	digits[used++] = '0';
	digits[used++] = '.';
	while ((value = cardinal_word(parser, j)) >= 0 && used + 3 < sizeof(digits)) {
		if (value >= 20 && parser_dash(parser, j + 1) && cardinal_word(parser, j + 2) > 0 &&
		    cardinal_word(parser, j + 2) < 10) {
			value += cardinal_word(parser, j + 2);
			j += 2;
		} else if (value >= 20 && cardinal_word(parser, j + 1) > 0 &&
		    cardinal_word(parser, j + 1) < 10) {
			value += cardinal_word(parser, j + 1);
			j++;
		}
		if (value >= 10)
			digits[used++] = (char)('0' + (int)value / 10);
		digits[used++] = (char)('0' + (int)value % 10);
		j++;
	}
	if (used == 2)
		return 0;
	digits[used] = '\0';
	c->small += strtod(digits, NULL);
	c->next = j;
	c->last = ELEMENT_POINT;
	return 1;
}

/* Whether the "m" at index reads as meters: "50m tall", "100m/s", "20m²". */
static int
meters_after(struct parser *parser, size_t index)
{
	static const char *const words[] = {
		"tall", "high", "long", "deep", "wide", "away", "above", "below", "thick", "across",
		"sprint", "hurdles", "freestyle", "breaststroke", "backstroke", "butterfly", "relay",
		NULL
	};
	const struct token *after = parser_token(parser, index + 1);

	if (after == NULL)
		return 0;
	if (after->type == TOKEN_SIGN && after->start == parser_token(parser, index)->end &&
	    (after->sign == '/' || after->sign == 0xB2 || after->sign == 0xB3))
		return 1;
	if (parser_word_in(parser, index + 1, words))
		return 1;
	return parser_dash(parser, index + 1) && (parser_word_is(parser, index + 2, "long") ||
	    parser_word_is(parser, index + 2, "high") || parser_word_is(parser, index + 2, "tall"));
}

/* The scale of an abbreviation right after digits at index ("k", "bn", "M"), or 0. */
static double
abbreviation_scale(struct parser *parser, size_t index, int money)
{
	const struct token *token = parser_token(parser, index), *after;
	const struct lexeme *lexeme;
	const char *text = parser->stream.text;
	size_t length;
	int attached;

	if (token == NULL || token->type != TOKEN_WORD)
		return 0;
	length = token->end - token->start;
	attached = token_attached(&parser->stream, index);
	if (length == 1 && (text[token->start] == 'm' || text[token->start] == 'M') &&
	    (money || (attached && !meters_after(parser, index))))
		return 1e6;
	lexeme = lexicon_abbreviation(text + token->start, length);
	if ((lexeme == NULL || !(lexeme->roles & ROLE_ABBREVIATION)) && token->lexeme != NULL &&
	    (token->lexeme->roles & ROLE_ABBREVIATION))
		lexeme = token->lexeme;
	if (lexeme == NULL || !(lexeme->roles & ROLE_ABBREVIATION))
		return 0;
	if (length == 1 && !attached) {
		/* "2.33 k" yes, "5 k people" no */
		after = parser_token(parser, index + 1);
		if (after != NULL && after->type == TOKEN_WORD)
			return 0;
	}
	if (length == 1 && (text[token->start] == 'b' || text[token->start] == 'B') && !attached &&
	    !money)
		return 0;
	return lexeme->scale;
}

/* Multiplies the current group, amount, by a scale of a thousand or more, and closes it. */
static void
add_big_scale(struct cardinal *c, double amount, double scale)
{
	c->total += amount * scale;
	c->group = c->small = 0;
	c->last_big = scale;
	c->last = ELEMENT_BIG;
	c->scaled = 1;
	c->elements++;
}

/*
 * Reads a cardinal (digits and number words with scales) at index into c;
 * returns the number of elements read.
 */
static int
read_cardinal(struct parser *parser, size_t index, int money, struct cardinal *c)
{
	struct cardinal saved;
	size_t j = index;

	memset(c, 0, sizeof(*c));
	c->next = index;
	for (;;) {
		const struct token *token = parser_token(parser, j);
		const struct lexeme *lexeme;
		double value, scale;
		int plural;

		if (token == NULL)
			break;
		if (is_digits(token)) {
			if (c->last == ELEMENT_NONE) {
				c->small = token->value;
				c->last = ELEMENT_DIGITS;
				c->next = ++j;
				c->elements++;
				continue;
			}
			if ((token->flags & (TOKEN_DECIMAL | TOKEN_EXPONENT)) || token->value == 0)
				goto conflict;
			if (c->last == ELEMENT_HUNDRED ||
			    (c->last == ELEMENT_AND && c->group != 0 && c->small == 0)) {
				if (token->value >= 100)
					goto conflict;
			} else if (c->last == ELEMENT_BIG || c->last == ELEMENT_AND) {
				if (c->last_big == 0 || token->value >= c->last_big)
					goto conflict;
			} else
				goto conflict;
			c->small = token->value;
			c->last = ELEMENT_DIGITS;
			c->next = ++j;
			c->elements++;
			continue;
		}
		if (token->type != TOKEN_WORD)
			break;
		if (c->last == ELEMENT_NONE && is_article(parser, j)) {
			lexeme = parser_lexeme(parser, j + 1);
			if (lexeme == NULL || !(lexeme->roles & (ROLE_SCALE | ROLE_DOZEN)) ||
			    parser_plural(parser, j + 1))
				break;
			c->article = 1;
			c->last = ELEMENT_ARTICLE;
			j++;
			continue;
		}
		lexeme = token->lexeme;
		plural = (token->flags & TOKEN_PLURAL) != 0;
		if (c->last == ELEMENT_DIGITS && j == index + 1 &&
		    (scale = abbreviation_scale(parser, j, money)) != 0) {
			add_big_scale(c, c->small, scale);
			c->next = ++j;
			continue;
		}
		if (parser_word_is(parser, j, "and") && (c->last == ELEMENT_HUNDRED ||
		    c->last == ELEMENT_BIG || c->last == ELEMENT_TENS) &&
		    continues_after_and(parser, j + 1, c->last)) {
			saved = *c;
			c->before_and = cardinal_value(c);
			c->after_and = 1;
			c->last = ELEMENT_AND;
			j++;
			continue;
		}
		if (parser_word_is(parser, j, "point") && c->words && c->last != ELEMENT_AND &&
		    c->last != ELEMENT_ARTICLE && read_point(parser, j, c))
			c->elements++;
		if (c->last == ELEMENT_POINT)
			break;
		if (lexeme == NULL)
			break;
		if ((lexeme->roles & ROLE_CARDINAL) && !plural) {
			value = lexeme->cardinal;
			if (c->last == ELEMENT_DIGITS || c->last == ELEMENT_ARTICLE)
				break;
			if (value == 0 && c->last != ELEMENT_NONE)
				goto conflict;
			if (value < 10) {
				if (c->last == ELEMENT_UNIT || c->last == ELEMENT_TEEN ||
				    c->last == ELEMENT_DOZEN || c->last == ELEMENT_POINT)
					break;
				c->last = c->last == ELEMENT_TENS && c->small == 0 ? ELEMENT_UNIT
										   : ELEMENT_UNIT;
			} else {
				if (c->last == ELEMENT_UNIT || c->last == ELEMENT_TEEN ||
				    c->last == ELEMENT_TENS || c->last == ELEMENT_DOZEN)
					break;
				c->and_before_tens = c->last == ELEMENT_AND;
				c->tens = value >= 20 ? value : 0;
				c->last = value < 20 ? ELEMENT_TEEN : ELEMENT_TENS;
			}
			c->small += value;
			c->words = 1;
			c->next = ++j;
			c->elements++;
			/* "sixty-one", "fifty - two" */
			if (c->last == ELEMENT_TENS && parser_dash(parser, j) &&
			    (value = cardinal_word(parser, j + 1)) > 0 && value < 10)
				j++;
			continue;
		}
		if ((lexeme->roles & ROLE_SCALE) && lexeme->scale == 100) {
			double times;

			if (c->group != 0)
				goto conflict;
			if (c->last == ELEMENT_UNIT || c->last == ELEMENT_TEEN ||
			    c->last == ELEMENT_TENS || c->last == ELEMENT_DIGITS)
				times = c->small;
			else if ((c->last == ELEMENT_NONE && !plural) || c->last == ELEMENT_ARTICLE)
				times = 1;
			else
				goto conflict;
			c->group = times * 100;
			c->small = 0;
			c->last = ELEMENT_HUNDRED;
			c->words = c->scaled = 1;
			c->next = ++j;
			c->elements++;
			if (plural)
				break;
			continue;
		}
		if (lexeme->roles & ROLE_SCALE) {
			double current = c->group + c->small;

			scale = lexeme->scale;
			if (c->last == ELEMENT_ARTICLE)
				current = 1;
			else if (c->last == ELEMENT_NONE || c->last == ELEMENT_AND ||
			    c->last == ELEMENT_POINT)
				break;
			if (current == 0) {
				if (c->last != ELEMENT_BIG || plural)
					break;
				c->total *= scale;	/* "three lakh crore" */
				c->last_big = scale;
				c->next = ++j;
				continue;
			}
			if (c->last_big != 0 && scale >= c->last_big)
				goto conflict;
			add_big_scale(c, current, scale);
			c->words = 1;
			c->next = ++j;
			if (plural)
				break;
			continue;
		}
		if (lexeme->roles & ROLE_DOZEN) {
			if (c->last == ELEMENT_ARTICLE)
				c->small = 1;
			else if (c->last != ELEMENT_UNIT && c->last != ELEMENT_TEEN &&
			    c->last != ELEMENT_TENS && c->last != ELEMENT_DIGITS)
				break;
			c->small *= 12;
			c->last = ELEMENT_DOZEN;
			c->words = 1;
			c->next = ++j;
			c->elements++;
			break;
		}
		break;
conflict:
		if (c->after_and)
			*c = saved;
		break;
	}
	if (c->last == ELEMENT_AND || c->last == ELEMENT_ARTICLE) {
		/* never end on "and" or "a": the phrase ended before them */
		c->last = c->last == ELEMENT_AND ? ELEMENT_DIGITS : ELEMENT_NONE;
	}
	return c->elements;
}

/* The value of the denominator word at index for a fraction, or 0 when it cannot be one. */
static double
denominator_at(struct parser *parser, size_t index, int scale_ordinals)
{
	const struct lexeme *lexeme = parser_lexeme(parser, index);

	if (lexeme == NULL || !(lexeme->roles & ROLE_DENOMINATOR))
		return 0;
	if ((lexeme->roles & ROLE_ORDINAL) && lexeme->ordinal <= 2)
		return 0;
	if ((lexeme->roles & ROLE_ORDINAL) && lexeme->ordinal >= 100 && !scale_ordinals)
		return 0;
	return lexeme->denominator;
}

/* Reads a compound denominator ("twenty-first", "twenty fifths") at index; 0 when none. */
static double
compound_denominator(struct parser *parser, size_t index, size_t *next)
{
	double tens = cardinal_word(parser, index), rank;
	size_t k = index + 1;

	if (tens < 20 || fmod(tens, 10) != 0)
		return 0;
	if (parser_dash(parser, k))
		k++;
	if ((rank = unit_ordinal(parser, k)) == 0)
		return 0;
	*next = k + 1;
	return tens + rank;
}

/* Multiplies a fraction by a scale that follows it ("half million", "two thirds of a million"). */
static void
scale_after_fraction(struct parser *parser, struct number *number, double whole, double fraction,
    double whole_scale)
{
	size_t k = number->next;
	const struct lexeme *lexeme;

	if (parser_word_is(parser, k, "of") && is_article(parser, k + 1))
		k += 2;
	lexeme = parser_lexeme(parser, k);
	if (lexeme == NULL || !(lexeme->roles & ROLE_SCALE) || parser_plural(parser, k) ||
	    lexeme->scale < 1000)
		return;
	if (whole_scale > lexeme->scale)
		number->value = whole + fraction * lexeme->scale;
	else
		number->value = (whole + fraction) * lexeme->scale;
	number->scaled = 1;
	number->next = k + 1;
}

/* Reads a fraction or ordinal that ends the cardinal c; returns 1 when one was read. */
static int
read_fraction_words(struct parser *parser, const struct cardinal *c, struct number *number)
{
	size_t j = c->next, k;
	double whole = cardinal_value(c), denominator, rank, numerator;
	const struct lexeme *lexeme;
	int plural;

	/* "twenty-first" (ordinal), "thirty-fifths" after "one hundred" (a denominator) */
	if (c->last == ELEMENT_TENS) {
		k = parser_dash(parser, j) ? j + 1 : j;
		if ((rank = unit_ordinal(parser, k)) != 0) {
			plural = parser_plural(parser, k);
			if (!plural) {
				number->value = whole + rank;
				number->ordinal = 1;
				number->next = k + 1;
				return 1;
			}
			if (rank < 3 && whole - c->tens == 0)
				return 0;
			if (whole - c->tens != 0 && !c->and_before_tens)
				number->value = (whole - c->tens) / (c->tens + rank);
			else
				number->value = whole / rank;
			number->fraction = 1;
			number->next = k + 1;
			return 1;
		}
	}
	/* "three twenty-firsts", "one twenty-fifth" */
	if ((denominator = compound_denominator(parser, j, &k)) != 0 &&
	    (parser_plural(parser, k - 1) || whole == 1)) {
		number->value = whole / denominator;
		number->fraction = 1;
		number->next = k;
		return 1;
	}
	/* "one hundred thousandth", "two millionth": ranks (with "a" or a plural they are fractions) */
	if (c->words && !c->article && !c->after_and && !parser_plural(parser, j) &&
	    (lexeme = parser_lexeme(parser, j)) != NULL && (lexeme->roles & ROLE_ORDINAL) &&
	    lexeme->ordinal >= 100) {
		number->value = whole * lexeme->ordinal;
		number->ordinal = 1;
		number->next = j + 1;
		return 1;
	}
	/* "two thirds", "a hundred trillionths", "two and fifty-four hundredths", "one-eighth" */
	if (parser_dash(parser, j) &&
	    denominator_at(parser, j + 1, c->article || c->after_and) != 0)
		j++;
	denominator = denominator_at(parser, j, c->article || c->after_and);
	if (denominator != 0) {
		lexeme = parser_lexeme(parser, j);
		plural = parser_plural(parser, j);
		numerator = whole - c->before_and;
		if (!plural && whole != 1 && !(c->after_and && numerator < denominator) &&
		    !(lexeme->roles & ROLE_ORDINAL && c->last == ELEMENT_UNIT)) {
			if (!(lexeme->roles & ROLE_ORDINAL) ||
			    (c->last != ELEMENT_HUNDRED && c->last != ELEMENT_BIG))
				return 0;
			number->value = whole + lexeme->ordinal;	/* "one hundred fifth" */
			number->ordinal = 1;
			number->next = j + 1;
			return 1;
		}
		if (c->after_and && numerator < denominator) {
			double fraction = numerator / denominator;

			if (c->last_big >= 1e6 && c->group == 0)
				fraction *= c->last_big;
			number->value = c->before_and + fraction;
			number->next = j + 1;
			number->fraction = 1;
			scale_after_fraction(
			    parser, number, c->before_and, numerator / denominator, c->last_big);
			return 1;
		}
		number->value = whole / denominator;
		number->next = j + 1;
		number->fraction = 1;
		scale_after_fraction(parser, number, 0, whole / denominator, 0);
		return 1;
	}
	/* "one hundred and eleventh", "two thousand and fifth" */
	if (parser_word_is(parser, j, "and") && (c->last == ELEMENT_HUNDRED || c->last == ELEMENT_BIG) &&
	    (lexeme = parser_lexeme(parser, j + 1)) != NULL && (lexeme->roles & ROLE_ORDINAL) &&
	    !parser_plural(parser, j + 1) && lexeme->ordinal < 100) {
		number->value = whole + lexeme->ordinal;
		number->ordinal = 1;
		number->next = j + 2;
		return 1;
	}
	/* "one and a half", "3 million and a quarter", "forty two and a third" */
	if (parser_word_is(parser, j, "and")) {
		k = j + 1;
		if (is_article(parser, k)) {
			numerator = 1;
			k++;
		} else {
			struct cardinal part;

			if (read_cardinal(parser, k, 0, &part) == 0 || part.scaled ||
			    part.last == ELEMENT_POINT)
				return 0;
			numerator = cardinal_value(&part);
			k = part.next;
		}
		if ((denominator = compound_denominator(parser, k, &k)) == 0) {
			denominator = denominator_at(parser, k, 1);
			k++;
		}
		if (denominator == 0 || numerator >= denominator)
			return 0;
		number->value = whole + numerator / denominator *
		    (c->last_big >= 1e6 && c->group == 0 && c->small == 0 ? c->last_big : 1);
		number->next = k;
		number->fraction = 1;
		scale_after_fraction(parser, number, whole, numerator / denominator, c->last_big);
		return 1;
	}
	return 0;
}

/* Reads "over", "out of" and "in" fractions after the cardinal c ("one in five"). */
static int
read_ratio(struct parser *parser, const struct cardinal *c, int money, struct number *number)
{
	struct cardinal under;
	size_t j = c->next, k;
	const struct token *after;
	double whole = cardinal_value(c);
	int over = parser_word_is(parser, j, "over");

	if (over)
		k = j + 1;
	else if (parser_word_is(parser, j, "out") && parser_word_is(parser, j + 1, "of"))
		k = j + 2;
	else if (parser_word_is(parser, j, "in"))
		k = j + 1;
	else
		return 0;
	if (c->last == ELEMENT_DOZEN || c->last == ELEMENT_POINT)
		return 0;
	if (is_article(parser, k))
		return 0;
	if (read_cardinal(parser, k, money, &under) == 0 || cardinal_value(&under) == 0)
		return 0;
	after = parser_token(parser, under.next);
	if (over) {
		if (after != NULL && (after->type == TOKEN_WORD || after->type == TOKEN_NUMBER))
			return 0;
	} else {
		if (whole >= cardinal_value(&under) || cardinal_value(&under) > 1000)
			return 0;
		if (parser_roles(parser, under.next) & (ROLE_TIME | ROLE_UNIT | ROLE_CURRENCY))
			return 0;
		if (!c->words && !under.words && cardinal_value(&under) >= 1000)
			return 0;
	}
	number->value = whole / cardinal_value(&under);
	number->next = under.next;
	number->fraction = 1;
	number->words |= under.words;
	return 1;
}

/* Reads "3/4", "2 1/4" and "2½" after digits; returns 1 when read. */
static int
read_fraction_digits(struct parser *parser, const struct cardinal *c, struct number *number)
{
	size_t j = c->next;
	const struct token *slash = parser_token(parser, j), *under, *over, *vulgar;
	double whole = cardinal_value(c);

	if (c->last != ELEMENT_DIGITS || c->elements != 1)
		return 0;
	vulgar = parser_token(parser, j);
	if (vulgar != NULL && (vulgar->flags & TOKEN_VULGAR)) {
		number->value = whole + vulgar->value;
		number->next = j + 1;
		number->fraction = 1;
		return 1;
	}
	if (slash != NULL && slash->type == TOKEN_SIGN && slash->sign == '/' &&
	    token_attached(&parser->stream, j) && token_attached(&parser->stream, j + 1)) {
		under = parser_token(parser, j + 1);
		if (!is_digits(under) || under->value == 0 ||
		    (under->flags & (TOKEN_DECIMAL | TOKEN_GROUPED)))
			return 0;
		if (parser_sign_is(parser, j + 2, '/') || parser_dash(parser, j + 2))
			return 0;	/* a date: "5/17/2018" */
		if (whole >= under->value && !(whole == 0))
			return 0;
		if (whole == 9 && under->value == 11)
			return 0;
		number->value = whole / under->value;
		number->next = j + 2;
		number->fraction = 1;
		return 1;
	}
	/* "2 1/4": a whole number, then a fraction */
	over = parser_token(parser, j);
	if (is_digits(over) && !token_attached(&parser->stream, j) &&
	    !(over->flags & TOKEN_DECIMAL) && parser_sign_is(parser, j + 1, '/') &&
	    token_attached(&parser->stream, j + 1) && token_attached(&parser->stream, j + 2)) {
		under = parser_token(parser, j + 2);
		if (!is_digits(under) || over->value >= under->value ||
		    parser_sign_is(parser, j + 3, '/'))
			return 0;
		number->value = whole + over->value / under->value;
		number->next = j + 3;
		number->fraction = 1;
		return 1;
	}
	return 0;
}

/* Reads a phrase that begins with a fraction word: "half", "a third", "quarter million". */
static int
read_leading_fraction(struct parser *parser, size_t index, struct number *number)
{
	size_t j = index, k;
	double denominator;
	int article = is_article(parser, j);

	if (article)
		j++;
	if (parser_word_is(parser, j, "half")) {
		number->next = j + 1;
		number->value = 0.5;
		number->fraction = 1;
		number->article = article;
		/* "half a dozen", "half a million" */
		if (is_article(parser, j + 1) && (parser_roles(parser, j + 2) & ROLE_DOZEN)) {
			number->value = 6;
			number->next = j + 3;
			return 1;
		}
		if (is_article(parser, j + 1) && (parser_roles(parser, j + 2) & ROLE_SCALE) &&
		    !parser_plural(parser, j + 2) && parser_lexeme(parser, j + 2)->scale >= 1000) {
			number->value = 0.5 * parser_lexeme(parser, j + 2)->scale;
			number->next = j + 3;
			number->scaled = 1;
			return 1;
		}
		scale_after_fraction(parser, number, 0, 0.5, 0);
		return 1;
	}
	if (!article && parser_word_is(parser, j, "quarter")) {
		number->next = j + 1;
		number->value = 0.25;
		scale_after_fraction(parser, number, 0, 0.25, 0);
		return number->scaled;
	}
	if (!article)
		return 0;
	if ((denominator = compound_denominator(parser, j, &k)) == 0) {
		denominator = denominator_at(parser, j, 1);
		k = j + 1;
		if (denominator == 0 || parser_plural(parser, j))
			return 0;
	}
	/* "a third quarter", "a second term" are ordinals */
	if (parser_token(parser, k) != NULL && parser_token(parser, k)->type == TOKEN_WORD &&
	    !parser_word_is(parser, k, "of") && !(parser_roles(parser, k) & ROLE_SCALE) &&
	    !parser_word_is(parser, k, "more") && !parser_word_is(parser, k, "less"))
		return 0;
	number->value = 1 / denominator;
	number->next = k;
	number->fraction = 1;
	number->article = 1;
	scale_after_fraction(parser, number, 0, 1 / denominator, 0);
	return 1;
}

/* Reads a sign or "minus" at index; returns the index of the number after it. */
static size_t
read_sign(struct parser *parser, size_t index, int *negative)
{
	const struct token *after = parser_token(parser, index + 1), *before;

	*negative = 0;
	if (parser_word_is(parser, index, "minus") || parser_word_is(parser, index, "negative")) {
		*negative = 1;
		return index + 1;
	}
	if (!parser_dash(parser, index) || after == NULL ||
	    (after->type != TOKEN_NUMBER && !(index == 0 && after->type == TOKEN_WORD)))
		return index;
	if (index == 0) {
		*negative = 1;
		return index + 1;
	}
	if (!token_attached(&parser->stream, index + 1))
		return index;
	before = parser_token(parser, index - 1);
	if (before != NULL && token_attached(&parser->stream, index) &&
	    (before->type != TOKEN_SIGN || before->sign == '/' || before->sign == '-' ||
		before->sign == '.'))
		return index;
	*negative = 1;
	return index + 1;
}

int
number_parse(struct parser *parser, size_t index, int money, struct number *number)
{
	struct cardinal c;
	const struct token *first;
	size_t j;
	int negative;

	memset(number, 0, sizeof(*number));
	number->first = index;
	j = read_sign(parser, index, &negative);
	first = parser_token(parser, j);
	if (first == NULL)
		return 0;
	number->negative = negative;
	if (first->type == TOKEN_NUMBER) {
		number->flags = first->flags;
		number->digits = first->digits;
	}
	if (first->flags & TOKEN_IDENTIFIER)
		return 0;
	if (first->flags & TOKEN_VULGAR) {
		number->value = first->value;
		number->next = j + 1;
		number->fraction = 1;
	} else if (read_leading_fraction(parser, j, number)) {
		number->words = 1;
	} else if (read_cardinal(parser, j, money, &c) > 0) {
		number->value = cardinal_value(&c);
		number->next = c.next;
		number->words = c.words;
		number->scaled = c.scaled;
		number->article = c.article;
		if (!read_fraction_words(parser, &c, number) &&
		    !read_ratio(parser, &c, money, number))
			read_fraction_digits(parser, &c, number);
		number->digits_only = !negative && c.elements == 1 && c.last == ELEMENT_DIGITS &&
		    number->next == j + 1;
	} else
		return 0;
	if (negative)
		number->value = -number->value;
	return 1;
}

int
number_ordinal_words(struct parser *parser, size_t index, struct number *number)
{
	const struct lexeme *lexeme = parser_lexeme(parser, index);
	size_t k;
	double rank;

	memset(number, 0, sizeof(*number));
	number->first = index;
	if ((rank = compound_denominator(parser, index, &k)) != 0 &&
	    !parser_plural(parser, k - 1)) {
		number->value = rank;
		number->next = k;
		number->ordinal = number->words = 1;
		return 1;
	}
	if (lexeme == NULL || !(lexeme->roles & ROLE_ORDINAL) || parser_plural(parser, index))
		return 0;
	number->value = lexeme->ordinal;
	number->next = index + 1;
	number->ordinal = number->words = 1;
	return 1;
}
