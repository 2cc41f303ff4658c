/* suffixes.c: reads the currency, percent or unit written after a number; no I/O. */
#include <string.h>

#include "suffixes.h"

/*
 * Matches an entry of the phrase table at index (periods and slashes between
 * words skipped, a plural "s" allowed on any word); returns the entry and sets
 * *next, or NULL.
 */
static const struct phrase *
match_phrase(struct parser *parser, size_t index, size_t *next)
{
	const struct phrase *phrase, *best = NULL;
	const struct lexeme *first = parser_lexeme(parser, index);
	const char *text = parser->stream.text;
	size_t best_next = 0;

	if (first == NULL || !(first->roles & ROLE_PHRASE))
		return NULL;
	for (phrase = lexicon_phrases; phrase->words != NULL; phrase++) {
		const char *w = phrase->words;
		size_t j = index;
		int matched = 1;

		if (lexicon_phrase_first(phrase) != first)
			continue;
		while (*w != '\0') {
			const char *space = strchr(w, ' ');
			size_t length = space != NULL ? (size_t)(space - w) : strlen(w), have;
			const struct token *t;
			char folded[32];

			while ((t = parser_token(parser, j)) != NULL && t->type == TOKEN_SIGN &&
			    j > index && (t->sign == '.' || t->sign == '/'))
				j++;
			if (!token_is_word(t) ||
			    (have = lexicon_fold(text + t->start, t->end - t->start, folded,
				 sizeof(folded))) == 0 ||
			    !((have == length || (have == length + 1 && folded[length] == 's')) &&
				memcmp(folded, w, length) == 0)) {
				matched = 0;
				break;
			}
			j++;
			w += length;
			if (*w == ' ')
				w++;
		}
		if (matched && j > best_next) {
			best = phrase;
			best_next = j;
		}
	}
	if (best != NULL)
		*next = best_next;
	return best;
}

/* Reads a currency at index (a sign, word, code or phrase); returns 1 and fills suffix. */
int
suffix_currency(struct parser *parser, size_t index, struct suffix *suffix)
{
	const struct phrase *phrase;
	const struct lexeme *entry;
	const char *code;
	size_t next;

	if ((code = parser_currency_sign(parser, index)) != NULL) {
		suffix->unit = code;
		suffix->factor = 1;
		suffix->next = index + 1;
		return 1;
	}
	if ((phrase = match_phrase(parser, index, &next)) != NULL &&
	    phrase->role == ROLE_CURRENCY) {
		suffix->unit = phrase->currency.code;
		suffix->factor = 1;
		suffix->next = next;
		return 1;
	}
	entry = parser_lexeme(parser, index);
	if (entry == NULL || !(entry->roles & ROLE_CURRENCY))
		entry = parser_abbreviation(parser, index);
	if (entry == NULL || !(entry->roles & ROLE_CURRENCY))
		return 0;
	suffix->unit = entry->currency.code;
	suffix->factor = entry->currency.factor;
	suffix->next = index + 1;
	return 1;
}

/* Reads a unit of measure or time at index; returns 1 and fills suffix. */
int
suffix_unit(struct parser *parser, size_t index, int glued, struct suffix *suffix)
{
	const struct phrase *phrase;
	const struct lexeme *entry;
	const struct token *t = parser_token(parser, index);
	size_t next;

	if (t == NULL)
		return 0;
	/* the degree sign, and the ordinal indicator and ring often typed for it */
	if (t->type == TOKEN_SIGN && (t->sign == 0xB0 || t->sign == 0xBA || t->sign == 0x02DA)) {
		/* "40°C", "40 °F", "90°" */
		suffix->kind = FIGURE_QUANTITY;
		suffix->next = index + 1;
		suffix->unit = "degree";
		if (parser_word_is(parser, index + 1, "c")) {
			suffix->unit = "celsius";
			suffix->next++;
		} else if (parser_word_is(parser, index + 1, "f")) {
			suffix->unit = "fahrenheit";
			suffix->next++;
		}
		return 1;
	}
	if (!token_is_word(t))
		return 0;
	if ((phrase = match_phrase(parser, index, &next)) != NULL &&
	    (phrase->role == ROLE_UNIT || phrase->role == ROLE_TIME)) {
		suffix->kind = phrase->role == ROLE_TIME ? FIGURE_DURATION : FIGURE_QUANTITY;
		suffix->unit = phrase->unit;
		suffix->next = next;
		return 1;
	}
	entry = parser_abbreviation(parser, index);
	if (entry != NULL && (entry->roles & (ROLE_UNIT | ROLE_TIME)) &&
	    (glued || t->end - t->start > 1 || parser_word_is(parser, index, "c") ||
	    parser_word_is(parser, index, "f") || !token_is_word(parser_token(parser, index + 1)))) {
		suffix->kind = entry->roles & ROLE_TIME ? FIGURE_DURATION : FIGURE_QUANTITY;
		suffix->unit = entry->unit;
		suffix->next = index + 1;
		/* "m/s", "km/h" */
		if (strcmp(entry->unit, "meter") == 0 && parser_sign_is(parser, index + 1, '/') &&
		    parser_word_is(parser, index + 2, "s")) {
			suffix->unit = "meter per second";
			suffix->next = index + 3;
		}
		return 1;
	}
	entry = t->lexeme;
	if (entry == NULL || !(entry->roles & (ROLE_UNIT | ROLE_TIME)) || entry->unit == NULL)
		return 0;
	suffix->kind = entry->roles & ROLE_TIME ? FIGURE_DURATION : FIGURE_QUANTITY;
	suffix->unit = entry->unit;
	suffix->next = index + 1;
	return 1;
}

