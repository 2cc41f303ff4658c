/* figures.c: finds counts, money, percents, dates, durations, ordinals and quantities in records; no I/O. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "dates.h"
#include "figures.h"
#include "numbers.h"
#include "suffixes.h"
#include "utf8.h"

/* Tokens kept behind the current one, for hedges such as "as many as". */
#define LOOKBEHIND	16

enum outcome {
	OUTCOME_NONE,		/* nothing starts here */
	OUTCOME_FIGURE,		/* a figure, ending at figure->next */
	OUTCOME_SKIP		/* not a figure up to figure->next (an id, a phone number) */
};

static int
integral(double value)
{
	return value == floor(value);
}

/* Whether the text before token index ends a sentence (or there is none). */
static int
sentence_start(struct parser *parser, size_t index)
{
	const struct token *before = index > 0 ? parser_token(parser, index - 1) : NULL;

	if (before == NULL)
		return 1;
	if (before->type != TOKEN_SIGN)
		return 0;
	return before->sign == '.' || before->sign == '!' || before->sign == '?' ||
	    before->sign == ':' || before->sign == '"' || before->sign == 0x201C ||
	    before->sign == '(' || before->sign == 0x2014;
}

/* Adds cents after money: "3 dollars 50 cents", "thirteen dollars and forty-five". */
static void
read_cents(struct parser *parser, struct figure *figure, int after_sign)
{
	struct number cents;
	struct suffix unit;
	size_t j = figure->next;
	int and = parser_word_is(parser, j, "and");
	double subunit = 0.01;

	if (!integral(figure->value) || figure->scale != 1)
		return;
	if (and)
		j++;
	if (after_sign && !and)
		return;
	if (!number_parse(parser, j, 0, &cents) || cents.negative || cents.fraction ||
	    !integral(cents.value) || cents.value <= 0 || cents.value >= 100 || cents.scaled)
		return;
	if ((after_sign && !cents.words) ||
	    (token_is_word(parser_token(parser, cents.next)) &&
		parser_attached(parser, cents.next)))
		return;
	if (figure->unit != NULL && strcmp(figure->unit, "CNY") == 0 &&
	    parser_word_is(parser, cents.next, "mao")) {
		figure->value += cents.value * 0.1;
		figure->next = cents.next + 1;
		if (number_parse(parser, figure->next, 0, &cents) && cents.value < 10 &&
		    cents.value > 0 && !suffix_measured(parser, cents.next)) {
			figure->value += cents.value * 0.01;
			figure->next = cents.next;
		}
		return;
	}
	if (parser_word_is(parser, cents.next, "cent") ||
	    parser_word_is(parser, cents.next, "cents") ||
	    parser_word_is(parser, cents.next, "pence") ||
	    parser_word_is(parser, cents.next, "p")) {
		figure->value += cents.value * subunit;
		figure->next = cents.next + 1;
		return;
	}
	if (suffix_measured(parser, cents.next) || (parser_roles(parser, cents.next) & ROLE_TIME) ||
	    suffix_unit(parser, cents.next, 0, &unit))
		return;
	figure->value += cents.value * subunit;
	figure->next = cents.next;
}

/* Fills figure from a number and what follows it. */
static void
set_number(struct figure *figure, const struct number *number)
{
	figure->value = number->value;
	figure->first = number->first;
	figure->next = number->next;
	figure->scale = 1;
	figure->unit = NULL;
	figure->kind = FIGURE_COUNT;
}

/* The scale a number was multiplied by, when it ends with a scale ("3.2 million"). */
static double
number_scale(struct parser *parser, const struct number *number)
{
	const struct lexeme *entry;
	const struct token *t;

	if (!number->scaled || number->next == 0)
		return 1;
	entry = parser_lexeme(parser, number->next - 1);
	if (entry != NULL && (entry->roles & (ROLE_SCALE | ROLE_ABBREVIATION)))
		return entry->scale;
	t = parser_token(parser, number->next - 1);
	if (token_is_word(t) &&
	    (entry = lexicon_abbreviation(parser->stream.text + t->start, t->end - t->start)) !=
		NULL)
		return entry->scale;
	return 1;
}

/* The code a word right before the "$" at index gives it ("US$", "C$", "HK $", "nzd$"), or NULL. */
static const char *
prefix_before_dollar(struct parser *parser, size_t index)
{
	const struct token *t, *dollar = parser_token(parser, index);
	const struct lexeme *entry;
	size_t length;

	if (index == 0 || index - 1 < parser->stream.first || dollar == NULL || dollar->sign != '$')
		return NULL;
	t = parser_token(parser, index - 1);
	entry = parser_lexeme(parser, index - 1);
	if (entry == NULL || !(entry->roles & ROLE_CURRENCY_PREFIX))
		return NULL;
	/* one letter only in capitals and glued ("C$", "A$"), but PTB's "c $" too */
	length = t->end - t->start;
	if (length == 1 && !parser_word_is(parser, index - 1, "c") &&
	    !((t->flags & TOKEN_UPPER) && parser_attached(parser, index)))
		return NULL;
	return entry->currency.code;
}

