/* test_entities.c: claims about tokenize.c, tagger.c, model.c and entities.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "alloc.h"
#include "entities.h"
#include "model.h"
#include "tagger.h"
#include "tokenize.h"

/* The tokens of text joined by "|", in a static buffer. */
static const char *
tokens_of(const char *text)
{
	static char out[1024];
	struct tokens tokens = { 0 };
	size_t i, n = 0;

	tokenize(text, strlen(text), &tokens);
	out[0] = '\0';
	for (i = 0; i < tokens.count; i++) {
		n += (size_t)snprintf(out + n, sizeof(out) - n, "%s%.*s", i ? "|" : "",
		    (int)(tokens.items[i].end - tokens.items[i].start),
		    text + tokens.items[i].start);
	}
	tokens_free(&tokens);
	return out;
}

static const struct {
	const char	*text;
	const char	*tokens;
} tokenizer_cases[] = {
	{ "", "" },
	{ "   \n\t ", "" },
	{ "U.S. officials met.", "U.S.|officials|met|." },
	{ "the U.S.", "the|U.S." },
	{ "It cost $150 or US$2.5 billion.", "It|cost|$|150|or|US|$|2.5|billion|." },
	{ "COP26 talks", "COP26|talks" },
	{ "a New York-based firm", "a|New|York-based|firm" },
	{ "Germany's lead", "Germany|'s|lead" },
	{ "Germany\xE2\x80\x99s lead", "Germany|\xE2\x80\x99s|lead" },
	{ "We don't know", "We|do|n't|know" },
	{ "O'Neill and D'Alema", "O'Neill|and|D'Alema" },
	{ "\xE2\x80\x9CWe will win,\xE2\x80\x9D she said.",
	    "\xE2\x80\x9C|We|will|win|,|\xE2\x80\x9D|she|said|." },
	{ "\"Hello,\" he said", "\"|Hello|,|\"|he|said" },
	{ "47,600 sheep", "47,600|sheep" },
	{ "Smith,Jones", "Smith|,|Jones" },
	{ "Mr. Smith and J. Adams of Acme Inc. left.", "Mr.|Smith|and|J.|Adams|of|Acme|Inc.|left|." },
	{ "went to York.", "went|to|York|." },
	{ "AT&T and 1996-08-22", "AT&T|and|1996-08-22" },
	{ "(BSE) -- mad cow", "(|BSE|)|--|mad|cow" },
	{ "wait... what", "wait|...|what" },
	{ "Z\xC3\xBCrich\xC2\xA0" "Airport", "Z\xC3\xBCrich|Airport" },
	{ "GERMANY BEAT FRANCE.", "GERMANY|BEAT|FRANCE|." },
};

Test(tokenizer, splits_news_text_the_conll_way)
{
	size_t i;

	for (i = 0; i < sizeof(tokenizer_cases) / sizeof(tokenizer_cases[0]); i++)
		cr_expect_str_eq(tokens_of(tokenizer_cases[i].text), tokenizer_cases[i].tokens,
		    "tokens of \"%s\"", tokenizer_cases[i].text);
}

Test(tokenizer, never_joins_nul_or_invalid_bytes_into_words)
{
	static const char text[] = "ab\0cd \xFF\xFE x";
	struct tokens tokens = { 0 };

	tokenize(text, sizeof(text) - 1, &tokens);
	cr_assert_eq(tokens.count, 5);
	cr_expect_eq(tokens.items[0].end, 2);
	cr_expect_eq(tokens.items[1].start, 3);
	cr_expect_eq(tokens.items[2].end - tokens.items[2].start, 1);
	tokens_free(&tokens);
}

Test(tokenizer, spans_cover_a_10_megabyte_paragraph_in_order, .timeout = 30)
{
	size_t length = (size_t)10 << 20, i;
	char *text = emalloc(length);
	struct tokens tokens = { 0 };

	for (i = 0; i < length; i++)
		text[i] = "Ana Ruiz, of Acme. "[i % 19];
	tokenize(text, length, &tokens);
	cr_assert_gt(tokens.count, length / 4);
	for (i = 1; i < tokens.count; i++)
		cr_assert_leq(tokens.items[i - 1].end, tokens.items[i].start);
	cr_assert_leq(tokens.items[tokens.count - 1].end, length);
	tokens_free(&tokens);
	free(text);
}

