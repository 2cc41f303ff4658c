/* quotes.c: finds quotations and their speakers in a document's paragraph records; no I/O. */
/*
 * One document at a time, paragraph by paragraph, in order:
 *  1. split the text into tokens (tokens.c) and note every name it gives
 *     (names.c), so that "Ruiz" later finds "Ana Ruiz";
 *  2. pair the quotation marks (marks.c): apostrophes are told apart by
 *     their neighbours and by single marks that never close, a quote never
 *     runs past its paragraph, and a paragraph left inside a quote
 *     continues into the next one when that opens with a mark (the
 *     multi-paragraph convention); scare quotes and titles are dropped;
 *  3. attribute each quote (attribute_direct) by the patterns of news
 *     writing, in this order: a cue just before the opening mark ("Ruiz
 *     said: ", ", saying, "), a cue after the closing mark ("," she said /
 *     said Ruiz / — Ruiz / Ruiz shot back), any cue earlier in the sentence
 *     ("Ruiz said the law would help people "who ..."), the quote before it
 *     in the paragraph, the nearest cue with a subject earlier in the
 *     paragraph, the quote after it; a quote alone at the head of its
 *     paragraph falls to the latest speaker;
 *  4. find reported speech without marks (find_indirect): a subject, a cue
 *     of the indirect kind and the clause after it, or "according to X";
 *  5. at the end of the document, resolve every mention in order: a name
 *     to its person, "he"/"she" to the latest named speaker, "the minister"
 *     to the latest speaker introduced with that title; parts of one
 *     utterance share the speaker; then write the "quotes" arrays.
 * Every scan is linear in the paragraph or bounded by a small window.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "alloc.h"
#include "lexicon.h"
#include "marks.h"
#include "names.h"
#include "quotes.h"
#include "tokens.h"
#include "utf8.h"

#define NONE			((size_t)-1)
#define WINDOW			30	/* tokens searched for a cue around a quote */
#define APPOSITION		20	/* tokens an apposition may take: "Smith, a Labour MP, said" */
#define NAME_WORDS		4	/* words kept of a name */
#define RECENT_SPEAKERS		16	/* speakers searched for "the minister" */
#define SCARE_WORDS		7	/* quotes this short without end punctuation need a cue, */
#define PARTIAL_WORDS		4	/* and one touching them when shorter than this */
#define TITLE_WORDS		8	/* title-case quotes this short need a cue touching them */
#define KEPT_TOKENS		((size_t)1 << 16)	/* larger buffers are freed after their document */

enum mention_kind {
	MENTION_NONE,
	MENTION_NAME,		/* Ana Ruiz, Ruiz */
	MENTION_PERSONAL,	/* he, she */
	MENTION_PRONOUN,	/* they, we, I: never resolved */
	MENTION_DESCRIPTION	/* the minister, a spokesman */
};

struct mention {
	size_t		 first, last;	/* tokens [first, last) */
	size_t		 cue_first, cue_last;	/* the cue's tokens */
	enum mention_kind kind;
	size_t		 person;	/* MENTION_NAME: the registry's person */
	const char	*role;		/* MENTION_DESCRIPTION: its role noun, or NULL (also when
					   indefinite: "a spokesman" is someone new) */
	int		 adjacent;	/* the cue touches the quote */
};

enum quote_kind { KIND_DIRECT, KIND_INDIRECT };

/* One quote of the document, in bytes of its paragraph until written. */
struct quote {
	size_t		 record;
	size_t		 start, end;		/* the quoted text */
	size_t		 cue_start, cue_end;	/* equal: no cue */
	size_t		 speaker_start, speaker_end;	/* the mention here; equal: none */
	enum mention_kind mention;
	size_t		 person;		/* NONE: not named (yet) */
	const char	*role;
	char		*description;		/* a description naming something ("the Daily Caller"), or NULL */
	const char	*shared;		/* another part's description, borrowed */
	size_t		 utterance;
	enum quote_kind	 kind;
	int		 leads;			/* opens its paragraph */
	struct {
		size_t	 start, end, speaker_start, speaker_end;
	} points;				/* the offsets in code points, for output */
};

struct finder {
	const char		*text;		/* the current paragraph */
	size_t			 length;
	size_t			 record;
	struct token_list	 tokens;
	uint16_t		*word_classes;	/* per token: lexicon classes, UNKNOWN_CLASSES until looked up */
	size_t			 classes_capacity;
	struct span_list	 spans;		/* the paragraph's top-level quotes */
	struct mention		*mentions;	/* one per span */
	size_t			 mention_capacity;
	size_t			*sentence_end;	/* per token: the index of the next sentence end, or count */
	size_t			 sentence_capacity;
	struct quote		*quotes;	/* the document's */
	size_t			 quote_count, quote_capacity;
	size_t			 utterances;
	size_t			 open_utterance;	/* the previous paragraph ended inside this one */
	struct name_registry	 names;
	int			 double_apostrophes;
};

/* Token helpers. */

static const struct token *
token(const struct finder *finder, size_t i)
{
	return &finder->tokens.items[i];
}

static int
is_word(const struct finder *finder, size_t i)
{
	return token(finder, i)->kind == TOKEN_WORD;
}

static int
is_punct(const struct finder *finder, size_t i, uint32_t codepoint)
{
	return token(finder, i)->kind == TOKEN_PUNCT && token(finder, i)->codepoint == codepoint;
}

#define UNKNOWN_CLASSES 0xFFFF

static unsigned
classes(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);

	if (t->kind != TOKEN_WORD)
		return 0;
	if (finder->word_classes[i] == UNKNOWN_CLASSES)
		finder->word_classes[i] = lexicon_classes(finder->text + t->start, t->end - t->start);
	return finder->word_classes[i];
}

static const char *
role_of(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);
	const struct lexicon_entry *entry;

	if (t->kind != TOKEN_WORD)
		return NULL;
	entry = lexicon_find(finder->text + t->start, t->end - t->start);
	return entry == NULL ? NULL : entry->role;
}

/* Whether token i is the word (ASCII, exact case). */
static int
token_is(const struct finder *finder, size_t i, const char *word)
{
	const struct token *t = token(finder, i);
	size_t length = strlen(word);

	return t->kind == TOKEN_WORD && t->end - t->start == length &&
	    memcmp(finder->text + t->start, word, length) == 0;
}

/* Whether word i is lower case and ends in -ly: an adverb between subject and cue. */
static int
is_adverb(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);
	size_t length = t->end - t->start;

	if (t->kind != TOKEN_WORD || (t->flags & TOKEN_CAPITALIZED))
		return 0;
	if (classes(finder, i) & LEXICON_ADVERB)
		return 1;
	return length > 3 && memcmp(finder->text + t->end - 2, "ly", 2) == 0;
}

/* Whether token i can be part of a person's name. */
static int
is_name_word(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);

	if (t->kind != TOKEN_WORD || !(t->flags & TOKEN_CAPITALIZED) || !(t->flags & TOKEN_LETTER))
		return 0;
	return (classes(finder, i) & (LEXICON_FUNCTION | LEXICON_TIME | LEXICON_TITLE |
	    LEXICON_PERSONAL | LEXICON_PRONOUN | LEXICON_CUE | LEXICON_DETERMINER)) == 0;
}

