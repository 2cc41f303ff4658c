/* test_paragraphs.c: claims about paragraphs (to be filled in). */
#include <criterion/criterion.h>

Test(paragraphs, placeholder)
{
	cr_assert(1);
}