/* Money written with the currency first: "$75 bln", "US$ 5", "USD 200", "MAUD 60". */
static enum outcome
read_money_prefix(struct parser *parser, size_t index, struct figure *figure)
{
	struct number number;
	struct suffix same;
	const struct lexeme *entry = parser_lexeme(parser, index), *code_entry;
	const struct token *t = parser_token(parser, index);
	const char *code = NULL;
	double factor = 1;
	size_t j = index;
	int sign = 0;

	if ((code = parser_currency_sign(parser, j)) != NULL) {
		const char *prefixed = prefix_before_dollar(parser, j);

		if (prefixed != NULL) {
			code = prefixed;
			index--;
		}
		sign = 1;
		j++;
	} else if (token_is_word(t)) {
		code_entry = parser_abbreviation(parser, j);
		if (entry != NULL && (entry->roles & ROLE_CURRENCY_PREFIX) &&
		    parser_sign_is(parser, j + 1, '$') && prefix_before_dollar(parser, j + 1) != NULL) {
			code = entry->currency.code;	/* "usd$ 15", "nzd$15" */
			sign = 1;
			j += 2;
		} else if (entry != NULL && (entry->roles & ROLE_CURRENCY) &&
		    entry->currency.code != NULL &&
		    (t->end - t->start == 3 || t->end - t->start == 4 ||
			parser_word_is(parser, j, "dollar") || parser_word_is(parser, j, "euro") ||
			parser_word_is(parser, j, "rs")) &&
		    !parser_plural(parser, j)) {
			code = entry->currency.code;
			factor = entry->currency.factor;
			j++;
			if (parser_sign_is(parser, j, '.'))
				j++;
			if (parser_sign_is(parser, j, '$'))
				j++;
		} else if (code_entry != NULL && (code_entry->roles & ROLE_CURRENCY)) {
			code = code_entry->currency.code;
			j++;
		}
	}
	if (code == NULL || !token_is_number(parser_token(parser, j)) ||
	    !number_parse(parser, j, 1, &number))
		return OUTCOME_NONE;
	if (number.negative || (!sign && (suffix_percent(parser, number.next, &same) ||
	    suffix_unit(parser, number.next, 0, &same))))
		return OUTCOME_NONE;
	set_number(figure, &number);
	figure->first = index;
	figure->kind = FIGURE_MONEY;
	figure->unit = code;
	figure->scale = number_scale(parser, &number);
	figure->value = number.value * factor;
	/* a trailing word of the same currency: "$ 10 dollars" */
	if (suffix_currency(parser, figure->next, &same) && same.unit != NULL &&
	    strcmp(same.unit, code) == 0 && same.factor == 1 &&
	    parser_currency_sign(parser, figure->next) == NULL)
		figure->next = same.next;
	read_cents(parser, figure, 1);
	return OUTCOME_FIGURE;
}

/* Whether the capitalized word at index is one that often starts a sentence ("In 2008 ..."). */
static int
sentence_word(struct parser *parser, size_t index)
{
	static const char *const words[] = {
		"in", "on", "at", "by", "for", "from", "since", "until", "of", "about", "around", "over",
		"under", "after", "before", "during", "between", "some", "only", "nearly", "almost",
		"just", "and", "but", "or", "the", "a", "an", "with", "without", "to", "up", "all",
		"another", "last", "next", "top", "about", "roughly", "approximately", "another", "than",
		"by", "through", "across", "among", "within", "per", "as", "each", "every", "another",
		"those", "these", "then", "now", "by", "of", "lost", "won", "got", "had", "has", "was",
		"were", "are", "is", "be", "it", "we", "they", "he", "she", "i", "you", "there", "here",
		NULL
	};

	if (parser_lexeme(parser, index) != NULL)
		return 1;
	return parser_word_in(parser, index, words);
}

/* Whether the number token at index is part of an identifier: "G7", "COP26", "F-35", "Boeing 747". */
static int
identifier_number(struct parser *parser, size_t index)
{
	const struct token *t = parser_token(parser, index),
			   *before = index > 0 ? parser_token(parser, index - 1) : NULL;
	const struct token *after = parser_token(parser, index + 1);
	const struct lexeme *entry;

	if (t->flags & TOKEN_IDENTIFIER)
		return 1;
	if (before != NULL && token_is_word(before) && before->end == t->start)
		return 1;
	if (before != NULL && before->type == TOKEN_SIGN && before->end == t->start &&
	    (before->sign == '-' || before->sign == '#') && index >= 2) {
		const struct token *name = parser_token(parser, index - 2);

		if (token_is_word(name) && name->end == before->start &&
		    (name->flags & TOKEN_CAPITALIZED) &&
		    !(parser_roles(parser, index - 2) & (ROLE_MONTH | ROLE_WEEKDAY)))
			return 1;
	}
	/* decades ("1990s") are not figures */
	if (after != NULL && after->start == t->end && parser_word_is(parser, index + 1, "s") &&
	    t->digits == 4)
		return 1;
	/* digits glued to an unknown word: "11a", "3D", "5G network" */
	if (after != NULL && token_is_word(after) && after->start == t->end) {
		const char *text = parser->stream.text + after->start;
		size_t length = after->end - after->start;

		entry = lexicon_abbreviation(text, length);
		if (length == 1 && text[0] == 'G' && token_is_word(parser_token(parser, index + 2)))
			return 1;
		if (entry == NULL && after->lexeme == NULL && !(length == 2 && (
		    strncasecmp(text, "st", 2) == 0 || strncasecmp(text, "nd", 2) == 0 ||
		    strncasecmp(text, "rd", 2) == 0 || strncasecmp(text, "th", 2) == 0)))
			return 1;
	}
	/* "Boeing 747", "Windows 10", "No. 10" */
	if (before != NULL && token_is_word(before) && (before->flags & TOKEN_CAPITALIZED) &&
	    !(t->flags & (TOKEN_GROUPED | TOKEN_DECIMAL)) &&
	    !(sentence_start(parser, index - 1) && sentence_word(parser, index - 1)) &&
	    !((before->flags & TOKEN_UPPER) && before->end - before->start == 2) &&
	    !(date_plain_year(t) && t->value >= 1800 && t->value <= 2100) &&
	    (before->lexeme == NULL || !(before->lexeme->roles & (ROLE_MONTH | ROLE_WEEKDAY |
	    ROLE_CURRENCY | ROLE_CARDINAL | ROLE_SCALE))) &&
	    !suffix_measured(parser, index + 1))
		return 1;
	if (before != NULL && before->type == TOKEN_SIGN && before->sign == '.' && index >= 2 &&
	    parser_word_is(parser, index - 2, "no") && (parser_token(parser, index - 2)->flags & TOKEN_CAPITALIZED))
		return 1;
	return 0;
}