static struct model model;

static void
load_model(void)
{
	const char *problem = model_load_builtin(&model);

	cr_assert_null(problem, "built-in model: %s", problem);
}

Test(model, builtin_model_passes_its_checks, .init = load_model)
{
	cr_expect_gt(model.gazetteer_count, 1000);
	cr_expect_geq(model.row_bits, 16);
	cr_expect_not_null(model.second, "the built-in model has a second pass");
}

/* Writes data to a new temporary file and returns its name (static). */
static const char *
temporary_file(const void *data, size_t size)
{
	static char path[] = "/tmp/test_entities.XXXXXX";
	int descriptor;

	strcpy(path, "/tmp/test_entities.XXXXXX");
	descriptor = mkstemp(path);
	cr_assert_geq(descriptor, 0);
	cr_assert_eq(write(descriptor, data, size), (ssize_t)size);
	close(descriptor);
	return path;
}

/* Loads a copy of the built-in model changed by change; returns the problem. */
static const char *
load_changed(void (*change)(char *image, size_t *size))
{
	extern const char entities_model_data[], entities_model_end[];
	size_t size = (size_t)(entities_model_end - entities_model_data);
	char *image = emalloc(size);
	const char *path, *problem;
	struct model changed;

	memcpy(image, entities_model_data, size);
	change(image, &size);
	path = temporary_file(image, size);
	problem = model_load_file(&changed, path);
	unlink(path);
	free(image);
	if (problem == NULL)
		model_free(&changed);
	return problem;
}

static void
nothing(char *image, size_t *size)
{
	(void)image;
	(void)size;
}

static void
truncate_it(char *image, size_t *size)
{
	(void)image;
	*size -= 100;
}

static void
empty_it(char *image, size_t *size)
{
	(void)image;
	*size = 0;
}

static void
flip_a_weight(char *image, size_t *size)
{
	image[*size / 2] ^= 0x40;
}

static void
break_magic(char *image, size_t *size)
{
	(void)size;
	memcpy(image, "GIF89a..", 8);
}

static void
bump_version(char *image, size_t *size)
{
	(void)size;
	image[8] = 99;
}

/* Sets the header's count of weight tables (offset 28) to passes. */
static void
set_passes(char *image, uint32_t passes)
{
	memcpy(image + 28, &passes, sizeof(passes));
}

static void
three_passes(char *image, size_t *size)
{
	(void)size;
	set_passes(image, 3);
}

static void
no_passes(char *image, size_t *size)
{
	(void)size;
	set_passes(image, 0);
}

static void
one_pass_claimed(char *image, size_t *size)
{
	(void)size;
	set_passes(image, 1);
}

Test(model, refuses_a_count_of_passes_it_cannot_use)
{
	cr_expect_str_eq(load_changed(three_passes), "model header is inconsistent");
	cr_expect_str_eq(load_changed(no_passes), "model header is inconsistent");
}

Test(model, refuses_a_count_of_passes_the_size_does_not_match)
{
	cr_expect_str_eq(load_changed(one_pass_claimed), "model is truncated or has the wrong size");
}

Test(model, an_intact_copy_loads_from_a_file)
{
	cr_expect_null(load_changed(nothing));
}

Test(model, refuses_a_truncated_file)
{
	cr_expect_str_eq(load_changed(truncate_it), "model is truncated or has the wrong size");
}

Test(model, refuses_an_empty_file)
{
	cr_expect_str_eq(load_changed(empty_it), "too short to be a tag-entities model");
}

Test(model, refuses_a_corrupt_weight)
{
	cr_expect_str_eq(load_changed(flip_a_weight), "model is corrupt (checksum mismatch)");
}

Test(model, refuses_another_kind_of_file)
{
	cr_expect_str_eq(load_changed(break_magic), "not a tag-entities model (bad magic)");
}

Test(model, refuses_another_version)
{
	cr_expect_str_eq(load_changed(bump_version), "unsupported model version");
}

