/* tagger.h: features and BILOU Viterbi decoding of one paragraph's tokens, with document memory. */
#ifndef NEWSPIPE_TAGGER_H
#define NEWSPIPE_TAGGER_H

#include <stddef.h>
#include <stdint.h>

#include "model.h"
#include "tokenize.h"

/* The most features a token has. */
enum { TAGGER_MAX_FEATURES = 96 };

/* TAG_COUNT rounded up to whole vectors: the lanes of one Viterbi step. */
enum { TAGGER_LANES = 20 };

/* What the tagger knows of one token of the current paragraph. */
struct token_info {
	uint64_t	word;		/* hash of the token's bytes */
	uint64_t	lower;		/* hash of its lower case */
	uint64_t	shape;		/* hash of its shape ("Xx", "X.X.", "d-d") */
	uint32_t	flags;		/* TOKEN_* */
	uint32_t	feature_start;	/* its static features in tagger.features */
	uint32_t	feature_count;
};

enum {
	TOKEN_TITLE = 1 << 0,		/* upper case letter then lower case ones */
	TOKEN_CAPITALS = 1 << 1,	/* letters, none lower case */
	TOKEN_LOWER = 1 << 2,		/* starts with a lower-case letter */
	TOKEN_DIGIT = 1 << 3,		/* holds a digit */
	TOKEN_LETTER = 1 << 4		/* holds a letter */
};

/* An entity found: tokens first to last (inclusive) of the paragraph, and its type. */
struct entity_span {
	size_t	first;
	size_t	last;
	int	type;		/* 0 PERSON, 1 ORG, 2 LOC, 3 MISC */
};

/*
 * A word the document has shown: its case forms and the types it was given
 * (by tagger_remember: capitalised tokens only), and how often it was the
 * first, an inner or the last word of a longer name of each type.
 */
struct word_memory {
	uint64_t	key;		/* lower-case hash; 0 marks an empty slot */
	uint32_t	types[1 + ENTITY_TYPES];	/* tokens tagged O, PERSON ... MISC */
	uint32_t	cases;		/* bit 0: seen lower case, bit 1: capitalised mid-sentence */
	uint16_t	longer[ENTITY_TYPES][3];	/* tagged B, I, L of a type (at most 65535) */
};

/* A token tagger_observe has described, kept for tagger_prepare. */
struct observed_token {
	struct token	token;
	uint64_t	lower;		/* as in struct token_info */
};

/* A piece of text tagger_observe has tokenized: its tokens in tagger.observed. */
struct observed_piece {
	const char	*text;
	size_t		 length;
	size_t		 first;
	size_t		 count;
};

/* The most tokens of a document tagger_observe keeps (32 bytes each). */
enum { TAGGER_OBSERVED_TOKENS = 1 << 16 };

/*
 * The tagger's working state, reused paragraph after paragraph.  The model
 * gives the gazetteer and (for tagger_decode) the weights; it is borrowed.
 */
struct tagger {
	const struct model	*model;
	struct tokens		 tokens;
	struct token_info	*info;
	size_t			 info_capacity;
	uint64_t		*features;	/* static feature hashes of all tokens */
	size_t			 features_capacity;
	unsigned char		*tags;		/* the decoded tag of each token */
	size_t			 tags_capacity;
	char			*lower;		/* scratch for lower-casing one token */
	size_t			 lower_capacity;
	uint32_t		*gazetteer;	/* per token: bit 4 * class + position */
	size_t			 gazetteer_capacity;
	int			 capitals;	/* the paragraph is in capitals (a headline) */
	float			*scores;	/* Viterbi: token count * TAG_COUNT */
	size_t			 scores_capacity;
	struct entity_span	*spans;		/* tagger_collect's result */
	size_t			 span_count;
	size_t			 spans_capacity;
	int			 pass;		/* of the prepared paragraph: 0 first, 1 second */
	const unsigned char	*first_tags;	/* the first pass's tags of it (second pass) */
	/* the model's transitions for each pass, -inf where BILOU forbids */
	float			 transitions[MODEL_MAXIMUM_PASSES][TAG_COUNT][TAGGER_LANES];
	int			 transitions_ready[MODEL_MAXIMUM_PASSES];	/* tagger_decode filled them */
	struct observed_token	*observed;	/* the document's tokens, as far as kept */
	size_t			 observed_count;
	size_t			 observed_capacity;
	struct observed_piece	*pieces;	/* the pieces observed, in order */
	size_t			 piece_count;
	size_t			 piece_capacity;
	size_t			 piece_next;	/* the piece tagger_prepare expects next */
	struct word_memory	*memory;	/* open addressing, power-of-two size */
	size_t			 memory_capacity;
	size_t			 memory_used;
};

