/* quotes.h: finds the quotations of a document's paragraph records and who said them. */
#ifndef NEWSPIPE_QUOTES_H
#define NEWSPIPE_QUOTES_H

#include "record.h"

struct finder;

struct quotes_options {
	int		 double_apostrophes;	/* '' is a quotation mark (some archives), not two apostrophes */
	struct finder	*finder;		/* NULL at first; buffers kept between documents */
};

/*
 * Adds "quotes" to every record of document that has a "text" (others are
 * passed through after a warning): an array of {"start", "end", "text",
 * "speaker", "speaker_start", "speaker_end", "cue", "kind", "utterance"}
 * in the order of "start".  Offsets are code points in the record's text;
 * "utterance" is a number shared by the parts of one quotation within the
 * document.  state is a struct quotes_options (whose finder then keeps
 * buffers for the next document, until quotes_finish), or NULL for the
 * defaults.  Running it twice gives the same records.
 */
void	quotes_process_document(struct document *document, void *state);

/* Frees what the documents of state (a struct quotes_options, or NULL) kept. */
void	quotes_finish(void *state);

#endif