Test(model, says_why_a_missing_file_fails)
{
	struct model missing;

	cr_expect_str_eq(model_load_file(&missing, "/nonexistent/model.bin"),
	    "No such file or directory");
}

Test(model, refuses_a_directory)
{
	struct model directory;

	cr_expect_str_eq(model_load_file(&directory, "/tmp"), "not a regular file");
}

Test(model, finds_gazetteer_names_by_their_tokens, .init = load_model)
{
	struct tagger tagger;
	size_t tokens;

	tagger_init(&tagger, &model);
	cr_expect(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "Germany", 7, &tokens)) &
	    (1U << GAZETTEER_COUNTRY));
	cr_expect(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "GERMANY", 7, &tokens)) &
	    (1U << GAZETTEER_COUNTRY));
	cr_expect(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "New York", 8, &tokens)) &
	    (1U << GAZETTEER_CITY));
	cr_expect_eq(tokens, 2);
	cr_expect(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "Maria", 5, &tokens)) &
	    (1U << GAZETTEER_FIRST_NAME));
	cr_expect(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "Johnson", 7, &tokens)) &
	    (1U << GAZETTEER_SURNAME));
	cr_expect_eq(model_gazetteer_lookup(&model, tagger_name_hash(&tagger, "the", 3, &tokens)), 0);
	tagger_free(&tagger);
}

Test(features, every_token_gets_bounded_features_and_case_is_folded, .init = load_model)
{
	static const char text[] = "BRUSSELS Brussels brussels";
	struct tagger tagger;
	size_t i;

	tagger_init(&tagger, &model);
	tagger_begin_document(&tagger);
	tagger_prepare(&tagger, text, strlen(text));
	cr_assert_eq(tagger.tokens.count, 3);
	for (i = 0; i < 3; i++) {
		cr_expect_gt(tagger.info[i].feature_count, 20);
		cr_expect_leq(tagger.info[i].feature_count, TAGGER_MAX_FEATURES);
	}
	cr_expect_eq(tagger.info[0].lower, tagger.info[1].lower);
	cr_expect_eq(tagger.info[1].lower, tagger.info[2].lower);
	cr_expect_neq(tagger.info[0].word, tagger.info[1].word);
	cr_expect_neq(tagger.info[0].shape, tagger.info[1].shape);
	cr_expect(tagger.info[0].flags & TOKEN_CAPITALS);
	cr_expect(tagger.info[1].flags & TOKEN_TITLE);
	cr_expect(tagger.info[2].flags & TOKEN_LOWER);
	tagger_free(&tagger);
}

/* Copies the prepared paragraph's tokens and features out of tagger. */
static void
save_prepared(const struct tagger *tagger, struct token *tokens, uint64_t *features,
    size_t *feature_count)
{
	size_t i, count = 0;

	for (i = 0; i < tagger->tokens.count; i++) {
		tokens[i] = tagger->tokens.items[i];
		count += tagger->info[i].feature_count;
	}
	memcpy(features, tagger->features, count * sizeof(*features));
	*feature_count = count;
}

Test(features, a_paragraph_observed_first_is_prepared_as_one_that_was_not, .init = load_model)
{
	static const char first[] = "ROTOR BEAT SPARTAK 2-1 in Moscow.";
	static const char second[] = "Ana Ruiz met U.S. officials in New York-based offices on Monday.";
	struct tagger alone, observed;
	struct token tokens_alone[32], tokens_observed[32];
	uint64_t features_alone[32 * TAGGER_MAX_FEATURES], features_observed[32 * TAGGER_MAX_FEATURES];
	size_t count_alone, count_observed;

	tagger_init(&alone, &model);
	tagger_init(&observed, &model);
	tagger_begin_document(&alone);
	tagger_begin_document(&observed);
	tagger_observe(&observed, first, strlen(first));
	tagger_observe(&observed, second, strlen(second));
	/* the same document memory, the tokens computed afresh */
	tagger_observe(&alone, first, strlen(first));
	tagger_observe(&alone, second, strlen(second));
	alone.piece_count = 0;

	tagger_prepare(&alone, second, strlen(second));
	save_prepared(&alone, tokens_alone, features_alone, &count_alone);
	tagger_prepare(&observed, first, strlen(first));
	tagger_prepare(&observed, second, strlen(second));
	cr_expect_eq(observed.piece_next, 2, "both pieces were taken from tagger_observe");
	save_prepared(&observed, tokens_observed, features_observed, &count_observed);
	cr_assert_eq(alone.tokens.count, observed.tokens.count);
	cr_expect_arr_eq(tokens_alone, tokens_observed, alone.tokens.count * sizeof(struct token));
	cr_assert_eq(count_alone, count_observed);
	cr_expect_arr_eq(features_alone, features_observed, count_alone * sizeof(uint64_t));
	tagger_free(&alone);
	tagger_free(&observed);
}

