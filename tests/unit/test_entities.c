/* test_entities.c: claims about entities.c (placeholder until its issue lands). */
#include <criterion/criterion.h>

#include "entities.h"

Test(entities, placeholder_builds)
{
	cr_assert_not_null(entities_process_document);
}
