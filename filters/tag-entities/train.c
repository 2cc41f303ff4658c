/*
 * train-entities: reads CoNLL-2003 as JSON Lines documents (DIR/train.jsonl,
 * DIR/dev.jsonl) and gazetteer lists from Debian's iso-codes, tzdata and
 * libtext-names-perl, trains
 * the averaged perceptrons of tagger.c's two passes and writes the model file.
 */
#include <err.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "alloc.h"
#include "model.h"
#include "paragraphs.h"
#include "tagger.h"
#include "utf8.h"

static const char synopsis[] =
    "usage: train-entities [-b row_bits] [-E fold_epochs] [-e epochs] [-f folds]\n"
    "                      [-M fold_members] [-m members] [-p passes] [-i iso-codes-dir]\n"
    "                      [-z zone1970.tab] [-n Text/Names.pm] [-o model] conll-dir\n";

/* The most perceptrons trained side by side and averaged (-m). */
#define ENSEMBLE_MAXIMUM 8

/* A gold entity as a byte span of its document. */
struct gold {
	size_t	start;
	size_t	end;
	int	type;
};

struct training_document {
	char		*text;
	size_t		 length;
	struct paragraph *paragraphs;
	size_t		 paragraph_count;
	size_t		 paragraph_capacity;
	struct gold	*golds;
	size_t		 gold_count;
	unsigned char	*first_tags;	/* cross-fold first-pass tags of its tokens, or NULL */
	size_t		 first_capacity;
};

struct corpus {
	struct training_document *documents;
	size_t			  count;
	size_t			  capacity;
};

/* The weights being learned, with the sums that give their average. */
struct perceptron {
	float		*weights;
	float		*totals;	/* sum over updates of step * change */
	double		 step;
	uint64_t	 mask;
};

static int
type_number(const char *name)
{
	int t;

	for (t = 0; t < ENTITY_TYPES; t++)
		if (strcmp(name, entity_type_names[t]) == 0)
			return t;
	if (strcmp(name, "PER") == 0)
		return 0;
	return -1;
}

/* Appends paragraph to the training document context (a paragraph_callback). */
static void
collect_paragraph(const struct paragraph *paragraph, void *context)
{
	struct training_document *d = context;

	egrow(&d->paragraphs, &d->paragraph_capacity, d->paragraph_count + 1,
	    sizeof(*d->paragraphs));
	d->paragraphs[d->paragraph_count++] = *paragraph;
}

static void
read_corpus(const char *path, struct corpus *corpus)
{
	FILE *stream;
	char *line = NULL;
	size_t capacity = 0, i;
	ssize_t got;
	json_t *document, *entities, *entity;
	json_error_t error;
	struct training_document *d;
	const char *type;

	if ((stream = fopen(path, "r")) == NULL)
		err(2, "%s", path);
	while ((got = getline(&line, &capacity, stream)) > 0) {
		if ((document = json_loadb(line, (size_t)got, 0, &error)) == NULL)
			errx(2, "%s: %s", path, error.text);
		egrow(&corpus->documents, &corpus->capacity, corpus->count + 1,
		    sizeof(*corpus->documents));
		d = &corpus->documents[corpus->count++];
		memset(d, 0, sizeof(*d));
		if (!json_is_string(json_object_get(document, "text")))
			errx(2, "%s: a document without \"text\"", path);
		d->length = json_string_length(json_object_get(document, "text"));
		d->text = estrndup(json_string_value(json_object_get(document, "text")), d->length);
		paragraphs_split(d->text, d->length, collect_paragraph, d);
		entities = json_object_get(document, "entities");
		d->golds = ecalloc(json_array_size(entities) + 1, sizeof(*d->golds));
		json_array_foreach(entities, i, entity) {
			type = json_string_value(json_object_get(entity, "type"));
			if (type == NULL || type_number(type) < 0)
				continue;
			d->golds[d->gold_count].start = utf8_byte_offset(d->text, d->length,
			    (size_t)json_integer_value(json_object_get(entity, "start")));
			d->golds[d->gold_count].end = utf8_byte_offset(d->text, d->length,
			    (size_t)json_integer_value(json_object_get(entity, "end")));
			d->golds[d->gold_count].type = type_number(type);
			d->gold_count++;
		}
		json_decref(document);
	}
	free(line);
	fclose(stream);
	fprintf(stderr, "train-entities: %s: %zu documents\n", path, corpus->count);
}

/* The gazetteer being built: names and their classes, by hash. */
struct gazetteer_builder {
	struct gazetteer_entry	*entries;
	size_t			 count;
	size_t			 capacity;
	struct tagger		 tagger;
};

