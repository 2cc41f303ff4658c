/* tagger.c: token features, document memory and BILOU Viterbi decoding; no I/O. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hash.h"
#include "tagger.h"

/* Feature templates: each feature is hashed with its template's number. */
enum template {
	T_BIAS = 1, T_WORD, T_LOWER, T_SHAPE, T_PREFIX, T_SUFFIX, T_LOWER_LEFT,
	T_LOWER_RIGHT, T_LOWER_LEFT2, T_LOWER_RIGHT2, T_BIGRAM_LEFT, T_BIGRAM_RIGHT,
	T_SHAPE_LEFT, T_SHAPE_RIGHT, T_SHAPES_LEFT, T_SHAPES_RIGHT, T_SHAPES_AROUND,
	T_FIRST_SHAPE, T_CAPITALS_LOWER, T_CAPITALS_SHAPE, T_DOCUMENT_CASE,
	T_HISTORY, T_HISTORY_SHAPE, T_GAZETTEER, T_GAZETTEER_LEFT, T_GAZETTEER_RIGHT,
	T_LEFT_SHAPE, T_SHAPE_RIGHT_WORD, T_PREVIOUS_TAG, T_HYPHEN_HEAD, T_LENGTH,
	T_SENTENCE_START,
	/* the second pass's */
	T_FIRST_TAG, T_FIRST_TAGS_LEFT, T_FIRST_TAGS_RIGHT, T_WORD_SHARE, T_WORD_MAJORITY,
	T_LONGER, T_LONGER_OWN
};

#define BOUNDARY_LEFT	0x51ED270B27A5BE5FULL
#define BOUNDARY_RIGHT	0x2C1B3C6D5E4F7A8BULL
#define GAZETTEER_SEED	0x6A09E667F3BCC909ULL

static inline uint64_t
mix(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xBF58476D1CE4E5B9ULL;
	x ^= x >> 27;
	x *= 0x94D049BB133111EBULL;
	x ^= x >> 31;
	return x;
}

static inline uint64_t
combine(uint64_t a, uint64_t b)
{
	return mix(a * 0x9E3779B97F4A7C15ULL + b + 0x632BE59BD9B4E019ULL);
}

static inline uint64_t
feature1(enum template template, uint64_t a)
{
	return combine(template, a);
}

static inline uint64_t
feature2(enum template template, uint64_t a, uint64_t b)
{
	return combine(combine(template, a), b);
}

static uint64_t
hash_bytes(const char *s, size_t length)
{
	return mix(hash_fnv1a(s, length) ^ length);
}

void
tagger_init(struct tagger *tagger, const struct model *model)
{
	memset(tagger, 0, sizeof(*tagger));
	tagger->model = model;
}

void
tagger_free(struct tagger *tagger)
{
	tokens_free(&tagger->tokens);
	free(tagger->info);
	free(tagger->features);
	free(tagger->tags);
	free(tagger->lower);
	free(tagger->gazetteer);
	free(tagger->memory);
	free(tagger->observed);
	free(tagger->pieces);
	free(tagger->spans);
	free(tagger->scores);
	memset(tagger, 0, sizeof(*tagger));
}

void
tagger_begin_document(struct tagger *tagger)
{
	if (tagger->memory_capacity > 4096) {
		free(tagger->memory);
		tagger->memory = NULL;
		tagger->memory_capacity = 0;
	}
	if (tagger->memory == NULL) {
		tagger->memory_capacity = 1024;
		tagger->memory = ecalloc(tagger->memory_capacity, sizeof(*tagger->memory));
	} else
		memset(tagger->memory, 0, tagger->memory_capacity * sizeof(*tagger->memory));
	tagger->memory_used = 0;
	tagger->observed_count = tagger->piece_count = tagger->piece_next = 0;
}

void
tagger_rewind(struct tagger *tagger)
{
	tagger->piece_next = 0;
}

static struct word_memory *
memory_find(const struct tagger *tagger, uint64_t key)
{
	size_t mask = tagger->memory_capacity - 1, slot;

	if (tagger->memory == NULL)
		return NULL;
	key |= 1;
	for (slot = key & mask; tagger->memory[slot].key != 0; slot = (slot + 1) & mask)
		if (tagger->memory[slot].key == key)
			return &tagger->memory[slot];
	return NULL;
}

