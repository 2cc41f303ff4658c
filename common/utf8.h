/* utf8.h: the project's one UTF-8 decoder, code point offsets, and Windows-1252 input. */
#ifndef NEWSPIPE_UTF8_H
#define NEWSPIPE_UTF8_H

#include <stddef.h>
#include <stdint.h>

#define UTF8_REPLACEMENT 0xFFFD

/*
 * Decodes the code point at s (length bytes available, length > 0) into
 * *codepoint and returns the number of bytes it takes (1 to 4).  An invalid
 * sequence yields UTF8_REPLACEMENT and a length of 1: each bad byte is one
 * code point, so the input is never overrun and the offsets stay defined.
 */
size_t	 utf8_decode(const char *s, size_t length, uint32_t *codepoint);

/* Writes codepoint as UTF-8 into out (4 bytes room); returns the bytes written. */
size_t	 utf8_encode(uint32_t codepoint, char *out);

/* Whether s[0, length) is valid UTF-8 (no overlongs, surrogates or > U+10FFFF). */
int	 utf8_valid(const char *s, size_t length);

/* The number of code points in s[0, length), as utf8_decode counts them. */
size_t	 utf8_length(const char *s, size_t length);

/* The byte offset of code point index codepoints in s (length if past the end). */
size_t	 utf8_byte_offset(const char *s, size_t length, size_t codepoints);

/*
 * A forward cursor turning increasing byte offsets into code point offsets in
 * amortised O(1); going backwards restarts from the beginning.
 */
struct utf8_cursor {
	const char	*text;
	size_t		 length;
	size_t		 byte;
	size_t		 codepoint;
};

void	 utf8_cursor_init(struct utf8_cursor *cursor, const char *text, size_t length);
size_t	 utf8_cursor_codepoint(struct utf8_cursor *cursor, size_t byte);

/*
 * Converts Windows-1252 bytes to a new NUL-terminated UTF-8 string the caller
 * frees; *out_length gets its length.  The five bytes 1252 leaves undefined
 * map to the C1 controls of the same value, as browsers do.
 */
char	*utf8_from_cp1252(const char *in, size_t length, size_t *out_length);

#endif