/*
 * Runs a first pass "by hand" over the paragraphs of a document: each
 * paragraph is prepared and given the tags of tags (one string of tag
 * numbers per paragraph, a byte per token) as if the first pass had found
 * them, then remembered; the tagger is then rewound for a second pass.
 */
static void
remember_first_pass(struct tagger *tagger, const char *const *paragraphs,
    const unsigned char *const *tags, size_t count)
{
	size_t j;

	tagger_begin_document(tagger);
	for (j = 0; j < count; j++)
		tagger_observe(tagger, paragraphs[j], strlen(paragraphs[j]));
	for (j = 0; j < count; j++) {
		tagger_prepare(tagger, paragraphs[j], strlen(paragraphs[j]));
		memcpy(tagger->tags, tags[j], tagger->tokens.count);
		tagger_remember(tagger);
	}
	tagger_rewind(tagger);
}

#define B_PERSON	TAG_MAKE(0, POSITION_BEGIN)
#define L_PERSON	TAG_MAKE(0, POSITION_LAST)
#define U_PERSON	TAG_MAKE(0, POSITION_UNIT)

/* The second pass's count of features of token of the last of paragraphs, after a first pass of tags. */
static size_t
second_pass_features(const char *const *paragraphs, const unsigned char *const *tags,
    size_t count, size_t token)
{
	struct tagger tagger;
	size_t j, features;

	tagger_init(&tagger, &model);
	remember_first_pass(&tagger, paragraphs, tags, count);
	for (j = 0; j < count; j++)
		tagger_prepare_second(&tagger, paragraphs[j], strlen(paragraphs[j]), tags[j]);
	features = tagger.info[token].feature_count;
	cr_expect_leq(features, TAGGER_MAX_FEATURES);
	tagger_free(&tagger);
	return features;
}

Test(features, the_second_pass_adds_to_the_first_pass_features, .init = load_model)
{
	static const char text[] = "Ana Ruiz met Mr. Ruiz in Rome .";
	static const unsigned char tags[] = { B_PERSON, L_PERSON, 0, 0, U_PERSON, 0, 0, 0 };
	const char *paragraphs[] = { text };
	const unsigned char *paragraph_tags[] = { tags };
	struct tagger tagger;
	uint64_t first[16 * TAGGER_MAX_FEATURES];
	size_t first_count[16], i, start;

	tagger_init(&tagger, &model);
	remember_first_pass(&tagger, paragraphs, paragraph_tags, 1);
	/* the memory of the whole document, as the second pass sees it */
	tagger.piece_count = 0;
	tagger_prepare(&tagger, text, strlen(text));
	cr_assert_eq(tagger.tokens.count, 8);
	for (i = 0; i < 8; i++) {
		first_count[i] = tagger.info[i].feature_count;
		memcpy(first + i * TAGGER_MAX_FEATURES, tagger.features + tagger.info[i].feature_start,
		    first_count[i] * sizeof(*first));
	}
	tagger_prepare_second(&tagger, text, strlen(text), tags);
	cr_expect_eq(tagger.pass, 1);
	for (i = 0; i < 8; i++) {
		start = tagger.info[i].feature_start;
		cr_expect_geq(tagger.info[i].feature_count, first_count[i] + 3,
		    "token %zu: its own tag and its neighbours' at least", i);
		cr_expect_arr_eq(tagger.features + start, first + i * TAGGER_MAX_FEATURES,
		    first_count[i] * sizeof(*first));
	}
	tagger_free(&tagger);
}