static void
add_name(struct gazetteer_builder *builder, const char *name, int class)
{
	char buffer[256];
	size_t length, tokens, i;
	uint64_t hash;
	const char *cut;

	if (name == NULL)
		return;
	/* "Korea, Republic of" is known as "Korea"; "Spanish; Castilian" is two names */
	if ((cut = strchr(name, ';')) != NULL) {
		length = (size_t)(cut - name);
		if (length >= sizeof(buffer))
			return;
		memcpy(buffer, name, length);
		buffer[length] = '\0';
		add_name(builder, buffer, class);
		while (*++cut == ' ')
			;
		add_name(builder, cut, class);
		return;
	}
	length = strcspn(name, ",(");
	while (length > 0 && name[length - 1] == ' ')
		length--;
	if (length == 0 || length >= sizeof(buffer))
		return;
	memcpy(buffer, name, length);
	for (i = 0; i < length; i++)
		if (buffer[i] == '_')
			buffer[i] = ' ';
	hash = tagger_name_hash(&builder->tagger, buffer, length, &tokens);
	if (tokens == 0 || tokens > 6)
		return;
	egrow(&builder->entries, &builder->capacity, builder->count + 1, sizeof(*builder->entries));
	builder->entries[builder->count].hash = hash;
	builder->entries[builder->count].classes = 1U << class;
	builder->entries[builder->count].tokens = (uint32_t)tokens;
	builder->count++;
}

/* Adds the given keys of every object in the list under key list of an iso-codes file. */
static void
add_iso_codes(struct gazetteer_builder *builder, const char *directory, const char *file,
    const char *list, const char *const *keys, int class)
{
	char path[4096];
	json_t *root, *item;
	json_error_t error;
	size_t i, k;

	snprintf(path, sizeof(path), "%s/%s", directory, file);
	if ((root = json_load_file(path, 0, &error)) == NULL)
		errx(2, "%s: %s (install iso-codes)", path, error.text);
	json_array_foreach(json_object_get(root, list), i, item)
		for (k = 0; keys[k] != NULL; k++)
			add_name(builder, json_string_value(json_object_get(item, keys[k])), class);
	json_decref(root);
}

/* Adds the cities of tzdata's zone1970.tab ("Europe/London" gives "London"). */
static void
add_zone_cities(struct gazetteer_builder *builder, const char *path)
{
	FILE *stream;
	char line[1024], *zone, *city, *end;

	if ((stream = fopen(path, "r")) == NULL)
		err(2, "%s (install tzdata)", path);
	while (fgets(line, sizeof(line), stream) != NULL) {
		if (line[0] == '#' || (zone = strchr(line, '\t')) == NULL ||
		    (zone = strchr(zone + 1, '\t')) == NULL)
			continue;
		zone++;
		zone[strcspn(zone, "\t\n")] = '\0';
		if ((city = strrchr(zone, '/')) == NULL)
			continue;
		for (end = ++city; *end != '\0'; end++)
			if (*end == '_')
				*end = ' ';
		add_name(builder, city, GAZETTEER_CITY);
	}
	fclose(stream);
}

/* Adds the words of line that are names (letters), not figures: a line may hold two entries. */
static void
add_census_line(struct gazetteer_builder *builder, char *line, int class)
{
	char *word, *rest = line;

	while ((word = strsep(&rest, " \t\n")) != NULL)
		if (*word >= 'A' && *word <= 'Z')
			add_name(builder, word, class);
}

/*
 * Adds the 1990 US census first names and surnames that Text::Names (Debian's
 * libtext-names-perl) holds in here-documents: a name and figures a line.
 */
static void
add_census_names(struct gazetteer_builder *builder, const char *path)
{
	FILE *stream;
	char line[256];
	int class = -1;

	if ((stream = fopen(path, "r")) == NULL)
		err(2, "%s (install libtext-names-perl)", path);
	while (fgets(line, sizeof(line), stream) != NULL) {
		if (strstr(line, "FIRSTNAMES = <<ENDNAMES") != NULL)
			class = GAZETTEER_FIRST_NAME;
		else if (strstr(line, "SURNAMES = <<ENDNAMES") != NULL)
			class = GAZETTEER_SURNAME;
		else if (strncmp(line, "ENDNAMES", 8) == 0)
			class = -1;
		else if (class >= 0)
			add_census_line(builder, line, class);
	}
	fclose(stream);
}

static int
compare_entries(const void *a, const void *b)
{
	const struct gazetteer_entry *x = a, *y = b;

	return x->hash < y->hash ? -1 : x->hash > y->hash;
}

