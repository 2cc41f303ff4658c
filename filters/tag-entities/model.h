/* model.h: the trained tagger model: its file format, loading and checks, tags and gazetteer. */
#ifndef NEWSPIPE_MODEL_H
#define NEWSPIPE_MODEL_H

#include <stddef.h>
#include <stdint.h>

/*
 * The tags, BILOU over the four entity types: tag 0 is O, then for type t
 * (0 PERSON, 1 ORG, 2 LOC, 3 MISC) tags 1 + 4t + position, position 0 B,
 * 1 I, 2 L, 3 U.
 */
enum { ENTITY_TYPES = 4, TAG_COUNT = 1 + 4 * ENTITY_TYPES, TAG_OUTSIDE = 0 };
enum { POSITION_BEGIN, POSITION_INSIDE, POSITION_LAST, POSITION_UNIT };

#define TAG_TYPE(tag)		(((tag) - 1) / 4)
#define TAG_POSITION(tag)	(((tag) - 1) % 4)
#define TAG_MAKE(type, position) (1 + 4 * (type) + (position))

extern const char *const entity_type_names[ENTITY_TYPES];

/* Gazetteer classes, a bit each in gazetteer_entry.classes. */
enum {
	GAZETTEER_COUNTRY, GAZETTEER_REGION, GAZETTEER_CITY, GAZETTEER_CURRENCY,
	GAZETTEER_LANGUAGE, GAZETTEER_FIRST_NAME, GAZETTEER_SURNAME, GAZETTEER_CLASSES
};

/* One gazetteer name: the hash of its lower-case tokens (see features.h). */
struct gazetteer_entry {
	uint64_t	hash;
	uint32_t	classes;	/* bit set of GAZETTEER_* */
	uint32_t	tokens;		/* its length in tokens */
};

/*
 * The file: a header, then passes tables of rows * TAG_COUNT int8 weights
 * (row-major, each padded to 8 bytes: the first pass's, then the second
 * pass's), then gazetteer_count entries sorted by hash.  Little-endian, as
 * written by the trainer on the same kind of machine.
 */
#define MODEL_MAGIC	"NPENTMD1"
#define MODEL_VERSION	3

/* The most weight tables a model has: the first pass and the second (document) pass. */
enum { MODEL_MAXIMUM_PASSES = 2 };

struct model_header {
	char		magic[8];
	uint32_t	version;
	uint32_t	tag_count;
	uint32_t	row_bits;	/* rows = 1 << row_bits */
	uint32_t	gazetteer_count;
	float		scale;		/* of the first table (each has its own; decoding ignores it) */
	uint32_t	passes;		/* weight tables: 1, or 2 with a second pass */
	uint64_t	payload_bytes;
	uint64_t	checksum;	/* model_checksum of the payload */
};

#define MODEL_FILTER_BITS 16

/*
 * In memory each weight row takes MODEL_ROW_BYTES bytes, its TAG_COUNT
 * weights then zeros, and rows start on a multiple of MODEL_ROW_BYTES: a
 * row is within one cache line and sums over whole vectors.
 */
enum { MODEL_ROW_BYTES = 32 };

struct model {
	const int8_t			*weights;	/* rows of MODEL_ROW_BYTES */
	const int8_t			*second;	/* the second pass's rows, or NULL */
	const struct gazetteer_entry	*gazetteer;
	size_t				 gazetteer_count;
	uint32_t			 row_bits;
	uint64_t			 row_mask;
	void				*owned;		/* freed by model_free, or NULL */
	void				*rows_owned;	/* the memory weights is in, freed by model_free */
	uint64_t			 gazetteer_filter[(1 << MODEL_FILTER_BITS) / 64];
	uint32_t			*gazetteer_buckets;	/* see model_index_gazetteer */
};

/*
 * Checks the model image data[0, size) (header, sizes, checksum) and points
 * model into it (its gazetteer; the weights are copied into padded rows);
 * data must stay alive and 8-byte aligned.  Returns NULL, or a message saying
 * what is wrong; on success model_free frees what it allocated.
 */
const char	*model_open(struct model *model, const void *data, size_t size);

/*
 * Reads and checks the model file path.  Returns NULL, or a message (static
 * storage) saying what is wrong; on success the model owns its memory.
 */
const char	*model_load_file(struct model *model, const char *path);

/* The model compiled into the program (model.bin, see model-data.S). */
const char	*model_load_builtin(struct model *model);

void		 model_free(struct model *model);

/* A 64-bit checksum of data[0, size). */
uint64_t	 model_checksum(const void *data, size_t size);

/*
 * Fills model->gazetteer_filter from model->gazetteer, a bit per hash bucket
 * (the top MODEL_FILTER_BITS bits): most lookups stop there; and allocates
 * model->gazetteer_buckets, where the entries of bucket b start (the
 * gazetteer is sorted by hash), with an end after the last.  model_free
 * frees it.
 */
void		 model_index_gazetteer(struct model *model);

/* The gazetteer classes of the name whose hash is hash (0 when none). */
uint32_t	 model_gazetteer_lookup(const struct model *model, uint64_t hash);

#endif