/*
 * The number of tokens of a phone number or account number at index
 * ("555-1234", "+1-222-2222/2222", "+44 20 7946 0958", "1111-22223333-4444"), or 0.
 */
static size_t
phone_number(struct parser *parser, size_t index)
{
	size_t j = index, last = index, groups = 0, digits = 0;
	int plus =
	    index > 0 && parser_sign_is(parser, index - 1, '+') && parser_attached(parser, index);
	const struct token *t;

	while ((t = parser_token(parser, j)) != NULL && token_is_number(t) &&
	    !(t->flags & (TOKEN_DECIMAL | TOKEN_GROUPED | TOKEN_EXPONENT))) {
		groups++;
		digits += t->digits;
		last = j++;
		if ((parser_dash(parser, j) || parser_sign_is(parser, j, '/') ||
			parser_sign_is(parser, j, '.')) &&
		    parser_attached(parser, j) && parser_attached(parser, j + 1) &&
		    token_is_number(parser_token(parser, j + 1)))
			j++;
		else if (!(plus && token_is_number(parser_token(parser, j))))
			break;
	}
	if ((groups >= 3 && digits >= 8) || (plus && groups >= 2 && digits >= 7) ||
	    (groups == 2 && parser_token(parser, index)->digits == 3 &&
		parser_token(parser, last)->digits == 4 &&
		!(parser_token(parser, index)->flags & TOKEN_LEADING_ZERO)))
		return last + 1 - index;
	return 0;
}

struct hedge {
	const char		*words[3];	/* the last word first, NULL-padded */
	enum figure_qualifier	 qualifier;
};

/* Hedges before a figure, their words from the figure backwards. */
static const struct hedge hedges[] = {
	{ { "about" }, QUALIFIER_APPROX }, { { "around" }, QUALIFIER_APPROX },
	{ { "approximately" }, QUALIFIER_APPROX }, { { "roughly" }, QUALIFIER_APPROX },
	{ { "nearly" }, QUALIFIER_APPROX }, { { "almost" }, QUALIFIER_APPROX },
	{ { "some" }, QUALIFIER_APPROX }, { { "estimated" }, QUALIFIER_APPROX },
	{ { "circa" }, QUALIFIER_APPROX }, { { "approx" }, QUALIFIER_APPROX },
	{ { "to", "close" }, QUALIFIER_APPROX },
	{ { "than", "more" }, QUALIFIER_MIN }, { { "over" }, QUALIFIER_MIN },
	{ { "above" }, QUALIFIER_MIN }, { { "least", "at" }, QUALIFIER_MIN },
	{ { "of", "excess", "in" }, QUALIFIER_MIN }, { { "of", "upwards" }, QUALIFIER_MIN },
	{ { "exceeding" }, QUALIFIER_MIN }, { { "than", "greater" }, QUALIFIER_MIN },
	{ { "than", "higher" }, QUALIFIER_MIN },
	{ { "than", "less" }, QUALIFIER_MAX }, { { "than", "fewer" }, QUALIFIER_MAX },
	{ { "under" }, QUALIFIER_MAX }, { { "below" }, QUALIFIER_MAX },
	{ { "to", "up" }, QUALIFIER_MAX }, { { "most", "at" }, QUALIFIER_MAX },
	{ { "as", "many", "as" }, QUALIFIER_MAX }, { { "as", "much", "as" }, QUALIFIER_MAX },
	{ { "as", "high", "as" }, QUALIFIER_MAX }, { { "than", "lower" }, QUALIFIER_MAX },
	{ { NULL }, QUALIFIER_NONE }
};

/* Whether the words of hedge end right before token index. */
static int
hedge_matches(struct parser *parser, size_t index, const struct hedge *hedge)
{
	size_t i;

	for (i = 0; i < 3 && hedge->words[i] != NULL; i++)
		if (index < i + 1 || index - i - 1 < parser->stream.first ||
		    !parser_word_is(parser, index - i - 1, hedge->words[i]))
			return 0;
	return 1;
}

/* The hedge written before token index ("about", "more than", "~"). */
static enum figure_qualifier
hedge_before(struct parser *parser, size_t index)
{
	const struct hedge *hedge;
	char first;

	if (index == 0 || index - 1 < parser->stream.first)
		return QUALIFIER_NONE;
	if (parser_sign_is(parser, index - 1, '~'))
		return QUALIFIER_APPROX;
	if (parser_sign_is(parser, index - 1, '>') || parser_sign_is(parser, index - 1, 0x2265))
		return QUALIFIER_MIN;
	if (parser_sign_is(parser, index - 1, '<') || parser_sign_is(parser, index - 1, 0x2264))
		return QUALIFIER_MAX;
	if (!(parser_roles(parser, index - 1) & ROLE_HEDGE))
		return QUALIFIER_NONE;
	first = parser->stream.text[parser_token(parser, index - 1)->start] | 0x20;
	for (hedge = hedges; hedge->words[0] != NULL; hedge++)
		if (hedge->words[0][0] == first && hedge_matches(parser, index, hedge))
			return hedge->qualifier;
	return QUALIFIER_NONE;
}