static int
is_connector(const struct finder *finder, size_t i)
{
	return !(token(finder, i)->flags & TOKEN_CAPITALIZED) &&
	    (classes(finder, i) & LEXICON_CONNECTOR);
}

/* Whether word i is a name in the possessive: "Trump’s", "Powell's". */
static int
is_possessive_name(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);
	const char *end = finder->text + t->end;
	size_t length = t->end - t->start;

	if (!is_name_word(finder, i) || length < 3 || end[-1] != 's')
		return 0;
	return end[-2] == '\'' || (length >= 5 && memcmp(end - 4, "\xE2\x80\x99", 3) == 0);
}

/* Whether token i may start a cue (no means no): the cheap test before cue_at. */
static inline int
may_start_cue(const struct finder *finder, size_t i)
{
	const struct token *t = token(finder, i);

	return t->kind == TOKEN_WORD &&
	    lexicon_may_be_cue(finder->text + t->start, t->end - t->start);
}

/*
 * The cue starting at word i, of one word or two ("according to"): returns
 * its classes and sets *end past it, or 0 when there is none before limit.
 */
static unsigned
cue_at(const struct finder *finder, size_t i, size_t limit, size_t *end)
{
	const struct token *first = token(finder, i), *second;
	char phrase[48];
	size_t a, b;
	unsigned found;

	if (!may_start_cue(finder, i))
		return 0;
	if (i + 1 < limit && is_word(finder, i + 1) && (classes(finder, i) & LEXICON_PHRASE_START)) {
		second = token(finder, i + 1);
		a = first->end - first->start;
		b = second->end - second->start;
		if (a + b + 1 < sizeof(phrase)) {
			memcpy(phrase, finder->text + first->start, a);
			phrase[a] = ' ';
			memcpy(phrase + a + 1, finder->text + second->start, b);
			found = lexicon_classes(phrase, a + b + 1);
			if (found & LEXICON_CUE) {
				*end = i + 2;
				return found;
			}
		}
	}
	found = classes(finder, i);
	if (!(found & LEXICON_CUE))
		return 0;
	if (i > 0 && ((classes(finder, i - 1) & LEXICON_DETERMINER) ||
	    is_possessive_name(finder, i - 1)))
		return 0;	/* a noun: "his tweets", "Trump’s claims" */
	if (found & LEXICON_FUNCTION && (first->flags & TOKEN_CAPITALIZED) && i > 0 &&
	    (token(finder, i - 1)->flags & TOKEN_SENTENCE_END))
		return 0;
	*end = i + 1;
	return found;
}

/* Empties mention (no kind, no person) and returns it. */
static struct mention *
clear_mention(struct mention *mention)
{
	memset(mention, 0, sizeof(*mention));
	mention->person = NONE;
	return mention;
}

/* Names. */

/*
 * Registers the name of tokens [first, last) (capitalized words, a
 * possessive 's dropped) with role; returns its person.
 */
static size_t
register_name(struct finder *finder, size_t first, size_t last, const char *role)
{
	const char *words[NAME_WORDS];
	size_t lengths[NAME_WORDS], count = 0, i, length;
	const char *word;

	if (last - first > NAME_WORDS)
		first = last - NAME_WORDS;
	for (i = first; i < last; i++) {
		word = finder->text + token(finder, i)->start;
		length = token(finder, i)->end - token(finder, i)->start;
		words[count] = word;
		lengths[count++] = length;
	}
	length = lengths[count - 1];
	word = words[count - 1];
	if (length > 2 && (word[length - 1] == 's' || word[length - 1] == 'S') &&
	    word[length - 2] == '\'')
		lengths[count - 1] -= 2;
	else if (length > 4 && (word[length - 1] == 's' || word[length - 1] == 'S') &&
	    memcmp(word + length - 4, "\xE2\x80\x99", 3) == 0)
		lengths[count - 1] -= 4;
	return names_add(&finder->names, words, lengths, count, role);
}

/* The role of the title right before token first, or NULL. */
static const char *
title_before(const struct finder *finder, size_t first)
{
	if (first == 0 || !(classes(finder, first - 1) & LEXICON_TITLE))
		return NULL;
	return role_of(finder, first - 1);
}

/* The first token of the name ending at token last - 1 (a name word). */
static size_t
name_start(const struct finder *finder, size_t lo, size_t last)
{
	size_t first = last - 1;

	while (first > lo && last - first < NAME_WORDS + 2) {
		if (is_name_word(finder, first - 1))
			first--;
		else if (first - 1 > lo && is_connector(finder, first - 1) &&
		    is_name_word(finder, first - 2))
			first -= 2;
		else
			break;
	}
	return first;
}

/* The end of the name starting at name word first. */
static size_t
name_end(const struct finder *finder, size_t first, size_t hi)
{
	size_t last = first + 1;

	while (last < hi && last - first < NAME_WORDS + 2) {
		if (is_name_word(finder, last))
			last++;
		else if (last + 1 < hi && is_connector(finder, last) && is_name_word(finder, last + 1))
			last += 2;
		else
			break;
	}
	return last;
}

/*
 * Whether the paragraph is a headline in title case: three words of four
 * bytes or more with a letter, and every such word capitalized.  Stops at
 * the first such word in lower case.
 */
static int
is_title_case_paragraph(const struct finder *finder)
{
	size_t i, count = finder->tokens.count, words = 0;
	const struct token *t;

	for (i = 0; i < count; i++) {
		t = token(finder, i);
		if (t->kind != TOKEN_WORD || !(t->flags & TOKEN_LETTER) || t->end - t->start < 4)
			continue;
		if (!(t->flags & TOKEN_CAPITALIZED))
			return 0;
		words++;
	}
	return words >= 3;
}

/* Registers every name of two words or more in the paragraph. */
static void
register_paragraph_names(struct finder *finder)
{
	size_t i, last, count = finder->tokens.count;

	if (is_title_case_paragraph(finder))
		return;		/* a headline in title case: its capitals say nothing */
	i = 0;
	while (i < count) {
		if (!is_name_word(finder, i)) {
			i++;
			continue;
		}
		last = name_end(finder, i, count);
		if (last - i >= 2)
			register_name(finder, i, last, title_before(finder, i));
		i = last;
	}
}

/* Noun phrases: who a cue's subject is. */

/* A description of tokens [first, last): its role is its head's, unless it is indefinite. */
static void
set_description(const struct finder *finder, struct mention *mention, size_t first, size_t last)
{
	mention->kind = MENTION_DESCRIPTION;
	mention->first = first;
	mention->last = last;
	mention->role = classes(finder, first) & LEXICON_INDEFINITE ? NULL : role_of(finder, last - 1);
}

