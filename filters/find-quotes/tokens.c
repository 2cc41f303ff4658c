/* tokens.c: splits paragraph text into tokens in one pass; no I/O. */
#include <stdlib.h>

#include "alloc.h"
#include "lexicon.h"
#include "tokens.h"
#include "utf8.h"

enum character_class {
	CHARACTER_SPACE,
	CHARACTER_WORD,
	CHARACTER_MARK,
	CHARACTER_DASH,
	CHARACTER_PUNCT
};

int
tokens_is_mark(uint32_t codepoint)
{
	switch (codepoint) {
	case '"': case '\'':
	case 0x201C: case 0x201D: case 0x201E: case 0x201F:	/* “ ” „ ‟ */
	case 0x2018: case 0x2019: case 0x201A: case 0x201B:	/* ‘ ’ ‚ ‛ */
	case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:	/* « » ‹ › */
	case 0x300C: case 0x300D: case 0x300E: case 0x300F:	/* 「 」 『 』 */
		return 1;
	}
	return 0;
}

static int
is_double_mark(uint32_t codepoint)
{
	switch (codepoint) {
	case '"': case 0x201C: case 0x201D: case 0x201E: case 0x201F:
	case 0x00AB: case 0x00BB: case 0x300E: case 0x300F:
		return 1;
	}
	return 0;
}

static int
is_space(uint32_t codepoint)
{
	/* with the invisible format characters (U+200C-U+200F, U+202A-U+202E, U+2060) */
	return codepoint == ' ' || (codepoint >= '\t' && codepoint <= '\r') ||
	    codepoint == 0x00A0 || (codepoint >= 0x2000 && codepoint <= 0x200F) ||
	    (codepoint >= 0x202A && codepoint <= 0x202F) || codepoint == 0x205F ||
	    codepoint == 0x2060 || codepoint == 0x3000 || codepoint == 0xFEFF;
}

static enum character_class classify_slowly(uint32_t codepoint);

/* What a byte adds to a word in scan_word's fast loop: ASCII letters and digits only. */
enum word_byte {
	WORD_BYTE_DIGIT		= 1 << 0,
	WORD_BYTE_LETTER	= 1 << 1
};

/*
 * Filled on first use: the classes of the ASCII characters; the word_byte
 * bits of every byte; and per byte, whether it ends a word that reaches it
 * (ASCII but for ' - . &, which may join two parts of a word).
 */
static unsigned char ascii_classes[128];
static unsigned char word_bytes[256];
static unsigned char ends_word[256];
static int ascii_ready;

static void
fill_ascii_classes(void)
{
	uint32_t c;

	for (c = 0; c < 128; c++) {
		ascii_classes[c] = classify_slowly(c);
		if (ascii_classes[c] == CHARACTER_WORD)
			word_bytes[c] = c > '9' ? WORD_BYTE_LETTER : WORD_BYTE_DIGIT;
		ends_word[c] = c != '\'' && c != '-' && c != '.' && c != '&';
	}
	ascii_ready = 1;
}

static inline enum character_class
classify(uint32_t codepoint)
{
	if (codepoint < 0x80)
		return ascii_classes[codepoint];
	return classify_slowly(codepoint);
}

static enum character_class
classify_slowly(uint32_t codepoint)
{
	if (codepoint < 0x80) {
		if ((codepoint >= 'a' && codepoint <= 'z') || (codepoint >= 'A' && codepoint <= 'Z') ||
		    (codepoint >= '0' && codepoint <= '9'))
			return CHARACTER_WORD;
		if (is_space(codepoint))
			return CHARACTER_SPACE;
		if (codepoint == '"' || codepoint == '\'')
			return CHARACTER_MARK;
		if (codepoint == '-')
			return CHARACTER_DASH;
		return CHARACTER_PUNCT;
	}
	if (is_space(codepoint))
		return CHARACTER_SPACE;
	if (tokens_is_mark(codepoint))
		return CHARACTER_MARK;
	if (codepoint >= 0x2010 && codepoint <= 0x2015)
		return CHARACTER_DASH;
	if (codepoint < 0xC0 || codepoint == 0xD7 || codepoint == 0xF7 ||
	    (codepoint >= 0x2000 && codepoint <= 0x2BFF) ||
	    (codepoint >= 0x3000 && codepoint <= 0x303F) || codepoint == UTF8_REPLACEMENT)
		return CHARACTER_PUNCT;
	return CHARACTER_WORD;
}

