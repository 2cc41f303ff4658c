/* tokenize.c: splits UTF-8 text into tokens with byte spans; no I/O. */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "tokenize.h"
#include "utf8.h"

enum character_class {
	CHARACTER_SPACE,
	CHARACTER_WORD,		/* letters and digits, any script */
	CHARACTER_PUNCTUATION
};

static enum character_class
classify(uint32_t c)
{
	if (c < 0x80) {
		if (c == ' ' || (c >= '\t' && c <= '\r') || c == 0)
			return CHARACTER_SPACE;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9'))
			return CHARACTER_WORD;
		return CHARACTER_PUNCTUATION;
	}
	if (c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) ||
	    c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF)
		return CHARACTER_SPACE;
	if (c < 0xA0 || (c >= 0xA1 && c <= 0xBF && c != 0xAA && c != 0xB2 &&
	    c != 0xB3 && c != 0xB5 && c != 0xB9 && c != 0xBA) ||
	    c == 0xD7 || c == 0xF7 || (c >= 0x2010 && c <= 0x206F) ||
	    (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2190 && c <= 0x2BFF) ||
	    (c >= 0x3001 && c <= 0x3003) || (c >= 0x3008 && c <= 0x3011) ||
	    c == UTF8_REPLACEMENT)
		return CHARACTER_PUNCTUATION;
	return CHARACTER_WORD;
}

/* classify() of each ASCII character, filled in by tokenize. */
static unsigned char ascii_classes[128];
static int ascii_classes_ready;

/* The class of the character at byte offset at (CHARACTER_SPACE past the end). */
static inline enum character_class
class_at(const char *text, size_t length, size_t at, size_t *size)
{
	uint32_t c;

	if (at >= length) {
		*size = 0;
		return CHARACTER_SPACE;
	}
	if ((unsigned char)text[at] < 0x80) {
		*size = 1;
		return ascii_classes[(unsigned char)text[at]];
	}
	*size = utf8_decode(text + at, length - at, &c);
	return classify(c);
}

static int
is_word_at(const char *text, size_t length, size_t at)
{
	size_t size;

	return class_at(text, length, at, &size) == CHARACTER_WORD;
}

static int
is_digit_at(const char *text, size_t length, size_t at)
{
	return at < length && text[at] >= '0' && text[at] <= '9';
}

/* The byte length of an apostrophe at at ("'" or U+2019), or 0. */
static size_t
apostrophe_at(const char *text, size_t length, size_t at)
{
	if (at < length && text[at] == '\'')
		return 1;
	if (at + 2 < length && memcmp(text + at, "\xE2\x80\x99", 3) == 0)
		return 3;
	return 0;
}

/* The length of the run of ASCII letters at at. */
static size_t
letters_at(const char *text, size_t length, size_t at)
{
	size_t end = at;

	while (end < length && ((text[end] | 0x20) >= 'a' && (text[end] | 0x20) <= 'z'))
		end++;
	return end - at;
}

/* Whether text[at, at + size) (after an apostrophe) is a clitic: s re ve ll d m. */
static int
is_clitic(const char *text, size_t size)
{
	static const char *const clitics[] = { "s", "re", "ve", "ll", "d", "m" };
	size_t i, j;

	for (i = 0; i < sizeof(clitics) / sizeof(clitics[0]); i++) {
		if (strlen(clitics[i]) != size)
			continue;
		for (j = 0; j < size && (text[j] | 0x20) == clitics[i][j]; j++)
			;
		if (j == size)
			return 1;
	}
	return 0;
}

/* Whether the word text[start, end) keeps a following period. */
static int
keeps_period(const char *text, size_t start, size_t end)
{
	static const char *const abbreviations[] = {
		"mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "corp", "co",
		"ltd", "bros", "vs", "gen", "gov", "sen", "rep", "lt", "col",
		"sgt", "capt", "prof", "jan", "feb", "mar", "apr", "jun", "jul",
		"aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "no",
		"messrs", "plc", "cie", "adm", "maj", "cmdr", "rev", "hon", "pty",
		"ave", "blvd", "u.s", "u.k", "u.n", "fig", "approx", "dept", "est"
	};
	size_t i, j, size = end - start;

	if (size == 1 && ((text[start] | 0x20) >= 'a' && (text[start] | 0x20) <= 'z'))
		return 1;
	if (memchr(text + start, '.', size) != NULL)
		return 1;
	for (i = 0; i < sizeof(abbreviations) / sizeof(abbreviations[0]); i++) {
		if (abbreviations[i][0] != (text[start] | 0x20) || strlen(abbreviations[i]) != size)
			continue;
		for (j = 0; j < size && (text[start + j] | 0x20) == abbreviations[i][j]; j++)
			;
		if (j == size)
			return 1;
	}
	return 0;
}

