/* test_quotes.c: claims about find-quotes (quotes.c, tokens.c, names.c, lexicon.c) on real-looking news sentences. */
#include <string.h>

#include <criterion/criterion.h>

#include "lexicon.h"
#include "marks.h"
#include "names.h"
#include "quotes.h"
#include "tokens.h"

/* A document of paragraphs (NULL-terminated), run through find-quotes; the caller frees it with run_free. */
static struct document *
run_options(const char *const *paragraphs, const struct quotes_options *options)
{
	struct document *document = calloc(1, sizeof(*document));
	size_t i;

	document->file = "test";
	for (i = 0; paragraphs[i] != NULL; i++)
		document_append(document, json_pack("{s:s, s:i, s:s}", "doc", "test.txt",
		    "para", (int)i, "text", paragraphs[i]), i + 1);
	quotes_process_document(document, (void *)options);
	return document;
}

static struct document *
run(const char *const *paragraphs)
{
	return run_options(paragraphs, NULL);
}

static void
run_free(struct document *document)
{
	size_t i;

	for (i = 0; i < document->count; i++)
		json_decref(document->records[i]);
	free(document->records);
	free(document->lines);
	free(document);
}

static json_t *
quotes_of(struct document *document, size_t paragraph)
{
	json_t *quotes = json_object_get(document->records[paragraph], "quotes");

	cr_assert(json_is_array(quotes), "paragraph %zu has no quotes array", paragraph);
	return quotes;
}

/* The n-th quote of kind ("direct" or "indirect") in paragraph, or NULL. */
static json_t *
quote_of(struct document *document, size_t paragraph, const char *kind, size_t n)
{
	json_t *quotes = quotes_of(document, paragraph), *quote;
	size_t i;

	json_array_foreach(quotes, i, quote)
		if (strcmp(json_string_value(json_object_get(quote, "kind")), kind) == 0 && n-- == 0)
			return quote;
	return NULL;
}

static size_t
count_kind(struct document *document, size_t paragraph, const char *kind)
{
	json_t *quote;
	size_t i, n = 0;

	json_array_foreach(quotes_of(document, paragraph), i, quote)
		n += strcmp(json_string_value(json_object_get(quote, "kind")), kind) == 0;
	return n;
}

static const char *
field(json_t *quote, const char *key)
{
	json_t *value = json_object_get(quote, key);

	return json_is_string(value) ? json_string_value(value) : NULL;
}

static void
assert_direct(struct document *document, size_t paragraph, size_t n, const char *text,
    const char *speaker)
{
	json_t *quote = quote_of(document, paragraph, "direct", n);

	cr_assert_not_null(quote, "no direct quote %zu in paragraph %zu", n, paragraph);
	cr_assert_str_eq(field(quote, "text"), text);
	if (speaker == NULL)
		cr_assert(json_is_null(json_object_get(quote, "speaker")), "speaker should be null, is %s",
		    field(quote, "speaker"));
	else {
		cr_assert_not_null(field(quote, "speaker"), "speaker is null, wanted %s", speaker);
		cr_assert_str_eq(field(quote, "speaker"), speaker);
	}
}

/* Runs paragraphs and checks the first direct quote of paragraph (its cue too unless NULL). */
static void
expect_direct(const char *const *paragraphs, size_t paragraph, const char *text,
    const char *speaker, const char *cue)
{
	struct document *d = run(paragraphs);

	assert_direct(d, paragraph, 0, text, speaker);
	if (cue != NULL)
		cr_assert_str_eq(field(quote_of(d, paragraph, "direct", 0), "cue"), cue);
	run_free(d);
}

static json_int_t
number(json_t *quote, const char *key)
{
	return json_integer_value(json_object_get(quote, key));
}

Test(quotes, attributes_comma_then_name_said)
{
	const char *text[] = { "\"We will not raise taxes on working families,\" Ruiz said on Tuesday.", NULL };
	struct document *d = run(text);
	json_t *q = quote_of(d, 0, "direct", 0);

	assert_direct(d, 0, 0, "We will not raise taxes on working families,", "Ruiz");
	cr_assert_str_eq(field(q, "cue"), "said");
	cr_assert_eq(number(q, "start"), 1);
	cr_assert_eq(number(q, "speaker_start"), 47);
	cr_assert_eq(number(q, "speaker_end"), 51);
	run_free(d);
}