static struct word_memory *
memory_insert(struct tagger *tagger, uint64_t key)
{
	struct word_memory *old, *entry;
	size_t old_capacity, mask, slot, i;

	if (tagger->memory == NULL)
		tagger_begin_document(tagger);
	if ((tagger->memory_used + 1) * 2 > tagger->memory_capacity) {
		old = tagger->memory;
		old_capacity = tagger->memory_capacity;
		tagger->memory_capacity *= 2;
		tagger->memory = ecalloc(tagger->memory_capacity, sizeof(*tagger->memory));
		mask = tagger->memory_capacity - 1;
		for (i = 0; i < old_capacity; i++) {
			if (old[i].key == 0)
				continue;
			for (slot = old[i].key & mask; tagger->memory[slot].key != 0;
			    slot = (slot + 1) & mask)
				;
			tagger->memory[slot] = old[i];
		}
		free(old);
	}
	key |= 1;
	mask = tagger->memory_capacity - 1;
	for (slot = key & mask; tagger->memory[slot].key != 0; slot = (slot + 1) & mask)
		if (tagger->memory[slot].key == key)
			return &tagger->memory[slot];
	entry = &tagger->memory[slot];
	entry->key = key;
	tagger->memory_used++;
	return entry;
}

/* egrow, with the common case (room enough) inline. */
static inline void
reserve(void *items, size_t *capacity, size_t needed, size_t size)
{
	if (needed > *capacity)
		egrow(items, capacity, needed, size);
}

/*
 * Lower-cases the token s[0, length) into lower[0, length) (ASCII and
 * Latin-1 letters; other bytes as they are).
 */
static void
lower_case(char *restrict lower, const char *restrict s, size_t length)
{
	size_t i;
	unsigned char c;

	for (i = 0; i < length; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		else if (c >= 0x80 && c <= 0x9E && c != 0x97 && i > 0 &&
		    (unsigned char)s[i - 1] == 0xC3)
			c += 0x20;
		lower[i] = (char)c;
	}
}

/*
 * Fills info with the hashes and flags of token text[start, end), and
 * tagger->lower[start, end) with its lower case; with lower_only, only its
 * lower-case hash and flags; with observed, the lower-case hash is taken
 * from there.
 */
static void
describe_token(struct tagger *tagger, const char *text, const struct token *token,
    struct token_info *info, int lower_only, const struct observed_token *observed)
{
	const char *s = text + token->start;
	size_t length = token->end - token->start, i, shape_length = 0;
	char shape[16], class, last = 0;
	unsigned char c;
	int upper = 0, lower = 0, digit = 0;

	for (i = 0; i < length; i++) {
		c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			class = 'X', upper++;
		else if (c >= 'a' && c <= 'z')
			class = 'x', lower++;
		else if (c >= '0' && c <= '9')
			class = 'd', digit++;
		else if (c == 0xC3 && i + 1 < length) {
			c = (unsigned char)s[++i];
			if (c >= 0x80 && c <= 0x9E && c != 0x97)
				class = 'X', upper++;
			else
				class = 'x', lower++;
		} else if (c >= 0x80) {
			if ((c & 0xC0) == 0x80)
				continue;
			class = 'x', lower++;
		} else
			class = (char)c;
		if (class != last && shape_length < sizeof(shape))
			shape[shape_length++] = class;
		last = class;
	}
	lower_case(tagger->lower + token->start, s, length);
	info->lower = observed != NULL ? observed->lower :
	    hash_bytes(tagger->lower + token->start, length);
	if (!lower_only) {
		info->word = hash_bytes(s, length);
		info->shape = hash_bytes(shape, shape_length);
	}
	info->flags = 0;
	if (upper + lower > 0)
		info->flags |= TOKEN_LETTER;
	if (digit > 0)
		info->flags |= TOKEN_DIGIT;
	if (upper > 0 && lower == 0)
		info->flags |= TOKEN_CAPITALS;
	else if (shape_length > 0 && shape[0] == 'X' && lower > 0)
		info->flags |= TOKEN_TITLE;
	else if (shape_length > 0 && shape[0] == 'x')
		info->flags |= TOKEN_LOWER;
}

/* Whether the tokens look like a headline: several words, none lower case. */
static int
in_capitals(const struct token_info *info, size_t count)
{
	size_t i, words = 0;

	for (i = 0; i < count; i++) {
		if (!(info[i].flags & TOKEN_LETTER))
			continue;
		if (!(info[i].flags & TOKEN_CAPITALS))
			return 0;
		words++;
	}
	return words >= 2;
}