Test(features, a_name_seen_once_learns_nothing_from_itself, .init = load_model)
{
	static const char text[] = "Ruiz left .";
	static const unsigned char tags[] = { U_PERSON, 0, 0 };
	const char *paragraphs[] = { text };
	const unsigned char *paragraph_tags[] = { tags };
	struct tagger tagger;
	size_t first_count;

	tagger_init(&tagger, &model);
	remember_first_pass(&tagger, paragraphs, paragraph_tags, 1);
	tagger.piece_count = 0;
	tagger_prepare(&tagger, text, strlen(text));
	first_count = tagger.info[0].feature_count;
	tagger_free(&tagger);
	cr_expect_eq(second_pass_features(paragraphs, paragraph_tags, 1, 0), first_count + 3,
	    "only the first-pass tags: the document holds no other Ruiz");
}

Test(features, a_word_of_a_longer_name_elsewhere_is_noticed, .init = load_model)
{
	static const char first[] = "Ana Ruiz spoke .", later[] = "Ruiz left .";
	static const unsigned char full_name[] = { B_PERSON, L_PERSON, 0, 0 };
	static const unsigned char two_names[] = { U_PERSON, U_PERSON, 0, 0 };
	static const unsigned char missed[] = { 0, 0, 0 };
	const char *paragraphs[] = { first, later };
	const unsigned char *after_full_name[] = { full_name, missed };
	const unsigned char *after_two_names[] = { two_names, missed };

	/* the same types elsewhere (one PERSON): only the longer name's two features differ */
	cr_expect_eq(second_pass_features(paragraphs, after_full_name, 2, 0),
	    second_pass_features(paragraphs, after_two_names, 2, 0) + 2);
}

Test(features, later_paragraphs_count_as_much_as_earlier_ones, .init = load_model)
{
	static const char early[] = "Ruiz left .", late[] = "Ana Ruiz spoke .";
	static const unsigned char missed[] = { 0, 0, 0 };
	static const unsigned char full_name[] = { B_PERSON, L_PERSON, 0, 0 };
	const char *before[] = { late, early }, *after[] = { early, late };
	const unsigned char *tags_before[] = { full_name, missed };
	const unsigned char *tags_after[] = { missed, full_name };
	struct tagger tagger;
	size_t early_features;

	/* "Ruiz" of early, with "Ana Ruiz" in the paragraph after it */
	tagger_init(&tagger, &model);
	remember_first_pass(&tagger, after, tags_after, 2);
	tagger_prepare_second(&tagger, early, strlen(early), missed);
	early_features = tagger.info[0].feature_count;
	tagger_free(&tagger);
	cr_expect_eq(early_features, second_pass_features(before, tags_before, 2, 0));
}

Test(features, stray_bytes_and_a_run_of_quotes_are_described_quickly, .timeout = 10)
{
	struct tagger tagger;
	size_t length = 1 << 20;
	char *text = emalloc(length);

	memset(text, '"', length);
	memcpy(text, "\x80\xBF x", 4);
	tagger_init(&tagger, NULL);
	tagger_prepare(&tagger, text, length);
	cr_assert_eq(tagger.tokens.count, length - 1);
	cr_expect_eq(tagger.info[0].flags, 0);
	cr_expect_eq(tagger.info[2].flags, TOKEN_LOWER | TOKEN_LETTER);
	tagger_free(&tagger);
	free(text);
}

Test(features, a_headline_in_capitals_is_noticed)
{
	struct tagger tagger;
	static const char headline[] = "SOCCER - ROTOR BEAT SPARTAK 2-1.";
	static const char sentence[] = "Rotor beat SPARTAK.";

	tagger_init(&tagger, NULL);
	tagger_prepare(&tagger, headline, strlen(headline));
	cr_expect(tagger.capitals);
	tagger_prepare(&tagger, sentence, strlen(sentence));
	cr_expect_not(tagger.capitals);
	tagger_free(&tagger);
}