/*
 * The end of the word starting at start: letters and digits joined by single
 * inner marks, stopping before a clitic (and before the "n" of "n't").
 */
static size_t
word_end(const char *text, size_t length, size_t start)
{
	size_t at = start, size, apostrophe, run;

	for (;;) {
		while (at < length && (unsigned char)text[at] < 0x80 &&
		    ascii_classes[(unsigned char)text[at]] == CHARACTER_WORD)
			at++;	/* the common case of the loop below */
		while (class_at(text, length, at, &size) == CHARACTER_WORD)
			at += size;
		if (at >= length)
			return at;
		apostrophe = apostrophe_at(text, length, at);
		if (apostrophe > 0) {
			run = letters_at(text, length, at + apostrophe);
			if (run == 0 || is_word_at(text, length, at + apostrophe + run) ||
			    is_clitic(text + at + apostrophe, run))
				return at;
			if (run == 1 && (text[at + apostrophe] | 0x20) == 't' &&
			    at > start + 1 && (text[at - 1] | 0x20) == 'n')
				return at - 1;
			at += apostrophe;
			continue;
		}
		switch (text[at]) {
		case '-':
		case '.':
		case '&':
		case '/':
			if (!is_word_at(text, length, at + 1))
				return at;
			at++;
			continue;
		case ',':
			if (!is_digit_at(text, length, at - 1) || !is_digit_at(text, length, at + 1))
				return at;
			at++;
			continue;
		default:
			return at;
		}
	}
}

/* The end of the token that starts at start (a non-space character). */
static size_t
token_end(const char *text, size_t length, size_t start)
{
	size_t end, size, apostrophe, run;

	apostrophe = apostrophe_at(text, length, start);
	if (apostrophe > 0) {
		run = letters_at(text, length, start + apostrophe);
		if (run > 0 && is_clitic(text + start + apostrophe, run) &&
		    !is_word_at(text, length, start + apostrophe + run))
			return start + apostrophe + run;
		return start + apostrophe;
	}
	if (length - start >= 3 && (text[start] | 0x20) == 'n' &&
	    (apostrophe = apostrophe_at(text, length, start + 1)) > 0 &&
	    (text[start + 1 + apostrophe] | 0x20) == 't' &&
	    !is_word_at(text, length, start + 2 + apostrophe))
		return start + 2 + apostrophe;
	if (class_at(text, length, start, &size) == CHARACTER_WORD) {
		end = word_end(text, length, start);
		if (end < length && text[end] == '.' && keeps_period(text, start, end) &&
		    !(end + 1 < length && text[end + 1] == '.'))
			end++;
		return end;
	}
	if (text[start] == '.' && length - start >= 3 && text[start + 1] == '.' &&
	    text[start + 2] == '.') {
		for (end = start; end < length && text[end] == '.'; end++)
			;
		return end;
	}
	if (text[start] == '-' && start + 1 < length && text[start + 1] == '-') {
		for (end = start; end < length && text[end] == '-'; end++)
			;
		return end;
	}
	return start + size;
}

void
tokenize(const char *text, size_t length, struct tokens *tokens)
{
	size_t at = 0, size, end;
	uint32_t c;

	if (!ascii_classes_ready) {
		for (c = 0; c < 128; c++)
			ascii_classes[c] = (unsigned char)classify(c);
		ascii_classes_ready = 1;
	}

	tokens->count = 0;
	while (at < length) {
		if (class_at(text, length, at, &size) == CHARACTER_SPACE) {
			at += size;
			continue;
		}
		end = token_end(text, length, at);
		if (tokens->count + 1 > tokens->capacity)
			egrow(&tokens->items, &tokens->capacity, tokens->count + 1,
			    sizeof(*tokens->items));
		tokens->items[tokens->count].start = at;
		tokens->items[tokens->count].end = end;
		tokens->count++;
		at = end;
	}
}

void
tokens_free(struct tokens *tokens)
{
	free(tokens->items);
	tokens->items = NULL;
	tokens->count = tokens->capacity = 0;
}