/* A bare four-digit number read as a year: "in 2008", "the 2008 crisis". */
static int
year_number(struct parser *parser, const struct number *number, size_t index)
{
	const struct token *t = parser_token(parser, index);

	if (!number->digits_only || !date_plain_year(t) || t->value < 1800 || t->value > 2100)
		return 0;
	if (hedge_before(parser, index) != QUALIFIER_NONE)
		return 0;
	if (index > 0 &&
	    (parser_word_is(parser, index - 1, "than") || parser_sign_is(parser, index - 1, '#')))
		return 0;
	return 1;
}

/* Whether the word "one" at index is a pronoun: "one of the", "no one", "the one". */
static int
pronoun_one(struct parser *parser, const struct number *number)
{
	static const char *const after[] = { "of", "another", "who", "that", NULL };
	static const char *const before[] = {
		"no", "the", "any", "every", "each", "this", "that", "which", "someone", "such",
		"next", "last", "other", NULL
	};
	size_t index = number->first;

	if (number->next != index + 1 || !parser_word_is(parser, index, "one"))
		return 0;
	return parser_word_in(parser, index + 1, after) ||
	    (index > 0 && parser_word_in(parser, index - 1, before));
}

/* Whether a capitalized number word belongs to a name: "Mini One", "Formula One", "World War Two". */
static int
name_number(struct parser *parser, const struct number *number)
{
	const struct token *t = parser_token(parser, number->first), *before;

	if (number->first == 0 || !token_is_word(t) || !(t->flags & TOKEN_CAPITALIZED) ||
	    sentence_start(parser, number->first))
		return 0;
	before = parser_token(parser, number->first - 1);
	return token_is_word(before) && (before->flags & TOKEN_CAPITALIZED) &&
	    (before->lexeme == NULL || !(before->lexeme->roles & (ROLE_MONTH | ROLE_WEEKDAY)));
}

/* Whether a lone "half" or "quarter" at index is a noun ("first half", "third quarter"). */
static int
period_noun(struct parser *parser, const struct number *number)
{
	size_t index = number->first;
	const struct lexeme *before = index > 0 ? parser_lexeme(parser, index - 1) : NULL;

	if (number->next != index + 1 && !(number->article && number->next == index + 2))
		return 0;
	if (!parser_word_is(parser, number->next - 1, "half") &&
	    !parser_word_is(parser, number->next - 1, "quarter"))
		return 0;
	if (before != NULL && (before->roles & ROLE_ORDINAL))
		return 1;
	if (parser_word_is(parser, index - 1, "the") || parser_word_is(parser, index - 1, "this") ||
	    parser_word_is(parser, index - 1, "that") ||
	    parser_word_is(parser, index - 1, "each") || parser_word_is(parser, index - 1, "per"))
		return 1;
	return parser_dash(parser, number->next) && parser_attached(parser, number->next);
}

/* The number of tokens of a time of day at index ("9:30", "11:35 a.m.", "9:12PM"), or 0. */
static size_t
clock_time(struct parser *parser, size_t index)
{
	const struct token *minutes = parser_token(parser, index + 2);
	size_t next = index + 3;

	if (parser_token(parser, index)->digits > 2 || !parser_sign_is(parser, index + 1, ':') ||
	    !parser_attached(parser, index + 1) || !parser_attached(parser, index + 2) ||
	    !token_is_number(minutes) || minutes->digits != 2)
		return 0;
	/* seconds, then "a.m.", "pm" */
	if (parser_sign_is(parser, next, ':') && parser_attached(parser, next) &&
	    token_is_number(parser_token(parser, next + 1)) && parser_attached(parser, next + 1))
		next += 2;
	if (parser_word_is(parser, next, "am") || parser_word_is(parser, next, "pm"))
		next++;
	else if ((parser_word_is(parser, next, "a") || parser_word_is(parser, next, "p")) &&
	    parser_sign_is(parser, next + 1, '.') && parser_word_is(parser, next + 2, "m")) {
		next += 3;
		if (parser_sign_is(parser, next, '.'))
			next++;
	}
	return next - index;
}

/* Reads "3rd", "21st" at index. */
static int
read_digit_ordinal(struct parser *parser, size_t index, struct figure *figure)
{
	const struct token *t = parser_token(parser, index);
	long value;
	const char *expected;

	/* past 1e15 a double no longer holds every whole number: no ordinal */
	if (!token_is_number(t) || (t->flags & (TOKEN_DECIMAL | TOKEN_EXPONENT)) ||
	    !parser_attached(parser, index + 1) || !(t->value >= 0 && t->value < 1e15))
		return 0;
	value = (long)t->value;
	expected = value % 100 >= 11 && value % 100 <= 13 ? "th" : value % 10 == 1 ? "st" :
	    value % 10 == 2 ? "nd" : value % 10 == 3 ? "rd" : "th";
	if (!parser_word_is(parser, index + 1, expected))
		return 0;
	figure->kind = FIGURE_ORDINAL;
	figure->value = (double)value;
	figure->unit = NULL;
	figure->first = index;
	figure->next = index + 2;
	figure->scale = 1;
	return 1;
}

/* Words before "three quarters" that make them periods of a year: "the past three quarters". */
static const char *const period_words[] = {
	"the", "past", "last", "next", "preceding", "previous", "consecutive", "straight", "first", NULL
};