Test(decoding, bilou_allows_only_well_formed_sequences)
{
	int b_person = TAG_MAKE(0, POSITION_BEGIN), i_person = TAG_MAKE(0, POSITION_INSIDE);
	int l_person = TAG_MAKE(0, POSITION_LAST), u_place = TAG_MAKE(2, POSITION_UNIT);
	int l_place = TAG_MAKE(2, POSITION_LAST);

	cr_expect(tagger_allowed(TAG_OUTSIDE, b_person));
	cr_expect(tagger_allowed(b_person, i_person));
	cr_expect(tagger_allowed(i_person, l_person));
	cr_expect(tagger_allowed(l_person, u_place));
	cr_expect_not(tagger_allowed(TAG_OUTSIDE, i_person));
	cr_expect_not(tagger_allowed(b_person, l_place));
	cr_expect_not(tagger_allowed(b_person, TAG_OUTSIDE));
	cr_expect_not(tagger_allowed(u_place, l_place));
}

Test(decoding, viterbi_repairs_what_the_emissions_alone_would_break)
{
	struct tagger tagger;
	float emission[3 * TAG_COUNT] = { 0 }, transition[TAG_COUNT * TAG_COUNT] = { 0 };
	static const char text[] = "a b c";

	tagger_init(&tagger, NULL);
	tagger_prepare(&tagger, text, strlen(text));
	/* the emissions alone say I-PERSON, B-ORG, O: no valid sequence */
	emission[0 * TAG_COUNT + TAG_MAKE(0, POSITION_INSIDE)] = 10;
	emission[0 * TAG_COUNT + TAG_MAKE(0, POSITION_BEGIN)] = 9;
	emission[1 * TAG_COUNT + TAG_MAKE(1, POSITION_BEGIN)] = 10;
	emission[1 * TAG_COUNT + TAG_MAKE(0, POSITION_LAST)] = 9;
	emission[2 * TAG_COUNT + TAG_OUTSIDE] = 5;
	tagger_viterbi(&tagger, emission, transition);
	cr_expect_eq(tagger.tags[0], TAG_MAKE(0, POSITION_BEGIN));
	cr_expect_eq(tagger.tags[1], TAG_MAKE(0, POSITION_LAST));
	cr_expect_eq(tagger.tags[2], TAG_OUTSIDE);
	tagger_collect(&tagger);
	cr_assert_eq(tagger.span_count, 1);
	cr_expect_eq(tagger.spans[0].first, 0);
	cr_expect_eq(tagger.spans[0].last, 1);
	cr_expect_eq(tagger.spans[0].type, 0);
	tagger_free(&tagger);
}

Test(decoding, an_empty_paragraph_has_no_entities, .init = load_model)
{
	struct tagger tagger;

	tagger_init(&tagger, &model);
	tagger_begin_document(&tagger);
	tagger_prepare(&tagger, "", 0);
	tagger_decode(&tagger);
	tagger_collect(&tagger);
	cr_expect_eq(tagger.tokens.count, 0);
	cr_expect_eq(tagger.span_count, 0);
	tagger_free(&tagger);
}

/* A document of records made from texts (NULL: a record without "text"). */
static struct document
make_document(const char *const *texts, size_t count)
{
	struct document document = { 0 };
	size_t i;
	json_t *record;

	for (i = 0; i < count; i++) {
		record = json_pack("{s:s, s:i}", "doc", "d", "para", (int)i);
		if (texts[i] != NULL)
			json_object_set_new(record, "text", json_string(texts[i]));
		document_append(&document, record, i + 1);
	}
	document.file = "test";
	return document;
}

static void
free_document(struct document *document)
{
	size_t i;

	for (i = 0; i < document->count; i++)
		json_decref(document->records[i]);
	free(document->records);
	free(document->lines);
}

