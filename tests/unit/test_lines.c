/* test_lines.c: claims about lines (to be filled in). */
#include <criterion/criterion.h>

Test(lines, placeholder)
{
	cr_assert(1);
}
