/* fuzz_steps.h: for the fuzz harnesses, the record loop steps and states that programs' main.c keep static. */
#ifndef NEWSPIPE_FUZZ_STEPS_H
#define NEWSPIPE_FUZZ_STEPS_H

#include "record.h"

/* find-quotes' options as its main.c starts them; one for the process, kept across inputs. */
void	*fuzz_quotes_state(void);

/* tag-entities' state with its built-in model, as its main.c loads it; one, kept across inputs. */
void	*fuzz_entities_state(void);

/* annotate's step without --summarize: find-quotes, tag-entities, count-figures in turn. */
void	 fuzz_annotate_document(struct document *document, void *state);

/* render-html's step: renders the document, writing the HTML on stdout; leaves no record. */
void	 fuzz_render_document(struct document *document, void *state);

#endif
