/* test_canonical.c: claims about canonical.c, one name per entity within a document. */
#include <string.h>

#include <criterion/criterion.h>

#include "canonical.h"

enum { PERSON, ORG, LOC, MISC };

/* Resolves mentions given as text/type pairs and returns the canonical name of index. */
static struct mention mentions[8];

static void
resolve(size_t count)
{
	size_t i;

	for (i = 0; i < count; i++)
		mentions[i].length = strlen(mentions[i].text);
	canonical_resolve(mentions, count);
}

static void
set(size_t index, const char *text, int type)
{
	mentions[index].text = text;
	mentions[index].type = type;
}

Test(canonical, a_surname_after_the_full_name_is_the_full_name)
{
	set(0, "Ana Ruiz", PERSON);
	set(1, "Ruiz", PERSON);
	set(2, "Angela Merkel", PERSON);
	set(3, "Merkel", PERSON);
	resolve(4);
	cr_expect_str_eq(mentions[1].canonical, "Ana Ruiz");
	cr_expect_str_eq(mentions[3].canonical, "Angela Merkel");
	canonical_free(mentions, 4);
}

Test(canonical, a_surname_before_the_full_name_takes_the_later_one)
{
	set(0, "RUIZ", PERSON);
	set(1, "Ana Ruiz", PERSON);
	resolve(2);
	cr_expect_str_eq(mentions[0].canonical, "Ana Ruiz");
	canonical_free(mentions, 2);
}

Test(canonical, the_nearest_earlier_full_name_wins)
{
	set(0, "Ana Ruiz", PERSON);
	set(1, "Carlos Ruiz", PERSON);
	set(2, "Ruiz", PERSON);
	resolve(3);
	cr_expect_str_eq(mentions[2].canonical, "Carlos Ruiz");
	canonical_free(mentions, 3);
}

Test(canonical, a_first_name_alone_is_not_linked)
{
	set(0, "Ana Ruiz", PERSON);
	set(1, "Ana", PERSON);
	set(2, "Anaruiz", PERSON);
	resolve(3);
	cr_expect_str_eq(mentions[1].canonical, "Ana");
	cr_expect_str_eq(mentions[2].canonical, "Anaruiz");
	canonical_free(mentions, 3);
}

Test(canonical, aliases_of_a_country_share_one_name)
{
	set(0, "US", LOC);
	set(1, "U.S.", LOC);
	set(2, "United States", LOC);
	set(3, "U.S.A.", ORG);
	set(4, "Britain", LOC);
	set(5, "U.K.", LOC);
	resolve(6);
	cr_expect_str_eq(mentions[0].canonical, "United States");
	cr_expect_str_eq(mentions[1].canonical, "United States");
	cr_expect_str_eq(mentions[2].canonical, "United States");
	cr_expect_str_eq(mentions[3].canonical, "United States");
	cr_expect_str_eq(mentions[4].canonical, "United Kingdom");
	cr_expect_str_eq(mentions[5].canonical, "United Kingdom");
	canonical_free(mentions, 6);
}

Test(canonical, a_person_is_never_an_alias)
{
	set(0, "Un", PERSON);
	resolve(1);
	cr_expect_str_eq(mentions[0].canonical, "Un");
	canonical_free(mentions, 1);
}

Test(canonical, capitals_take_the_mixed_case_spelling_of_the_document)
{
	set(0, "BRUSSELS", LOC);
	set(1, "Brussels", LOC);
	set(2, "NATO", ORG);
	resolve(3);
	cr_expect_str_eq(mentions[0].canonical, "Brussels");
	cr_expect_str_eq(mentions[2].canonical, "NATO");
	canonical_free(mentions, 3);
}

Test(canonical, white_space_inside_a_name_becomes_one_space)
{
	set(0, "New\n  York", LOC);
	resolve(1);
	cr_expect_str_eq(mentions[0].canonical, "New York");
	canonical_free(mentions, 1);
}

Test(canonical, no_mentions_is_fine)
{
	canonical_resolve(mentions, 0);
	canonical_free(mentions, 0);
}