/*
 * Tokenizes text into tagger->tokens and describes every token (see
 * describe_token); tagger->lower holds the tokens' lower case at their offsets.
 * With observed (piece's tokens, piece_count of them) the tokens and their
 * lower-case hashes are taken from there.
 */
static void
describe_paragraph(struct tagger *tagger, const char *text, size_t length, int lower_only,
    const struct observed_token *observed, size_t piece_count)
{
	size_t i, count;

	if (observed != NULL) {
		reserve(&tagger->tokens.items, &tagger->tokens.capacity, piece_count + 1,
		    sizeof(*tagger->tokens.items));
		for (i = 0; i < piece_count; i++)
			tagger->tokens.items[i] = observed[i].token;
		tagger->tokens.count = piece_count;
	} else
		tokenize(text, length, &tagger->tokens);
	count = tagger->tokens.count;
	reserve(&tagger->lower, &tagger->lower_capacity, length + 1, 1);
	reserve(&tagger->info, &tagger->info_capacity, count + 1, sizeof(*tagger->info));
	for (i = 0; i < count; i++)
		describe_token(tagger, text, &tagger->tokens.items[i], &tagger->info[i], lower_only,
		    observed != NULL ? &observed[i] : NULL);
	tagger->capitals = in_capitals(tagger->info, count);
}

/* Keeps the tokens of the piece text just described, if the document's allowance has room. */
static void
keep_observed(struct tagger *tagger, const char *text, size_t length)
{
	struct observed_piece *piece;
	size_t i, count = tagger->tokens.count;

	if (tagger->observed_count + count > TAGGER_OBSERVED_TOKENS ||
	    tagger->piece_count >= TAGGER_OBSERVED_TOKENS)
		return;
	reserve(&tagger->observed, &tagger->observed_capacity, tagger->observed_count + count + 1,
	    sizeof(*tagger->observed));
	reserve(&tagger->pieces, &tagger->piece_capacity, tagger->piece_count + 1,
	    sizeof(*tagger->pieces));
	piece = &tagger->pieces[tagger->piece_count++];
	piece->text = text;
	piece->length = length;
	piece->first = tagger->observed_count;
	piece->count = count;
	for (i = 0; i < count; i++) {
		tagger->observed[piece->first + i].token = tagger->tokens.items[i];
		tagger->observed[piece->first + i].lower = tagger->info[i].lower;
	}
	tagger->observed_count += count;
}

/* The piece tagger_observe kept for text, which tagger_prepare is given next, or NULL. */
static const struct observed_piece *
next_observed(struct tagger *tagger, const char *text, size_t length)
{
	const struct observed_piece *piece;

	if (tagger->piece_next >= tagger->piece_count)
		return NULL;
	piece = &tagger->pieces[tagger->piece_next];
	if (piece->text != text || piece->length != length)
		return NULL;
	tagger->piece_next++;
	return piece;
}

void
tagger_observe(struct tagger *tagger, const char *text, size_t length)
{
	struct word_memory *memory;
	size_t i;
	uint32_t flags;

	describe_paragraph(tagger, text, length, 1, NULL, 0);
	keep_observed(tagger, text, length);
	if (tagger->capitals)
		return;
	for (i = 0; i < tagger->tokens.count; i++) {
		flags = tagger->info[i].flags;
		if (flags & TOKEN_LOWER)
			memory_insert(tagger, tagger->info[i].lower)->cases |= 1;
		else if (i > 0 && (flags & (TOKEN_TITLE | TOKEN_CAPITALS)) &&
		    (memory = memory_insert(tagger, tagger->info[i].lower)) != NULL)
			memory->cases |= 2;
	}
}

/* Marks the gazetteer names that start at token start in tagger->gazetteer. */
static void
match_gazetteer(struct tagger *tagger, size_t start)
{
	const struct model *model = tagger->model;
	size_t n, i, end, limit = start + 6;
	uint64_t hash = GAZETTEER_SEED;
	uint32_t classes, class, position;

	if (limit > tagger->tokens.count)
		limit = tagger->tokens.count;
	for (end = start; end < limit; end++) {
		hash = combine(hash, tagger->info[end].lower);
		if ((classes = model_gazetteer_lookup(model, hash)) == 0)
			continue;
		n = end - start + 1;
		for (class = 0; class < GAZETTEER_CLASSES; class++) {
			if (!(classes & (1U << class)))
				continue;
			for (i = start; i <= end; i++) {
				position = n == 1 ? POSITION_UNIT : i == start ? POSITION_BEGIN :
				    i == end ? POSITION_LAST : POSITION_INSIDE;
				tagger->gazetteer[i] |= 1U << (4 * class + position);
			}
		}
	}
}

