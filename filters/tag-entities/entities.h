/* entities.h: finds the named entities of a document's paragraph records and names them canonically. */
#ifndef NEWSPIPE_ENTITIES_H
#define NEWSPIPE_ENTITIES_H

#include "model.h"
#include "record.h"
#include "tagger.h"

/* What entities_process_document keeps between documents. */
struct entities_state {
	const struct model	*model;		/* borrowed */
	struct tagger		 tagger;
	unsigned char		*first_tags;	/* the first pass's tags of the document's tokens */
	size_t			 first_capacity;
	size_t			 tokens;	/* counts of all input so far, for --stats */
	size_t			 entities;
	size_t			 records;
};

void	entities_init(struct entities_state *state, const struct model *model);

/*
 * Loads the model file path (the built-in model when path is NULL) into model
 * and readies state to tag with it.  Returns NULL, or a message (static
 * storage) naming the model and what is wrong with it; then nothing needs
 * freeing.  Otherwise free with entities_free, then model_free.
 */
const char *entities_load(struct entities_state *state, struct model *model, const char *path);
void	entities_free(struct entities_state *state);

/*
 * Adds "entities" to every record of document that has a "text" string:
 * [{"start", "end", "text", "type", "canonical"}], spans in code points of
 * the record's text, type PERSON, ORG, LOC or MISC.  Records without text are
 * left as they are (after a warning).  state is a struct entities_state.
 */
void	entities_process_document(struct document *document, void *state);

#endif