/* Reads the figure that starts with the number at index. */
static enum outcome
read_number_figure(struct parser *parser, size_t index, struct figure *figure)
{
	struct number number;
	struct suffix suffix;
	const struct token *t = parser_token(parser, index);
	size_t span;

	if (token_is_number(t)) {
		if ((span = phone_number(parser, index)) != 0) {
			figure->next = index + span;
			return OUTCOME_SKIP;
		}
		if (identifier_number(parser, index)) {
			/* the whole id: "Boeing 737-800", "A320-200" */
			figure->next = index + 1;
			while (parser_dash(parser, figure->next) &&
			    parser_attached(parser, figure->next) &&
			    parser_attached(parser, figure->next + 1) &&
			    token_is_number(parser_token(parser, figure->next + 1)))
				figure->next += 2;
			return OUTCOME_SKIP;
		}
		if ((span = clock_time(parser, index)) != 0) {
			figure->next = index + span;
			return OUTCOME_SKIP;
		}
		if (read_digit_ordinal(parser, index, figure))
			return OUTCOME_FIGURE;
	}
	if (!number_parse(parser, index, 0, &number))
		return OUTCOME_NONE;
	if (number.next == number.first)
		return OUTCOME_NONE;
	set_number(figure, &number);
	figure->scale = number_scale(parser, &number);
	if (number.ordinal) {
		figure->kind = FIGURE_ORDINAL;
		return OUTCOME_FIGURE;
	}
	/* "aged 60", "aged 18 to 64" */
	if (index > 0 && parser_word_is(parser, index - 1, "aged") && !number.fraction &&
	    !suffix_measured(parser, number.next)) {
		figure->kind = FIGURE_DURATION;
		figure->unit = "year";
		return OUTCOME_FIGURE;
	}
	if (suffix_read(parser, number.next, &number, &suffix)) {
		figure->kind = suffix.kind;
		figure->unit = suffix.unit;
		figure->next = suffix.next;
		if (suffix.kind == FIGURE_MONEY) {
			figure->value *= suffix.factor;
			/* "75 USD million" */
			if (parser_roles(parser, figure->next) & ROLE_SCALE &&
			    !parser_plural(parser, figure->next) &&
			    parser_lexeme(parser, figure->next)->scale >= 1000 &&
			    figure->scale == 1) {
				figure->scale = parser_lexeme(parser, figure->next)->scale;
				figure->value *= figure->scale;
				figure->next++;
			}
			read_cents(parser, figure, 0);
		}
		return OUTCOME_FIGURE;
	}
	/* "half an hour" */
	if (number.fraction &&
	    (parser_word_is(parser, number.next, "an") ||
		parser_word_is(parser, number.next, "a")) &&
	    (parser_roles(parser, number.next + 1) & ROLE_TIME) &&
	    !parser_plural(parser, number.next + 1)) {
		figure->kind = FIGURE_DURATION;
		figure->unit = parser_lexeme(parser, number.next + 1)->unit;
		figure->next = number.next + 2;
		return OUTCOME_FIGURE;
	}
	if (pronoun_one(parser, &number) || period_noun(parser, &number) ||
	    name_number(parser, &number))
		return OUTCOME_NONE;
	/* "six quarters" of a year are periods, not six fourths */
	if (number.fraction && parser_word_is(parser, number.next - 1, "quarters") &&
	    number.value >= 1 && number.next == number.first + 2) {
		figure->value = number.value * 4;
		figure->next = number.next - 1;
		return OUTCOME_FIGURE;
	}
	/* "one-way", "one-off", "second-hand" */
	if (number.next == index + 1 && token_is_word(t) && parser_dash(parser, number.next) &&
	    parser_attached(parser, number.next) && parser_attached(parser, number.next + 1) &&
	    token_is_word(parser_token(parser, number.next + 1)) &&
	    parser_lexeme(parser, number.next + 1) == NULL)
		return OUTCOME_NONE;
	if (parser_word_is(parser, number.next - 1, "quarters") && index > 0 &&
	    parser_word_in(parser, index - 1, period_words))
		return OUTCOME_NONE;
	if (year_number(parser, &number, index)) {
		date_set(figure, (int)number.value, 1, 0);
		figure->month = 0;
		return OUTCOME_FIGURE;
	}
	return OUTCOME_FIGURE;
}

/* Reads a duration with an article: "a decade", "a year old". */
static int
read_article_duration(struct parser *parser, size_t index, struct figure *figure)
{
	const struct lexeme *entry = parser_lexeme(parser, index + 1);

	if (!(parser_word_is(parser, index, "a") || parser_word_is(parser, index, "an")) ||
	    entry == NULL || !(entry->roles & ROLE_TIME) || parser_plural(parser, index + 1))
		return 0;
	figure->first = index;
	figure->value = 1;
	figure->kind = FIGURE_DURATION;
	figure->unit = entry->unit;
	figure->scale = 1;
	if (parser_word_is(parser, index + 2, "old")) {
		figure->next = index + 3;
		return 1;
	}
	if (strcmp(entry->unit, "decade") != 0 && strcmp(entry->unit, "century") != 0 &&
	    strcmp(entry->unit, "fortnight") != 0 && strcmp(entry->unit, "millennium") != 0)
		return 0;
	figure->next = index + 2;
	return 1;
}

/* Reads the figure at index without hedges or ranges. */
static enum outcome
read_core(struct parser *parser, size_t index, struct figure *figure)
{
	struct number ordinal;
	enum outcome outcome;

	memset(figure, 0, sizeof(*figure));
	figure->first = index;
	figure->scale = 1;
	if (date_read(parser, index, figure))
		return OUTCOME_FIGURE;
	memset(figure, 0, sizeof(*figure));
	figure->scale = 1;
	if ((outcome = read_money_prefix(parser, index, figure)) != OUTCOME_NONE)
		return outcome;
	if (read_article_duration(parser, index, figure))
		return OUTCOME_FIGURE;
	if ((outcome = read_number_figure(parser, index, figure)) != OUTCOME_NONE)
		return outcome;
	if (number_ordinal_words(parser, index, &ordinal)) {
		if (parser_word_is(parser, index, "second") && index > 0 &&
		    (parser_word_is(parser, index - 1, "per") ||
			parser_word_is(parser, index - 1, "a")) &&
		    !token_is_word(parser_token(parser, index + 1)))
			return OUTCOME_NONE;
		/* "second to last" counts from the end; "second-hand" is no rank */
		if (parser_word_is(parser, ordinal.next, "to") &&
		    parser_word_is(parser, ordinal.next + 1, "last"))
			return OUTCOME_NONE;
		if (parser_dash(parser, ordinal.next) &&
		    parser_word_is(parser, ordinal.next + 1, "hand"))
			return OUTCOME_NONE;
		set_number(figure, &ordinal);
		figure->kind = FIGURE_ORDINAL;
		return OUTCOME_FIGURE;
	}
	return OUTCOME_NONE;
}

