/* test_figures.c: claims about count-figures (figures.c and the scanner, vocabulary, numbers, dates under it). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <criterion/criterion.h>

#include "figures.h"
#include "numbers.h"
#include "vocabulary.h"

/* The figures of a sentence; the caller decrefs. */
static json_t *
figures_of(const char *text)
{
	return figures_of_text(text, strlen(text));
}

/* The figure whose text is span in sentence, or NULL; borrowed from *all (decref it). */
static json_t *
figure_named(const char *sentence, const char *span, json_t **all)
{
	size_t i;
	json_t *figure;

	*all = figures_of(sentence);
	json_array_foreach(*all, i, figure)
		if (strcmp(json_string_value(json_object_get(figure, "text")), span) == 0)
			return figure;
	return NULL;
}

static double
number_of(json_t *figure, const char *key)
{
	return json_number_value(json_object_get(figure, key));
}

static const char *
string_of(json_t *figure, const char *key)
{
	json_t *value = json_object_get(figure, key);

	return json_is_string(value) ? json_string_value(value) : NULL;
}

struct case_ {
	const char	*sentence;
	const char	*span;		/* the figure's text */
	const char	*kind;
	double		 value;
	const char	*unit;		/* NULL: the figure's unit must be null */
};

/* Checks every case of a table: the span is found with its kind, value and unit. */
static void
check_cases(const struct case_ *cases, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		json_t *all, *figure = figure_named(cases[i].sentence, cases[i].span, &all);
		char *dump = json_dumps(all, JSON_COMPACT);

		cr_assert_not_null(figure, "\"%s\": no figure \"%s\" in %s", cases[i].sentence, cases[i].span, dump);
		cr_assert_str_eq(string_of(figure, "kind"), cases[i].kind, "\"%s\": %s", cases[i].sentence, dump);
		cr_assert(fabs(number_of(figure, "value") - cases[i].value) <= 1e-9 * fmax(1, fabs(cases[i].value)),
		    "\"%s\": value %.17g, wanted %.17g", cases[i].sentence, number_of(figure, "value"), cases[i].value);
		if (cases[i].unit == NULL)
			cr_assert(json_is_null(json_object_get(figure, "unit")), "\"%s\": %s", cases[i].sentence, dump);
		else
			cr_assert_str_eq(string_of(figure, "unit"), cases[i].unit, "\"%s\": %s", cases[i].sentence, dump);
		free(dump);
		json_decref(all);
	}
}

#define CHECK(table) check_cases(table, sizeof(table) / sizeof(table[0]))

/* Asserts that sentence holds no figure at all. */
static void
check_none(const char *sentence)
{
	json_t *all = figures_of(sentence);
	char *dump = json_dumps(all, JSON_COMPACT);

	cr_assert_eq(json_array_size(all), 0, "\"%s\": wanted no figure, got %s", sentence, dump);
	free(dump);
	json_decref(all);
}

Test(counts, digits_with_separators_decimals_and_signs)
{
	static const struct case_ cases[] = {
		{ "The company employs 150,000 people worldwide.", "150,000", "count", 150000, NULL },
		{ "Turnout was 1.5 times higher.", "1.5", "count", 1.5, NULL },
		{ "Some 1 000 soldiers were sent.", "1 000", "count", 1000, NULL },
		{ "China counts 1 414 021 100 people.", "1 414 021 100", "count", 1414021100, NULL },
		{ "Its stake is worth 12,34,567 shares.", "12,34,567", "count", 1234567, NULL },
		{ "The index stood at 1.111,11 points.", "1.111,11", "count", 1111.11, NULL },
		{ "The temperature anomaly was -9.25 on the scale.", "-9.25", "count", -9.25, NULL },
		{ "The answer is minus 5.", "minus 5", "count", -5, NULL },
		{ "Avogadro wrote 6.02e23 on the board.", "6.02e23", "count", 6.02e23, NULL },
		{ "It grew by .08 on the day.", ".08", "count", 0.08, NULL },
		{ "He needs 10k signatures.", "10k", "count", 10000, NULL },
	};

	CHECK(cases);
}

