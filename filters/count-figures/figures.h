/* figures.h: finds the numeric expressions of paragraph records ("figures"); no I/O. */
#ifndef NEWSPIPE_FIGURES_H
#define NEWSPIPE_FIGURES_H

#include <stddef.h>

#include <jansson.h>

#include "record.h"

enum figure_kind {
	FIGURE_COUNT,
	FIGURE_MONEY,
	FIGURE_PERCENT,
	FIGURE_DATE,
	FIGURE_DURATION,
	FIGURE_ORDINAL,
	FIGURE_QUANTITY
};

enum figure_qualifier {
	QUALIFIER_NONE,
	QUALIFIER_APPROX,	/* about, around, nearly, some, roughly */
	QUALIFIER_MIN,		/* more than, over, at least: the value is a lower bound */
	QUALIFIER_MAX		/* less than, under, up to: the value is an upper bound */
};

struct figure {
	size_t			 start, end;	/* bytes in the text, half-open */
	enum figure_kind	 kind;
	double			 value;		/* not for dates */
	const char *unit; /* ISO 4217 code or unit name; NULL for none */
	int			 year, month, day; /* dates: 0 where not written */
	int			 ranged;	/* low and high hold a range */
	double			 low, high;
	enum figure_qualifier	 qualifier;
	double scale; /* the scale word's factor, 1 when none */
	size_t			 first, next;	/* tokens, for the parser */
};

struct figure_list {
	struct figure	*items;
	size_t		 count;
	size_t		 capacity;
};

/*
 * Appends to list the figures of text (length bytes of valid UTF-8, may hold
 * NULs), in text order.  Not reentrant: one token window is kept between calls.
 */
void	figures_find(const char *text, size_t length, struct figure_list *list);

void	figures_list_free(struct figure_list *list);

/*
 * The "figures" array for text and its figures (new reference): spans in
 * code points; a date without a year takes year when it is not 0.
 */
json_t *figures_json(const char *text, size_t length, const struct figure_list *list, int year);

/* The figures array of text alone (no document year); a new reference. */
json_t	*figures_of_text(const char *text, size_t length);

/* Adds "figures" to every record of document. */
void	figures_process_document(struct document *document, void *state);

#endif
