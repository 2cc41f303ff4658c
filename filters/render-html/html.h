/* html.h: turns annotated paragraph records and their summary into a self-contained HTML page. */
#ifndef NEWSPIPE_HTML_H
#define NEWSPIPE_HTML_H

#include <stddef.h>

#include <jansson.h>

#include "buffer.h"
#include "record.h"

/* Appends the page's start: doctype, head with the style sheet, <body>. */
void	html_page_start(struct buffer *out);

/*
 * Appends the end of the page: the index of documents when there was more
 * than one (index holds the <li> items html_index_entry appended), </body>.
 */
void	html_page_end(struct buffer *out, const struct buffer *index, size_t documents);

/* Appends document number's <li> to index: a link to it with its title. */
void	html_index_entry(struct buffer *index, const json_t *summary, size_t number);

/*
 * Appends document as an <article> (id "dNUMBER"): its title, each
 * paragraph with its quotes, speakers, entities and figures highlighted, and
 * beside it the tables of summary (a record summary_build made).  A span that
 * is not a valid half-open code point range of its paragraph is left out
 * after a document_warn.
 */
void	html_document(struct buffer *out, struct document *document,
	    const json_t *summary, size_t number);

/* Appends paragraph record index of document as a <p> with its spans marked up. */
void	html_paragraph(struct buffer *out, struct document *document, size_t index,
	    size_t number);

/* Appends length bytes of text with & < > " ' escaped and NUL as U+FFFD. */
void	html_escape(struct buffer *out, const char *text, size_t length);

#endif