Test(quotes, attributes_said_then_name_with_title)
{
	const char *text[] = { "\u201cThe border will stay open,\u201d said Foreign Minister Ana Ruiz.", NULL };
	expect_direct(text, 0, "The border will stay open,", "Ana Ruiz", NULL);
}

Test(quotes, attributes_name_said_colon_before_quote)
{
	const char *text[] = { "Senator Mark Olsen said: \"This bill is dead on arrival.\"", NULL };
	expect_direct(text, 0, "This bill is dead on arrival.", "Mark Olsen", "said");
}

Test(quotes, attributes_colon_introduction_to_the_sentence_subject)
{
	const char *text[] = { "The Clinton campaign worded it more carefully: \"Her work emails were preserved.\"", NULL };
	expect_direct(text, 0, "Her work emails were preserved.", "Clinton", ":");
}

Test(quotes, leaves_colon_introduction_without_a_subject_unattributed)
{
	const char *text[] = { "Here is the full statement: \"We regret the error.\"", NULL };
	expect_direct(text, 0, "We regret the error.", NULL, NULL);
}

Test(quotes, attributes_name_said_quote_without_comma)
{
	const char *text[] = { "Olsen said \"nobody wants another shutdown\" and left the room.", NULL };
	expect_direct(text, 0, "nobody wants another shutdown", "Olsen", NULL);
}

Test(quotes, attributes_told_reporters)
{
	const char *text[] = { "Governor Lee Park told reporters: \u201cWe are ready for the storm.\u201d", NULL };
	expect_direct(text, 0, "We are ready for the storm.", "Lee Park", "told");
}

Test(quotes, attributes_across_an_apposition)
{
	const char *text[] = { "\"The vote was rigged,\" Tom Smith, a Labour MP, said.", NULL };
	expect_direct(text, 0, "The vote was rigged,", "Tom Smith", NULL);
}

Test(quotes, attributes_he_added_to_last_speaker)
{
	const char *text[] = {
		"\"The talks were useful,\" Ana Ruiz said after the meeting.",
		"He added, \"We meet again in May.\"",
		NULL
	};
	struct document *d = run(text);
	json_t *q;

	assert_direct(d, 1, 0, "We meet again in May.", "Ana Ruiz");
	q = quote_of(d, 1, "direct", 0);
	cr_assert_str_eq(field(q, "cue"), "added");
	cr_assert_eq(number(q, "speaker_start"), 0);
	cr_assert_eq(number(q, "speaker_end"), 2);
	run_free(d);
}

Test(quotes, attributes_she_said_to_last_speaker)
{
	const char *text[] = {
		"Ana Ruiz said the talks had been useful.",
		"\"We are not there yet,\" she said.",
		NULL
	};
	expect_direct(text, 1, "We are not there yet,", "Ana Ruiz", NULL);
}

Test(quotes, canonicalises_surname_to_full_name_given_earlier)
{
	const char *text[] = {
		"Foreign Minister Ana Ruiz arrived in Geneva on Monday.",
		"\"Nothing is agreed until everything is agreed,\" Ruiz said.",
		NULL
	};
	expect_direct(text, 1, "Nothing is agreed until everything is agreed,", "Ana Ruiz", NULL);
}

Test(quotes, resolves_the_minister_to_the_titled_speaker)
{
	const char *text[] = {
		"Foreign Minister Ana Ruiz said on Monday that the talks would resume.",
		"\"We owe it to the families,\" the minister said.",
		NULL
	};
	expect_direct(text, 1, "We owe it to the families,", "Ana Ruiz", NULL);
}

Test(quotes, gives_null_speaker_when_nothing_names_one)
{
	const char *text[] = { "\"It is too late for that,\" he said.", NULL };
	expect_direct(text, 0, "It is too late for that,", NULL, NULL);
}

Test(quotes, splits_interrupted_quote_into_two_parts_of_one_utterance)
{
	const char *text[] = { "\"We tried,\" Ruiz said, \"but the other side walked away.\"", NULL };
	struct document *d = run(text);

	assert_direct(d, 0, 0, "We tried,", "Ruiz");
	assert_direct(d, 0, 1, "but the other side walked away.", "Ruiz");
	cr_assert_eq(number(quote_of(d, 0, "direct", 0), "utterance"),
	    number(quote_of(d, 0, "direct", 1), "utterance"));
	run_free(d);
}