void	tagger_init(struct tagger *tagger, const struct model *model);
void	tagger_free(struct tagger *tagger);

/* Forgets the previous document. */
void	tagger_begin_document(struct tagger *tagger);

/*
 * Notes the case forms of a paragraph of the document, before any is tagged,
 * and keeps its tokens (up to TAGGER_OBSERVED_TOKENS a document) for
 * tagger_prepare, which reuses them when given the same text (the same
 * pointer and length, unchanged) in the same order.
 */
void	tagger_observe(struct tagger *tagger, const char *text, size_t length);

/*
 * Tokenizes a paragraph into tagger->tokens and computes every token's
 * features for the first pass.  Must precede tagger_decode.
 */
void	tagger_prepare(struct tagger *tagger, const char *text, size_t length);

/*
 * The same for the second pass, which runs after the first pass has tagged
 * and remembered every paragraph of the document: a token's features are
 * the first pass's, those of the document memory (now of the whole
 * document), its first-pass tag and its neighbours' (first_tags, one per
 * token of the paragraph, borrowed until tagger_decode), and what the first
 * pass made of the same word elsewhere in the document: the share of each
 * type among its other capitalised occurrences, and whether it is the first,
 * an inner or the last word of a longer name of some type elsewhere ("Ruiz"
 * after "Ana Ruiz").  Tokens are the same as the first pass's for the same
 * text.
 */
void	tagger_prepare_second(struct tagger *tagger, const char *text, size_t length,
	    const unsigned char *first_tags);

/* Lets tagger_prepare reuse the observed tokens again, from the first piece (a second pass). */
void	tagger_rewind(struct tagger *tagger);

/* The feature whose weight row holds the scores of the tags that follow previous. */
uint64_t tagger_transition_feature(int previous);

/*
 * Finds the best BILOU-valid tags for the prepared paragraph given
 * emission (token count * TAG_COUNT scores; overwritten) and transition
 * (TAG_COUNT * TAG_COUNT, from row to column); writes them to tagger->tags.
 */
void	tagger_viterbi(struct tagger *tagger, float *emission, const float *transition);

/* Whether tag may follow previous (TAG_OUTSIDE at the start) in BILOU. */
int	tagger_allowed(int previous, int tag);

/*
 * Tags the prepared paragraph (Viterbi) into tagger->tags with the model's
 * weights for the pass it was prepared for (the second pass's only when the
 * model has them: model->second).
 */
void	tagger_decode(struct tagger *tagger);

/* Turns tagger->tags into tagger->spans (an unfinished B-I run ends where it stops). */
void	tagger_collect(struct tagger *tagger);

/*
 * Adds the paragraph's tags to the document's memory: features of later
 * tokens in the first pass, of all tokens in the second.
 */
void	tagger_remember(struct tagger *tagger);

/* The hash the gazetteer keys a name by: its tokens' lower-case hashes, in order. */
uint64_t tagger_name_hash(struct tagger *tagger, const char *name, size_t length,
	    size_t *token_count);

/* The row of the weight table for feature hash under a table of 1 << bits rows. */
static inline uint64_t
tagger_row(uint64_t feature, uint64_t mask)
{
	return feature & mask;
}

#endif