Test(counts, number_words_and_scales)
{
	static const struct case_ cases[] = {
		{ "Police arrested eight people on Sunday.", "eight", "count", 8, NULL },
		{ "Twenty-one countries signed the pact.", "Twenty-one", "count", 21, NULL },
		{ "They planted two hundred and fifty trees.", "two hundred and fifty", "count", 250, NULL },
		{ "A dozen protesters gathered outside.", "A dozen", "count", 12, NULL },
		{ "The app has 1.2 million users.", "1.2 million", "count", 1200000, NULL },
		{ "Exports reached 3 bn units.", "3 bn", "count", 3e9, NULL },
		{ "The city has 13 lakh residents.", "13 lakh", "count", 1300000, NULL },
		{ "Half a dozen ministers resigned.", "Half a dozen", "count", 6, NULL },
		{ "Half a million people marched.", "Half a million", "count", 500000, NULL },
		{ "A hundred people came.", "A hundred", "count", 100, NULL },
		{ "Some four thousand three hundred and twenty-one votes were cast.",
		    "four thousand three hundred and twenty-one", "count", 4321, NULL },
		{ "The score was two point five.", "two point five", "count", 2.5, NULL },
	};

	CHECK(cases);
}

Test(counts, fractions)
{
	static const struct case_ cases[] = {
		{ "Nearly a half of the budget went to defence.", "a half", "count", 0.5, NULL },
		{ "Three-quarters of voters backed the plan.", "Three-quarters", "count", 0.75, NULL },
		{ "About 2/3 of the staff left.", "2/3", "count", 2.0 / 3, NULL },
		{ "Two thirds of the land is forest.", "Two thirds", "count", 2.0 / 3, NULL },
		{ "The bill passed with one and a half votes to spare.", "one and a half", "count", 1.5, NULL },
		{ "Output fell 2 1/4 points.", "2 1/4", "count", 2.25, NULL },
		{ "One in five adults smokes.", "One in five", "count", 0.2, NULL },
		{ "The economy grew for six quarters.", "six", "count", 6, NULL },
		{ "A population of 5 million and a half.", "5 million and a half", "count", 5500000, NULL },
		{ "The result is \xc2\xbe of the total.", "\xc2\xbe", "count", 0.75, NULL },
	};

	CHECK(cases);
}

Test(money, symbols_codes_and_scale_abbreviations)
{
	static const struct case_ cases[] = {
		{ "The fund raised $75 bln last year.", "$75 bln", "money", 75e9, "USD" },
		{ "The club was sold for \xc2\xa3" "600m in 2019.", "\xc2\xa3" "600m", "money", 6e8, "GBP" },
		{ "Revenue rose to \xe2\x82\xac" "2.5bn.", "\xe2\x82\xac" "2.5bn", "money", 2.5e9, "EUR" },
		{ "The bonds are worth US$ 5 million.", "US$ 5 million", "money", 5e6, "USD" },
		{ "The item costs USD 200 online.", "USD 200", "money", 200, "USD" },
		{ "Fares rose to C$ 12.50 this week.", "C$ 12.50", "money", 12.5, "CAD" },
		{ "The loan is 5,000 rubles a month.", "5,000 rubles", "money", 5000, "RUB" },
		{ "Toyota earned \xc2\xa5" "300 billion.", "\xc2\xa5" "300 billion", "money", 3e11, "JPY" },
		{ "The scheme costs \xe2\x82\xb9" "5 crore.", "\xe2\x82\xb9" "5 crore", "money", 5e7, "INR" },
		{ "He paid 20 yuan for lunch.", "20 yuan", "money", 20, "CNY" },
		{ "They lost 75 USD million.", "75 USD million", "money", 7.5e7, "USD" },
		{ "The ticket was 3 dollars 50 cents.", "3 dollars 50 cents", "money", 3.5, "USD" },
		{ "Prices start at 420 million Swiss francs.", "420 million Swiss francs", "money", 4.2e8, "CHF" },
		{ "The firm posted a loss of $1.13bn.", "$1.13bn", "money", 1.13e9, "USD" },
		{ "The gift was worth fifty euros.", "fifty euros", "money", 50, "EUR" },
	};

	CHECK(cases);
}

Test(percents, signs_words_and_points)
{
	static const struct case_ cases[] = {
		{ "Profits jumped 76% in the quarter.", "76%", "percent", 76, NULL },
		{ "Inflation is 2 percent.", "2 percent", "percent", 2, NULL },
		{ "Unemployment fell to 2 per cent.", "2 per cent", "percent", 2, NULL },
		{ "The lead narrowed by 12.5 percentage points.", "12.5 percentage points", "percent", 12.5,
		    "percentage point" },
		{ "Shares lost -4.2% on Friday.", "-4.2%", "percent", -4.2, NULL },
		{ "Only fifteen per cent turned out.", "fifteen per cent", "percent", 15, NULL },
		{ "Rates rose 25 basis points.", "25 basis points", "percent", 25, "basis point" },
	};

	CHECK(cases);
}