static void
set_name(struct finder *finder, struct mention *mention, size_t first, size_t last)
{
	mention->kind = MENTION_NAME;
	mention->first = first;
	mention->last = last;
	mention->role = title_before(finder, first);
	mention->person = register_name(finder, first, last, mention->role);
}

/*
 * The subject ending right before token end (not before lo): a pronoun, a
 * name, or a description opened by a determiner or headed by a role noun.
 */
static int
phrase_ending_at(struct finder *finder, size_t lo, size_t end, struct mention *mention)
{
	size_t last, i;
	unsigned found;

	if (end <= lo || !is_word(finder, end - 1))
		return 0;
	last = end - 1;
	found = classes(finder, last);
	if (found & LEXICON_PERSONAL) {
		mention->kind = MENTION_PERSONAL;
		mention->first = last;
		mention->last = end;
		return 1;
	}
	if (found & LEXICON_PRONOUN) {
		/* "Smith, who ran the poll, said" is handled by the caller; "Smith, who said" here */
		if (last > lo && is_punct(finder, last - 1, ','))
			return phrase_ending_at(finder, lo, last - 1, mention);
		mention->kind = MENTION_PRONOUN;
		mention->first = last;
		mention->last = end;
		return 1;
	}
	if (is_name_word(finder, last)) {
		set_name(finder, mention, name_start(finder, lo, end), end);
		return 1;
	}
	if (!(found & LEXICON_ROLE) && (token(finder, last)->flags & TOKEN_CAPITALIZED))
		return 0;
	for (i = last + 1; i > lo && last + 1 - i < 5; i--) {
		if (!is_word(finder, i - 1))
			break;
		if ((classes(finder, i - 1) & LEXICON_DETERMINER) || (i - 1 < last &&
		    is_possessive_name(finder, i - 1))) {
			if (i - 1 < last && is_possessive_name(finder, i - 1))
				i = name_start(finder, lo, i) + 1;	/* "Donald Trump’s son" */
			set_description(finder, mention, i - 1, end);
			return 1;
		}
	}
	if (!(found & LEXICON_ROLE))
		return 0;
	set_description(finder, mention, last, end);
	return 1;
}

/* The subject before the cue at token cue: skips adverbs and an apposition between commas. */
static int
subject_before(struct finder *finder, size_t lo, size_t cue, struct mention *mention)
{
	size_t end = cue, i;

	while (end > lo && is_adverb(finder, end - 1))
		end--;
	if (end > lo && is_punct(finder, end - 1, ')')) {
		/* "Rep. John Mica (R-Fla.) said" */
		for (i = end - 1; i > lo && end - i < 8 && !is_punct(finder, i - 1, '('); i--)
			;
		if (i > lo && is_punct(finder, i - 1, '('))
			end = i - 1;
	}
	if (end > lo && is_punct(finder, end - 1, ',')) {
		for (i = end - 1; i > lo && end - i < APPOSITION; i--) {
			if (token(finder, i - 1)->flags & TOKEN_SENTENCE_END)
				return 0;
			if (!is_punct(finder, i - 1, ','))
				continue;
			/* "Clinton’s communications director, Jennifer Palmieri, said" */
			if (is_name_word(finder, end - 2) && name_start(finder, i, end - 1) == i) {
				set_name(finder, mention, i, end - 1);
				return 1;
			}
			return phrase_ending_at(finder, lo, i - 1, mention);
		}
		return 0;
	}
	return phrase_ending_at(finder, lo, end, mention);
}

/* "said a spokeswoman for the hotels, Jennifer Rodstrom": a name after the description, set off by a comma. */
static int
apposed_name(struct finder *finder, size_t i, size_t hi, struct mention *mention)
{
	size_t limit = i + 6, last;

	for (; i < hi && i < limit && is_word(finder, i); i++)
		;
	if (i + 1 >= hi || !is_punct(finder, i, ',') || !is_name_word(finder, i + 1))
		return 0;
	last = name_end(finder, i + 1, hi);
	if (last < hi && is_word(finder, last))
		return 0;
	set_name(finder, mention, i + 1, last);
	return 1;
}

/* The subject after a cue ending at token start: "said Ruiz", "says psychologist Vaile Wright". */
static int
subject_after(struct finder *finder, size_t start, size_t hi, struct mention *mention)
{
	size_t i, j;
	unsigned found;

	for (i = start; i < hi && i < start + 6 && is_word(finder, i); i++) {
		found = classes(finder, i);
		if (i == start && (found & (LEXICON_PERSONAL | LEXICON_PRONOUN))) {
			mention->kind = found & LEXICON_PERSONAL ? MENTION_PERSONAL : MENTION_PRONOUN;
			mention->first = i;
			mention->last = i + 1;
			return 1;
		}
		if (is_name_word(finder, i)) {
			j = name_end(finder, i, hi);
			if (j < hi && (classes(finder, j) & LEXICON_TITLE)) {
				i = j;		/* "Foreign Minister Ana Ruiz": the name follows the title */
				continue;
			}
			set_name(finder, mention, i, j);
			return 1;
		}
		if (i == start && (found & LEXICON_DETERMINER)) {
			for (j = i + 1; j < hi && j < i + 6 && is_word(finder, j) &&
			    !(classes(finder, j) & (LEXICON_FUNCTION | LEXICON_PRONOUN)); j++)
				;
			if (j == i + 1)
				return 0;
			if (apposed_name(finder, j, hi, mention))
				return 1;
			set_description(finder, mention, i, j);
			return 1;
		}
		if (i > start && token_is(finder, i, "of") && i + 1 < hi && is_word(finder, i + 1))
			continue;	/* "said master of ceremonies Asab Al-Tabchi" */
		if (i > start && token_is(finder, i, "and") && (classes(finder, i - 1) & LEXICON_TITLE))
			continue;	/* "said former Gov. and Committee Chairman Ed Rendell" */
		if (found & (LEXICON_FUNCTION | LEXICON_CUE | LEXICON_TIME))
			return 0;
		if (token(finder, i)->flags & TOKEN_CAPITALIZED && !(found & LEXICON_TITLE))
			return 0;
	}
	return 0;
}

/* The quoted text of span s as trimmed bytes; returns 0 when it holds no letter. */
static int
span_text(const struct finder *finder, const struct span *s, size_t *start, size_t *end)
{
	size_t i;
	int letters = 0;

	for (i = s->open + 1; i < s->close && !letters; i++)
		letters = (token(finder, i)->flags & TOKEN_LETTER) != 0;
	if (!letters)
		return 0;
	*start = token(finder, s->open + 1)->start;
	*end = s->close < finder->tokens.count ? token(finder, s->close)->start : finder->length;
	while (*end > *start && (finder->text[*end - 1] == ' ' || finder->text[*end - 1] == '\n' ||
	    finder->text[*end - 1] == '\t' || finder->text[*end - 1] == '\r'))
		(*end)--;
	return 1;
}

