/* lexicon.h: the words find-quotes knows: speech cues, titles, pronouns, function words. */
#ifndef NEWSPIPE_LEXICON_H
#define NEWSPIPE_LEXICON_H

#include <stddef.h>

/* The classes of a word; one word may have several. */
enum lexicon_class {
	LEXICON_CUE		= 1 << 0,	/* attributes speech: said, told, according to */
	LEXICON_INDIRECT	= 1 << 1,	/* a cue that can introduce reported speech without marks */
	LEXICON_TITLE		= 1 << 2,	/* comes before a name and is not part of it: Sen., Minister */
	LEXICON_ROLE		= 1 << 3,	/* heads a description of a person: the minister, a spokesman */
	LEXICON_PERSONAL	= 1 << 4,	/* a pronoun for one person: he, she */
	LEXICON_PRONOUN		= 1 << 5,	/* any other subject pronoun: they, we, I, it */
	LEXICON_FUNCTION	= 1 << 6,	/* never part of a name even when capitalized: The, But */
	LEXICON_DETERMINER	= 1 << 7,	/* opens a description: the, a, his */
	LEXICON_ADVERB		= 1 << 8,	/* may stand between a subject and its cue: also, later, has */
	LEXICON_ABBREVIATION	= 1 << 9,	/* keeps its period: Mr., Sen., U.S. */
	LEXICON_ELISION		= 1 << 10,	/* follows an apostrophe that is not a quotation mark: ’em, ’n’ */
	LEXICON_TIME		= 1 << 11,	/* a day or month, never a speaker: Monday, June */
	LEXICON_CONNECTOR	= 1 << 12,	/* lower-case inside a name: de, van, bin */
	LEXICON_PHRASE_START	= 1 << 13,	/* first word of a listed phrase (set by the lexicon itself) */
	LEXICON_INDEFINITE	= 1 << 14	/* a determiner introducing someone new: a, another */
};

struct lexicon_entry {
	const char	*word;		/* lower case; two words for a phrase ("according to") */
	unsigned	 classes;	/* enum lexicon_class bits */
	const char	*role;		/* for titles and roles: the role noun they stand for, or NULL */
};

/*
 * The entry for word (length bytes, any case; ASCII letters are folded), or
 * NULL when the lexicon does not hold it.  The entry is static.
 */
const struct lexicon_entry *lexicon_find(const char *word, size_t length);

/*
 * Whether word may be a cue or the first word of a cue phrase, by its first
 * two letters and its length: a cheap test before lexicon_classes (no means
 * no; yes means look it up).
 */
int		lexicon_may_be_cue(const char *word, size_t length);

/* The classes of word, 0 when unknown. */
unsigned	lexicon_classes(const char *word, size_t length);

#endif