/* Builds the sorted gazetteer, merging the classes of equal names. */
static void
build_gazetteer(struct gazetteer_builder *builder, const char *iso_directory, const char *zones,
    const char *census)
{
	static const char *const country_keys[] = { "name", "official_name", "common_name", NULL };
	static const char *const name_keys[] = { "name", NULL };
	size_t i, kept = 0;

	tagger_init(&builder->tagger, NULL);
	add_iso_codes(builder, iso_directory, "iso_3166-1.json", "3166-1", country_keys, GAZETTEER_COUNTRY);
	add_iso_codes(builder, iso_directory, "iso_3166-3.json", "3166-3", name_keys, GAZETTEER_COUNTRY);
	add_iso_codes(builder, iso_directory, "iso_3166-2.json", "3166-2", name_keys, GAZETTEER_REGION);
	add_iso_codes(builder, iso_directory, "iso_4217.json", "4217", name_keys, GAZETTEER_CURRENCY);
	add_iso_codes(builder, iso_directory, "iso_639-2.json", "639-2", name_keys, GAZETTEER_LANGUAGE);
	add_zone_cities(builder, zones);
	add_census_names(builder, census);
	qsort(builder->entries, builder->count, sizeof(*builder->entries), compare_entries);
	for (i = 0; i < builder->count; i++) {
		if (kept > 0 && builder->entries[kept - 1].hash == builder->entries[i].hash) {
			builder->entries[kept - 1].classes |= builder->entries[i].classes;
			continue;
		}
		builder->entries[kept++] = builder->entries[i];
	}
	builder->count = kept;
	tagger_free(&builder->tagger);
	fprintf(stderr, "train-entities: gazetteer: %zu names\n", builder->count);
}

/*
 * Writes the gold tags of the prepared paragraph (at byte offset base of its
 * document) into tags; returns how many gold entities do not fall on token
 * boundaries (they stay untagged).
 */
static size_t
gold_tags(const struct tagger *tagger, const struct training_document *document,
    size_t base, size_t paragraph_end, unsigned char *tags)
{
	const struct token *tokens = tagger->tokens.items;
	size_t n = tagger->tokens.count, g, first, last, misses = 0;

	memset(tags, TAG_OUTSIDE, n);
	first = 0;
	for (g = 0; g < document->gold_count; g++) {
		const struct gold *gold = &document->golds[g];

		if (gold->start < base || gold->end > paragraph_end)
			continue;
		for (first = 0; first < n && tokens[first].start + base < gold->start; first++)
			;
		for (last = first; last < n && tokens[last].end + base < gold->end; last++)
			;
		if (first == n || last == n || tokens[first].start + base != gold->start ||
		    tokens[last].end + base != gold->end) {
			misses++;
			continue;
		}
		if (first == last)
			tags[first] = TAG_MAKE(gold->type, POSITION_UNIT);
		else {
			tags[first] = TAG_MAKE(gold->type, POSITION_BEGIN);
			memset(tags + first + 1, TAG_MAKE(gold->type, POSITION_INSIDE), last - first - 1);
			tags[last] = TAG_MAKE(gold->type, POSITION_LAST);
		}
	}
	return misses;
}

static void
update(struct perceptron *p, uint64_t feature, int tag, float change)
{
	size_t index = tagger_row(feature, p->mask) * TAG_COUNT + (size_t)tag;

	p->weights[index] += change;
	p->totals[index] += (float)(p->step * change);
}

/* Tags the prepared paragraph with the learning weights and learns from gold (Collins). */
static void
learn_paragraph(struct tagger *tagger, struct perceptron *p, const unsigned char *gold)
{
	const uint64_t *features;
	float transition[TAG_COUNT * TAG_COUNT], *scores;
	const float *row;
	size_t i, k, n = tagger->tokens.count, count;
	int tag, previous, gold_previous, predicted_previous;
	unsigned char *predicted = tagger->tags;

	egrow(&tagger->scores, &tagger->scores_capacity, n * TAG_COUNT + 1, sizeof(float));
	for (previous = 0; previous < TAG_COUNT; previous++) {
		row = p->weights + tagger_row(tagger_transition_feature(previous), p->mask) * TAG_COUNT;
		memcpy(transition + previous * TAG_COUNT, row, TAG_COUNT * sizeof(float));
	}
	for (i = 0; i < n; i++) {
		scores = tagger->scores + i * TAG_COUNT;
		memset(scores, 0, TAG_COUNT * sizeof(float));
		features = tagger->features + tagger->info[i].feature_start;
		count = tagger->info[i].feature_count;
		for (k = 0; k < count; k++) {
			row = p->weights + tagger_row(features[k], p->mask) * TAG_COUNT;
			for (tag = 0; tag < TAG_COUNT; tag++)
				scores[tag] += row[tag];
		}
	}
	tagger_viterbi(tagger, tagger->scores, transition);
	p->step += 1;
	for (i = 0; i < n; i++) {
		gold_previous = i > 0 ? gold[i - 1] : TAG_OUTSIDE;
		predicted_previous = i > 0 ? predicted[i - 1] : TAG_OUTSIDE;
		if (gold_previous != predicted_previous || gold[i] != predicted[i]) {
			update(p, tagger_transition_feature(gold_previous), gold[i], 1);
			update(p, tagger_transition_feature(predicted_previous), predicted[i], -1);
		}
		if (gold[i] == predicted[i])
			continue;
		features = tagger->features + tagger->info[i].feature_start;
		count = tagger->info[i].feature_count;
		for (k = 0; k < count; k++) {
			update(p, features[k], gold[i], 1);
			update(p, features[k], predicted[i], -1);
		}
	}
}