/* A small number for the case of token i: what the document memory is read with. */
static uint64_t
case_class(const struct tagger *tagger, size_t i)
{
	uint32_t flags = tagger->info[i].flags;

	return (uint64_t)((flags & (TOKEN_TITLE | TOKEN_CAPITALS | TOKEN_LOWER)) * 4 +
	    (i == 0) * 2 + tagger->capitals);
}

/*
 * Whether token i follows the end of a sentence (". ! ?", then at most two
 * closing quotes).
 */
static int
starts_sentence(const struct tagger *tagger, const char *text, size_t i)
{
	const struct token *token;
	size_t stop = i > 3 ? i - 3 : 0;
	char last;

	while (i-- > stop) {
		token = &tagger->tokens.items[i];
		last = text[token->end - 1];
		if (token->end - token->start == 1 && (last == '"' || last == '\''))
			continue;
		if (token->end - token->start == 3 && memcmp(text + token->start, "\xE2\x80\x9D", 3) == 0)
			continue;
		return token->end - token->start == 1 && (last == '.' || last == '!' || last == '?');
	}
	return 0;
}

static size_t
add(struct tagger *tagger, size_t count, uint64_t feature)
{
	tagger->features[count] = feature;
	return count + 1;
}

/* Writes the static features of token i from tagger->features[count]; returns the new count. */
static size_t
static_features(struct tagger *tagger, const char *text, size_t i, size_t count)
{
	const struct token_info *info = tagger->info, *me = &info[i];
	const struct token *token = &tagger->tokens.items[i];
	size_t n = tagger->tokens.count, length = token->end - token->start, k, hyphen;
	uint64_t left = i > 0 ? info[i - 1].lower : BOUNDARY_LEFT;
	uint64_t right = i + 1 < n ? info[i + 1].lower : BOUNDARY_RIGHT;
	uint64_t left2 = i > 1 ? info[i - 2].lower : BOUNDARY_LEFT;
	uint64_t right2 = i + 2 < n ? info[i + 2].lower : BOUNDARY_RIGHT;
	uint64_t shape_left = i > 0 ? info[i - 1].shape : BOUNDARY_LEFT;
	uint64_t shape_right = i + 1 < n ? info[i + 1].shape : BOUNDARY_RIGHT;
	uint64_t cases = case_class(tagger, i);
	const struct word_memory *memory;
	uint32_t bits, best, total;
	uint64_t prefix;
	const char *lower;

	count = add(tagger, count, feature1(T_BIAS, 0));
	count = add(tagger, count, feature1(T_WORD, me->word));
	count = add(tagger, count, feature1(T_LOWER, me->lower));
	count = add(tagger, count, feature1(T_SHAPE, me->shape));
	count = add(tagger, count, feature2(T_LENGTH, length > 12 ? 12 : length, me->shape));
	lower = tagger->lower + token->start;
	for (k = 1, prefix = HASH_FNV1A_OFFSET; k <= 3 && k < length; k++) {
		prefix = hash_fnv1a_step(prefix, lower[k - 1]);
		/* hash_bytes(lower, k), FNV-1a carried on from the shorter prefix */
		count = add(tagger, count, feature1(T_PREFIX, mix(prefix ^ k)));
	}
	for (k = 1; k <= 4 && k < length; k++)
		count = add(tagger, count, feature1(T_SUFFIX, hash_bytes(lower + length - k, k)));
	for (hyphen = 1; hyphen < length && lower[hyphen] != '-'; hyphen++)
		;
	if (hyphen < length)
		count = add(tagger, count, feature1(T_HYPHEN_HEAD, hash_bytes(lower, hyphen)));
	count = add(tagger, count, feature1(T_LOWER_LEFT, left));
	count = add(tagger, count, feature1(T_LOWER_RIGHT, right));
	count = add(tagger, count, feature1(T_LOWER_LEFT2, left2));
	count = add(tagger, count, feature1(T_LOWER_RIGHT2, right2));
	count = add(tagger, count, feature2(T_BIGRAM_LEFT, left, me->lower));
	count = add(tagger, count, feature2(T_BIGRAM_RIGHT, me->lower, right));
	count = add(tagger, count, feature1(T_SHAPE_LEFT, shape_left));
	count = add(tagger, count, feature1(T_SHAPE_RIGHT, shape_right));
	count = add(tagger, count, feature2(T_SHAPES_LEFT, shape_left, me->shape));
	count = add(tagger, count, feature2(T_SHAPES_RIGHT, me->shape, shape_right));
	count = add(tagger, count, feature2(T_SHAPES_AROUND, combine(shape_left, me->shape), shape_right));
	count = add(tagger, count, feature2(T_LEFT_SHAPE, left, me->shape));
	count = add(tagger, count, feature2(T_SHAPE_RIGHT_WORD, me->shape, right));
	count = add(tagger, count, feature2(T_FIRST_SHAPE, i == 0, me->shape));
	if (i > 0 && starts_sentence(tagger, text, i))
		count = add(tagger, count, feature2(T_SENTENCE_START, me->shape, me->lower));
	if (tagger->capitals) {
		count = add(tagger, count, feature1(T_CAPITALS_LOWER, me->lower));
		count = add(tagger, count, feature1(T_CAPITALS_SHAPE, me->shape));
	}
	memory = memory_find(tagger, me->lower);
	count = add(tagger, count, feature2(T_DOCUMENT_CASE, cases,
	    memory != NULL ? memory->cases : 0));
	if (memory != NULL) {
		total = 0;
		best = 0;
		for (k = 0; k <= ENTITY_TYPES; k++) {
			total += memory->types[k];
			if (memory->types[k] > memory->types[best])
				best = (uint32_t)k;
		}
		if (total > 0) {
			count = add(tagger, count, feature1(T_HISTORY, best));
			count = add(tagger, count, feature2(T_HISTORY_SHAPE, best, cases));
		}
	}
	for (bits = tagger->gazetteer[i], k = 0; bits != 0 && k < 32; k++)
		if (bits & (1U << k)) {
			count = add(tagger, count, feature1(T_GAZETTEER, k));
			bits &= ~(1U << k);
		}
	if (i > 0 && tagger->gazetteer[i - 1] != 0)
		count = add(tagger, count, feature1(T_GAZETTEER_LEFT, tagger->gazetteer[i - 1]));
	if (i + 1 < n && tagger->gazetteer[i + 1] != 0)
		count = add(tagger, count, feature1(T_GAZETTEER_RIGHT, tagger->gazetteer[i + 1]));
	return count;
}