/* Whether two figures can make a range: same kind and unit, or a bare count first. */
static int
range_compatible(struct figure *low, struct figure *high)
{
	if (low->kind == FIGURE_DATE || high->kind == FIGURE_DATE || high->kind == FIGURE_ORDINAL)
		return 0;
	if (low->kind == FIGURE_COUNT && high->kind != FIGURE_COUNT) {
		low->kind = high->kind;
		low->unit = high->unit;
		if (high->scale != 1 && low->scale == 1 && low->value * high->scale <= high->value)
			low->value *= high->scale;
		return low->value <= high->value;
	}
	if (high->kind == FIGURE_COUNT && low->kind != FIGURE_COUNT && high->scale == 1) {
		/* "aged 18 to 64", "$5 to 10" */
		high->kind = low->kind;
		high->unit = low->unit;
		high->value *= low->scale;
	}
	if (low->kind != high->kind)
		return 0;
	if ((low->unit == NULL) != (high->unit == NULL) ||
	    (low->unit != NULL && strcmp(low->unit, high->unit) != 0))
		return 0;
	if (high->scale != 1 && low->scale == 1 && low->value * high->scale <= high->value &&
	    low->kind == FIGURE_MONEY)
		low->value *= high->scale;
	return low->value < high->value;
}

/* Whether a verb of change comes before token index: "rose $1.64 to $47.10" is no range. */
static int
change_before(struct parser *parser, size_t index)
{
	static const char *const verbs[] = {
		"rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "climbed",
		"increased", "decreased", "dropped", "jumped", "gained", "lost", "slipped", "slid",
		"grew", "cut", "raised", "lowered", "up", "down", "surged", "plunged", "soared",
		"tumbled", "added", "shed", "edged", "declined", "eased", "advanced", "widened",
		"narrowed", "by", NULL
	};

	if (index == 0)
		return 0;
	return parser_word_in(parser, index - 1, verbs);
}

/* Joins a range after figure: "between 250 and 700", "$89 to $109", "5-10%". */
static void
read_range(struct parser *parser, struct figure *figure)
{
	struct figure high;
	struct figure low = *figure;
	size_t j = figure->next;
	int between = figure->first > 0 && parser_word_is(parser, figure->first - 1, "between");
	int from = figure->first > 0 && parser_word_is(parser, figure->first - 1, "from");

	if ((from || change_before(parser, figure->first)) && parser_word_is(parser, j, "to"))
		return;
	if (!((between && parser_word_is(parser, j, "and")) ||
		(!between &&
		    (parser_word_is(parser, j, "to") ||
			(parser_dash(parser, j) && !parser_sign_is(parser, j, 0x2212))))))
		return;
	/* dashes join digits only: "250-700", "5-10%", not "three-nought-four" */
	if (parser_dash(parser, j) &&
	    (!token_is_number(parser_token(parser, j - 1)) ||
		!token_is_number(parser_token(parser, j + 1))) &&
	    parser_currency_sign(parser, j + 1) == NULL)
		return;
	if (read_core(parser, j + 1, &high) != OUTCOME_FIGURE || high.first != j + 1)
		return;
	if (!range_compatible(&low, &high))
		return;
	/* "by 80,000 barrels to 84 million" is a change: "to" joins ends of one size */
	if (parser_word_is(parser, j, "to") && !between && !(low.value > 0 && high.value <= 20 * low.value))
		return;
	*figure = low;
	figure->ranged = 1;
	figure->low = low.value;
	figure->high = high.value;
	figure->end = parser_token(parser, high.next - 1)->end;
	figure->next = high.next;
}

/* Reads the figure at index with its hedge and range. */
static enum outcome
read_figure(struct parser *parser, size_t index, struct figure *figure)
{
	enum outcome outcome = read_core(parser, index, figure);

	if (outcome != OUTCOME_FIGURE)
		return outcome;
	figure->start = parser_token(parser, figure->first)->start;
	figure->end = parser_token(parser, figure->next - 1)->end;
	if (figure->kind != FIGURE_DATE && figure->kind != FIGURE_ORDINAL)
		read_range(parser, figure);
	if (figure->kind != FIGURE_ORDINAL)
		figure->qualifier = hedge_before(parser, figure->first);
	/* "over two years" is a while, not a bound */
	if (figure->kind == FIGURE_DURATION && figure->qualifier == QUALIFIER_MIN &&
	    parser_word_is(parser, figure->first - 1, "over"))
		figure->qualifier = QUALIFIER_NONE;
	if (figure->qualifier == QUALIFIER_NONE && figure->kind != FIGURE_DATE &&
	    figure->kind != FIGURE_ORDINAL) {
		/* "3,000 or more", "5,000+" */
		size_t j = figure->next;

		if (parser_word_is(parser, j, "or") &&
		    (parser_word_is(parser, j + 1, "more") ||
			parser_word_is(parser, j + 1, "above")))
			figure->qualifier = QUALIFIER_MIN;
		else if (parser_word_is(parser, j, "or") &&
		    (parser_word_is(parser, j + 1, "less") ||
			parser_word_is(parser, j + 1, "fewer")))
			figure->qualifier = QUALIFIER_MAX;
		else if (parser_word_is(parser, j, "or") && parser_word_is(parser, j + 1, "so"))
			figure->qualifier = QUALIFIER_APPROX;
		else if (parser_sign_is(parser, j, '+') && parser_attached(parser, j)) {
			figure->qualifier = QUALIFIER_MIN;
			figure->end = parser_token(parser, j)->end;
			figure->next = j + 1;
		}
	}
	if (!figure->ranged && figure->qualifier == QUALIFIER_MIN) {
		figure->low = figure->value;
	} else if (!figure->ranged && figure->qualifier == QUALIFIER_MAX) {
		figure->high = figure->value;
	}
	return OUTCOME_FIGURE;
}