Test(durations, numbers_of_time_units_and_ages)
{
	static const struct case_ cases[] = {
		{ "He was jailed for eight years.", "eight years", "duration", 8, "year" },
		{ "The talks lasted three months.", "three months", "duration", 3, "month" },
		{ "A 48-hour strike began.", "48-hour", "duration", 48, "hour" },
		{ "Rebels held the town for 48 hours.", "48 hours", "duration", 48, "hour" },
		{ "Prices doubled in a decade.", "a decade", "duration", 1, "decade" },
		{ "The driver, 60 years old, was unhurt.", "60 years old", "duration", 60, "year" },
		{ "A 7-year-old boy was rescued.", "7-year-old", "duration", 7, "year" },
		{ "The baby is ten months old.", "ten months old", "duration", 10, "month" },
		{ "She waited half an hour.", "half an hour", "duration", 0.5, "hour" },
	};

	CHECK(cases);
}

Test(ordinals, words_and_digit_suffixes)
{
	static const struct case_ cases[] = {
		{ "She finished first in the race.", "first", "ordinal", 1, NULL },
		{ "He came 3rd in the final.", "3rd", "ordinal", 3, NULL },
		{ "It was the twenty-first summit.", "twenty-first", "ordinal", 21, NULL },
		{ "The 101st Airborne landed.", "101st", "ordinal", 101, NULL },
		{ "It is the hundredth anniversary.", "hundredth", "ordinal", 100, NULL },
		{ "Results for the third quarter were weak.", "third", "ordinal", 3, NULL },
		{ "He was the one hundred thousandth visitor.", "one hundred thousandth", "ordinal", 1e5, NULL },
		{ "It is a second term for her.", "second", "ordinal", 2, NULL },
		{ "The one hundred and eleventh day came.", "one hundred and eleventh", "ordinal", 111, NULL },
	};

	CHECK(cases);
}

Test(quantities, units_in_full_singular_names)
{
	static const struct case_ cases[] = {
		{ "The runners covered 5 km.", "5 km", "quantity", 5, "kilometer" },
		{ "The tanker holds 3.2 million barrels.", "3.2 million barrels", "quantity", 3.2e6, "barrel" },
		{ "Output hit 10 million barrels per day.", "10 million barrels per day", "quantity", 1e7,
		    "barrel per day" },
		{ "It was 40C in Seville.", "40C", "quantity", 40, "celsius" },
		{ "It reached 100 degrees Fahrenheit.", "100 degrees Fahrenheit", "quantity", 100, "fahrenheit" },
		{ "The plant makes 2 GW of power.", "2 GW", "quantity", 2, "gigawatt" },
		{ "Winds of 120 km/h hit the coast.", "120 km/h", "quantity", 120, "kilometer per hour" },
		{ "The fire burned 30 square miles.", "30 square miles", "quantity", 30, "square mile" },
		{ "They shipped 5,000 metric tons of wheat.", "5,000 metric tons", "quantity", 5000, "metric ton" },
		{ "The tower is 828 metres tall.", "828 metres", "quantity", 828, "meter" },
		{ "The baby weighed 3.5 kg.", "3.5 kg", "quantity", 3.5, "kilogram" },
		{ "It fell to minus 10 degrees Celsius.", "minus 10 degrees Celsius", "quantity", -10, "celsius" },
		{ "The car did 65 mph.", "65 mph", "quantity", 65, "mile per hour" },
		{ "The boat weighs 2,000 pounds.", "2,000 pounds", "quantity", 2000, "pound" },
		{ "It was 40\xc2\xb0" "C in Seville.", "40\xc2\xb0" "C", "quantity", 40, "celsius" },
		{ "It was 25\xc2\xba C there.", "25\xc2\xba C", "quantity", 25, "celsius" },
		{ "Lows of -5 \xc2\xb0" "C are due.", "-5 \xc2\xb0" "C", "quantity", -5, "celsius" },
		{ "A fever is 100.4 \xc2\xb0" "F or more.", "100.4 \xc2\xb0" "F", "quantity", 100.4, "fahrenheit" },
		{ "It hit 104 deg F.", "104 deg F", "quantity", 104, "fahrenheit" },
		{ "The disk holds 300 mb.", "300 mb", "quantity", 300, "megabyte" },
	};

	CHECK(cases);
}

