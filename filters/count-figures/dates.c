/* dates.c: reads dates written in words or digits into year, month and day; no I/O. */
#include <stdio.h>

#include "dates.h"
#include "suffixes.h"

int
date_plain_year(const struct token *t)
{
	return token_is_number(t) && t->digits == 4 &&
	    !(t->flags &
		(TOKEN_GROUPED | TOKEN_DECIMAL | TOKEN_EXPONENT | TOKEN_IDENTIFIER |
		    TOKEN_LEADING_ZERO)) &&
	    t->value >= 1000 && t->value <= 2999;
}

static int
days_in_month(int month, int year)
{
	static const int days[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month == 2 && year != 0)
		return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
	return days[month - 1];
}

/* Reads a day of the month at index ("12", "12th", "twelfth"); returns it and sets *next, or 0. */
static int
read_day(struct parser *parser, size_t index, size_t *next)
{
	const struct token *t = parser_token(parser, index);
	struct number ordinal;

	if (token_is_number(t) && t->digits <= 2 &&
	    !(t->flags & (TOKEN_GROUPED | TOKEN_DECIMAL | TOKEN_EXPONENT)) && t->value >= 1 &&
	    t->value <= 31) {
		*next = index + 1;
		if (parser_attached(parser, index + 1) &&
		    (parser_word_is(parser, index + 1, "st") ||
			parser_word_is(parser, index + 1, "nd") ||
			parser_word_is(parser, index + 1, "rd") ||
			parser_word_is(parser, index + 1, "th")))
			*next = index + 2;
		else if (token_is_word(parser_token(parser, index + 1)) &&
		    parser_attached(parser, index + 1))
			return 0;
		return (int)t->value;
	}
	if (number_ordinal_words(parser, index, &ordinal) && ordinal.value <= 31) {
		*next = ordinal.next;
		return (int)ordinal.value;
	}
	return 0;
}

/* Reads ", 2022" or " 2022" at index; returns the year and sets *next, or 0. */
static int
read_year(struct parser *parser, size_t index, size_t *next)
{
	size_t j = parser_sign_is(parser, index, ',') ? index + 1 : index;
	const struct token *t = parser_token(parser, j);

	if (!date_plain_year(t) ||
	    (token_is_word(parser_token(parser, j + 1)) && parser_attached(parser, j + 1)) ||
	    (token_is_word(parser_token(parser, j + 1)) && suffix_measured(parser, j + 1)))
		return 0;
	*next = j + 1;
	return (int)t->value;
}

/* The month named at index (its period skipped), or 0; sets *next. */
static int
read_month(struct parser *parser, size_t index, size_t *next)
{
	const struct lexeme *entry = parser_lexeme(parser, index);
	const struct token *t = parser_token(parser, index);

	if (entry == NULL || !(entry->roles & ROLE_MONTH))
		return 0;
	*next = index + 1;
	if (parser_sign_is(parser, index + 1, '.') &&
	    (t->end - t->start == 3 || parser_word_is(parser, index, "sept")))
		*next = index + 2;
	return entry->month;
}

int
date_set(struct figure *figure, int year, int month, int day)
{
	if (month < 1 || month > 12 || day < 0 || (day > 0 && day > days_in_month(month, year)))
		return 0;
	figure->kind = FIGURE_DATE;
	figure->year = year;
	figure->month = month;
	figure->day = day;
	figure->unit = NULL;
	return 1;
}

/* Dates written with digits only: "2022-04-12", "5/17/2018", "12.04.2022". */
static int
read_numeric_date(struct parser *parser, size_t index, struct figure *figure)
{
	const struct token *a = parser_token(parser, index), *b, *c;
	uint32_t separator;
	int first, second, third;

	if ((a->flags & TOKEN_IDENTIFIER) && a->end - a->start == 10) {
		const char *s = parser->stream.text + a->start;

		if (s[2] == '.' && s[5] == '.' &&
		    sscanf(s, "%2d.%2d.%4d", &first, &second, &third) == 3 &&
		    date_set(figure, third, second, first)) {
			figure->next = index + 1;
			return 1;
		}
		return 0;
	}
	if (!parser_token(parser, index + 1) || parser_token(parser, index + 1)->type != TOKEN_SIGN)
		return 0;
	separator = parser_token(parser, index + 1)->sign;
	if ((separator != '-' && separator != '/') || !parser_attached(parser, index + 1) ||
	    !parser_attached(parser, index + 2) || !parser_sign_is(parser, index + 3, separator) ||
	    !parser_attached(parser, index + 3) || !parser_attached(parser, index + 4))
		return 0;
	b = parser_token(parser, index + 2);
	c = parser_token(parser, index + 4);
	if (!token_is_number(b) || !token_is_number(c) ||
	    (a->flags | b->flags | c->flags) & (TOKEN_DECIMAL | TOKEN_GROUPED))
		return 0;
	/* no date part has an exponent or more than four digits (1e999 would not fit an int) */
	if ((a->flags | b->flags | c->flags) & TOKEN_EXPONENT ||
	    a->digits > 4 || b->digits > 4 || c->digits > 4 ||
	    !(a->value < 1e4 && b->value < 1e4 && c->value < 1e4))
		return 0;
	if (token_is_number(parser_token(parser, index + 5)) && parser_attached(parser, index + 5))
		return 0;
	if (parser_dash(parser, index + 5) && parser_attached(parser, index + 5))
		return 0;
	first = (int)a->value;
	second = (int)b->value;
	third = (int)c->value;
	figure->next = index + 5;
	if (a->digits == 4 && b->digits <= 2 && c->digits <= 2)
		return date_set(figure, first, second, third);
	if (c->digits == 4 && a->digits <= 2 && b->digits <= 2) {
		if (first > 12)
			return date_set(figure, third, second, first);
		return date_set(figure, third, first, second);
	}
	/* "5/17/18": a two-digit year, only with slashes */
	if (separator == '/' && c->digits == 2 && a->digits <= 2 && b->digits <= 2) {
		third += third < 50 ? 2000 : 1900;
		if (first > 12)
			return date_set(figure, third, second, first);
		return date_set(figure, third, first, second);
	}
	return 0;
}

