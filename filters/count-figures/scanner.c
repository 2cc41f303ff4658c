/* scanner.c: reads paragraph text into words, numbers and signs, on demand; no I/O. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "scanner.h"
#include "utf8.h"

#define GROUPS_MAXIMUM	32
#define DIGITS_MAXIMUM	120

struct group {
	size_t	start, end;	/* the digits of the group */
	char	separator;	/* ',', '.' or ' ' (any space) before it */
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Byte classes of ASCII: what each byte starts or continues. */
enum {
	CLASS_OTHER,
	CLASS_SPACE,
	CLASS_LOWER,
	CLASS_UPPER,
	CLASS_DIGIT
};

static const unsigned char classes[128] = {
	['\t'] = CLASS_SPACE, ['\n'] = CLASS_SPACE, ['\v'] = CLASS_SPACE, ['\f'] = CLASS_SPACE,
	['\r'] = CLASS_SPACE, [' '] = CLASS_SPACE,
	['0'] = CLASS_DIGIT, ['1'] = CLASS_DIGIT, ['2'] = CLASS_DIGIT, ['3'] = CLASS_DIGIT,
	['4'] = CLASS_DIGIT, ['5'] = CLASS_DIGIT, ['6'] = CLASS_DIGIT, ['7'] = CLASS_DIGIT,
	['8'] = CLASS_DIGIT, ['9'] = CLASS_DIGIT,
	['a'] = CLASS_LOWER, ['b'] = CLASS_LOWER, ['c'] = CLASS_LOWER, ['d'] = CLASS_LOWER,
	['e'] = CLASS_LOWER, ['f'] = CLASS_LOWER, ['g'] = CLASS_LOWER, ['h'] = CLASS_LOWER,
	['i'] = CLASS_LOWER, ['j'] = CLASS_LOWER, ['k'] = CLASS_LOWER, ['l'] = CLASS_LOWER,
	['m'] = CLASS_LOWER, ['n'] = CLASS_LOWER, ['o'] = CLASS_LOWER, ['p'] = CLASS_LOWER,
	['q'] = CLASS_LOWER, ['r'] = CLASS_LOWER, ['s'] = CLASS_LOWER, ['t'] = CLASS_LOWER,
	['u'] = CLASS_LOWER, ['v'] = CLASS_LOWER, ['w'] = CLASS_LOWER, ['x'] = CLASS_LOWER,
	['y'] = CLASS_LOWER, ['z'] = CLASS_LOWER,
	['A'] = CLASS_UPPER, ['B'] = CLASS_UPPER, ['C'] = CLASS_UPPER, ['D'] = CLASS_UPPER,
	['E'] = CLASS_UPPER, ['F'] = CLASS_UPPER, ['G'] = CLASS_UPPER, ['H'] = CLASS_UPPER,
	['I'] = CLASS_UPPER, ['J'] = CLASS_UPPER, ['K'] = CLASS_UPPER, ['L'] = CLASS_UPPER,
	['M'] = CLASS_UPPER, ['N'] = CLASS_UPPER, ['O'] = CLASS_UPPER, ['P'] = CLASS_UPPER,
	['Q'] = CLASS_UPPER, ['R'] = CLASS_UPPER, ['S'] = CLASS_UPPER, ['T'] = CLASS_UPPER,
	['U'] = CLASS_UPPER, ['V'] = CLASS_UPPER, ['W'] = CLASS_UPPER, ['X'] = CLASS_UPPER,
	['Y'] = CLASS_UPPER, ['Z'] = CLASS_UPPER
};