static void
shuffle(size_t *order, size_t count, unsigned *seed)
{
	size_t i, j, swap;

	for (i = count; i > 1; i--) {
		*seed = *seed * 1103515245U + 12345U;
		j = (*seed >> 8) % i;
		swap = order[i - 1];
		order[i - 1] = order[j];
		order[j] = swap;
	}
}

/*
 * Learns from document d: with the first pass's features (pass 0), or with
 * the second pass's (pass 1), the document memory and the first-pass tags
 * being d's cross-fold ones, as the first pass would have left them.
 */
static void
learn_document(struct tagger *tagger, struct perceptron *p, const struct training_document *d,
    int pass, unsigned char **gold, size_t *gold_capacity, size_t *misses)
{
	size_t j, first = 0;

	tagger_begin_document(tagger);
	for (j = 0; j < d->paragraph_count; j++)
		tagger_observe(tagger, d->text + d->paragraphs[j].start,
		    d->paragraphs[j].end - d->paragraphs[j].start);
	if (pass == 1) {
		for (j = 0; j < d->paragraph_count; j++) {
			tagger_prepare(tagger, d->text + d->paragraphs[j].start,
			    d->paragraphs[j].end - d->paragraphs[j].start);
			memcpy(tagger->tags, d->first_tags + first, tagger->tokens.count);
			first += tagger->tokens.count;
			tagger_remember(tagger);
		}
		tagger_rewind(tagger);
		first = 0;
	}
	for (j = 0; j < d->paragraph_count; j++) {
		if (pass == 1)
			tagger_prepare_second(tagger, d->text + d->paragraphs[j].start,
			    d->paragraphs[j].end - d->paragraphs[j].start, d->first_tags + first);
		else
			tagger_prepare(tagger, d->text + d->paragraphs[j].start,
			    d->paragraphs[j].end - d->paragraphs[j].start);
		first += tagger->tokens.count;
		egrow(gold, gold_capacity, tagger->tokens.count + 1, 1);
		*misses += gold_tags(tagger, d, d->paragraphs[j].start, d->paragraphs[j].end, *gold);
		learn_paragraph(tagger, p, *gold);
		if (pass == 0)
			tagger_remember(tagger);
	}
}

static void
train_epoch(struct tagger *tagger, struct perceptron *p, const struct corpus *corpus,
    size_t *order, unsigned *seed, size_t *misses, int pass)
{
	unsigned char *gold = NULL;
	size_t gold_capacity = 0, i;

	shuffle(order, corpus->count, seed);
	*misses = 0;
	for (i = 0; i < corpus->count; i++)
		learn_document(tagger, p, &corpus->documents[order[i]], pass, &gold,
		    &gold_capacity, misses);
	free(gold);
}

/*
 * Tags document d with the first pass (the tagger's model's first table) as
 * tag-entities does, into (*tags)[0, its token count), growing it.
 */
static void
first_pass_document(struct tagger *tagger, const struct training_document *d,
    unsigned char **tags, size_t *capacity)
{
	size_t j, first = 0;

	tagger_begin_document(tagger);
	for (j = 0; j < d->paragraph_count; j++)
		tagger_observe(tagger, d->text + d->paragraphs[j].start,
		    d->paragraphs[j].end - d->paragraphs[j].start);
	for (j = 0; j < d->paragraph_count; j++) {
		tagger_prepare(tagger, d->text + d->paragraphs[j].start,
		    d->paragraphs[j].end - d->paragraphs[j].start);
		tagger_decode(tagger);
		tagger_remember(tagger);
		egrow(tags, capacity, first + tagger->tokens.count + 1, 1);
		memcpy(*tags + first, tagger->tags, tagger->tokens.count);
		first += tagger->tokens.count;
	}
}