static int
is_upper(uint32_t codepoint)
{
	if (codepoint < 0x80)
		return codepoint >= 'A' && codepoint <= 'Z';
	if (codepoint >= 0xC0 && codepoint <= 0xDE)
		return codepoint != 0xD7;
	if (codepoint >= 0x100 && codepoint <= 0x17F)
		return codepoint % 2 == 0;
	return (codepoint >= 0x391 && codepoint <= 0x3A9) || (codepoint >= 0x410 && codepoint <= 0x42F);
}

static int
is_letter(uint32_t codepoint)
{
	return classify(codepoint) == CHARACTER_WORD && !(codepoint >= '0' && codepoint <= '9');
}

/* A reader over the text: the code point at byte and its length. */
struct scan {
	const char	*text;
	size_t		 length;
};

static uint32_t
peek(const struct scan *scan, size_t byte, size_t *width)
{
	uint32_t codepoint;

	if (byte >= scan->length) {
		*width = 0;
		return 0;
	}
	if ((unsigned char)scan->text[byte] < 0x80) {
		*width = 1;
		return (unsigned char)scan->text[byte];
	}
	*width = utf8_decode(scan->text + byte, scan->length - byte, &codepoint);
	return codepoint;
}

/* Whether the character at byte (of class and code point) may sit inside a word. */
static int
joins_word(const struct scan *scan, size_t byte, uint32_t codepoint, size_t width)
{
	size_t next_width;
	uint32_t next;

	if (codepoint != '\'' && codepoint != 0x2019 && codepoint != 0x02BC && codepoint != '-' &&
	    codepoint != 0x2010 && codepoint != 0x2011 && codepoint != '.' && codepoint != '&')
		return 0;
	next = peek(scan, byte + width, &next_width);
	return next_width > 0 && classify(next) == CHARACTER_WORD;
}

/* The end of the run of ASCII letters and digits at byte; adds their word_byte bits to *seen. */
static inline size_t
skip_word_bytes(const unsigned char *text, size_t byte, size_t length, unsigned *seen)
{
	const unsigned char *at = text + byte, *end = text + length;
	unsigned bits = 0, here;

	while (at < end && (here = word_bytes[*at]) != 0) {
		bits |= here;
		at++;
	}
	*seen |= bits;
	return at - text;
}

/*
 * Scans the word at byte; returns its end and sets *letters when it holds a
 * letter, *inner_period when it holds a period kept inside it (U.S.).  Runs
 * of ASCII letters and digits take one table look-up a byte.
 */
static size_t
scan_word(const struct scan *scan, size_t byte, int *letters, int *inner_period)
{
	const unsigned char *text = (const unsigned char *)scan->text;
	size_t length = scan->length, width;
	unsigned seen = 0;
	int period = 0;
	uint32_t codepoint;

	for (;;) {
		byte = skip_word_bytes(text, byte, length, &seen);
		if (byte >= length)
			break;
		if (ends_word[text[byte]])
			break;	/* space or punctuation: the common end of a word */
		codepoint = peek(scan, byte, &width);
		if (classify(codepoint) == CHARACTER_WORD) {
			seen |= is_letter(codepoint) ? WORD_BYTE_LETTER : 0;
			byte += width;
		} else if (joins_word(scan, byte, codepoint, width)) {
			/* U.S. keeps its final period; 10.9bn does not */
			period |= codepoint == '.' && byte > 0 &&
			    !(text[byte - 1] >= '0' && text[byte - 1] <= '9');
			byte += width;
		} else
			break;
	}
	*letters = (seen & WORD_BYTE_LETTER) != 0;
	*inner_period = period;
	return byte;
}

/* Whether the period right after the word [start, end) belongs to it: Mr., J., U.S. */
static int
keeps_period(const struct scan *scan, size_t start, size_t end, int inner_period)
{
	if (end >= scan->length || scan->text[end] != '.')
		return 0;
	if (inner_period)
		return 1;
	if (end - start == 1 && scan->text[start] >= 'A' && scan->text[start] <= 'Z')
		return 1;
	return (lexicon_classes(scan->text + start, end - start + 1) & LEXICON_ABBREVIATION) != 0;
}

static int
opens_after(uint32_t previous)
{
	return previous == 0 || is_space(previous) || previous == '(' || previous == '[' ||
	    previous == '{' || previous == ':' || previous == '/' ||
	    classify(previous) == CHARACTER_DASH || tokens_is_mark(previous);
}