Test(quotes, joins_multi_paragraph_quote_into_one_utterance)
{
	const char *text[] = {
		"\u201cThis city has waited twenty years for a new bridge.",
		"\u201cWe will build it, and we will build it on time,\u201d Mayor Lena Ortiz said.",
		NULL
	};
	struct document *d = run(text);

	assert_direct(d, 0, 0, "This city has waited twenty years for a new bridge.", "Lena Ortiz");
	assert_direct(d, 1, 0, "We will build it, and we will build it on time,", "Lena Ortiz");
	cr_assert_eq(number(quote_of(d, 0, "direct", 0), "utterance"),
	    number(quote_of(d, 1, "direct", 0), "utterance"));
	cr_assert(json_is_null(json_object_get(quote_of(d, 0, "direct", 0), "speaker_start")));
	run_free(d);
}

Test(quotes, attributes_partial_quote_to_the_sentence_speaker)
{
	const char *text[] = {
		"Ruiz said the law would protect people \"who have suffered for years\" in the north.",
		NULL
	};
	expect_direct(text, 0, "who have suffered for years", "Ruiz", NULL);
}

Test(quotes, finds_indirect_said_that_clause)
{
	const char *text[] = { "Ruiz said that the talks would resume next week in Geneva.", NULL };
	struct document *d = run(text);
	json_t *q = quote_of(d, 0, "indirect", 0);

	cr_assert_not_null(q);
	cr_assert_str_eq(field(q, "text"), "the talks would resume next week in Geneva");
	cr_assert_str_eq(field(q, "speaker"), "Ruiz");
	cr_assert_eq(count_kind(d, 0, "direct"), 0);
	run_free(d);
}

Test(quotes, finds_indirect_according_to)
{
	const char *text[] = { "According to Ana Ruiz, the ceasefire has held since Sunday.", NULL };
	struct document *d = run(text);
	json_t *q = quote_of(d, 0, "indirect", 0);

	cr_assert_not_null(q);
	cr_assert_str_eq(field(q, "text"), "the ceasefire has held since Sunday");
	cr_assert_str_eq(field(q, "speaker"), "Ana Ruiz");
	cr_assert_str_eq(field(q, "cue"), "According to");
	run_free(d);
}

Test(quotes, finds_agency_headline_ending_with_dash_and_name)
{
	const char *text[] = { "Peace talks will resume within weeks \u2014 Ruiz", NULL };
	struct document *d = run(text);
	json_t *q = quote_of(d, 0, "indirect", 0);

	cr_assert_not_null(q);
	cr_assert_str_eq(field(q, "text"), "Peace talks will resume within weeks");
	cr_assert_str_eq(field(q, "speaker"), "Ruiz");
	run_free(d);
}

Test(quotes, reads_every_kind_of_mark)
{
	static const struct { const char *text, *quote; } cases[] = {
		{ "\"We will win,\" Ruiz said.", "We will win," },
		{ "\u201cWe will win,\u201d Ruiz said.", "We will win," },
		{ "Ruiz: \u2018We will win\u2019", "We will win" },
		{ "\u00abWe will win,\u00bb Ruiz said.", "We will win," },
		{ "\u201eWe will win,\u201c Ruiz said.", "We will win," },
		{ "\u201dWe will win,\u201d Ruiz said.", "We will win," },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *text[] = { cases[i].text, NULL };
		struct document *d = run(text);

		assert_direct(d, 0, 0, cases[i].quote, "Ruiz");
		run_free(d);
	}
}

Test(quotes, does_not_take_apostrophes_for_quotes)
{
	static const char *cases[] = {
		"India's economy grew faster than China's last year.",
		"Sales have not been this strong since the \u201990s, the company said.",
		"The band still plays rock \u2019n\u2019 roll at the voters\u2019 rallies.",
		"Fans sang \u2019til dawn and the players' bus left at noon.",
		"It's the '90s all over again for the Smiths' store.",
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const char *text[] = { cases[i], NULL };
		struct document *d = run(text);

		cr_assert_eq(count_kind(d, 0, "direct"), 0, "a quote found in: %s", cases[i]);
		run_free(d);
	}
}