/* Sentence ends, for the clause of reported speech. */
static void
find_sentence_ends(struct finder *finder)
{
	size_t i = finder->tokens.count, next = finder->tokens.count;

	egrow(&finder->sentence_end, &finder->sentence_capacity, finder->tokens.count + 1,
	    sizeof(*finder->sentence_end));
	finder->sentence_end[i] = next;
	while (i > 0) {
		i--;
		if ((token(finder, i)->flags & TOKEN_SENTENCE_END) &&
		    !(token(finder, i)->notes & TOKEN_INSIDE))
			next = i;
		finder->sentence_end[i] = next;
	}
}

/* Attribution of direct quotes. */

/* The first token of the sentence holding token i, not before lo. */
static size_t
sentence_start(const struct finder *finder, size_t lo, size_t i)
{
	size_t limit = i > lo + WINDOW ? i - WINDOW : lo;

	while (i > limit && !(token(finder, i - 1)->flags & TOKEN_SENTENCE_END))
		i--;
	return i;
}

/* Sets mention's cue to tokens [first, last). */
static int
with_cue(struct mention *mention, size_t first, size_t last, int adjacent)
{
	mention->cue_first = first;
	mention->cue_last = last;
	mention->adjacent = adjacent;
	return 1;
}

/* Whether tokens [first, last) are all words: "Daily News opinion editor" before a name. */
static int
only_words(const struct finder *finder, size_t first, size_t last)
{
	for (; first < last; first++)
		if (!is_word(finder, first))
			return 0;
	return 1;
}

/* "…," Bennett shot back: a name right after the quote, then a verb the lexicon does not know. */
static int
name_and_verb(struct finder *finder, size_t i, size_t hi, struct mention *mention)
{
	size_t last;
	unsigned found;

	if (i >= hi || !is_name_word(finder, i))
		return 0;
	last = name_end(finder, i, hi);
	if (last >= hi || !is_word(finder, last) || (token(finder, last)->flags & TOKEN_CAPITALIZED))
		return 0;
	found = classes(finder, last);
	if (found & (LEXICON_FUNCTION | LEXICON_DETERMINER | LEXICON_PRONOUN | LEXICON_PERSONAL))
		return 0;
	set_name(finder, mention, i, last);
	return with_cue(mention, last, last + 1, 1);
}

/* The subject of a participle cue, "Sanders stepped up his attacks, saying": the sentence's first name that a word follows. */
static int
sentence_subject(struct finder *finder, size_t lo, size_t cue, struct mention *mention)
{
	size_t i, last;

	for (i = lo; i < cue && i < lo + 12; i++) {
		if (!is_name_word(finder, i) || (token(finder, i)->notes & TOKEN_INSIDE))
			continue;
		last = name_end(finder, i, cue);
		if (last < cue && is_word(finder, last) &&
		    !(token(finder, last)->flags & TOKEN_CAPITALIZED) &&
		    !(classes(finder, last) & (LEXICON_FUNCTION | LEXICON_DETERMINER))) {
			set_name(finder, mention, i, last);
			return 1;
		}
		i = last;
	}
	return 0;
}

/* Whether the cue at token i is a participle after a comma: ", saying", ", adding". */
static int
is_participle(const struct finder *finder, size_t i, size_t lo)
{
	const struct token *t = token(finder, i);

	return i > lo && is_punct(finder, i - 1, ',') && t->end - t->start > 4 &&
	    memcmp(finder->text + t->end - 3, "ing", 3) == 0;
}

/* "Ruiz said: "…", "He added, "…", "Ruiz told reporters that "…": a cue touching the mark. */
static int
cue_touching(struct finder *finder, size_t lo, size_t open, struct mention *mention)
{
	size_t i = open, end, cue;

	while (i > lo && (is_punct(finder, i - 1, ',') || is_punct(finder, i - 1, ':')))
		i--;
	if (i > lo && token_is(finder, i - 1, "that"))
		i--;
	/* "told reporters", "said at a press conference": a few words after the cue */
	for (cue = i; cue > lo && i - cue < 8; cue--) {
		if (!is_word(finder, cue - 1))
			break;
		if (cue_at(finder, cue - 1, open, &end) && end <= i) {
			if (is_participle(finder, cue - 1, lo)) {
				if (sentence_subject(finder, sentence_start(finder, 0, cue - 1), cue - 1,
				    mention))
					return with_cue(mention, cue - 1, end, 1);
				return 0;
			}
			if (subject_before(finder, lo, cue - 1, mention) ||
			    subject_after(finder, end, open, mention))
				return with_cue(mention, cue - 1, end, 1);
			return 0;
		}
	}
	/* a headline's "Ruiz: "…"" */
	if (open > lo + 1 && is_punct(finder, open - 1, ':') && is_name_word(finder, open - 2)) {
		set_name(finder, mention, name_start(finder, lo, open - 1), open - 1);
		return with_cue(mention, open - 1, open, 1);
	}
	return 0;
}

/* "…," Ruiz said / "…," said Ruiz / "…" — Ruiz: a cue after the closing mark. */
static int
cue_after(struct finder *finder, size_t close, size_t hi, int period, struct mention *mention)
{
	size_t i = close + 1, j, end;

	while (i < hi && (is_punct(finder, i, ',') || is_punct(finder, i, ')')))
		i++;
	if (i >= hi)
		return 0;
	if (token(finder, i)->kind == TOKEN_DASH) {
		if (i + 1 < hi && is_name_word(finder, i + 1)) {
			set_name(finder, mention, i + 1, name_end(finder, i + 1, hi));
			return with_cue(mention, i, i + 1, 1);
		}
		return 0;
	}
	/* after a quote ending in a period a new sentence starts, unless it runs on in lower case */
	if (period && (token(finder, i)->flags & TOKEN_CAPITALIZED))
		return 0;
	if (cue_at(finder, i, hi, &end))
		return subject_after(finder, end, hi, mention) && with_cue(mention, i, end, 1);
	for (j = i; j < hi && j < i + WINDOW; j++) {
		if (token(finder, j)->flags & TOKEN_SENTENCE_END)
			break;
		if (!cue_at(finder, j, hi, &end))
			continue;
		if (subject_before(finder, i, j, mention) && only_words(finder, i, mention->first))
			return with_cue(mention, j, end, j - i < 6);
		/* a partial quote: "…" climate change, Axelrod said / …, said Professor Paul Beck */
		if (mention->kind != MENTION_NONE && mention->last == j)
			return with_cue(mention, j, end, 0);
		if (is_punct(finder, j - 1, ',') && subject_after(finder, end, hi, clear_mention(mention)))
			return with_cue(mention, j, end, 0);
		clear_mention(mention);
		break;
	}
	return name_and_verb(finder, i, hi, mention);
}

/* "Ruiz said the law protects people "who …"": any cue earlier in the sentence. */
static int
cue_in_sentence(struct finder *finder, size_t lo, size_t open, struct mention *mention)
{
	size_t i, end;

	for (i = open; i > lo; i--) {
		if (!cue_at(finder, i - 1, open, &end))
			continue;
		if (is_participle(finder, i - 1, lo) && sentence_subject(finder, lo, i - 1, mention))
			return with_cue(mention, i - 1, end, 0);
		if (subject_before(finder, lo, i - 1, mention) ||
		    subject_after(finder, end, open, mention))
			return with_cue(mention, i - 1, end, 0);
	}
	return 0;
}