/* Whether a figure may start at token t (a cheap test before the parser runs). */
/*
 * Whether the candidate t at index can start a figure by itself: a scale or
 * unit of time alone ("million", "decade") needs an article before it, a
 * currency word ("dollar 22.5", "USD 200") or "minus" a number after it.
 */
static int
worth_reading(struct parser *parser, size_t index, const struct token *t)
{
	unsigned int roles;

	if (t->type != TOKEN_WORD)
		return 1;
	roles = t->lexeme != NULL ? t->lexeme->roles : 0;
	if (roles & (ROLE_CARDINAL | ROLE_ORDINAL | ROLE_DENOMINATOR | ROLE_DOZEN | ROLE_MONTH |
	    ROLE_WEEKDAY))
		return 1;
	if (roles & ROLE_CURRENCY)
		return token_is_number(parser_token(parser, index + 1)) ||
		    parser_sign_is(parser, index + 1, '$') || parser_sign_is(parser, index + 1, '.');
	if (roles & (ROLE_SCALE | ROLE_TIME))
		return 0;
	return 1;	/* "minus", "negative" */
}

static int
article_at(struct parser *parser, size_t index)
{
	return index >= parser->stream.first && (parser_word_is(parser, index, "a") ||
	    parser_word_is(parser, index, "an"));
}

static void
append(struct figure_list *list, const struct figure *figure)
{
	egrow(&list->items, &list->capacity, list->count + 1, sizeof(*list->items));
	list->items[list->count++] = *figure;
}

/* The parser of figures_find, kept so that its token window is allocated once (not reentrant). */
static struct parser scratch;

void
figures_find(const char *text, size_t length, struct figure_list *list)
{
	struct parser parser;
	struct figure figure;
	const struct token *t;
	enum outcome outcome;
	size_t i = 0, consumed = 0;	/* tokens before consumed belong to a figure or id */

	parser = scratch;
	if (length > UINT32_MAX)
		length = UINT32_MAX;	/* token offsets are 32 bits; records stop far below */
	token_stream_init(&parser.stream, text, length);
	for (;;) {
		if ((t = token_at(&parser.stream, i)) == NULL)
			break;
		if (!(t->flags & TOKEN_CANDIDATE)) {
			if ((++i & 1023) == 0)
				token_release(&parser.stream, i - LOOKBEHIND);
			continue;
		}
		parser.limit = i + PARSER_LOOKAHEAD;
		token_at(&parser.stream, parser.limit);	/* read ahead: pointers stay valid */
		/* "a dozen", "a third", "a decade": the article starts the figure */
		outcome = OUTCOME_NONE;
		if (i > consumed && article_at(&parser, i - 1))
			outcome = read_figure(&parser, i - 1, &figure);
		if (outcome == OUTCOME_NONE && worth_reading(&parser, i, token_at(&parser.stream, i)))
			outcome = read_figure(&parser, i, &figure);
		switch (outcome) {
		case OUTCOME_FIGURE:
			/* "1e999" overflows: JSON has no infinity */
			if (figure.kind == FIGURE_DATE || (isfinite(figure.value) &&
			    isfinite(figure.low) && isfinite(figure.high)))
				append(list, &figure);
			i = consumed = figure.next > i ? figure.next : i + 1;
			break;
		case OUTCOME_SKIP:
			i = consumed = figure.next > i ? figure.next : i + 1;
			break;
		case OUTCOME_NONE:
			i++;
			break;
		}
		token_release(&parser.stream, i > LOOKBEHIND ? i - LOOKBEHIND : 0);
	}
	/* a huge paragraph's window is given back; a usual one is kept for the next */
	if (parser.stream.capacity > 65536)
		token_stream_free(&parser.stream);
	scratch = parser;
}

void
figures_list_free(struct figure_list *list)
{
	free(list->items);
	list->items = NULL;
	list->count = list->capacity = 0;
}

static const char *
kind_name(enum figure_kind kind)
{
	static const char *const names[] = {
		"count", "money", "percent", "date", "duration", "ordinal", "quantity"
	};

	return names[kind];
}

#define SMALL_INTEGERS	4096

/*
 * A JSON integer (a new reference); those from 0 to SMALL_INTEGERS - 1, the
 * offsets and most values, are made once and shared.
 */
static json_t *
shared_integer(json_int_t value)
{
	static json_t *small[SMALL_INTEGERS];

	if (value < 0 || value >= SMALL_INTEGERS)
		return json_integer(value);
	if (small[value] == NULL)
		small[value] = json_integer(value);
	return json_incref(small[value]);
}

/* A JSON number: an integer when the value is whole and exact in a double. */
static json_t *
json_number(double value)
{
	double whole = nearbyint(value);

	/* a whole number up to rounding: 8.2 * 1e9 is 8200000000 */
	if (fabs(whole) < 1e15 && fabs(value - whole) <= 1e-12 * fmax(1, fabs(value)))
		return shared_integer((json_int_t)whole);
	return json_real(value);
}