/*
 * Averages the weights of the members (each an averaged perceptron of its
 * own shuffling) and quantizes them into weights (count of them, one scale
 * for all); returns the scale (stored = real * scale).
 */
static float
quantize(const struct perceptron *p, size_t members, size_t count, int8_t *weights)
{
	float *average = emalloc(count * sizeof(float)), largest = 0, scale;
	double value;
	size_t i, m;

	for (i = 0; i < count; i++) {
		average[i] = 0;
		for (m = 0; m < members; m++)
			average[i] += (float)((p[m].weights[i] - p[m].totals[i] / p[m].step) / members);
		if (fabsf(average[i]) > largest)
			largest = fabsf(average[i]);
	}
	scale = largest > 0 ? 127.0f / largest : 1.0f;
	for (i = 0; i < count; i++) {
		value = lrint(average[i] * scale);
		weights[i] = (int8_t)(value > 127 ? 127 : value < -127 ? -127 : value);
	}
	free(average);
	return scale;
}

/*
 * Writes into image (allocated) the model of the given weight tables (passes
 * of them, each 1 << row_bits rows of TAG_COUNT), the first table's scale
 * and the gazetteer.
 */
static void
build_image(int8_t *const *tables, uint32_t passes, uint32_t row_bits, float scale,
    const struct gazetteer_builder *gazetteer, char **image, size_t *size)
{
	struct model_header header;
	size_t count = ((size_t)1 << row_bits) * TAG_COUNT, pass;
	size_t weight_bytes = (count * sizeof(int8_t) + 7) & ~(size_t)7;
	size_t gazetteer_bytes = gazetteer->count * sizeof(struct gazetteer_entry);

	memset(&header, 0, sizeof(header));
	memcpy(header.magic, MODEL_MAGIC, sizeof(header.magic));
	header.version = MODEL_VERSION;
	header.tag_count = TAG_COUNT;
	header.row_bits = row_bits;
	header.gazetteer_count = (uint32_t)gazetteer->count;
	header.scale = scale;
	header.passes = passes;
	header.payload_bytes = passes * weight_bytes + gazetteer_bytes;
	*size = sizeof(header) + header.payload_bytes;
	*image = ecalloc(1, *size);
	for (pass = 0; pass < passes; pass++)
		memcpy(*image + sizeof(header) + pass * weight_bytes, tables[pass], count);
	memcpy(*image + sizeof(header) + passes * weight_bytes, gazetteer->entries, gazetteer_bytes);
	header.checksum = model_checksum(*image + sizeof(header), header.payload_bytes);
	memcpy(*image, &header, sizeof(header));
}

/*
 * Counts in tp and predicted the spans the tagger found in paragraph j of d
 * (predicted by type, tp those equal to a gold entity in span and type).
 */
static void
count_spans(const struct tagger *tagger, const struct training_document *d, size_t j,
    size_t *tp, size_t *predicted)
{
	size_t s, g, start, end;

	for (s = 0; s < tagger->span_count; s++) {
		start = d->paragraphs[j].start + tagger->tokens.items[tagger->spans[s].first].start;
		end = d->paragraphs[j].start + tagger->tokens.items[tagger->spans[s].last].end;
		predicted[tagger->spans[s].type]++;
		for (g = 0; g < d->gold_count; g++)
			if (d->golds[g].start == start && d->golds[g].end == end &&
			    d->golds[g].type == tagger->spans[s].type) {
				tp[tagger->spans[s].type]++;
				break;
			}
	}
}