struct date_case {
	const char	*sentence;
	const char	*span;
	const char	*value;
};

Test(dates, iso_values_with_and_without_years)
{
	static const struct date_case cases[] = {
		{ "The invasion began on Feb. 24, 2022, at dawn.", "Feb. 24, 2022", "2022-02-24" },
		{ "Talks opened on 12 April 2022 in Geneva.", "12 April 2022", "2022-04-12" },
		{ "The file is dated 2022-04-12.", "2022-04-12", "2022-04-12" },
		{ "The vote is on April 12.", "April 12", "--04-12" },
		{ "It happened on Tuesday, October 4, 2016.", "Tuesday, October 4, 2016", "2016-10-04" },
		{ "He was born on 4th July 1976.", "4th July 1976", "1976-07-04" },
		{ "We meet on 5/17/2018 at noon.", "5/17/2018", "2018-05-17" },
		{ "Deadline: 22/3/2018.", "22/3/2018", "2018-03-22" },
		{ "The 2008 crisis changed banking.", "2008", "2008" },
		{ "Sales peaked in March 2020.", "March 2020", "2020-03" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *all, *figure = figure_named(cases[i].sentence, cases[i].span, &all);

		cr_assert_not_null(figure, "\"%s\": no date \"%s\"", cases[i].sentence, cases[i].span);
		cr_assert_str_eq(string_of(figure, "kind"), "date");
		cr_assert_str_eq(string_of(figure, "value"), cases[i].value, "\"%s\"", cases[i].sentence);
		json_decref(all);
	}
}

Test(dates, weekdays_alone_are_not_dates)
{
	check_none("The minister resigned on Friday.");
	check_none("Markets may rally, analysts said.");
}

Test(ranges, carry_low_high_and_value_of_the_low_end)
{
	json_t *all, *figure;

	figure = figure_named("Between 250 and 700 people attended.", "250 and 700", &all);
	cr_assert_not_null(figure);
	cr_assert_eq(number_of(figure, "low"), 250);
	cr_assert_eq(number_of(figure, "high"), 700);
	cr_assert_eq(number_of(figure, "value"), 250);
	json_decref(all);

	figure = figure_named("Tickets cost $89 to $109 each.", "$89 to $109", &all);
	cr_assert_not_null(figure);
	cr_assert_str_eq(string_of(figure, "kind"), "money");
	cr_assert_str_eq(string_of(figure, "unit"), "USD");
	cr_assert_eq(number_of(figure, "high"), 109);
	json_decref(all);

	figure = figure_named("Prices rose 5-10% this year.", "5-10%", &all);
	cr_assert_not_null(figure);
	cr_assert_str_eq(string_of(figure, "kind"), "percent");
	cr_assert_eq(number_of(figure, "low"), 5);
	json_decref(all);

	figure = figure_named("The bill is between 2 and 3 million dollars.", "2 and 3 million dollars", &all);
	cr_assert_not_null(figure);
	cr_assert_eq(number_of(figure, "low"), 2e6);
	json_decref(all);
}

Test(ranges, a_change_is_not_a_range)
{
	json_t *all = figures_of("Crude rose $1.64 to $47.10 a barrel.");

	cr_assert_eq(json_array_size(all), 2);
	json_decref(all);
	all = figures_of("Fares went from \xc2\xa3" "6 to \xc2\xa3" "10.");
	cr_assert_eq(json_array_size(all), 2);
	json_decref(all);
}

Test(hedges, qualify_the_value)
{
	static const struct {
		const char	*sentence;
		const char	*span;
		const char	*qualifier;	/* NULL: no qualifier */
		const char	*bound;		/* "low", "high" or NULL */
	} cases[] = {
		{ "More than 150 people died.", "150", "min", "low" },
		{ "About 3,000 people fled.", "3,000", "approx", NULL },
		{ "Up to 5% of jobs may go.", "5%", "max", "high" },
		{ "At least $2m was stolen.", "$2m", "min", "low" },
		{ "Fewer than ten ships remain.", "ten", "max", "high" },
		{ "Nearly 200,000 cars were recalled.", "200,000", "approx", NULL },
		{ "Some 200 jobs will go.", "200", "approx", NULL },
		{ "Fares rose over two years.", "two years", NULL, NULL },
		{ "It costs 5,000+ a year.", "5,000+", "min", "low" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *all, *figure = figure_named(cases[i].sentence, cases[i].span, &all);

		cr_assert_not_null(figure, "\"%s\"", cases[i].sentence);
		if (cases[i].qualifier == NULL)
			cr_assert_null(json_object_get(figure, "qualifier"), "\"%s\"", cases[i].sentence);
		else
			cr_assert_str_eq(string_of(figure, "qualifier"), cases[i].qualifier, "\"%s\"",
			    cases[i].sentence);
		if (cases[i].bound != NULL)
			cr_assert_not_null(json_object_get(figure, cases[i].bound), "\"%s\"", cases[i].sentence);
		json_decref(all);
	}
}

Test(not_figures, names_ids_phone_numbers_and_pronouns)
{
	static const char *const sentences[] = {
		"Leaders gathered at COP26 in Glasgow.",
		"The G7 summit ended.",
		"A Boeing 747 landed safely.",
		"She is one of the best players.",
		"Call 555-1234 for details.",
		"Call +44 20 7946 0958 for details.",
		"The server at 192.168.1.2 went down.",
		"The A320 fleet was grounded.",
		"Covid-19 spread quickly.",
		"No one came.",
		"He lives at No. 10 Downing Street.",
		"Growth in the 1990s was slow.",
		"A Mini One costs more.",
		"Prices of second-hand cars rose.",
		"She was the second to last.",
		"Boeing 737-800 jets were grounded.",
		"Polls close at 8:30 p.m. and results come at 11:45pm.",
		"",
	};
	size_t i;

	for (i = 0; i < sizeof(sentences) / sizeof(sentences[0]); i++)
		check_none(sentences[i]);
}

Test(edges, curly_quotes_around_numbers)
{
	static const struct case_ cases[] = {
		{ "He said \xe2\x80\x9c" "150\xe2\x80\x9d people came.", "150", "count", 150, NULL },
		{ "\xe2\x80\x98" "$5m\xe2\x80\x99 was paid.", "$5m", "money", 5e6, "USD" },
	};

	CHECK(cases);
}

Test(edges, numbers_too_big_for_a_double_are_left_out)
{
	json_t *all = figures_of("It was 1e999 or 9^999 and 0^-1, then 7.");

	cr_assert_eq(json_array_size(all), 1);
	cr_assert_eq(number_of(json_array_get(all, 0), "value"), 7);
	json_decref(all);
}

Test(edges, offsets_count_code_points)
{
	json_t *all = figures_of("\xc3\xa9t\xc3\xa9: 76% \xe2\x80\x94 \xc2\xa3" "5");
	json_t *first = json_array_get(all, 0), *second = json_array_get(all, 1);

	cr_assert_eq(number_of(first, "start"), 5);
	cr_assert_eq(number_of(first, "end"), 8);
	cr_assert_eq(number_of(second, "start"), 11);
	cr_assert_eq(number_of(second, "end"), 13);
	json_decref(all);
}

Test(edges, nul_bytes_inside_the_text)
{
	static const char text[] = "12 apples\0 and 5%";
	json_t *all = figures_of_text(text, sizeof(text) - 1);

	cr_assert_eq(json_array_size(all), 2);
	json_decref(all);
}

Test(edges, a_ten_megabyte_paragraph_is_read_in_linear_time)
{
	static const char piece[] = "Sales rose 7% to $1.2bn in 2021, about 3,000 jobs. ";
	size_t size = 10 << 20, used = 0, count;
	char *text = malloc(size);
	struct figure_list list = { NULL, 0, 0 };
	clock_t started;

	cr_assert_not_null(text);
	while (used + sizeof(piece) - 1 <= size) {
		memcpy(text + used, piece, sizeof(piece) - 1);
		used += sizeof(piece) - 1;
	}
	count = used / (sizeof(piece) - 1);
	started = clock();
	figures_find(text, used, &list);
	cr_assert_eq(list.count, 4 * count);
	cr_assert_lt((double)(clock() - started) / CLOCKS_PER_SEC, 10.0);
	figures_list_free(&list);
	free(text);
}

/* A document of records as the record loop would hand it over. */
static void
process(json_t **records, size_t count)
{
	struct document document = { 0 };
	unsigned long lines[8] = { 0 };

	document.records = records;
	document.count = count;
	document.lines = lines;
	document.file = "test";
	figures_process_document(&document, NULL);
}

Test(documents, a_yearless_date_takes_the_year_of_the_dateline)
{
	json_t *records[2];

	records[0] = json_pack("{s:s, s:i, s:s}", "doc", "d", "para", 0, "text", "LONDON, March 3, 2022 (Reuters) -");
	records[1] = json_pack("{s:s, s:i, s:s}", "doc", "d", "para", 1, "text", "Talks resume on April 12.");
	process(records, 2);
	cr_assert_str_eq(string_of(json_array_get(json_object_get(records[1], "figures"), 0), "value"),
	    "2022-04-12");
	json_decref(records[0]);
	json_decref(records[1]);
}

Test(documents, a_yearless_date_takes_the_year_of_meta_date)
{
	json_t *records[1];

	records[0] = json_pack("{s:s, s:s, s:{s:s}}", "doc", "d", "text", "The vote is on 12 May.",
	    "meta", "date", "2019-05-01");
	process(records, 1);
	cr_assert_str_eq(string_of(json_array_get(json_object_get(records[0], "figures"), 0), "value"),
	    "2019-05-12");
	json_decref(records[0]);
}

Test(documents, running_twice_gives_the_same_record)
{
	json_t *records[1];
	char *once, *twice;

	records[0] = json_pack("{s:s, s:s, s:i}", "doc", "d", "text", "It cost $5 and took 3 days.", "x", 1);
	process(records, 1);
	once = json_dumps(records[0], JSON_COMPACT);
	process(records, 1);
	twice = json_dumps(records[0], JSON_COMPACT);
	cr_assert_str_eq(once, twice);
	free(once);
	free(twice);
	json_decref(records[0]);
}

Test(documents, a_record_without_text_is_left_alone_with_a_warning)
{
	json_t *records[1];

	records[0] = json_pack("{s:s, s:i}", "doc", "d", "para", 0);
	process(records, 1);
	cr_assert_null(json_object_get(records[0], "figures"));
	json_decref(records[0]);
}

Test(lexicon, every_phrase_starts_with_a_word_marked_for_phrases)
{
	const struct phrase *phrase;

	for (phrase = lexicon_phrases; phrase->words != NULL; phrase++) {
		const char *space = strchr(phrase->words, ' ');
		size_t length = space != NULL ? (size_t)(space - phrase->words) : strlen(phrase->words);
		int plural;
		const struct lexeme *entry = lexicon_lookup(phrase->words, length, &plural);

		cr_assert(entry != NULL && (entry->roles & ROLE_PHRASE), "phrase \"%s\"", phrase->words);
	}
}

Test(counts, huge_digit_strings_are_no_ordinals_or_dates)
{
	static const char *const sentences[] = {
		"The 12345678901234567893. entry",		/* found by fuzzing */
		"Item 12345678901234567890th on the list.",
		"Code 123456789012-1-1 was shown.",
		"Code 1-123456789012-2022 was shown.",
		"Tall 55 55/5/1e999. Sh00m",			/* found by fuzzing */
	};
	size_t i, j;
	json_t *all, *figure;

	for (i = 0; i < sizeof(sentences) / sizeof(sentences[0]); i++) {
		all = figures_of(sentences[i]);
		json_array_foreach(all, j, figure) {
			cr_expect_str_neq(string_of(figure, "kind"), "ordinal", "%s", sentences[i]);
			cr_expect_str_neq(string_of(figure, "kind"), "date", "%s", sentences[i]);
		}
		json_decref(all);
	}
}

/* parser_word_in matches whole words in any case, never a prefix, a longer word or a sign. */
Test(figures, word_in_matches_whole_words_in_any_case)
{
	static const char *const words[] = { "a", "an", "than", "thank", "over", NULL };
	const char *text = "An OVER-thanks than, thank a ann";
	struct parser parser;
	size_t i;
	/* tokens: An OVER - thanks than , thank a ann */
	static const int expected[] = { 1, 1, 0, 0, 1, 0, 1, 1, 0 };

	memset(&parser, 0, sizeof(parser));
	token_stream_init(&parser.stream, text, strlen(text));
	parser.limit = SIZE_MAX;
	for (i = 0; i < sizeof(expected) / sizeof(expected[0]); i++)
		cr_expect_eq(parser_word_in(&parser, i, words), expected[i], "token %zu", i);
	cr_expect_eq(parser_word_in(&parser, 9, words), 0);	/* past the end */
	token_stream_free(&parser.stream);
}