/* Reads a date at index: "April 12", "12 April 2022", "Feb. 24, 2022", "Friday, May 5, 2023". */
int
date_read(struct parser *parser, size_t index, struct figure *figure)
{
	size_t j = index, next;
	int month, day, year = 0, capital;
	const struct token *t = parser_token(parser, index);

	figure->first = index;
	if (t == NULL)
		return 0;
	/* what can start a date: a day or year in plain digits, a month, weekday or ordinal word */
	if (t->type == TOKEN_NUMBER) {
		if ((t->flags & TOKEN_IDENTIFIER) && t->end - t->start == 10)
			return read_numeric_date(parser, index, figure);
		if ((t->flags & (TOKEN_DECIMAL | TOKEN_GROUPED | TOKEN_EXPONENT | TOKEN_VULGAR |
		    TOKEN_IDENTIFIER)) || (t->digits > 2 && t->digits != 4))
			return 0;
		if (read_numeric_date(parser, index, figure))
			return 1;
	} else if (t->type != TOKEN_WORD || t->lexeme == NULL ||
	    !(t->lexeme->roles & (ROLE_MONTH | ROLE_WEEKDAY | ROLE_ORDINAL | ROLE_CARDINAL)))
		return 0;
	if (parser_roles(parser, j) & ROLE_WEEKDAY) {
		j++;
		if (parser_sign_is(parser, j, ','))
			j++;
		if (!(parser_roles(parser, j) & ROLE_MONTH) &&
		    !token_is_number(parser_token(parser, j)))
			return 0;
	}
	t = parser_token(parser, j);
	if (t == NULL)
		return 0;
	capital = (t->flags & TOKEN_CAPITALIZED) != 0;
	if ((month = read_month(parser, j, &next)) != 0) {
		size_t k = next;

		if (parser_word_is(parser, k, "the"))
			k++;
		if ((day = read_day(parser, k, &next)) != 0) {
			year = read_year(parser, next, &next);
			if (!capital &&
			    (parser_word_is(parser, j, "may") ||
				parser_word_is(parser, j, "march")) &&
			    year == 0)
				return 0;
			if (parser_sign_is(parser, next, ':') ||
			    (token_is_word(parser_token(parser, k + 1)) &&
				(parser_roles(parser, k + 1) &
				    (ROLE_UNIT | ROLE_TIME | ROLE_PERCENT | ROLE_CURRENCY |
					ROLE_SCALE)) &&
				next == k + 1))
				return 0;
			if (!date_set(figure, year, month, day))
				return 0;
			figure->next = next;
			return 1;
		}
		if ((year = read_year(parser, next, &next)) != 0 &&
		    (capital ||
			parser_token(parser, j)->end - parser_token(parser, j)->start > 3) &&
		    !parser_word_is(parser, j, "may")) {
			if (!date_set(figure, year, month, 0))
				return 0;
			figure->next = next;
			return 1;
		}
		return 0;
	}
	/* "12 April 2022", "the 2nd of October" */
	if ((day = read_day(parser, j, &next)) != 0) {
		size_t k = next;

		if (parser_word_is(parser, k, "of"))
			k++;
		if ((month = read_month(parser, k, &next)) == 0)
			return 0;
		t = parser_token(parser, k);
		if (!(t->flags & TOKEN_CAPITALIZED) &&
		    (parser_word_is(parser, k, "may") || parser_word_is(parser, k, "march")))
			return 0;
		year = read_year(parser, next, &next);
		if (!date_set(figure, year, month, day))
			return 0;
		figure->next = next;
		return 1;
	}
	return 0;
}
