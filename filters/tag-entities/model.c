/* model.c: checks and loads tag-entities model images from memory or a file; no other I/O. */
#include <sys/mman.h>
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "model.h"

/* Files larger are refused unread: a table has at most 2^26 rows of 17 bytes (1.1 GB). */
#define MODEL_MAXIMUM_BYTES	(2L << 30)

const char *const entity_type_names[ENTITY_TYPES] = { "PERSON", "ORG", "LOC", "MISC" };

uint64_t
model_checksum(const void *data, size_t size)
{
	const unsigned char *bytes = data;
	uint64_t hash = 0x9E3779B97F4A7C15ULL, word;
	size_t i;

	for (i = 0; i + 8 <= size; i += 8) {
		memcpy(&word, bytes + i, 8);
		hash = (hash ^ word) * 0x100000001B3ULL;
		hash ^= hash >> 29;
	}
	for (; i < size; i++)
		hash = (hash ^ bytes[i]) * 0x100000001B3ULL;
	return hash;
}

void
model_index_gazetteer(struct model *model)
{
	size_t i;
	uint64_t hash;

	size_t bucket = 0;

	memset(model->gazetteer_filter, 0, sizeof(model->gazetteer_filter));
	free(model->gazetteer_buckets);
	model->gazetteer_buckets = ecalloc(((size_t)1 << MODEL_FILTER_BITS) + 1,
	    sizeof(*model->gazetteer_buckets));
	for (i = 0; i < model->gazetteer_count; i++) {
		hash = model->gazetteer[i].hash >> (64 - MODEL_FILTER_BITS);
		model->gazetteer_filter[hash / 64] |= (uint64_t)1 << (hash % 64);
		while (bucket <= hash)
			model->gazetteer_buckets[bucket++] = (uint32_t)i;
	}
	while (bucket <= ((size_t)1 << MODEL_FILTER_BITS))
		model->gazetteer_buckets[bucket++] = (uint32_t)model->gazetteer_count;
}

/* Huge pages for the padded rows, where the system has them: fewer TLB misses. */
#define HUGE_PAGE_BYTES	((uintptr_t)2 << 20)

/*
 * Copies tables tables of rows rows of TAG_COUNT weights (each table padded
 * to table_bytes) into rows of MODEL_ROW_BYTES, one table after the other,
 * the first at a huge page boundary; returns the allocation to free, the
 * rows in *padded.
 */
static void *
pad_rows(const int8_t *weights, uint64_t rows, uint64_t tables, uint64_t table_bytes,
    int8_t **padded)
{
	size_t bytes = (size_t)(rows * tables) * MODEL_ROW_BYTES;
	char *memory = emalloc(bytes + HUGE_PAGE_BYTES);
	int8_t *row;
	uint64_t i;

	row = (int8_t *)(void *)(memory + (HUGE_PAGE_BYTES -
	    (uintptr_t)memory % HUGE_PAGE_BYTES) % HUGE_PAGE_BYTES);
#ifdef MADV_HUGEPAGE
	if (bytes >= HUGE_PAGE_BYTES)
		madvise(row, bytes & ~(HUGE_PAGE_BYTES - 1), MADV_HUGEPAGE);
#endif
	*padded = row;
	for (i = 0; i < rows * tables; i++, row += MODEL_ROW_BYTES) {
		memcpy(row, weights + i / rows * table_bytes + i % rows * TAG_COUNT, TAG_COUNT);
		memset(row + TAG_COUNT, 0, MODEL_ROW_BYTES - TAG_COUNT);
	}
	return memory;
}