/* The share of count in total, in four steps: some, half, three quarters, all. */
static uint64_t
share(uint32_t count, uint32_t total)
{
	if (count == total)
		return 3;
	return 4 * (uint64_t)count >= 3 * (uint64_t)total ? 2 : 2 * (uint64_t)count >= total;
}

/*
 * Writes the second pass's features of token i (see tagger_prepare_second)
 * from tagger->features[count]; returns the new count.  The token's own
 * first-pass tag is taken out of the memory's counts, so that they say what
 * the rest of the document holds.
 */
static size_t
document_features(struct tagger *tagger, size_t i, size_t count)
{
	const unsigned char *first = tagger->first_tags;
	const struct word_memory *memory;
	size_t n = tagger->tokens.count;
	uint32_t types[1 + ENTITY_TYPES], total = 0, longer, k, best = 0;
	uint64_t left = i > 0 ? first[i - 1] : TAG_COUNT;
	uint64_t right = i + 1 < n ? first[i + 1] : TAG_COUNT, mask;
	int own = first[i], type, position;

	count = add(tagger, count, feature1(T_FIRST_TAG, (uint64_t)own));
	count = add(tagger, count, feature2(T_FIRST_TAGS_LEFT, left, (uint64_t)own));
	count = add(tagger, count, feature2(T_FIRST_TAGS_RIGHT, (uint64_t)own, right));
	if (!(tagger->info[i].flags & (TOKEN_TITLE | TOKEN_CAPITALS)) ||
	    (memory = memory_find(tagger, tagger->info[i].lower)) == NULL)
		return count;
	memcpy(types, memory->types, sizeof(types));
	k = own == TAG_OUTSIDE ? 0 : 1 + (uint32_t)TAG_TYPE(own);
	if (types[k] > 0)
		types[k]--;
	for (k = 0; k <= ENTITY_TYPES; k++) {
		total += types[k];
		if (types[k] > types[best])
			best = k;
	}
	for (k = 0; total > 0 && k <= ENTITY_TYPES; k++)
		if (types[k] > 0)
			count = add(tagger, count, feature2(T_WORD_SHARE, k, share(types[k], total)));
	if (total > 0)
		count = add(tagger, count, feature2(T_WORD_MAJORITY, best, (uint64_t)own));
	for (type = 0; type < ENTITY_TYPES; type++) {
		for (position = 0, mask = 0; position < 3; position++) {
			longer = memory->longer[type][position];
			if (longer > 0 && own != TAG_OUTSIDE && TAG_TYPE(own) == type &&
			    TAG_POSITION(own) == position)
				longer--;
			if (longer > 0)
				mask |= 1U << position;
		}
		if (mask != 0) {
			count = add(tagger, count, feature2(T_LONGER, (uint64_t)type, mask));
			count = add(tagger, count, feature2(T_LONGER_OWN, (uint64_t)type, (uint64_t)own));
		}
	}
	return count;
}

