/* fuzz_states.c: the state a harness hands a filter whose process needs one (FUZZ_STATE_<program>). */
#include "quotes.h"

void	*fuzz_quotes_state(void);

/* find-quotes' options as its main.c starts them; the finder's buffers then live across inputs. */
void *
fuzz_quotes_state(void)
{
	static struct quotes_options quotes = { .double_apostrophes = 0, .finder = NULL };

	return &quotes;
}
