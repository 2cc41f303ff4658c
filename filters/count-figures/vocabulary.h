/* vocabulary.h: the words count-figures knows (number words, months, currencies, units); no I/O. */
#ifndef NEWSPIPE_VOCABULARY_H
#define NEWSPIPE_VOCABULARY_H

#include <stddef.h>
#include <stdint.h>

/* What a word can be; one word may play several roles ("second", "pound"). */
enum {
	ROLE_CARDINAL = 1 << 0,	/* zero .. ninety: cardinal holds the value */
	ROLE_SCALE = 1 << 1,	/* hundred, thousand, million, lakh: scale */
	ROLE_DOZEN = 1 << 2,	/* dozen, doz, dz: multiplies the last small number by 12 */
	ROLE_ORDINAL = 1 << 3,	/* first .. ninetieth, hundredth: ordinal */
	ROLE_DENOMINATOR = 1 << 4, /* half, third, quarter, fifth: denominator */
	ROLE_MONTH = 1 << 5,	/* month is 1 .. 12 */
	ROLE_WEEKDAY = 1 << 6,
	ROLE_CURRENCY = 1 << 7,	/* currency */
	ROLE_UNIT = 1 << 8,	/* a unit of measure: unit */
	ROLE_TIME = 1 << 9,	/* a unit of time (a duration): unit */
	ROLE_PHRASE = 1 << 10,	/* may start an entry of lexicon_phrases */
	ROLE_PERCENT = 1 << 11,	/* percent, pct; unit is set for "percentage point" */
	ROLE_ABBREVIATION = 1 << 12, /* k, bn, mln: a scale only right after digits */
	ROLE_CURRENCY_PREFIX = 1 << 13, /* us, c, hk: "US$", "C$", "HK$" */
	ROLE_HEDGE = 1 << 14,	/* ends a hedge: "about", "than" (more than), "to" (up to) */
	ROLE_START = 1 << 15	/* may start a figure ("one", "May", "minus", "a" before "dozen") */
};

struct currency {
	const char	*code;		/* ISO 4217, or NULL when the word names several */
	double		 factor;	/* 0.01 for cents and pence, 1e6 for "MUSD" */
};

struct lexeme {
	const char *word; /* lower case (as written, for abbreviations) */
	unsigned int		 roles;
	double			 cardinal;
	double			 scale;
	double			 ordinal;
	double			 denominator;
	int			 month;
	struct currency		 currency;
	const char *unit; /* full singular lower-case name: "kilometer" */
};

/*
 * A phrase of several words that names a currency or a unit ("hong kong
 * dollars", "square kilometers", "per cent").  words holds lower-case words
 * separated by single spaces; any word may take a plural "s" in the text, and
 * periods between words are skipped ("U.S. dollars").
 */
struct phrase {
	const char	*words;
	unsigned int role; /* ROLE_CURRENCY, ROLE_UNIT, ROLE_TIME or ROLE_PERCENT */
	struct currency	 currency;
	const char	*unit;
};

/*
 * The entry for word (length bytes, any case, British "-tre" spellings
 * folded), or NULL.  *plural is set when the word was found as a plural of
 * the entry ("dollars", "fifths").  Entries live for the whole run.
 */
const struct lexeme *lexicon_lookup(const char *word, size_t length, int *plural);

/* FNV-1a over a word's bytes with ASCII letters lower-cased: the hash lexicon_may_hold tests. */
#define LEXICON_HASH_START	2166136261u

static inline uint32_t
lexicon_hash_step(uint32_t hash, unsigned char byte)
{
	if (byte >= 'A' && byte <= 'Z')
		byte |= 0x20;
	return (hash ^ byte) * 16777619u;
}

/* Builds the tables; every other function does it on first use, lexicon_may_hold does not. */
void	lexicon_init(void);

/* A bit for the hash of every word lexicon_lookup can find (set by lexicon_init). */
extern uint64_t lexicon_sieve[1024];

/*
 * Whether a word whose hash (lexicon_hash_step from LEXICON_HASH_START) is
 * hash may be in the lexicon: most words are turned away by this one test.
 */
static inline int
lexicon_may_hold(uint32_t hash)
{
	hash >>= 16;
	return (lexicon_sieve[hash >> 6] >> (hash & 63)) & 1;
}

/*
 * The entry for a case-sensitive abbreviation or code written after a
 * number ("km", "C", "M", "GW", "kWh", "TRY"), or NULL.
 */
const struct lexeme *lexicon_abbreviation(const char *word, size_t length);

/* The ISO 4217 code of a currency sign ('$', U+20AC ...), or NULL. */
const char *lexicon_currency_sign(unsigned long codepoint);

/* The phrase table, ended by an entry whose words is NULL. */
extern const struct phrase lexicon_phrases[];

/* The entry of the first word of phrase (never NULL once the lexicon is built). */
const struct lexeme *lexicon_phrase_first(const struct phrase *phrase);

/* Folds word (length bytes) to lower case into out (size bytes); 0 when it does not fit. */
size_t	lexicon_fold(const char *word, size_t length, char *out, size_t size);

#endif