static void
prepare(struct tagger *tagger, const char *text, size_t length, const unsigned char *first_tags)
{
	size_t i, n, count = 0;
	const struct observed_piece *piece = next_observed(tagger, text, length);

	tagger->pass = first_tags != NULL;
	tagger->first_tags = first_tags;
	describe_paragraph(tagger, text, length, 0, piece != NULL ?
	    tagger->observed + piece->first : NULL, piece != NULL ? piece->count : 0);
	n = tagger->tokens.count;
	reserve(&tagger->gazetteer, &tagger->gazetteer_capacity, n + 1, sizeof(*tagger->gazetteer));
	memset(tagger->gazetteer, 0, (n + 1) * sizeof(*tagger->gazetteer));
	if (tagger->model != NULL && tagger->model->gazetteer_count > 0)
		for (i = 0; i < n; i++)
			if (tagger->info[i].flags & (TOKEN_TITLE | TOKEN_CAPITALS))
				match_gazetteer(tagger, i);
	reserve(&tagger->tags, &tagger->tags_capacity, n + 1, 1);
	for (i = 0; i < n; i++) {
		reserve(&tagger->features, &tagger->features_capacity,
		    count + TAGGER_MAX_FEATURES, sizeof(*tagger->features));
		tagger->info[i].feature_start = (uint32_t)count;
		count = static_features(tagger, text, i, count);
		if (first_tags != NULL)
			count = document_features(tagger, i, count);
		tagger->info[i].feature_count = (uint32_t)(count - tagger->info[i].feature_start);
	}
}

void
tagger_prepare(struct tagger *tagger, const char *text, size_t length)
{
	prepare(tagger, text, length, NULL);
}

void
tagger_prepare_second(struct tagger *tagger, const char *text, size_t length,
    const unsigned char *first_tags)
{
	prepare(tagger, text, length, first_tags);
}

uint64_t
tagger_transition_feature(int previous)
{
	return feature1(T_PREVIOUS_TAG, (uint64_t)previous);
}

int
tagger_allowed(int previous, int tag)
{
	int open = previous != TAG_OUTSIDE && (TAG_POSITION(previous) == POSITION_BEGIN ||
	    TAG_POSITION(previous) == POSITION_INSIDE);
	int continues = tag != TAG_OUTSIDE && (TAG_POSITION(tag) == POSITION_INSIDE ||
	    TAG_POSITION(tag) == POSITION_LAST);

	if (open)
		return continues && TAG_TYPE(tag) == TAG_TYPE(previous);
	return !continues;
}

/*
 * Adds a weight row to sums, over all its lanes (padding included) so that the
 * compiler vectorizes it.  Sums of int16 hold: a token has at most
 * TAGGER_MAX_FEATURES features of at most 127 in magnitude.
 */
static inline void
add_row(int16_t *restrict sums, const int8_t *restrict row)
{
	int t;

	for (t = 0; t < MODEL_ROW_BYTES; t++)
		sums[t] = (int16_t)(sums[t] + row[t]);
}

/* How many tokens ahead tagger_decode asks for weight rows. */
enum { PREFETCH_TOKENS = 1 };

enum { TAG_LANES = TAGGER_LANES };

/* Whether BILOU lets each tag follow each previous one (padding lanes: no), filled once. */
static unsigned char allowed_after[TAG_COUNT][TAG_LANES];
static int allowed_after_ready;

/*
 * Fills allowed[previous][tag] with transition[previous * TAG_COUNT + tag]
 * where BILOU lets tag follow previous and -INFINITY where it does not (and
 * in the padding lanes).
 */