/* The nearest cue with a subject earlier in the paragraph, outside quotes. */
static int
cue_earlier(struct finder *finder, size_t open, struct mention *mention)
{
	size_t i, end, lo = open > 4 * WINDOW ? open - 4 * WINDOW : 0, start;

	for (i = open; i > lo; i--) {
		if (token(finder, i - 1)->notes & TOKEN_INSIDE)
			continue;
		if (!cue_at(finder, i - 1, open, &end))
			continue;
		start = sentence_start(finder, lo, i - 1);
		if (subject_before(finder, start, i - 1, mention))
			return with_cue(mention, i - 1, end, 0);
	}
	return 0;
}

/* Whether span s ends with sentence punctuation inside its marks: '.' (1), ',?!' (2), else 0. */
static int
end_punctuation(const struct finder *finder, const struct span *s)
{
	const struct token *last;

	if (s->close >= finder->tokens.count || s->close == s->open + 1)
		return 2;
	last = token(finder, s->close - 1);
	if (last->kind != TOKEN_PUNCT && last->kind != TOKEN_DASH)
		return 0;
	if (last->codepoint == '.')
		return 1;
	if (last->codepoint == ',' || last->codepoint == '?' || last->codepoint == '!' ||
	    last->codepoint == 0x2026 || last->kind == TOKEN_DASH)
		return 2;
	return 0;
}

/* Finds the own attribution of span k (mention kind MENTION_NONE when none). */
static void
attribute_direct(struct finder *finder, size_t k)
{
	struct span *s = &finder->spans.items[k];
	struct mention *mention = &finder->mentions[k];
	size_t count = finder->tokens.count;
	size_t lo = k > 0 ? finder->spans.items[k - 1].close + 1 : 0;
	size_t hi = k + 1 < finder->spans.count ? finder->spans.items[k + 1].open : count;
	size_t start = sentence_start(finder, lo, s->open);
	int period = end_punctuation(finder, s) == 1;

	if (cue_touching(finder, start, s->open, clear_mention(mention)))
		return;
	if (s->close < count && cue_after(finder, s->close, hi, period, clear_mention(mention)))
		return;
	if (cue_in_sentence(finder, start, s->open, clear_mention(mention)))
		return;
	/* "The New York Times reports: "…"": the colon is the cue, the sentence's subject the speaker */
	if (s->open > start && is_punct(finder, s->open - 1, ':') &&
	    sentence_subject(finder, start, s->open - 1, clear_mention(mention))) {
		with_cue(mention, s->open - 1, s->open, 1);
		return;
	}
	clear_mention(mention);
}

/* Quotes of the document. */

static struct quote *
new_quote(struct finder *finder, size_t start, size_t end, enum quote_kind kind)
{
	struct quote *quote;

	egrow(&finder->quotes, &finder->quote_capacity, finder->quote_count + 1,
	    sizeof(*finder->quotes));
	quote = &finder->quotes[finder->quote_count++];
	memset(quote, 0, sizeof(*quote));
	quote->record = finder->record;
	quote->start = start;
	quote->end = end;
	quote->kind = kind;
	quote->person = NONE;
	quote->utterance = NONE;
	return quote;
}

/* Whether a description holds a proper name after its first word: "a New Hampshire Republican". */
static int
names_something(const struct finder *finder, const struct mention *mention)
{
	size_t i;

	for (i = mention->first; i < mention->last; i++)
		if ((token(finder, i)->flags & TOKEN_CAPITALIZED) &&
		    !(i == mention->first && (classes(finder, i) & LEXICON_DETERMINER)))
			return 1;
	return 0;
}

/* Copies mention (in the current paragraph) onto quote. */
static void
take_mention(const struct finder *finder, struct quote *quote, const struct mention *mention)
{
	if (mention->kind == MENTION_NONE)
		return;
	quote->mention = mention->kind;
	quote->person = mention->kind == MENTION_NAME ? mention->person : NONE;
	quote->role = mention->role;
	quote->speaker_start = token(finder, mention->first)->start;
	quote->speaker_end = token(finder, mention->last - 1)->end;
	free(quote->description);
	quote->description = NULL;
	if (mention->kind == MENTION_DESCRIPTION && names_something(finder, mention))
		quote->description = estrndup(finder->text + quote->speaker_start,
		    quote->speaker_end - quote->speaker_start);
	if (mention->cue_last > mention->cue_first) {
		quote->cue_start = token(finder, mention->cue_first)->start;
		quote->cue_end = token(finder, mention->cue_last - 1)->end;
	}
}

static int
same_cue(const struct mention *a, const struct mention *b)
{
	return a->kind != MENTION_NONE && b->kind != MENTION_NONE && a->cue_first == b->cue_first;
}

static size_t
count_words(const struct finder *finder, const struct span *s)
{
	size_t i, words = 0;

	for (i = s->open + 1; i < s->close && i < finder->tokens.count; i++)
		words += token(finder, i)->kind == TOKEN_WORD;
	return words;
}

/* Whether every word of span s of four letters or more is capitalized: a title. */
static int
is_title_case(const struct finder *finder, const struct span *s)
{
	size_t i;
	const struct token *t;

	for (i = s->open + 1; i < s->close && i < finder->tokens.count; i++) {
		t = token(finder, i);
		if (t->kind == TOKEN_WORD && t->end - t->start >= 4 && !(t->flags & TOKEN_CAPITALIZED))
			return 0;
	}
	return 1;
}

/* Whether span s, with its mention, is a scare quote or a title rather than speech. */
static int
is_scare_quote(const struct finder *finder, const struct span *s, const struct mention *mention)
{
	size_t words = count_words(finder, s);
	int adjacent = mention->kind != MENTION_NONE && mention->adjacent;

	if (words <= TITLE_WORDS && !adjacent && is_title_case(finder, s))
		return 1;	/* on ABC's "This Week With George Stephanopoulos." */
	if (words > SCARE_WORDS || end_punctuation(finder, s) != 0)
		return 0;
	if (mention->kind == MENTION_NONE)
		return 1;
	return !adjacent && words < PARTIAL_WORDS;
}

/*
 * The utterance of the quote made of span k: the one carried from the
 * previous paragraph, the previous quote's when it shares its cue ("A," he
 * said, "B.") or has none of its own, else a new one (after looking for a
 * cue earlier in the paragraph for a quote that has none).
 */
static size_t
choose_utterance(struct finder *finder, size_t k, size_t previous, size_t carried,
    struct quote *quote)
{
	struct mention *mention = &finder->mentions[k];