const char *
model_open(struct model *model, const void *data, size_t size)
{
	struct model_header header;
	const char *bytes = data;
	uint64_t rows, weight_bytes, gazetteer_bytes;
	int8_t *padded;

	memset(model, 0, sizeof(*model));
	if (size < sizeof(header))
		return "too short to be a tag-entities model";
	memcpy(&header, data, sizeof(header));
	if (memcmp(header.magic, MODEL_MAGIC, sizeof(header.magic)) != 0)
		return "not a tag-entities model (bad magic)";
	if (header.version != MODEL_VERSION)
		return "unsupported model version";
	if (header.tag_count != TAG_COUNT || header.row_bits < 8 || header.row_bits > 26 ||
	    header.gazetteer_count > (1U << 24) || !(header.scale > 0) ||
	    header.passes < 1 || header.passes > MODEL_MAXIMUM_PASSES)
		return "model header is inconsistent";
	rows = (uint64_t)1 << header.row_bits;
	weight_bytes = rows * TAG_COUNT * sizeof(int8_t);
	weight_bytes = (weight_bytes + 7) & ~(uint64_t)7;
	gazetteer_bytes = (uint64_t)header.gazetteer_count * sizeof(struct gazetteer_entry);
	if (header.payload_bytes != header.passes * weight_bytes + gazetteer_bytes ||
	    size - sizeof(header) != header.payload_bytes)
		return "model is truncated or has the wrong size";
	if (model_checksum(bytes + sizeof(header), header.payload_bytes) != header.checksum)
		return "model is corrupt (checksum mismatch)";
	model->rows_owned = pad_rows((const int8_t *)(const void *)(bytes + sizeof(header)),
	    rows, header.passes, weight_bytes, &padded);
	model->weights = padded;
	model->second = header.passes > 1 ? padded + rows * MODEL_ROW_BYTES : NULL;
	model->gazetteer = (const struct gazetteer_entry *)(const void *)
	    (bytes + sizeof(header) + header.passes * weight_bytes);
	model->gazetteer_count = header.gazetteer_count;
	model->row_bits = header.row_bits;
	model->row_mask = rows - 1;
	model_index_gazetteer(model);
	return NULL;
}

const char *
model_load_file(struct model *model, const char *path)
{
	static char message[256];
	FILE *stream;
	struct stat status;
	char *data;
	long size;
	const char *problem;

	memset(model, 0, sizeof(*model));
	if ((stream = fopen(path, "rb")) == NULL) {
		snprintf(message, sizeof(message), "%s", strerror(errno));
		return message;
	}
	if (fstat(fileno(stream), &status) != 0 || !S_ISREG(status.st_mode)) {
		fclose(stream);
		return "not a regular file";
	}
	if (fseek(stream, 0, SEEK_END) != 0 || (size = ftell(stream)) < 0 ||
	    fseek(stream, 0, SEEK_SET) != 0) {
		fclose(stream);
		return "cannot find the file's size";
	}
	if (size > MODEL_MAXIMUM_BYTES) {
		fclose(stream);
		return "too large to be a tag-entities model";
	}
	data = emalloc(size > 0 ? (size_t)size : 1);
	if (fread(data, 1, (size_t)size, stream) != (size_t)size) {
		snprintf(message, sizeof(message), "read error: %s",
		    ferror(stream) ? strerror(errno) : "short file");
		fclose(stream);
		free(data);
		return message;
	}
	fclose(stream);
	if ((problem = model_open(model, data, (size_t)size)) != NULL) {
		free(data);
		return problem;
	}
	model->owned = data;
	return NULL;
}

void
model_free(struct model *model)
{
	free(model->owned);
	free(model->rows_owned);
	free(model->gazetteer_buckets);
	memset(model, 0, sizeof(*model));
}

uint32_t
model_gazetteer_lookup(const struct model *model, uint64_t hash)
{
	size_t low, high, middle;
	uint64_t bucket = hash >> (64 - MODEL_FILTER_BITS);

	if (!(model->gazetteer_filter[bucket / 64] & ((uint64_t)1 << (bucket % 64))))
		return 0;
	low = model->gazetteer_buckets[bucket];	/* the entries of hash's bucket */
	high = model->gazetteer_buckets[bucket + 1];

	while (low < high) {
		middle = low + (high - low) / 2;
		if (model->gazetteer[middle].hash < hash)
			low = middle + 1;
		else
			high = middle;
	}
	if (low < model->gazetteer_count && model->gazetteer[low].hash == hash)
		return model->gazetteer[low].classes;
	return 0;
}
