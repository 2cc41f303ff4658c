/* test_figures.c: claims about figures.c (placeholder until its issue lands). */
#include <criterion/criterion.h>

#include "figures.h"

Test(figures, placeholder_builds)
{
	cr_assert_not_null(figures_process_document);
}
