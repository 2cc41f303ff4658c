/* fuzz_html.h: render-html's record loop step for its fuzz harness (its main.c's is static). */
#ifndef NEWSPIPE_FUZZ_HTML_H
#define NEWSPIPE_FUZZ_HTML_H

#include "record.h"

/* Renders the document as render-html does, writing the HTML on stdout; leaves no record. */
void	fuzz_render_document(struct document *document, void *state);

#endif
