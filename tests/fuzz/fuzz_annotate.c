/* fuzz_annotate.c: annotate's step (as in its main.c, without --summarize) for its fuzz harness. */
#include "entities.h"
#include "figures.h"
#include "fuzz_steps.h"
#include "quotes.h"

void
fuzz_annotate_document(struct document *document, void *state)
{
	(void)state;
	quotes_process_document(document, fuzz_quotes_state());
	entities_process_document(document, fuzz_entities_state());
	figures_process_document(document, NULL);
}