/* 1 for the ASCII letters, 0 for every other byte. */
static const unsigned char letters[256] = {
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1, ['G'] = 1, ['H'] = 1,
	['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1, ['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1,
	['Q'] = 1, ['R'] = 1, ['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['g'] = 1, ['h'] = 1,
	['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1, ['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1,
	['q'] = 1, ['r'] = 1, ['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1
};

static int
is_ascii_letter(char c)
{
	return (unsigned char)c < 0x80 && classes[(unsigned char)c] >= CLASS_LOWER &&
	    classes[(unsigned char)c] <= CLASS_UPPER;
}

static int
is_space_codepoint(uint32_t c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
	    c == 0xA0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F ||
	    c == 0x3000 || c == 0xFEFF;
}

/* Code points that are signs of their own even though they are not ASCII. */
static int
is_sign_codepoint(uint32_t c)
{
	return (c >= 0x80 && c <= 0xBF && c != 0xAA && c != 0xB2 && c != 0xB3 &&
	    c != 0xB5) || c == 0xD7 || c == 0xF7 || c == 0x02DA ||
	    (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) ||
	    (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2150 && c <= 0x218F) ||
	    (c >= 0x2190 && c <= 0x2BFF) || c == 0x0E3F || c == 0x5143 || c == 0x5186 ||
	    (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) ||
	    c == UTF8_REPLACEMENT;
}

/* The value of a vulgar fraction sign, or 0. */
static double
vulgar_value(uint32_t c)
{
	switch (c) {
	case 0xBC: return 0.25;
	case 0xBD: return 0.5;
	case 0xBE: return 0.75;
	case 0x2150: return 1.0 / 7;
	case 0x2151: return 1.0 / 9;
	case 0x2152: return 0.1;
	case 0x2153: return 1.0 / 3;
	case 0x2154: return 2.0 / 3;
	case 0x2155: return 0.2;
	case 0x2156: return 0.4;
	case 0x2157: return 0.6;
	case 0x2158: return 0.8;
	case 0x2159: return 1.0 / 6;
	case 0x215A: return 5.0 / 6;
	case 0x215B: return 0.125;
	case 0x215C: return 0.375;
	case 0x215D: return 0.625;
	case 0x215E: return 0.875;
	default: return 0;
	}
}

static struct token *
push(struct token_stream *stream, enum token_type type, size_t start, size_t end)
{
	struct token *token;

	if (stream->count == stream->capacity)
		egrow(&stream->tokens, &stream->capacity, stream->count + 1, sizeof(*stream->tokens));
	token = &stream->tokens[stream->count++];
	*token = (struct token){ .start = (uint32_t)start, .end = (uint32_t)end, .type = (unsigned char)type,
	    .flags = type == TOKEN_NUMBER ? TOKEN_CANDIDATE : 0 };
	return token;
}

static size_t
digit_run(const char *text, size_t length, size_t at)
{
	while (at < length && is_digit(text[at]))
		at++;
	return at;
}

/* The length of the space at text + at that may separate digit groups, or 0. */
static size_t
group_space(const char *text, size_t length, size_t at)
{
	if (at < length && text[at] == ' ')
		return 1;
	if (at + 1 < length && (unsigned char)text[at] == 0xC2 &&
	    (unsigned char)text[at + 1] == 0xA0)
		return 2;
	if (at + 2 < length && (unsigned char)text[at] == 0xE2 &&
	    (unsigned char)text[at + 1] == 0x80 &&
	    ((unsigned char)text[at + 2] == 0xAF || (unsigned char)text[at + 2] == 0x89))
		return 3;
	return 0;
}

/* Reads the digit groups of a number from at; returns their count. */
static size_t
read_groups(const char *text, size_t length, size_t at, struct group *groups)
{
	size_t count = 0, end, space;

	end = digit_run(text, length, at);
	groups[count++] = (struct group){ at, end, 0 };
	while (count < GROUPS_MAXIMUM && end < length) {
		char c = text[end];

		if ((c == ',' || c == '.') && end + 1 < length && is_digit(text[end + 1])) {
			size_t next = digit_run(text, length, end + 1);

			groups[count++] = (struct group){ end + 1, next, c };
			end = next;
			continue;
		}
		space = group_space(text, length, end);
		if (space != 0 && groups[0].end - groups[0].start <= 3 &&
		    (count == 1 || groups[count - 1].separator == ' ')) {
			size_t next = digit_run(text, length, end + space);

			if (next - (end + space) == 3 &&
			    (next >= length || !is_ascii_letter(text[next]))) {
				groups[count++] = (struct group){ end + space, next, ' ' };
				end = next;
				continue;
			}
		}
		break;
	}
	return count;
}

static size_t
group_length(const struct group *group)
{
	return group->end - group->start;
}

/* Whether groups[0, count) are thousands groups joined by separator (Indian style too). */
static int
thousands(const struct group *groups, size_t count, char separator)
{
	size_t i;
	int western = group_length(&groups[0]) <= 3, indian = separator == ',' && count >= 3 &&
	    group_length(&groups[0]) <= 2 && group_length(&groups[count - 1]) == 3;

	for (i = 1; i < count; i++) {
		if (groups[i].separator != separator)
			return 0;
		if (group_length(&groups[i]) != 3)
			western = 0;
		if (i < count - 1 && group_length(&groups[i]) != 2)
			indian = 0;
	}
	return western || indian;
}

enum reading { READ_NUMBER, READ_LIST, READ_IDENTIFIER };

/* The value of up to 15 decimal digits (exact in a double; strtod would do, slower). */
static double
whole_number(const char *digits, size_t count)
{
	uint64_t value = 0;
	size_t i;

	for (i = 0; i < count; i++)
		value = value * 10 + (uint64_t)(digits[i] - '0');
	return (double)value;
}

/*
 * Decides how digit groups read: as one number (*decimal_group is the index
 * of the group after the decimal point, or count), a list ("22,24,26") or an
 * identifier ("192.168.1.2").
 */
static enum reading
interpret_groups(const struct group *groups, size_t count, size_t *decimal_group)
{
	char first, last;

	*decimal_group = count;
	if (count == 1)
		return READ_NUMBER;
	first = groups[1].separator;
	last = groups[count - 1].separator;
	if (count == 2) {
		if (first == '.' || (first == ',' && group_length(&groups[1]) != 3))
			*decimal_group = 1;
		if (first == ',' && group_length(&groups[1]) > 3)
			return READ_LIST;
		return READ_NUMBER;
	}
	if (thousands(groups, count, first))
		return READ_NUMBER;
	if (last != first && last != ' ' && thousands(groups, count - 1, first)) {
		*decimal_group = count - 1;
		return READ_NUMBER;
	}
	if (first == ',')
		return READ_LIST;
	return READ_IDENTIFIER;
}

/* Reads an exponent after a mantissa ending at *at ("e10", "^-1", "x10^6"); 0 when none. */
static int
read_exponent(const char *text, size_t length, size_t *at, double mantissa, double *value)
{
	size_t p = *at, digits_end;
	int negative = 0;
	double power;

	if (p < length && (text[p] == 'e' || text[p] == 'E')) {
		p++;
		if (p < length && (text[p] == '+' || text[p] == '-'))
			negative = text[p++] == '-';
		digits_end = digit_run(text, length, p);
		if (digits_end == p || (digits_end < length && is_ascii_letter(text[digits_end])))
			return 0;
		power = strtod(text + p, NULL);
		*value = mantissa * pow(10, negative ? -power : power);
		*at = digits_end;
		return 1;
	}
	if (p + 3 < length && (text[p] == 'x' || text[p] == '*') && text[p + 1] == '1' &&
	    text[p + 2] == '0' && text[p + 3] == '^') {
		double exponent;
		size_t q = p + 3;

		if (!read_exponent(text, length, &q, 10, &exponent))
			return 0;
		*value = mantissa * exponent;
		*at = q;
		return 1;
	}
	if (p < length && text[p] == '^') {
		p++;
		while (p < length && (text[p] == '+' || text[p] == '-'))
			negative ^= text[p++] == '-';
		digits_end = digit_run(text, length, p);
		if (digits_end == p)
			return 0;
		power = strtod(text + p, NULL);
		*value = pow(mantissa, negative ? -power : power);
		*at = digits_end;
		return 1;
	}
	return 0;
}

/* Pushes the number token(s) starting at at (a digit, or '.' then a digit); returns the end. */
static size_t
read_number(struct token_stream *stream, size_t at)
{
	const char *text = stream->text;
	size_t length = stream->length, count, decimal_group, i, used = 0, end;
	struct group groups[GROUPS_MAXIMUM];
	char digits[DIGITS_MAXIMUM + 8];
	struct token *token;
	double value, exponent_value;
	enum reading reading;

	if (text[at] == '.') {
		end = digit_run(text, length, at + 1);
		token = push(stream, TOKEN_NUMBER, at, end);
		token->value = strtod(text + at, NULL);
		token->flags |= TOKEN_DECIMAL;
		return end;
	}
	count = read_groups(text, length, at, groups);
	reading = interpret_groups(groups, count, &decimal_group);
	if (reading == READ_LIST) {
		for (i = 0; i < count; i++) {
			if (i > 0)
				push(stream, TOKEN_SIGN, groups[i].start - 1, groups[i].start)
				    ->sign = (uint32_t)groups[i].separator;
			token = push(stream, TOKEN_NUMBER, groups[i].start, groups[i].end);
			token->value = strtod(text + groups[i].start, NULL);
			token->digits = (unsigned char)(group_length(&groups[i]) > 255 ? 255 :
			    group_length(&groups[i]));
			if (text[groups[i].start] == '0' && group_length(&groups[i]) > 1)
				token->flags |= TOKEN_LEADING_ZERO;
		}
		return groups[count - 1].end;
	}
	end = groups[count - 1].end;
	token = push(stream, TOKEN_NUMBER, at, end);
	if (reading == READ_IDENTIFIER) {
		token->flags |= TOKEN_IDENTIFIER;
		return end;
	}
	for (i = 0; i < count; i++) {
		size_t n = group_length(&groups[i]);

		if (used + n + 1 > DIGITS_MAXIMUM) {
			token->flags |= TOKEN_IDENTIFIER;
			return end;
		}
		if (i == decimal_group)
			digits[used++] = '.';
		memcpy(digits + used, text + groups[i].start, n);
		used += n;
		if (i < decimal_group)
			token->digits =
			    (unsigned char)(token->digits + n > 255 ? 255 : token->digits + n);
	}
	digits[used] = '\0';
	value = decimal_group == count && used <= 15 ? whole_number(digits, used) : strtod(digits, NULL);
	if (count > 1 && decimal_group != 1)
		token->flags |= TOKEN_GROUPED;
	if (decimal_group < count)
		token->flags |= TOKEN_DECIMAL;
	if (text[at] == '0' && groups[0].end - at > 1)
		token->flags |= TOKEN_LEADING_ZERO;
	if (read_exponent(text, length, &end, value, &exponent_value)) {
		value = exponent_value;
		token->flags |= TOKEN_EXPONENT;
		token->end = end;
	}
	token->value = value;
	return end;
}

/* Reads the next token(s) into the window; sets finished at the end of the text. */
static void
read_token(struct token_stream *stream)
{
	const char *text = stream->text;
	size_t length = stream->length, p = stream->position, start, n;
	uint32_t c = 0;
	struct token *token;

	for (;;) {
		while (p < length && (unsigned char)text[p] < 0x80 &&
		    classes[(unsigned char)text[p]] == CLASS_SPACE)
			p++;
		if (p >= length) {
			stream->position = p;
			stream->finished = 1;
			return;
		}
		if ((unsigned char)text[p] < 0x80) {
			c = (unsigned char)text[p];
			n = 1;
			break;
		}
		n = utf8_decode(text + p, length - p, &c);
		if (!is_space_codepoint(c))
			break;
		p += n;
	}
	start = p;
	if (is_digit(text[p]) || (text[p] == '.' && p + 1 < length && is_digit(text[p + 1]) &&
	    (p == 0 || !is_digit(text[p - 1])))) {
		stream->position = read_number(stream, p);
		return;
	}
	if (is_ascii_letter(text[p]) || (c >= 0x80 && !is_sign_codepoint(c))) {
		uint32_t hash = LEXICON_HASH_START;
		int plural;
		size_t i;

		while (p < length) {
			/* ASCII letters, most of a word: 0x20 lowers a capital, as lexicon_hash_step does */
			while (p < length && letters[(unsigned char)text[p]])
				hash = (hash ^ ((unsigned char)text[p++] | 0x20)) * 16777619u;
			if (p >= length || (unsigned char)text[p] < 0x80)
				break;
			n = utf8_decode(text + p, length - p, &c);
			if (is_space_codepoint(c) || is_sign_codepoint(c))
				break;
			for (i = 0; i < n; i++)
				hash = lexicon_hash_step(hash, (unsigned char)text[p + i]);
			p += n;
		}
		token = push(stream, TOKEN_WORD, start, p);
		plural = 0;
		if (lexicon_may_hold(hash))
			token->lexeme = lexicon_lookup(text + start, p - start, &plural);
		if (token->lexeme != NULL && (token->lexeme->roles & ROLE_START))
			token->flags |= TOKEN_CANDIDATE;
		if (plural)
			token->flags |= TOKEN_PLURAL;
		if (text[start] >= 'A' && text[start] <= 'Z') {
			token->flags |= TOKEN_CAPITALIZED | TOKEN_UPPER;
			for (i = start + 1; i < p; i++)
				if (text[i] >= 'a' && text[i] <= 'z') {
					token->flags &= ~TOKEN_UPPER;
					break;
				}
		}
		stream->position = p;
		return;
	}
	token = push(stream, TOKEN_SIGN, start, start + n);
	token->sign = c;
	if (c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2013 || c == 0x2212 ||
	    lexicon_currency_sign(c) != NULL)
		token->flags |= TOKEN_CANDIDATE;
	if (c >= 0xBC && vulgar_value(c) != 0) {
		token->type = TOKEN_NUMBER;
		token->value = vulgar_value(c);
		token->flags |= TOKEN_VULGAR | TOKEN_CANDIDATE;
	}
	stream->position = start + n;
}

void
token_stream_init(struct token_stream *stream, const char *text, size_t length)
{
	struct token *tokens = stream->tokens;
	size_t capacity = stream->capacity;

	lexicon_init();	/* the sieve read_token tests inline */
	/* the window of a previous text is reused: one allocation for many paragraphs */
	memset(stream, 0, sizeof(*stream));
	stream->tokens = tokens;
	stream->capacity = capacity;
	stream->text = text;
	stream->length = length;
}

void
token_stream_free(struct token_stream *stream)
{
	free(stream->tokens);
	stream->tokens = NULL;
	stream->count = stream->capacity = 0;
}

const struct token *
token_read_to(struct token_stream *stream, size_t index)
{
	if (index < stream->first)
		return NULL;
	while (index >= stream->first + stream->count && !stream->finished)
		read_token(stream);
	if (index >= stream->first + stream->count)
		return NULL;
	return &stream->tokens[index - stream->first];
}

void
token_release(struct token_stream *stream, size_t index)
{
	size_t drop;

	if (index <= stream->first)
		return;
	drop = index - stream->first;
	if (drop < 1024 || drop > stream->count)
		return;
	memmove(stream->tokens, stream->tokens + drop,
	    (stream->count - drop) * sizeof(*stream->tokens));
	stream->count -= drop;
	stream->first = index;
}

int
token_attached(struct token_stream *stream, size_t index)
{
	const struct token *previous, *token;

	if (index == 0 || index <= stream->first)
		return 0;
	token = token_at(stream, index);
	previous = token_at(stream, index - 1);
	return token != NULL && previous != NULL && previous->end == token->start;
}
