/* test_summary.c: claims about summary.c (placeholder until its issue lands). */
#include <criterion/criterion.h>

#include "summary.h"

Test(summary, placeholder_builds)
{
	cr_assert_not_null(summary_process_document);
}
