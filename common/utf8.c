/* utf8.c: decodes and measures UTF-8 text; converts Windows-1252 bytes to UTF-8. */
/*
 * Policy for invalid input, the same everywhere in newspipe: a byte that does
 * not start a well-formed sequence (RFC 3629: no overlong forms, no UTF-16
 * surrogates, nothing above U+10FFFF, no truncated tail) decodes as U+FFFD and
 * consumes exactly that one byte.  Offsets computed over invalid text are thus
 * still defined and monotonic; filters only ever see valid text, because
 * jansson rejects invalid UTF-8 and split-paragraphs converts it first.
 */
#include <string.h>

#include "alloc.h"
#include "utf8.h"

size_t
utf8_decode(const char *s, size_t length, uint32_t *codepoint)
{
	const unsigned char *u = (const unsigned char *)s;
	uint32_t value, minimum;
	size_t need, i;

	if (u[0] < 0x80) {
		*codepoint = u[0];
		return 1;
	}
	if (u[0] >= 0xC2 && u[0] <= 0xDF) {
		need = 1; value = u[0] & 0x1F; minimum = 0x80;
	} else if (u[0] >= 0xE0 && u[0] <= 0xEF) {
		need = 2; value = u[0] & 0x0F; minimum = 0x800;
	} else if (u[0] >= 0xF0 && u[0] <= 0xF4) {
		need = 3; value = u[0] & 0x07; minimum = 0x10000;
	} else {
		*codepoint = UTF8_REPLACEMENT;
		return 1;
	}
	if (length < need + 1) {
		*codepoint = UTF8_REPLACEMENT;
		return 1;
	}
	for (i = 1; i <= need; i++) {
		if ((u[i] & 0xC0) != 0x80) {
			*codepoint = UTF8_REPLACEMENT;
			return 1;
		}
		value = value << 6 | (u[i] & 0x3F);
	}
	if (value < minimum || value > 0x10FFFF ||
	    (value >= 0xD800 && value <= 0xDFFF)) {
		*codepoint = UTF8_REPLACEMENT;
		return 1;
	}
	*codepoint = value;
	return need + 1;
}

size_t
utf8_encode(uint32_t codepoint, char *out)
{
	unsigned char *u = (unsigned char *)out;

	if (codepoint > 0x10FFFF || (codepoint >= 0xD800 && codepoint <= 0xDFFF))
		codepoint = UTF8_REPLACEMENT;
	if (codepoint < 0x80) {
		u[0] = codepoint;
		return 1;
	}
	if (codepoint < 0x800) {
		u[0] = 0xC0 | codepoint >> 6;
		u[1] = 0x80 | (codepoint & 0x3F);
		return 2;
	}
	if (codepoint < 0x10000) {
		u[0] = 0xE0 | codepoint >> 12;
		u[1] = 0x80 | (codepoint >> 6 & 0x3F);
		u[2] = 0x80 | (codepoint & 0x3F);
		return 3;
	}
	u[0] = 0xF0 | codepoint >> 18;
	u[1] = 0x80 | (codepoint >> 12 & 0x3F);
	u[2] = 0x80 | (codepoint >> 6 & 0x3F);
	u[3] = 0x80 | (codepoint & 0x3F);
	return 4;
}

int
utf8_valid(const char *s, size_t length)
{
	uint32_t codepoint;
	size_t i = 0, step;

	while (i < length) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		step = utf8_decode(s + i, length - i, &codepoint);
		if (codepoint == UTF8_REPLACEMENT && step == 1)
			return 0;
		i += step;
	}
	return 1;
}

/* Whether the eight bytes at bytes are all ASCII: eight code points, whatever follows. */
static inline int
ascii_only(const char *bytes)
{
	uint64_t word;

	memcpy(&word, bytes, sizeof(word));
	return (word & 0x8080808080808080ULL) == 0;
}

size_t
utf8_length(const char *s, size_t length)
{
	uint32_t codepoint;
	size_t i = 0, count = 0;

	while (i < length) {
		if (length - i >= sizeof(uint64_t) && ascii_only(s + i)) {
			i += sizeof(uint64_t);
			count += sizeof(uint64_t);
			continue;
		}
		if ((unsigned char)s[i] < 0x80)
			i++;
		else
			i += utf8_decode(s + i, length - i, &codepoint);
		count++;
	}
	return count;
}

size_t
utf8_byte_offset(const char *s, size_t length, size_t codepoints)
{
	uint32_t codepoint;
	size_t i = 0;

	while (i < length && codepoints > 0) {
		i += utf8_decode(s + i, length - i, &codepoint);
		codepoints--;
	}
	return i;
}

void
utf8_cursor_init(struct utf8_cursor *cursor, const char *text, size_t length)
{
	cursor->text = text;
	cursor->length = length;
	cursor->byte = 0;
	cursor->codepoint = 0;
}

size_t
utf8_cursor_codepoint(struct utf8_cursor *cursor, size_t byte)
{
	uint32_t codepoint;

	if (byte > cursor->length)
		byte = cursor->length;
	if (byte < cursor->byte) {
		cursor->byte = 0;
		cursor->codepoint = 0;
	}
	while (cursor->byte < byte) {
		if (byte - cursor->byte >= sizeof(uint64_t) &&
		    ascii_only(cursor->text + cursor->byte)) {
			cursor->byte += sizeof(uint64_t);
			cursor->codepoint += sizeof(uint64_t);
			continue;
		}
		if ((unsigned char)cursor->text[cursor->byte] < 0x80)
			cursor->byte++;
		else
			cursor->byte += utf8_decode(cursor->text + cursor->byte,
			    cursor->length - cursor->byte, &codepoint);
		cursor->codepoint++;
	}
	return cursor->codepoint;
}

/* Windows-1252 0x80-0x9F; 0 marks the five undefined bytes. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

char *
utf8_from_cp1252(const char *in, size_t length, size_t *out_length)
{
	const unsigned char *u = (const unsigned char *)in;
	char *out = ereallocarray(NULL, length + 1, 3);
	size_t i, n = 0;
	uint32_t codepoint;

	for (i = 0; i < length; i++) {
		codepoint = u[i];
		if (codepoint >= 0x80 && codepoint <= 0x9F &&
		    cp1252_high[codepoint - 0x80] != 0)
			codepoint = cp1252_high[codepoint - 0x80];
		n += utf8_encode(codepoint, out + n);
	}
	out[n] = '\0';
	*out_length = n;
	return out;
}
