/* fuzz_quotes.c: find-quotes' state for its fuzz harness. */
#include "fuzz_steps.h"
#include "quotes.h"

void *
fuzz_quotes_state(void)
{
	static struct quotes_options quotes = { .double_apostrophes = 0, .finder = NULL };

	return &quotes;
}