#define SHARED_SIZE 256 /* a power of two, over twice the kinds, units and qualifiers */

/*
 * A string value for one of the program's own static strings (a kind, unit or
 * qualifier name), made once and shared by every figure: a new reference.
 */
static json_t *
shared_string(const char *name)
{
	static const char *names[SHARED_SIZE];
	static json_t *values[SHARED_SIZE];
	size_t slot = ((uintptr_t)name >> 3) & (SHARED_SIZE - 1);

	while (names[slot] != NULL && names[slot] != name)
		slot = (slot + 1) & (SHARED_SIZE - 1);
	if (names[slot] == NULL) {
		names[slot] = name;
		values[slot] = json_string_nocheck(name);
	}
	return json_incref(values[slot]);
}

static json_t *
date_value(const struct figure *figure, int year)
{
	char value[16];
	int y = figure->year != 0 ? figure->year : year;

	if (figure->month == 0)
		snprintf(value, sizeof(value), "%04d", y);
	else if (figure->day == 0)
		snprintf(value, sizeof(value), "%04d-%02d", y, figure->month);
	else if (y == 0)
		snprintf(value, sizeof(value), "--%02d-%02d", figure->month, figure->day);
	else
		snprintf(value, sizeof(value), "%04d-%02d-%02d", y, figure->month, figure->day);
	return json_string(value);
}

json_t *
figures_json(const char *text, size_t length, const struct figure_list *list, int year)
{
	static const char *const qualifiers[] = { NULL, "approx", "min", "max" };
	json_t *array = json_array();
	size_t i, byte = 0, codepoint = 0, start;

	(void)length;
	/* figures come in text order: code points are counted once, forwards (utf8_length is ASCII-fast) */
	for (i = 0; i < list->count; i++) {
		const struct figure *figure = &list->items[i];
		json_t *item = json_object();

		if (figure->start < byte)
			byte = codepoint = 0;
		codepoint += utf8_length(text + byte, figure->start - byte);
		start = codepoint;
		codepoint += utf8_length(text + figure->start, figure->end - figure->start);
		byte = figure->end;
		/* keys are literals and spans end on code points of valid text: no checks needed */
		json_object_set_new_nocheck(item, "start", shared_integer((json_int_t)start));
		json_object_set_new_nocheck(item, "end", shared_integer((json_int_t)codepoint));
		json_object_set_new_nocheck(item, "text",
		    json_stringn_nocheck(text + figure->start, figure->end - figure->start));
		json_object_set_new_nocheck(item, "kind", shared_string(kind_name(figure->kind)));
		json_object_set_new_nocheck(item, "value", figure->kind == FIGURE_DATE ?
		    date_value(figure, year) : json_number(figure->value));
		json_object_set_new_nocheck(item, "unit", figure->unit != NULL ?
		    shared_string(figure->unit) : json_null());
		if (figure->ranged || figure->qualifier == QUALIFIER_MIN)
			json_object_set_new_nocheck(item, "low",
			    json_number(figure->ranged ? figure->low : figure->value));
		if (figure->ranged || figure->qualifier == QUALIFIER_MAX)
			json_object_set_new_nocheck(item, "high",
			    json_number(figure->ranged ? figure->high : figure->value));
		if (figure->qualifier != QUALIFIER_NONE)
			json_object_set_new_nocheck(
			    item, "qualifier", shared_string(qualifiers[figure->qualifier]));
		json_array_append_new(array, item);
	}
	return array;
}

json_t *
figures_of_text(const char *text, size_t length)
{
	struct figure_list list = { NULL, 0, 0 };
	json_t *array;

	figures_find(text, length, &list);
	array = figures_json(text, length, &list, 0);
	figures_list_free(&list);
	return array;
}

/* The year of "meta"."date" ("2022-04-12..."), or 0. */
static int
meta_year(json_t *record)
{
	json_t *date = json_object_get(json_object_get(record, "meta"), "date");
	const char *s;
	int year;

	if (!json_is_string(date))
		return 0;
	s = json_string_value(date);
	if (strlen(s) < 4 || sscanf(s, "%4d", &year) != 1 || year < 1000 || year > 2999)
		return 0;
	return year;
}

/* The document's year: its meta.date, else the first full date in its first paragraphs (a dateline). */
static int
document_year(struct document *document, const struct figure_list *lists)
{
	size_t i, j;
	int year;

	for (i = 0; i < document->count; i++)
		if ((year = meta_year(document->records[i])) != 0)
			return year;
	for (i = 0; i < document->count && i < 3; i++)
		for (j = 0; j < lists[i].count; j++)
			if (lists[i].items[j].kind == FIGURE_DATE && lists[i].items[j].year != 0 &&
			    lists[i].items[j].day != 0)
				return lists[i].items[j].year;
	return 0;
}

void
figures_process_document(struct document *document, void *state)
{
	struct figure_list *lists;
	const char **texts;
	size_t *lengths, i;
	int year;

	(void)state;
	lists = ecalloc(document->count ? document->count : 1, sizeof(*lists));
	texts = ecalloc(document->count ? document->count : 1, sizeof(*texts));
	lengths = ecalloc(document->count ? document->count : 1, sizeof(*lengths));
	for (i = 0; i < document->count; i++)
		if ((texts[i] = document_text(document, i, &lengths[i])) != NULL)
			figures_find(texts[i], lengths[i], &lists[i]);
	year = document_year(document, lists);
	for (i = 0; i < document->count; i++) {
		if (texts[i] != NULL)
			json_object_set_new(document->records[i], "figures",
			    figures_json(texts[i], lengths[i], &lists[i], year));
		figures_list_free(&lists[i]);
	}
	free(lists);
	free(texts);
	free(lengths);
}