/* Tags the corpus with model and prints precision, recall and F1 per type; returns overall F1. */
static double
evaluate(const struct model *model, const struct corpus *corpus, const char *name)
{
	struct tagger tagger;
	size_t tp[ENTITY_TYPES + 1] = { 0 }, predicted[ENTITY_TYPES + 1] = { 0 };
	size_t gold[ENTITY_TYPES + 1] = { 0 }, i, j, g, first, capacity = 0;
	const struct training_document *d;
	double precision, recall, f1 = 0;
	unsigned char *first_tags = NULL;
	int t;

	tagger_init(&tagger, model);
	for (i = 0; i < corpus->count; i++) {
		d = &corpus->documents[i];
		for (g = 0; g < d->gold_count; g++)
			gold[d->golds[g].type]++;
		if (model->second != NULL) {
			first_pass_document(&tagger, d, &first_tags, &capacity);
			tagger_rewind(&tagger);
		} else {
			tagger_begin_document(&tagger);
			for (j = 0; j < d->paragraph_count; j++)
				tagger_observe(&tagger, d->text + d->paragraphs[j].start,
				    d->paragraphs[j].end - d->paragraphs[j].start);
		}
		for (j = 0, first = 0; j < d->paragraph_count; j++) {
			if (model->second != NULL)
				tagger_prepare_second(&tagger, d->text + d->paragraphs[j].start,
				    d->paragraphs[j].end - d->paragraphs[j].start, first_tags + first);
			else
				tagger_prepare(&tagger, d->text + d->paragraphs[j].start,
				    d->paragraphs[j].end - d->paragraphs[j].start);
			first += tagger.tokens.count;
			tagger_decode(&tagger);
			tagger_collect(&tagger);
			if (model->second == NULL)
				tagger_remember(&tagger);
			count_spans(&tagger, d, j, tp, predicted);
		}
	}
	free(first_tags);
	tagger_free(&tagger);
	for (t = 0; t <= ENTITY_TYPES; t++) {
		if (t < ENTITY_TYPES) {
			tp[ENTITY_TYPES] += tp[t];
			predicted[ENTITY_TYPES] += predicted[t];
			gold[ENTITY_TYPES] += gold[t];
		}
		precision = predicted[t] ? 100.0 * tp[t] / predicted[t] : 0;
		recall = gold[t] ? 100.0 * tp[t] / gold[t] : 0;
		f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
		fprintf(stderr, "train-entities: %s %-6s P %.2f R %.2f F1 %.2f\n", name,
		    t < ENTITY_TYPES ? entity_type_names[t] : "all", precision, recall, f1);
	}
	return f1;
}

static void
write_file(const char *path, const char *data, size_t size)
{
	FILE *stream;

	if ((stream = fopen(path, "wb")) == NULL)
		err(1, "%s", path);
	if (fwrite(data, 1, size, stream) != size || fclose(stream) != 0)
		err(1, "%s", path);
}

struct options {
	const char	*iso_directory;
	const char	*zones;
	const char	*census;	/* Text/Names.pm of libtext-names-perl */
	const char	*output;
	const char	*corpus;	/* the directory of train.jsonl and dev.jsonl */
	uint32_t	 row_bits;
	uint32_t	 passes;	/* 1, or 2 with the second (document) pass */
	unsigned	 epochs;
	unsigned	 fold_epochs;	/* of each cross-fold first pass (one perceptron) */
	size_t		 members;
	size_t		 fold_members;	/* perceptrons averaged in each cross-fold first pass */
	size_t		 folds;		/* for the first-pass tags the second pass learns from */
};

static long long
number(const char *argument, int option, long long minimum, long long maximum)
{
	const char *problem;
	long long value = strtonum(argument, minimum, maximum, &problem);

	if (problem != NULL)
		errx(2, "-%c %s: %s (%lld to %lld)", option, argument, problem, minimum, maximum);
	return value;
}

static void
parse_options(int argc, char *argv[], struct options *options)
{
	int option;

	options->iso_directory = "/usr/share/iso-codes/json";
	options->zones = "/usr/share/zoneinfo/zone1970.tab";
	options->census = "/usr/share/perl5/Text/Names.pm";
	options->output = "filters/tag-entities/model.bin";
	options->row_bits = 18;
	options->epochs = 20;
	options->members = 3;
	options->passes = 2;
	options->folds = 4;
	options->fold_epochs = 10;
	options->fold_members = 1;
	while ((option = getopt(argc, argv, "b:E:e:f:i:M:m:n:o:p:z:")) != -1) {
		switch (option) {
		case 'E':
			options->fold_epochs = (unsigned)number(optarg, option, 1, 100);
			break;
		case 'f':
			options->folds = (size_t)number(optarg, option, 2, 20);
			break;
		case 'p':
			options->passes = (uint32_t)number(optarg, option, 1, MODEL_MAXIMUM_PASSES);
			break;
		case 'b':
			options->row_bits = (uint32_t)number(optarg, option, 10, 24);
			break;
		case 'e':
			options->epochs = (unsigned)number(optarg, option, 1, 100);
			break;
		case 'i':
			options->iso_directory = optarg;
			break;
		case 'M':
			options->fold_members = (size_t)number(optarg, option, 1, ENSEMBLE_MAXIMUM);
			break;
		case 'm':
			options->members = (size_t)number(optarg, option, 1, ENSEMBLE_MAXIMUM);
			break;
		case 'n':
			options->census = optarg;
			break;
		case 'o':
			options->output = optarg;
			break;
		case 'z':
			options->zones = optarg;
			break;
		default:
			fputs(synopsis, stderr);
			exit(2);
		}
	}
	if (argc - optind != 1) {
		fputs(synopsis, stderr);
		exit(2);
	}
	options->corpus = argv[optind];
}

