/* test_utf8.c: claims about the UTF-8 decoder, offsets and Windows-1252 input. */
#include <string.h>

#include <criterion/criterion.h>

#include "utf8.h"

struct decode_case {
	const char	*bytes;
	size_t		 length;
	uint32_t	 codepoint;
	size_t		 consumed;
};

Test(utf8, decodes_valid_and_replaces_each_invalid_byte)
{
	static const struct decode_case cases[] = {
		{ "A", 1, 'A', 1 },
		{ "\xC3\xA9", 2, 0xE9, 2 },			/* é */
		{ "\xE2\x80\x9C", 3, 0x201C, 3 },		/* “ */
		{ "\xF0\x9F\x98\x80", 4, 0x1F600, 4 },		/* emoji */
		{ "\xC0\xAF", 2, UTF8_REPLACEMENT, 1 },		/* overlong / */
		{ "\xED\xA0\x80", 3, UTF8_REPLACEMENT, 1 },	/* UTF-16 surrogate */
		{ "\xF4\x90\x80\x80", 4, UTF8_REPLACEMENT, 1 },	/* above U+10FFFF */
		{ "\xE2\x80", 2, UTF8_REPLACEMENT, 1 },		/* truncated */
		{ "\x80", 1, UTF8_REPLACEMENT, 1 },		/* lone continuation */
		{ "\xFF", 1, UTF8_REPLACEMENT, 1 },
	};
	size_t i;
	uint32_t codepoint;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t consumed = utf8_decode(cases[i].bytes, cases[i].length, &codepoint);

		cr_expect_eq(codepoint, cases[i].codepoint, "case %zu", i);
		cr_expect_eq(consumed, cases[i].consumed, "case %zu", i);
	}
}

Test(utf8, encodes_what_it_decodes)
{
	static const uint32_t codepoints[] = { 0, 'x', 0xE9, 0x20AC, 0x1F600, 0x10FFFF };
	char buffer[4];
	uint32_t back;
	size_t i, length;

	for (i = 0; i < sizeof(codepoints) / sizeof(codepoints[0]); i++) {
		length = utf8_encode(codepoints[i], buffer);
		cr_expect_eq(utf8_decode(buffer, length, &back), length);
		cr_expect_eq(back, codepoints[i]);
	}
}

Test(utf8, counts_code_points_not_bytes)
{
	const char *text = "“Hi,” said Zoë 😀";

	cr_expect_eq(utf8_length(text, strlen(text)), 16);
	cr_expect_eq(utf8_length("", 0), 0);
}

/* The 8-byte ASCII steps must count exactly as a byte at a time would, wherever the run ends. */
Test(utf8, length_counts_ascii_runs_of_every_length_and_offset)
{
	char text[64];
	size_t run, offset, expected;

	for (run = 0; run <= 24; run++)
		for (offset = 0; offset < 8; offset++) {
			memset(text, 'a', sizeof(text));
			memcpy(text + offset + run, "\xC3\xA9\xE2\x82\xAC!", 6);	/* é, €, ! */
			expected = offset + run + 3;
			cr_expect_eq(utf8_length(text, offset + run + 6), expected,
			    "run %zu at offset %zu", run, offset);
			cr_expect_eq(utf8_length(text + offset, run), run);
		}
	cr_expect_eq(utf8_length("a\0b\0c\0d\0e\0f", 11), 11);	/* NULs are ASCII */
	cr_expect_eq(utf8_length("\xE9\xE9" "abcdefghij", 12), 12);	/* each bad byte is one */
	cr_expect_eq(utf8_length("abcdefgh\xC3", 9), 9);		/* a truncated tail too */
}

Test(utf8, valid_rejects_every_bad_form)
{
	cr_expect(utf8_valid("plain ascii", 11));
	cr_expect(utf8_valid("caf\xC3\xA9", 5));
	cr_expect(utf8_valid("", 0));
	cr_expect_not(utf8_valid("caf\xE9", 4));		/* Latin-1 é */
	cr_expect_not(utf8_valid("\xED\xB0\x80", 3));
	cr_expect(utf8_valid("a\0b", 3));			/* NUL is valid UTF-8 */
}

Test(utf8, byte_offset_and_cursor_agree)
{
	const char *text = "«Ça va», dit-il — oui.";
	size_t length = strlen(text), codepoint, byte;
	struct utf8_cursor cursor;

	utf8_cursor_init(&cursor, text, length);
	for (codepoint = 0; codepoint <= utf8_length(text, length); codepoint++) {
		byte = utf8_byte_offset(text, length, codepoint);
		cr_expect_eq(utf8_cursor_codepoint(&cursor, byte), codepoint);
	}
	cr_expect_eq(utf8_cursor_codepoint(&cursor, 0), 0);	/* backwards restarts */
	cr_expect_eq(utf8_byte_offset(text, length, 1000), length);
}

Test(utf8, cursor_counts_long_ascii_runs_like_utf8_length)
{
	/* ASCII runs of every length around the eight bytes the cursor skips at once */
	static const char *const others[] = { "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xFF" };
	char text[1024];
	size_t length = 0, run, i, byte;
	struct utf8_cursor incremental, fresh;

	for (run = 0; run < 20; run++) {
		for (i = 0; i < run; i++)
			text[length++] = 'a' + i;
		memcpy(text + length, others[run % 4], strlen(others[run % 4]));
		length += strlen(others[run % 4]);
	}
	utf8_cursor_init(&incremental, text, length);
	for (byte = 0; byte <= length; byte++) {
		if (byte < length && (text[byte] & 0xC0) == 0x80)
			continue;	/* inside a character */
		utf8_cursor_init(&fresh, text, length);
		cr_expect_eq(utf8_cursor_codepoint(&incremental, byte), utf8_length(text, byte),
		    "byte %zu", byte);
		cr_expect_eq(utf8_cursor_codepoint(&fresh, byte), utf8_length(text, byte),
		    "byte %zu", byte);
	}
}

Test(utf8, reads_windows_1252_smart_quotes_and_euro)
{
	size_t length;
	char *text = utf8_from_cp1252("\x93Hi\x94 \x80" "5 caf\xE9 \x81", 14, &length);

	cr_expect_str_eq(text, "“Hi” €5 café \xC2\x81");
	cr_expect_eq(length, strlen(text));
	free(text);
}

Test(utf8, counts_a_ten_megabyte_paragraph)
{
	size_t length = 10u << 20, i;
	char *text = malloc(length);

	for (i = 0; i + 2 <= length; i += 2)
		memcpy(text + i, "\xC3\xA9", 2);
	cr_expect_eq(utf8_length(text, length), length / 2);
	cr_expect(utf8_valid(text, length));
	free(text);
}