	if (carried != NONE && k == 0 && finder->spans.items[k].open == 0)
		return carried;
	if (previous != NONE && (mention->kind == MENTION_NONE ||
	    same_cue(mention, &finder->mentions[previous]))) {
		const struct quote *before = &finder->quotes[finder->quote_count - 2];

		if (mention->kind == MENTION_NONE) {	/* "A," Ruiz said. "B.": B points at Ruiz too */
			quote->speaker_start = before->speaker_start;
			quote->speaker_end = before->speaker_end;
			quote->cue_start = before->cue_start;
			quote->cue_end = before->cue_end;
		}
		return before->utterance;
	}
	if (mention->kind == MENTION_NONE && cue_earlier(finder, finder->spans.items[k].open, mention))
		take_mention(finder, quote, mention);
	return finder->utterances++;
}

/* "A." "B," he said: leading quotes without attribution join the first that has one. */
static void
join_leading_quotes(struct finder *finder, size_t first_quote, int continued)
{
	size_t i, attributed, old;

	if (first_quote >= finder->quote_count || finder->quotes[first_quote].mention != MENTION_NONE ||
	    (continued && finder->quotes[first_quote].leads))
		return;
	for (attributed = first_quote; attributed < finder->quote_count; attributed++)
		if (finder->quotes[attributed].mention != MENTION_NONE)
			break;
	if (attributed == finder->quote_count)
		return;
	old = finder->quotes[first_quote].utterance;
	for (i = first_quote; i < attributed && finder->quotes[i].utterance == old; i++)
		finder->quotes[i].utterance = finder->quotes[attributed].utterance;
}

static void
mark_cue_used(struct finder *finder, const struct mention *mention)
{
	size_t i;

	if (mention->kind == MENTION_NONE)
		return;
	for (i = mention->cue_first; i < mention->cue_last; i++)
		finder->tokens.items[i].notes |= TOKEN_USED_CUE;
}

/* Attributes the paragraph's spans and adds them as direct quotes. */
static void
add_direct_quotes(struct finder *finder)
{
	size_t k, start, end, previous = NONE, count = finder->tokens.count;
	size_t first_quote = finder->quote_count, carried = NONE;
	struct quote *quote;

	if (finder->open_utterance != NONE && count > 0 && token(finder, 0)->kind == TOKEN_MARK &&
	    (token(finder, 0)->flags & TOKEN_DOUBLE))
		carried = finder->open_utterance;
	finder->open_utterance = NONE;
	egrow(&finder->mentions, &finder->mention_capacity, finder->spans.count,
	    sizeof(*finder->mentions));
	for (k = 0; k < finder->spans.count; k++)
		attribute_direct(finder, k);
	for (k = 0; k < finder->spans.count; k++) {
		if (!span_text(finder, &finder->spans.items[k], &start, &end) ||
		    is_scare_quote(finder, &finder->spans.items[k], &finder->mentions[k]))
			continue;
		mark_cue_used(finder, &finder->mentions[k]);
		quote = new_quote(finder, start, end, KIND_DIRECT);
		quote->leads = finder->spans.items[k].open == 0;
		take_mention(finder, quote, &finder->mentions[k]);
		quote->utterance = choose_utterance(finder, k, previous, carried, quote);
		previous = k;
		if (finder->spans.items[k].close >= count)
			finder->open_utterance = quote->utterance;
	}
	join_leading_quotes(finder, first_quote, carried != NONE);
}

/* Reported speech without marks. */

/* The end of the clause starting at token i: its sentence's end, or the paragraph's. */
static size_t
sentence_end_after(const struct finder *finder, size_t i)
{
	return finder->sentence_end[i];
}

static void
add_indirect(struct finder *finder, size_t first, size_t last, const struct mention *mention)
{
	struct quote *quote;
	size_t i, words = 0;

	if (first >= last)
		return;
	if (token(finder, first)->kind == TOKEN_MARK && (token(finder, first)->flags & TOKEN_CAN_OPEN))
		return;
	for (i = first; i < last && words < 3; i++)
		words += token(finder, i)->kind == TOKEN_WORD;
	if (words < 3)
		return;
	quote = new_quote(finder, token(finder, first)->start, token(finder, last - 1)->end,
	    KIND_INDIRECT);
	take_mention(finder, quote, mention);
	quote->utterance = finder->utterances++;
}

/* "according to Ruiz, …" and "…, according to Ruiz." */
static size_t
according_to(struct finder *finder, size_t cue, size_t end, struct mention *mention)
{
	size_t start = sentence_start(finder, 0, cue), stop, i;

	if (!subject_after(finder, end, finder->tokens.count, mention))
		return end;
	with_cue(mention, cue, end, 0);
	stop = sentence_end_after(finder, cue);
	if (cue == start) {
		for (i = mention->last; i < stop && !is_punct(finder, i, ','); i++)
			;
		add_indirect(finder, i + 1, stop, mention);
		return stop;
	}
	if (cue > start && is_punct(finder, cue - 1, ','))
		add_indirect(finder, start, cue - 1, mention);
	return mention->last;
}

/* The token after the first "that" among the words from i (at most limit), or NONE. */
static size_t
after_that(const struct finder *finder, size_t i, size_t limit)
{
	size_t j;

	for (j = i; j < finder->tokens.count && j < i + limit && is_word(finder, j); j++)
		if (token_is(finder, j, "that"))
			return j + 1;
	return NONE;
}

/* "Ruiz said (that) …", "Ruiz told reporters that …", "…, said Ruiz." */
static size_t
reported_clause(struct finder *finder, size_t cue, size_t end, struct mention *mention)
{
	size_t start = sentence_start(finder, 0, cue), i, stop;
	int tell = token_is(finder, cue, "told") || token_is(finder, cue, "tell") ||
	    token_is(finder, cue, "tells");

	if (cue > start && is_punct(finder, cue - 1, ',') &&
	    subject_after(finder, end, finder->tokens.count, mention)) {
		with_cue(mention, cue, end, 0);
		add_indirect(finder, start, cue - 1, mention);
		return mention->last;
	}
	if (!subject_before(finder, start, cue, mention))
		return end;
	with_cue(mention, cue, end, 0);
	/*
	 * "said that …", "said on Monday that …", "told reporters that …" ("told"
	 * needs its "that"); a cue followed by any other preposition reports no
	 * clause ("responded to emails", "agreed with Smith").
	 */
	if (end < finder->tokens.count && token_is(finder, end, "that"))
		i = end + 1;
	else if (tell || (end < finder->tokens.count && is_word(finder, end) &&
	    (classes(finder, end) & (LEXICON_FUNCTION | LEXICON_TIME)) &&
	    !(classes(finder, end) & LEXICON_DETERMINER)))
		i = after_that(finder, end, 10);
	else
		i = end;
	if (i == NONE || i >= finder->tokens.count || !is_word(finder, i))
		return end;
	stop = sentence_end_after(finder, i);
	add_indirect(finder, i, stop, mention);
	return stop;
}