/* The perceptrons learning side by side, each with its own order of documents. */
struct ensemble {
	struct perceptron	 members[ENSEMBLE_MAXIMUM];
	size_t			*orders[ENSEMBLE_MAXIMUM];
	unsigned		 seeds[ENSEMBLE_MAXIMUM];
	size_t			 count;
};

static void
ensemble_init(struct ensemble *ensemble, size_t count, uint32_t row_bits, size_t documents)
{
	size_t m, i;

	ensemble->count = count;
	for (m = 0; m < count; m++) {
		ensemble->members[m].mask = ((uint64_t)1 << row_bits) - 1;
		ensemble->members[m].weights = ecalloc((size_t)1 << row_bits, TAG_COUNT * sizeof(float));
		ensemble->members[m].totals = ecalloc((size_t)1 << row_bits, TAG_COUNT * sizeof(float));
		ensemble->members[m].step = 1;
		ensemble->seeds[m] = 1 + (unsigned)m * 7919;
		ensemble->orders[m] = emalloc((documents + 1) * sizeof(*ensemble->orders[m]));
		for (i = 0; i < documents; i++)
			ensemble->orders[m][i] = i;
	}
}

static void
ensemble_free(struct ensemble *ensemble)
{
	size_t m;

	for (m = 0; m < ensemble->count; m++) {
		free(ensemble->members[m].weights);
		free(ensemble->members[m].totals);
		free(ensemble->orders[m]);
	}
}

/* What train_pass learns and how. */
struct pass_training {
	int		 pass;		/* 0 first, 1 second (on the documents' first_tags) */
	unsigned	 epochs;
	size_t		 members;
	const int8_t	*first_table;	/* the first pass's weights (pass 1: for scoring on dev) */
	float		 first_scale;
	int8_t		*weights;	/* out: the weights of the epoch best on dev (else the last) */
	float		 scale;		/* out: their scale */
};

/*
 * Trains the weights of one pass on corpus (see struct pass_training),
 * choosing the epoch whose model (with the first pass's table when training
 * the second) scores best on dev; returns that F1 (0 without dev).
 */
static double
train_pass(const struct options *options, const struct gazetteer_builder *gazetteer,
    const struct model *gazetteer_model, const struct corpus *corpus, const struct corpus *dev,
    struct pass_training *training)
{
	struct ensemble ensemble;
	struct tagger tagger;
	struct model trained;
	size_t count = ((size_t)1 << options->row_bits) * TAG_COUNT, m, misses = 0, size;
	int8_t *current = emalloc(count), *tables[MODEL_MAXIMUM_PASSES];
	char *image;
	unsigned epoch;
	double f1, best_f1 = -1;
	float scale;
	const char *problem;

	ensemble_init(&ensemble, training->members, options->row_bits, corpus->count);
	tagger_init(&tagger, gazetteer_model);
	for (epoch = 1; epoch <= training->epochs; epoch++) {
		for (m = 0; m < ensemble.count; m++)
			train_epoch(&tagger, &ensemble.members[m], corpus, ensemble.orders[m],
			    &ensemble.seeds[m], &misses, training->pass);
		fprintf(stderr, "train-entities: pass %d epoch %u done (%zu gold entities off token boundaries)\n",
		    training->pass + 1, epoch, misses);
		if (dev->count == 0 && epoch < training->epochs)
			continue;
		scale = quantize(ensemble.members, ensemble.count, count, current);
		f1 = 0;
		if (dev->count > 0) {
			tables[0] = training->pass == 0 ? current : (int8_t *)training->first_table;
			tables[1] = current;
			build_image(tables, (uint32_t)training->pass + 1, options->row_bits,
			    training->pass == 0 ? scale : training->first_scale, gazetteer, &image, &size);
			if ((problem = model_open(&trained, image, size)) != NULL)
				errx(1, "built model: %s", problem);
			f1 = evaluate(&trained, dev, "dev");
			model_free(&trained);
			free(image);
		}
		if (f1 > best_f1) {
			best_f1 = f1;
			memcpy(training->weights, current, count);
			training->scale = scale;
		}
	}
	tagger_free(&tagger);
	ensemble_free(&ensemble);
	free(current);
	return best_f1;
}