Test(quotes, keeps_apostrophes_inside_a_real_quote)
{
	const char *text[] = { "\u201cIt\u2019s like the \u201990s, rock \u2019n\u2019 roll and all,\u201d Ruiz said.", NULL };
	struct document *d = run(text);

	assert_direct(d, 0, 0, "It\u2019s like the \u201990s, rock \u2019n\u2019 roll and all,", "Ruiz");
	cr_assert_eq(count_kind(d, 0, "direct"), 1);
	run_free(d);
}

Test(quotes, keeps_a_nested_quote_inside_its_outer_quote)
{
	const char *text[] = { "\"He told me 'never again,' and then he left,\" Ruiz said.", NULL };
	struct document *d = run(text);

	assert_direct(d, 0, 0, "He told me 'never again,' and then he left,", "Ruiz");
	cr_assert_eq(count_kind(d, 0, "direct"), 1);
	run_free(d);
}

Test(quotes, limits_an_unclosed_quote_to_its_paragraph)
{
	const char *text[] = {
		"Ruiz said: \"We will not sign this agreement under any condition.",
		"The talks resume on Monday in Geneva, officials confirmed.",
		"Olsen said: \"We are ready.\"",
		NULL
	};
	struct document *d = run(text);

	assert_direct(d, 0, 0, "We will not sign this agreement under any condition.", "Ruiz");
	cr_assert_eq(count_kind(d, 1, "direct"), 0);
	assert_direct(d, 2, 0, "We are ready.", "Olsen");
	run_free(d);
}

Test(quotes, skips_scare_quotes_and_titles)
{
	const char *text[] = { "Critics called the plan a \"fairy tale\" on NBC's \"Meet the Press\" this week.", NULL };
	struct document *d = run(text);

	cr_assert_eq(count_kind(d, 0, "direct"), 0);
	run_free(d);
}

Test(quotes, gives_empty_array_for_empty_text)
{
	const char *text[] = { "", NULL };
	struct document *d = run(text);

	cr_assert_eq(json_array_size(quotes_of(d, 0)), 0);
	run_free(d);
}

Test(quotes, treats_double_apostrophes_as_marks_only_when_asked)
{
	const char *text[] = { "''We are done here,'' Mr. Olsen said.", NULL };
	struct quotes_options options = { .double_apostrophes = 1 };
	struct document *d = run(text);

	cr_assert_eq(count_kind(d, 0, "direct"), 0);
	run_free(d);
	d = run_options(text, &options);
	assert_direct(d, 0, 0, "We are done here,", "Olsen");
	run_free(d);
	quotes_finish(&options);
}

Test(quotes, counts_offsets_in_code_points)
{
	const char *text[] = { "\u00c9lodie Renard said: \u201c\u00c7a suffit.\u201d", NULL };
	struct document *d = run(text);
	json_t *q = quote_of(d, 0, "direct", 0);

	cr_assert_not_null(q);
	cr_assert_eq(number(q, "start"), 21);
	cr_assert_eq(number(q, "end"), 31);
	cr_assert_eq(number(q, "speaker_start"), 0);
	cr_assert_eq(number(q, "speaker_end"), 13);
	run_free(d);
}

Test(quotes, gives_the_same_record_when_run_twice)
{
	const char *text[] = { "\"We tried,\" Ruiz said, \"but they walked away.\"", NULL };
	struct document *d = run(text);
	char *first = json_dumps(d->records[0], JSON_COMPACT), *second;

	quotes_process_document(d, NULL);
	second = json_dumps(d->records[0], JSON_COMPACT);
	cr_assert_str_eq(first, second);
	free(first);
	free(second);
	run_free(d);
}

Test(quotes, passes_a_record_without_text_through)
{
	struct document document = { .file = "test" };

	document_append(&document, json_pack("{s:s, s:i}", "doc", "x", "para", 0), 1);
	quotes_process_document(&document, NULL);
	cr_assert_null(json_object_get(document.records[0], "quotes"));
	cr_assert(document.bad);
	json_decref(document.records[0]);
	free(document.records);
	free(document.lines);
}