static void
mask_transitions(float allowed[TAG_COUNT][TAG_LANES], const float *transition)
{
	int previous, tag;

	if (!allowed_after_ready) {
		for (previous = 0; previous < TAG_COUNT; previous++)
			for (tag = 0; tag < TAG_COUNT; tag++)
				allowed_after[previous][tag] = (unsigned char)tagger_allowed(previous, tag);
		allowed_after_ready = 1;
	}
	for (previous = 0; previous < TAG_COUNT; previous++)
		for (tag = 0; tag < TAG_LANES; tag++)
			allowed[previous][tag] = allowed_after[previous][tag] ?
			    transition[previous * TAG_COUNT + tag] : -INFINITY;
}

/*
 * One Viterbi step over all tags at once: best[tag] becomes the best of
 * previous_score[previous] + allowed[previous][tag].  A forbidden previous
 * adds -INFINITY and so never wins over an allowed one with a finite score.
 */
static inline void
viterbi_step(const float *restrict previous_score, const float allowed[TAG_COUNT][TAG_LANES],
    float *restrict best)
{
	float candidate;
	int previous, tag;

	for (tag = 0; tag < TAG_LANES; tag++)
		best[tag] = -INFINITY;
	for (previous = 0; previous < TAG_COUNT; previous++)
		for (tag = 0; tag < TAG_LANES; tag++) {
			candidate = previous_score[previous] + allowed[previous][tag];
			best[tag] = candidate > best[tag] ? candidate : best[tag];
		}
}

/*
 * The tag before tag on the best path: the first previous, in order, whose
 * previous_score[previous] + allowed[previous][tag] is the highest, the same
 * sums viterbi_step took the best of.
 */
static int
viterbi_back(const float *previous_score, const float allowed[TAG_COUNT][TAG_LANES], int tag)
{
	float best = -INFINITY, candidate;
	int previous, from = 0;

	for (previous = 0; previous < TAG_COUNT; previous++) {
		candidate = previous_score[previous] + allowed[previous][tag];
		if (candidate > best) {
			best = candidate;
			from = previous;
		}
	}
	return from;
}

/*
 * Every tag at position 1 and after has a predecessor with a finite score
 * (B-X follows O, and I-X and L-X follow B-X), so the best path has finite
 * scores, and the predecessor viterbi_back finds on it is the first allowed
 * one with the highest score, as a walk over a list of the allowed ones in
 * order would choose.  The back pointers are found on the way back, from the
 * scores kept in emission, rather than stored at every step.
 */
static void
viterbi(struct tagger *tagger, float *emission, const float allowed[TAG_COUNT][TAG_LANES])
{
	size_t i, n = tagger->tokens.count;
	float best[TAG_LANES], *score, best_score;
	int tag, best_tag;

	if (n == 0)
		return;
	for (tag = 0; tag < TAG_COUNT; tag++)
		emission[tag] = allowed_after[TAG_OUTSIDE][tag] ?
		    emission[tag] + allowed[TAG_OUTSIDE][tag] : -INFINITY;
	for (i = 1; i < n; i++) {
		score = emission + i * TAG_COUNT;
		viterbi_step(score - TAG_COUNT, allowed, best);
		for (tag = 0; tag < TAG_COUNT; tag++)
			score[tag] += best[tag];
	}
	score = emission + (n - 1) * TAG_COUNT;
	best_score = -INFINITY;
	best_tag = TAG_OUTSIDE;
	for (tag = 0; tag < TAG_COUNT; tag++)
		if (tagger_allowed(tag, TAG_OUTSIDE) && score[tag] > best_score) {
			best_score = score[tag];
			best_tag = tag;
		}
	for (i = n; i-- > 0;) {
		tagger->tags[i] = (unsigned char)best_tag;
		if (i > 0)
			best_tag = viterbi_back(emission + (i - 1) * TAG_COUNT, allowed, best_tag);
	}
}

void
tagger_viterbi(struct tagger *tagger, float *emission, const float *transition)
{
	float allowed[TAG_COUNT][TAG_LANES];

	mask_transitions(allowed, transition);
	viterbi(tagger, emission, allowed);
}

/* Asks the cache for the weight rows (in table weights) of token i. */
static void
prefetch_rows(const struct tagger *tagger, const int8_t *weights, size_t i)
{
	const struct model *model = tagger->model;
	const uint64_t *features = tagger->features + tagger->info[i].feature_start;
	size_t k, count = tagger->info[i].feature_count;

	for (k = 0; k < count; k++)
		__builtin_prefetch(weights +
		    tagger_row(features[k], model->row_mask) * MODEL_ROW_BYTES);
}