static int
closes_before(uint32_t next)
{
	enum character_class class = classify(next);

	return next == 0 || class == CHARACTER_SPACE || class == CHARACTER_PUNCT ||
	    class == CHARACTER_DASH || class == CHARACTER_MARK;
}

static uint8_t
mark_flags(uint32_t codepoint, uint32_t previous, uint32_t next)
{
	uint8_t flags = is_double_mark(codepoint) ? TOKEN_DOUBLE : 0;

	if (previous == '=')		/* an attribute in markup: author="x" */
		return flags;
	if (next != 0 && !is_space(next) && opens_after(previous))
		flags |= TOKEN_CAN_OPEN;
	if (previous != 0 && !is_space(previous) && previous != '(' && previous != '[' &&
	    previous != '{' && closes_before(next))
		flags |= TOKEN_CAN_CLOSE;
	return flags;
}

static inline struct token *
push(struct token_list *list, size_t start, size_t end, uint32_t codepoint, int kind, int flags)
{
	struct token *token;

	if (list->count == list->capacity)
		egrow(&list->items, &list->capacity, list->count + 1, sizeof(*list->items));
	token = &list->items[list->count++];
	token->start = start;
	token->end = end;
	token->codepoint = codepoint;
	token->kind = kind;
	token->flags = flags;
	token->notes = 0;
	return token;
}

void
tokens_split(struct token_list *list, const char *text, size_t length)
{
	struct scan scan = { text, length };
	uint32_t codepoint, previous = 0, next;
	size_t byte = 0, width, next_width, end;
	int letters, inner_period, space_before = TOKEN_SPACE_BEFORE, flags;

	list->count = 0;
	if (!ascii_ready)
		fill_ascii_classes();
	while (byte < length) {
		if (text[byte] == ' ') {
			space_before = TOKEN_SPACE_BEFORE;
			previous = ' ';
			byte++;
			continue;
		}
		codepoint = peek(&scan, byte, &width);
		switch (classify(codepoint)) {
		case CHARACTER_SPACE:
			space_before = TOKEN_SPACE_BEFORE;
			previous = codepoint;
			byte += width;
			continue;
		case CHARACTER_WORD:
			end = scan_word(&scan, byte, &letters, &inner_period);
			if (keeps_period(&scan, byte, end, inner_period))
				end++;
			flags = space_before | (letters ? TOKEN_LETTER : 0) |
			    (is_upper(codepoint) ? TOKEN_CAPITALIZED : 0);
			push(list, byte, end, codepoint, TOKEN_WORD, flags);
			previous = (unsigned char)text[end - 1] < 0x80 ? (unsigned char)text[end - 1] : 'a';
			byte = end;
			space_before = 0;
			continue;
		case CHARACTER_MARK:
			if (codepoint == '\'' && byte + 1 < length && text[byte + 1] == '\'') {
				/* '' stands for a double mark in some archives */
				width = 2;
				next = peek(&scan, byte + width, &next_width);
				push(list, byte, byte + width, codepoint, TOKEN_MARK, TOKEN_DOUBLE |
				    space_before | mark_flags(codepoint, previous, next));
				break;
			}
			next = peek(&scan, byte + width, &next_width);
			push(list, byte, byte + width, codepoint, TOKEN_MARK,
			    space_before | mark_flags(codepoint, previous, next));
			break;
		case CHARACTER_DASH:
			end = byte + width;
			while (codepoint == '-' && end < length && text[end] == '-')
				end++;
			push(list, byte, end, codepoint, TOKEN_DASH, space_before);
			width = end - byte;
			break;
		case CHARACTER_PUNCT:
			flags = space_before;
			if (codepoint == '?' || codepoint == '!')
				flags |= TOKEN_SENTENCE_END;
			if (codepoint == '.') {
				next = peek(&scan, byte + width, &next_width);
				if (classify(next) != CHARACTER_WORD && next != ')' && next != ',' &&
				    next != ';')
					flags |= TOKEN_SENTENCE_END;
			}
			push(list, byte, byte + width, codepoint, TOKEN_PUNCT, flags);
			break;
		}
		previous = codepoint;
		byte += width;
		space_before = 0;
	}
}

void
token_list_free(struct token_list *list)
{
	free(list->items);
	list->items = NULL;
	list->count = list->capacity = 0;
}