Test(quotes, handles_a_ten_megabyte_paragraph_quickly, .timeout = 20)
{
	static const char sentence[] = "\"We will win this,\" Ruiz said. ";
	size_t count = (10 << 20) / (sizeof(sentence) - 1), i;
	char *text = malloc(count * (sizeof(sentence) - 1) + 1);
	const char *paragraphs[] = { text, NULL };
	struct document *d;

	for (i = 0; i < count; i++)
		memcpy(text + i * (sizeof(sentence) - 1), sentence, sizeof(sentence) - 1);
	text[count * (sizeof(sentence) - 1)] = '\0';
	d = run(paragraphs);
	cr_assert_eq(count_kind(d, 0, "direct"), count);
	free(text);
	run_free(d);
}

Test(lexicon, knows_cues_in_any_case_and_phrases)
{
	cr_assert(lexicon_classes("said", 4) & LEXICON_CUE);
	cr_assert(lexicon_classes("Says", 4) & LEXICON_CUE);
	cr_assert(lexicon_classes("according to", 12) & LEXICON_INDIRECT);
	cr_assert_eq(lexicon_classes("table", 5), 0);
	cr_assert_str_eq(lexicon_find("Sen.", 4)->role, "senator");
}

Test(lexicon, finds_words_by_exact_folded_length)
{
	static const char with_nul[] = "sa\0d";

	cr_assert_not_null(lexicon_find("SAID", 4));
	cr_assert_str_eq(lexicon_find("SAID", 4)->word, "said");
	cr_assert_null(lexicon_find("said", 3), "a prefix of a word is not the word");
	cr_assert_null(lexicon_find("saidx", 5));
	cr_assert_null(lexicon_find(with_nul, 4), "a NUL matches nothing");
	cr_assert_null(lexicon_find("", 0));
	cr_assert_null(lexicon_find("saaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 52));
}

Test(lexicon, may_be_cue_says_no_only_when_no_cue_matches)
{
	static const char *const cues[] = {
		"said", "Says", "SAYING", "told", "added", "according", "insisted", "tweeted",
	};
	static const char *const others[] = { "table", "x", "", "12", "\xC3\xA9t\xC3\xA9", "sa" };
	size_t i;

	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++) {
		cr_expect(lexicon_may_be_cue(cues[i], strlen(cues[i])), "%s", cues[i]);
		cr_expect(lexicon_classes(cues[i], strlen(cues[i])) & (LEXICON_CUE |
		    LEXICON_PHRASE_START), "%s", cues[i]);
	}
	for (i = 0; i < sizeof(others) / sizeof(others[0]); i++)
		cr_expect_not(lexicon_may_be_cue(others[i], strlen(others[i])), "%s", others[i]);
}

Test(tokens, notes_letters_in_ascii_and_other_words)
{
	static const struct {
		const char	*word;
		int		 letter;
	} cases[] = {
		{ "2004", 0 }, { "10.9", 0 }, { "1990s", 1 }, { "10.9bn", 1 }, { "abc", 1 },
		{ "caf\xC3\xA9", 1 }, { "\xC3\xA9t\xC3\xA9", 1 },
		{ "U.S.", 1 }, { "rock-and-roll", 1 }, { "don't", 1 },
	};
	struct token_list list = { 0 };
	size_t i, length;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		length = strlen(cases[i].word);
		tokens_split(&list, cases[i].word, length);
		cr_expect_eq(list.count, 1, "%s", cases[i].word);
		cr_expect_eq(list.items[0].end, length, "%s", cases[i].word);
		cr_expect_eq((list.items[0].flags & TOKEN_LETTER) != 0, cases[i].letter,
		    "%s", cases[i].word);
	}
	token_list_free(&list);
}

Test(names, keeps_the_fullest_name_under_the_surname)
{
	struct name_registry registry = { 0 };
	const char *full[] = { "Ana", "Ruiz" }, *surname[] = { "Ruiz" };
	size_t full_lengths[] = { 3, 4 }, surname_lengths[] = { 4 };
	size_t a = names_add(&registry, surname, surname_lengths, 1, NULL);
	size_t b = names_add(&registry, full, full_lengths, 2, "minister");

	cr_assert_eq(a, b);
	cr_assert_str_eq(registry.people[a].name, "Ana Ruiz");
	cr_assert_eq(names_find(&registry, "RUIZ", 4), a);
	names_free(&registry);
}