/* Reads a percent sign or word at index; returns 1 and fills suffix. */
int
suffix_percent(struct parser *parser, size_t index, struct suffix *suffix)
{
	const struct phrase *phrase;
	size_t next;

	suffix->kind = FIGURE_PERCENT;
	suffix->unit = NULL;
	if (parser_sign_is(parser, index, '%') || parser_sign_is(parser, index, 0xFF05)) {
		suffix->next = index + 1;
		return 1;
	}
	if ((phrase = match_phrase(parser, index, &next)) != NULL && phrase->role == ROLE_PERCENT) {
		suffix->unit = phrase->unit;
		suffix->next = next;
		return 1;
	}
	if (parser_roles(parser, index) & ROLE_PERCENT) {
		suffix->next = index + 1;
		return 1;
	}
	return 0;
}

/* Whether a figure can go on at index: a unit, currency, percent or scale word follows. */
int
suffix_measured(struct parser *parser, size_t index)
{
	struct suffix suffix;

	return suffix_percent(parser, index, &suffix) || suffix_currency(parser, index, &suffix) ||
	    suffix_unit(parser, index, 0, &suffix) || (parser_roles(parser, index) & ROLE_SCALE);
}

/* Reads what follows the number that ends at index; returns 1 and fills suffix. */
int
suffix_read(struct parser *parser, size_t index, const struct number *number, struct suffix *suffix)
{
	size_t j = index;
	int glued;

	memset(suffix, 0, sizeof(*suffix));
	if (suffix_percent(parser, j, suffix))
		return 1;
	/* "10-km race", "two-year", "one-yen" */
	if (parser_dash(parser, j) && parser_attached(parser, j) &&
	    parser_attached(parser, j + 1) && token_is_word(parser_token(parser, j + 1))) {
		j++;
	}
	glued = parser_attached(parser, j);
	/* pounds are money with a scale ("361 million pounds") or "sterling", else weight */
	if (parser_word_is(parser, j, "pound") || parser_word_is(parser, j, "pounds")) {
		if (!number->scaled && !parser_word_is(parser, j + 1, "sterling")) {
			suffix->kind = FIGURE_QUANTITY;
			suffix->unit = "pound";
			suffix->next = j + 1;
			return 1;
		}
	}
	/* a currency sign right before digits belongs to them: "1 $10 bill", "1 $ 10 dollars" */
	if (parser_currency_sign(parser, j) == NULL ||
	    !token_is_number(parser_token(parser, j + 1)) ||
	    !(parser_attached(parser, j + 1) ||
		((parser_roles(parser, j + 2) & ROLE_CURRENCY) &&
		    parser_lexeme(parser, j + 2)->currency.factor == 1))) {
		if (suffix_currency(parser, j, suffix) &&
		    !(token_is_number(parser_token(parser, suffix->next)) &&
			parser_attached(parser, suffix->next) && !glued)) {
			suffix->kind = FIGURE_MONEY;
			return 1;
		}
	}
	if (suffix_unit(parser, j, glued, suffix)) {
		/* ages: "60 years old", "a 60-year-old", "years of age" */
		if (suffix->kind == FIGURE_DURATION) {
			size_t k = suffix->next;

			if (parser_dash(parser, k) && parser_word_is(parser, k + 1, "old")) {
				suffix->next = k + 2;
				suffix->age = 1;
			} else if (parser_word_is(parser, k, "old")) {
				suffix->next = k + 1;
				suffix->age = 1;
			} else if (parser_word_is(parser, k, "of") &&
			    parser_word_is(parser, k + 1, "age")) {
				suffix->next = k + 2;
				suffix->age = 1;
			}
			if (strcmp(suffix->unit, "second") == 0 && !parser_plural(parser, j) &&
			    number->value != 1)
				return 0;
		}
		return 1;
	}
	(void)number;
	return 0;
}