/* Entity index of record as "start end text type canonical" in a static buffer. */
static const char *
entity(const struct document *document, size_t record, size_t index)
{
	static char out[512];
	json_t *e = json_array_get(json_object_get(document->records[record], "entities"), index);

	if (e == NULL)
		return "(none)";
	snprintf(out, sizeof(out), "%d %d %s %s %s",
	    (int)json_integer_value(json_object_get(e, "start")),
	    (int)json_integer_value(json_object_get(e, "end")),
	    json_string_value(json_object_get(e, "text")),
	    json_string_value(json_object_get(e, "type")),
	    json_string_value(json_object_get(e, "canonical")));
	return out;
}

Test(entities, finds_people_and_places_with_code_point_spans, .init = load_model)
{
	static const char *const texts[] = {
		"Angela Merkel visited Paris on Monday.",
		"\xE2\x80\x9CWe will win,\xE2\x80\x9D Merkel told reporters in Berlin.",
	};
	struct entities_state state;
	struct document document = make_document(texts, 2);

	entities_init(&state, &model);
	entities_process_document(&document, &state);
	cr_expect_str_eq(entity(&document, 0, 0), "0 13 Angela Merkel PERSON Angela Merkel");
	cr_expect_str_eq(entity(&document, 0, 1), "22 27 Paris LOC Paris");
	cr_expect_str_eq(entity(&document, 1, 0), "15 21 Merkel PERSON Angela Merkel");
	cr_expect_str_eq(entity(&document, 1, 1), "40 46 Berlin LOC Berlin");
	cr_expect_not(document.bad);
	entities_free(&state);
	free_document(&document);
}

Test(entities, tags_a_headline_in_capitals, .init = load_model)
{
	static const char *const texts[] = { "GERMANY BEAT FRANCE IN PARIS FRIENDLY" };
	struct entities_state state;
	struct document document = make_document(texts, 1);

	entities_init(&state, &model);
	entities_process_document(&document, &state);
	cr_expect_str_eq(entity(&document, 0, 0), "0 7 GERMANY LOC GERMANY");
	cr_expect_str_eq(entity(&document, 0, 1), "13 19 FRANCE LOC FRANCE");
	entities_free(&state);
	free_document(&document);
}

Test(entities, leaves_records_without_text_alone_and_says_so, .init = load_model)
{
	static const char *const texts[] = { NULL, "" };
	struct entities_state state;
	struct document document = make_document(texts, 2);

	entities_init(&state, &model);
	entities_process_document(&document, &state);
	cr_expect_null(json_object_get(document.records[0], "entities"));
	cr_expect_eq(json_array_size(json_object_get(document.records[1], "entities")), 0);
	cr_expect(document.bad);
	entities_free(&state);
	free_document(&document);
}

Test(entities, running_twice_gives_what_once_gives, .init = load_model)
{
	static const char *const texts[] = { "Ana Ruiz of Acme Corp. flew to New York." };
	struct entities_state state;
	struct document document = make_document(texts, 1);
	json_t *once;

	entities_init(&state, &model);
	entities_process_document(&document, &state);
	once = json_deep_copy(document.records[0]);
	entities_process_document(&document, &state);
	cr_expect(json_equal(once, document.records[0]));
	json_decref(once);
	entities_free(&state);
	free_document(&document);
}

Test(entities, tags_a_10_megabyte_paragraph_in_pieces, .init = load_model, .timeout = 60)
{
	static const char filler[] = "the talks went on and on without any result at all . ";
	size_t length = (size_t)10 << 20, size = sizeof(filler) - 1, i;
	char *text = emalloc(length + 64);
	const char *texts[1] = { text };
	struct entities_state state;
	struct document document;
	json_t *entities, *last;

	for (i = 0; i + size <= length; i += size)
		memcpy(text + i, filler, size);
	strcpy(text + i, "Angela Merkel visited Paris.");
	document = make_document(texts, 1);
	entities_init(&state, &model);
	entities_process_document(&document, &state);
	entities = json_object_get(document.records[0], "entities");
	cr_assert_geq(json_array_size(entities), 2);
	last = json_array_get(entities, json_array_size(entities) - 1);
	cr_expect_str_eq(json_string_value(json_object_get(last, "text")), "Paris");
	cr_expect_eq(json_integer_value(json_object_get(last, "start")), (json_int_t)(i + 22));
	entities_free(&state);
	free_document(&document);
	free(text);
}