Test(tokens, keeps_abbreviations_and_splits_marks)
{
	struct token_list list = { 0 };
	const char text[] = "Mr. Ruiz said: \u201cNope.\u201d";

	tokens_split(&list, text, strlen(text));
	cr_assert_eq(list.count, 8);
	cr_assert_eq(list.items[0].end, 3);
	cr_assert(list.items[4].flags & TOKEN_CAN_OPEN);
	cr_assert(list.items[7].flags & TOKEN_CAN_CLOSE);
	token_list_free(&list);
}

Test(quotes, handles_ten_megabytes_of_unbalanced_marks_quickly, .timeout = 20)
{
	static const char sentence[] = "Fans \u2018cheered \"loudly and the players' bus left. ";
	size_t count = (10 << 20) / (sizeof(sentence) - 1), i;
	char *text = malloc(count * (sizeof(sentence) - 1) + 1);
	const char *paragraphs[] = { text, NULL };
	struct document *d;

	for (i = 0; i < count; i++)
		memcpy(text + i * (sizeof(sentence) - 1), sentence, sizeof(sentence) - 1);
	text[count * (sizeof(sentence) - 1)] = '\0';
	d = run(paragraphs);
	/* one unclosed quote, limited to its paragraph */
	cr_assert_leq(count_kind(d, 0, "direct"), 1);
	free(text);
	run_free(d);
}

Test(quotes, does_not_resolve_an_indefinite_description)
{
	const char *text[] = {
		"Spokesman Tom Vidal said on Monday that the ministry was ready.",
		"\"We will publish the figures on Friday,\" said a spokesman for the ministry.",
		NULL
	};
	expect_direct(text, 1, "We will publish the figures on Friday,", NULL, NULL);
}

Test(quotes, writes_a_description_that_names_something)
{
	const char *text[] = { "\"The wall will not stop anyone,\" said a Texas voter who drove to the rally.", NULL };
	expect_direct(text, 0, "The wall will not stop anyone,", "a Texas voter", NULL);
}

Test(quotes, attributes_to_an_organization_as_subject)
{
	const char *text[] = { "\"The law is settled,\" the Daily Ledger wrote in an editorial.", NULL };
	expect_direct(text, 0, "The law is settled,", "Daily Ledger", NULL);
}

Test(quotes, attributes_quote_after_partial_clause_to_name_and_cue)
{
	const char *text[] = {
		"Obama \"felt a moral obligation to act on\" climate change, Axelrod said.",
		NULL
	};
	expect_direct(text, 0, "felt a moral obligation to act on", "Axelrod", NULL);
}

Test(quotes, uses_person_entities_for_full_names_when_present)
{
	struct document document = { .file = "test" };
	json_t *record = json_pack("{s:s, s:i, s:s, s:[{s:i, s:i, s:s, s:s, s:s}]}",
	    "doc", "x", "para", 0, "text", "\"We are ready,\" Ruiz said.",
	    "entities", "start", 16, "end", 20, "text", "Ruiz", "type", "PERSON",
	    "canonical", "Ana Maria Ruiz");
	json_t *quote;

	document_append(&document, record, 1);
	quotes_process_document(&document, NULL);
	quote = json_array_get(json_object_get(document.records[0], "quotes"), 0);
	cr_assert_str_eq(field(quote, "speaker"), "Ana Maria Ruiz");
	json_decref(document.records[0]);
	free(document.records);
	free(document.lines);
}

Test(marks, pairs_top_level_quotes_and_notes_apostrophes)
{
	struct token_list tokens = { 0 };
	struct span_list spans = { 0 };
	const char text[] = "The voters\u2019 \u2018mood\u2019 in the \u201990s: \u201cWe said \u2018no,\u2019 twice.\u201d";
	const struct token *mood;

	tokens_split(&tokens, text, strlen(text));
	marks_pair(&tokens, text, 0, &spans);
	cr_assert_eq(spans.count, 2, "\u2018mood\u2019 and the outer double quote, nothing else");
	mood = &tokens.items[spans.items[0].open + 1];
	cr_assert_eq(mood->end - mood->start, 4);
	cr_assert_eq(spans.items[0].close, spans.items[0].open + 2);
	cr_assert_eq(tokens.items[spans.items[1].close].codepoint, 0x201D);
	cr_assert(tokens.items[spans.items[1].open + 1].notes & TOKEN_INSIDE);
	cr_assert(!(tokens.items[spans.items[0].close + 3].notes & TOKEN_INSIDE));
	marks_free(&spans);
	token_list_free(&tokens);
}