/*
 * Gives every training document its first-pass tags (first_tags) from a
 * first pass (options->fold_members perceptrons, options->fold_epochs
 * epochs, no choice on dev) trained on the other folds (documents i with i % folds != k
 * tag those with i % folds == k), as tag-entities would tag unseen text.
 */
static void
cross_fold_tags(const struct options *options, const struct gazetteer_builder *gazetteer,
    const struct model *gazetteer_model, struct corpus *corpus)
{
	struct corpus rest = { 0 }, none = { 0 };
	struct pass_training training;
	struct tagger tagger;
	struct model model;
	size_t count = ((size_t)1 << options->row_bits) * TAG_COUNT, fold, i, size;
	int8_t *tables[1];
	char *image;
	const char *problem;

	rest.documents = ecalloc(corpus->count + 1, sizeof(*rest.documents));
	memset(&training, 0, sizeof(training));
	training.epochs = options->fold_epochs;
	training.members = options->fold_members;
	training.weights = emalloc(count);
	for (fold = 0; fold < options->folds; fold++) {
		for (i = 0, rest.count = 0; i < corpus->count; i++)
			if (i % options->folds != fold)
				rest.documents[rest.count++] = corpus->documents[i];
		train_pass(options, gazetteer, gazetteer_model, &rest, &none, &training);
		tables[0] = training.weights;
		build_image(tables, 1, options->row_bits, training.scale, gazetteer, &image, &size);
		if ((problem = model_open(&model, image, size)) != NULL)
			errx(1, "built model: %s", problem);
		tagger_init(&tagger, &model);
		for (i = fold; i < corpus->count; i += options->folds)
			first_pass_document(&tagger, &corpus->documents[i],
			    &corpus->documents[i].first_tags, &corpus->documents[i].first_capacity);
		tagger_free(&tagger);
		model_free(&model);
		free(image);
		fprintf(stderr, "train-entities: fold %zu of %zu tagged\n", fold + 1, options->folds);
	}
	free(training.weights);
	free(rest.documents);
}

/*
 * Trains the first pass, then (with two passes) the second on cross-fold
 * first-pass tags, each choosing its epoch on dev when there is dev; returns
 * the model image, *size its size.
 */
static char *
train(const struct options *options, const struct gazetteer_builder *gazetteer,
    struct corpus *corpus, const struct corpus *dev, size_t *size)
{
	struct pass_training first, second;
	struct model model;
	size_t count = ((size_t)1 << options->row_bits) * TAG_COUNT;
	int8_t *tables[MODEL_MAXIMUM_PASSES];
	char *image;

	memset(&model, 0, sizeof(model));
	model.gazetteer = gazetteer->entries;
	model.gazetteer_count = gazetteer->count;
	model_index_gazetteer(&model);
	memset(&first, 0, sizeof(first));
	first.epochs = options->epochs;
	first.members = options->members;
	first.weights = emalloc(count);
	train_pass(options, gazetteer, &model, corpus, dev, &first);
	tables[0] = first.weights;
	if (options->passes > 1) {
		cross_fold_tags(options, gazetteer, &model, corpus);
		memset(&second, 0, sizeof(second));
		second.pass = 1;
		second.epochs = options->epochs;
		second.members = options->members;
		second.first_table = first.weights;
		second.first_scale = first.scale;
		second.weights = emalloc(count);
		train_pass(options, gazetteer, &model, corpus, dev, &second);
		tables[1] = second.weights;
	}
	build_image(tables, options->passes, options->row_bits, first.scale, gazetteer, &image, size);
	if (options->passes > 1)
		free(second.weights);
	free(first.weights);
	model_free(&model);
	return image;
}

int
main(int argc, char *argv[])
{
	struct options options;
	struct gazetteer_builder gazetteer;
	struct corpus corpus = { 0 }, dev = { 0 };
	char path[4096], *image;
	size_t size = 0;

	parse_options(argc, argv, &options);
	memset(&gazetteer, 0, sizeof(gazetteer));
	build_gazetteer(&gazetteer, options.iso_directory, options.zones, options.census);
	snprintf(path, sizeof(path), "%s/train.jsonl", options.corpus);
	read_corpus(path, &corpus);
	snprintf(path, sizeof(path), "%s/dev.jsonl", options.corpus);
	if (access(path, R_OK) == 0)
		read_corpus(path, &dev);
	image = train(&options, &gazetteer, &corpus, &dev, &size);
	write_file(options.output, image, size);
	fprintf(stderr, "train-entities: wrote %s (%zu bytes)%s\n", options.output, size,
	    dev.count > 0 ? ", the epoch best on dev" : "");
	free(image);
	return 0;
}