static void
find_indirect(struct finder *finder)
{
	size_t i = 0, end, count = finder->tokens.count;
	struct mention mention;
	unsigned found;
	const struct token *t;

	while (i < count) {
		t = token(finder, i);
		/* every cue has three letters or more: say, add, ask */
		if (t->kind != TOKEN_WORD || t->end - t->start < 3 ||
		    (t->notes & (TOKEN_INSIDE | TOKEN_USED_CUE)) || !may_start_cue(finder, i) ||
		    !((found = cue_at(finder, i, count, &end)) & LEXICON_INDIRECT)) {
			i++;
			continue;
		}
		clear_mention(&mention);
		if (end == i + 2 && strncasecmp(finder->text + t->start, "according", 9) == 0)
			i = according_to(finder, i, end, &mention);
		else
			i = reported_clause(finder, i, end, &mention);
		if (i <= end)
			i = end;
	}
}

/* A headline ending "— Ruiz" or "- Ruiz" with no quotation marks; returns whether it is one. */
static int
find_dash_headline(struct finder *finder)
{
	size_t count = finder->tokens.count, last = count, first;
	struct mention mention;

	if (count < 5 || count > 40 || finder->spans.count > 0)
		return 0;
	if (is_punct(finder, last - 1, '.'))
		last--;
	if (!is_name_word(finder, last - 1))
		return 0;
	first = name_start(finder, 0, last);
	if (first < 4 || token(finder, first - 1)->kind != TOKEN_DASH ||
	    !(token(finder, first - 1)->flags & TOKEN_SPACE_BEFORE))
		return 0;
	set_name(finder, clear_mention(&mention), first, last);
	with_cue(&mention, first - 1, first, 1);
	add_indirect(finder, 0, first - 1, &mention);
	return 1;
}

/*
 * Registers the PERSON names of record's "entities" (from tag-entities), when
 * it has them: their "canonical" form, else their "text".  Anything else in
 * the array is ignored.
 */
static void
register_entity_names(struct finder *finder, const json_t *record)
{
	const json_t *entity, *name;
	const char *words[NAME_WORDS], *text;
	size_t lengths[NAME_WORDS], count, i, length, start;

	json_array_foreach(json_object_get(record, "entities"), i, entity) {
		if (!json_is_string(json_object_get(entity, "type")) ||
		    strcmp(json_string_value(json_object_get(entity, "type")), "PERSON") != 0)
			continue;
		name = json_object_get(entity, "canonical");
		if (!json_is_string(name))
			name = json_object_get(entity, "text");
		if (!json_is_string(name))
			continue;
		text = json_string_value(name);
		length = json_string_length(name);
		count = 0;
		for (start = 0; start < length; start++) {
			if (text[start] == ' ')
				continue;
			if (count == NAME_WORDS) {	/* keep the last words */
				memmove(words, words + 1, (NAME_WORDS - 1) * sizeof(*words));
				memmove(lengths, lengths + 1, (NAME_WORDS - 1) * sizeof(*lengths));
				count--;
			}
			words[count] = text + start;
			while (start < length && text[start] != ' ')
				start++;
			lengths[count] = text + start - words[count];
			count++;
		}
		if (count > 0)
			names_add(&finder->names, words, lengths, count, NULL);
	}
}

/* One paragraph: tokens, names, spans, direct and indirect quotes. */
static void
find_in_paragraph(struct finder *finder, const char *text, size_t length)
{
	finder->text = text;
	finder->length = length;
	if (length > UINT32_MAX)
		length = 0;	/* token offsets are 32 bits: a paragraph over 4 GB has no quotes */
	tokens_split(&finder->tokens, text, length);
	egrow(&finder->word_classes, &finder->classes_capacity, finder->tokens.count + 1,
	    sizeof(*finder->word_classes));
	memset(finder->word_classes, 0xFF, finder->tokens.count * sizeof(*finder->word_classes));
	register_paragraph_names(finder);
	marks_pair(&finder->tokens, text, finder->double_apostrophes, &finder->spans);
	find_sentence_ends(finder);
	add_direct_quotes(finder);
	if (!find_dash_headline(finder))
		find_indirect(finder);
}

/* Resolution of speakers and output. */

struct recent {
	size_t	people[RECENT_SPEAKERS];
	size_t	count;			/* ring: people[(count - 1) % N] is the latest */
};

static void
remember(struct recent *recent, size_t person)
{
	if (recent->count > 0 && recent->people[(recent->count - 1) % RECENT_SPEAKERS] == person)
		return;
	recent->people[recent->count % RECENT_SPEAKERS] = person;
	recent->count++;
}

static size_t
latest(const struct recent *recent)
{
	return recent->count == 0 ? NONE : recent->people[(recent->count - 1) % RECENT_SPEAKERS];
}

/* The latest speaker whose title was role. */
static size_t
latest_with_role(const struct finder *finder, const struct recent *recent, const char *role)
{
	size_t i, n = recent->count < RECENT_SPEAKERS ? recent->count : RECENT_SPEAKERS, person;

	if (role == NULL)
		return NONE;
	for (i = 0; i < n; i++) {
		person = recent->people[(recent->count - 1 - i) % RECENT_SPEAKERS];
		if (finder->names.people[person].role != NULL &&
		    strcmp(finder->names.people[person].role, role) == 0)
			return person;
	}
	return NONE;
}

static int
by_position(const void *a, const void *b)
{
	const struct quote *x = a, *y = b;

	if (x->record != y->record)
		return x->record < y->record ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->kind < y->kind ? -1 : x->kind > y->kind;
}

/* Resolves every quote's person in document order; parts of an utterance share theirs. */
static void
resolve_speakers(struct finder *finder)
{
	struct recent recent = { .count = 0 };
	size_t *speaker_of = emalloc((finder->utterances + 1) * sizeof(*speaker_of));
	const char **description_of = ecalloc(finder->utterances + 1, sizeof(*description_of));
	size_t i, u;
	struct quote *quote;

	for (u = 0; u < finder->utterances; u++)
		speaker_of[u] = NONE;
	for (i = 0; i < finder->quote_count; i++) {
		quote = &finder->quotes[i];
		switch (quote->mention) {
		case MENTION_NAME:
			break;
		case MENTION_PERSONAL:
			quote->person = latest(&recent);
			break;
		case MENTION_DESCRIPTION:
			quote->person = latest_with_role(finder, &recent, quote->role);
			break;
		case MENTION_NONE:
			if (quote->leads && speaker_of[quote->utterance] == NONE &&
			    (speaker_of[quote->utterance] = latest(&recent)) != NONE)
				quote->person = speaker_of[quote->utterance];
			break;
		default:
			break;
		}
		if (quote->description != NULL && description_of[quote->utterance] == NULL)
			description_of[quote->utterance] = quote->description;
		if (quote->person != NONE && quote->mention != MENTION_NONE) {
			remember(&recent, quote->person);
			if (speaker_of[quote->utterance] == NONE)
				speaker_of[quote->utterance] = quote->person;
		}
	}
	for (i = 0; i < finder->quote_count; i++) {
		quote = &finder->quotes[i];
		if (speaker_of[quote->utterance] != NONE &&
		    (quote->mention == MENTION_NONE || quote->person == NONE))
			quote->person = speaker_of[quote->utterance];
		if (quote->person == NONE && quote->description == NULL)
			quote->shared = description_of[quote->utterance];
	}
	free(speaker_of);
	free(description_of);
}

