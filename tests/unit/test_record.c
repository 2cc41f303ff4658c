/* test_record.c: claims about record (to be filled in). */
#include <criterion/criterion.h>

Test(record, placeholder)
{
	cr_assert(1);
}
