/* test_quotes.c: claims about quotes.c (placeholder until its issue lands). */
#include <criterion/criterion.h>

#include "quotes.h"

Test(quotes, placeholder_builds)
{
	cr_assert_not_null(quotes_process_document);
}