/* A byte offset to turn into a code point offset, and where the result goes. */
struct offset {
	size_t	 byte;
	size_t	*codepoint;
};

static int
by_byte(const void *a, const void *b)
{
	const struct offset *x = a, *y = b;

	return x->byte < y->byte ? -1 : x->byte > y->byte;
}

/* Fills the points of quotes [first, last) (all of one record), in one pass over text. */
static void
to_codepoints(struct finder *finder, size_t first, size_t last, const char *text, size_t length)
{
	struct offset *offsets;
	struct utf8_cursor cursor;
	struct quote *quote;
	size_t n = 0, i;

	if (first == last)
		return;
	offsets = ereallocarray(NULL, (last - first) * 4, sizeof(*offsets));
	for (i = first; i < last; i++) {
		quote = &finder->quotes[i];
		offsets[n++] = (struct offset){ quote->start, &quote->points.start };
		offsets[n++] = (struct offset){ quote->end, &quote->points.end };
		offsets[n++] = (struct offset){ quote->speaker_start, &quote->points.speaker_start };
		offsets[n++] = (struct offset){ quote->speaker_end, &quote->points.speaker_end };
	}
	qsort(offsets, n, sizeof(*offsets), by_byte);
	utf8_cursor_init(&cursor, text, length);
	for (i = 0; i < n; i++)
		*offsets[i].codepoint = utf8_cursor_codepoint(&cursor, offsets[i].byte);
	free(offsets);
}

/*
 * A new JSON object for quote of text, its points filled.  Slices are taken
 * at token boundaries of valid UTF-8, so they need no second check.
 */
static json_t *
quote_json(const struct finder *finder, const struct quote *quote, const char *text)
{
	json_t *object = json_object();
	const char *speaker = quote->description != NULL ? quote->description : quote->shared;
	int has_mention = quote->speaker_end > quote->speaker_start;

	if (quote->person != NONE)
		speaker = finder->names.people[quote->person].name;
	json_object_set_new_nocheck(object, "start", json_integer(quote->points.start));
	json_object_set_new_nocheck(object, "end", json_integer(quote->points.end));
	json_object_set_new_nocheck(object, "text", json_stringn_nocheck(text + quote->start, quote->end - quote->start));
	json_object_set_new_nocheck(object, "speaker", speaker != NULL ? json_string(speaker) : json_null());
	json_object_set_new_nocheck(object, "speaker_start", has_mention ?
	    json_integer(quote->points.speaker_start) : json_null());
	json_object_set_new_nocheck(object, "speaker_end", has_mention ?
	    json_integer(quote->points.speaker_end) : json_null());
	json_object_set_new_nocheck(object, "cue", quote->cue_end > quote->cue_start ?
	    json_stringn_nocheck(text + quote->cue_start, quote->cue_end - quote->cue_start) : json_null());
	json_object_set_new_nocheck(object, "kind", json_string(quote->kind == KIND_DIRECT ?
	    "direct" : "indirect"));
	json_object_set_new_nocheck(object, "utterance", json_integer(quote->utterance));
	return object;
}

/* Sets the "quotes" of record from its quotes [first, last); a record without text is left alone. */
static void
write_record(struct finder *finder, struct document *document, size_t record, size_t first,
    size_t last)
{
	size_t length, i;
	const char *text = document_text(document, record, &length);
	json_t *array;

	if (text == NULL)
		return;
	to_codepoints(finder, first, last, text, length);
	array = json_array();
	for (i = first; i < last; i++)
		json_array_append_new(array, quote_json(finder, &finder->quotes[i], text));
	json_object_set_new(document->records[record], "quotes", array);
}

static void
write_quotes(struct finder *finder, struct document *document)
{
	size_t i, first = 0, record;

	for (record = 0; record < document->count; record++) {
		for (i = first; i < finder->quote_count && finder->quotes[i].record == record; i++)
			;
		write_record(finder, document, record, first, i);
		first = i;
	}
}

/* Numbers the utterances in the order of their first part. */
static void
renumber_utterances(struct finder *finder)
{
	size_t *number = emalloc((finder->utterances + 1) * sizeof(*number)), i, next = 0;

	for (i = 0; i < finder->utterances; i++)
		number[i] = NONE;
	for (i = 0; i < finder->quote_count; i++) {
		if (number[finder->quotes[i].utterance] == NONE)
			number[finder->quotes[i].utterance] = next++;
		finder->quotes[i].utterance = number[finder->quotes[i].utterance];
	}
	free(number);
}

/* Frees the buffers of finder, which stays usable. */
static void
release_buffers(struct finder *finder)
{
	token_list_free(&finder->tokens);
	marks_free(&finder->spans);
	free(finder->mentions);
	free(finder->sentence_end);
	free(finder->word_classes);
	free(finder->quotes);
	finder->mentions = NULL;
	finder->sentence_end = NULL;
	finder->word_classes = NULL;
	finder->quotes = NULL;
	finder->mention_capacity = finder->sentence_capacity = 0;
	finder->classes_capacity = finder->quote_capacity = 0;
}

/* Forgets the document; keeps the buffers unless a huge paragraph made them huge. */
static void
reset_finder(struct finder *finder)
{
	size_t i;

	for (i = 0; i < finder->quote_count; i++)
		free(finder->quotes[i].description);
	finder->quote_count = 0;
	finder->utterances = 0;
	finder->open_utterance = NONE;
	names_clear(&finder->names);
	if (finder->tokens.capacity > KEPT_TOKENS || finder->quote_capacity > KEPT_TOKENS)
		release_buffers(finder);
}

static void
free_finder(struct finder *finder)
{
	reset_finder(finder);
	release_buffers(finder);
	names_free(&finder->names);
	free(finder);
}

void
quotes_process_document(struct document *document, void *state)
{
	struct quotes_options *options = state;
	struct finder *finder = options != NULL ? options->finder : NULL;
	size_t i;
	const json_t *text;

	if (finder == NULL) {
		finder = ecalloc(1, sizeof(*finder));
		finder->open_utterance = NONE;
		if (options != NULL)
			options->finder = finder;
	}
	finder->double_apostrophes = options != NULL && options->double_apostrophes;
	for (i = 0; i < document->count; i++) {
		text = json_object_get(document->records[i], "text");
		if (!json_is_string(text)) {
			finder->open_utterance = NONE;
			continue;
		}
		finder->record = i;
		register_entity_names(finder, document->records[i]);
		find_in_paragraph(finder, json_string_value(text), json_string_length(text));
	}
	if (finder->quote_count > 0)
		qsort(finder->quotes, finder->quote_count, sizeof(*finder->quotes), by_position);
	resolve_speakers(finder);
	renumber_utterances(finder);
	write_quotes(finder, document);
	if (options == NULL)
		free_finder(finder);
	else
		reset_finder(finder);
}

void
quotes_finish(void *state)
{
	struct quotes_options *options = state;

	if (options != NULL && options->finder != NULL) {
		free_finder(options->finder);
		options->finder = NULL;
	}
}