void
tagger_decode(struct tagger *tagger)
{
	const struct model *model = tagger->model;
	const int pass = tagger->pass && model->second != NULL;
	const int8_t *weights = pass ? model->second : model->weights;
	const uint64_t *features;
	float transition[TAG_COUNT * TAG_COUNT], *scores;
	int16_t sums[MODEL_ROW_BYTES];
	const int8_t *row;
	size_t i, k, n = tagger->tokens.count, count;
	int previous, tag;

	egrow(&tagger->scores, &tagger->scores_capacity, n * TAG_COUNT + 1, sizeof(float));
	if (!tagger->transitions_ready[pass]) {
		for (previous = 0; previous < TAG_COUNT; previous++) {
			row = weights + tagger_row(tagger_transition_feature(previous),
			    model->row_mask) * MODEL_ROW_BYTES;
			for (tag = 0; tag < TAG_COUNT; tag++)
				transition[previous * TAG_COUNT + tag] = row[tag];
		}
		mask_transitions(tagger->transitions[pass], transition);
		tagger->transitions_ready[pass] = 1;
	}
	for (i = 0; i < n; i++) {
		if (i + PREFETCH_TOKENS < n)
			prefetch_rows(tagger, weights, i + PREFETCH_TOKENS);
		memset(sums, 0, sizeof(sums));
		features = tagger->features + tagger->info[i].feature_start;
		count = tagger->info[i].feature_count;
		for (k = 0; k < count; k++)
			add_row(sums, weights +
			    tagger_row(features[k], model->row_mask) * MODEL_ROW_BYTES);
		scores = tagger->scores + i * TAG_COUNT;
		for (tag = 0; tag < TAG_COUNT; tag++)
			scores[tag] = (float)sums[tag];
	}
	viterbi(tagger, tagger->scores, (const float (*)[TAG_LANES])tagger->transitions[pass]);
}

void
tagger_collect(struct tagger *tagger)
{
	struct entity_span *span;
	size_t i, n = tagger->tokens.count;
	int tag, open = 0;

	tagger->span_count = 0;
	for (i = 0; i < n; i++) {
		tag = tagger->tags[i];
		if (tag == TAG_OUTSIDE) {
			open = 0;
			continue;
		}
		if (open && TAG_TYPE(tag) == tagger->spans[tagger->span_count - 1].type &&
		    (TAG_POSITION(tag) == POSITION_INSIDE || TAG_POSITION(tag) == POSITION_LAST)) {
			tagger->spans[tagger->span_count - 1].last = i;
			open = TAG_POSITION(tag) == POSITION_INSIDE;
			continue;
		}
		egrow(&tagger->spans, &tagger->spans_capacity, tagger->span_count + 1,
		    sizeof(*tagger->spans));
		span = &tagger->spans[tagger->span_count++];
		span->first = span->last = i;
		span->type = TAG_TYPE(tag);
		open = TAG_POSITION(tag) == POSITION_BEGIN || TAG_POSITION(tag) == POSITION_INSIDE;
	}
}

void
tagger_remember(struct tagger *tagger)
{
	size_t i;
	int tag;

	struct word_memory *memory;
	uint16_t *longer;

	for (i = 0; i < tagger->tokens.count; i++) {
		if (!(tagger->info[i].flags & (TOKEN_TITLE | TOKEN_CAPITALS)))
			continue;
		tag = tagger->tags[i];
		memory = memory_insert(tagger, tagger->info[i].lower);
		memory->types[tag == TAG_OUTSIDE ? 0 : 1 + TAG_TYPE(tag)]++;
		if (tag == TAG_OUTSIDE || TAG_POSITION(tag) == POSITION_UNIT)
			continue;
		longer = &memory->longer[TAG_TYPE(tag)][TAG_POSITION(tag)];
		if (*longer < UINT16_MAX)
			(*longer)++;
	}
}

uint64_t
tagger_name_hash(struct tagger *tagger, const char *name, size_t length, size_t *token_count)
{
	uint64_t hash = GAZETTEER_SEED;
	size_t i;

	describe_paragraph(tagger, name, length, 1, NULL, 0);
	for (i = 0; i < tagger->tokens.count; i++)
		hash = combine(hash, tagger->info[i].lower);
	*token_count = tagger->tokens.count;
	return hash;
}
