/* suffixes.h: what follows a number (a currency, percent sign, unit of measure or of time); no I/O. */
#ifndef NEWSPIPE_SUFFIXES_H
#define NEWSPIPE_SUFFIXES_H

#include <stddef.h>

#include "figures.h"
#include "numbers.h"

/* What follows a number: money, percent, a unit or a unit of time. */
struct suffix {
	enum figure_kind	 kind;
	const char		*unit;
	double			 factor;	/* money: 0.01 for cents */
	size_t			 next;
	int			 age;
};

/* Reads a currency at index (a sign, word, code or phrase); returns 1 and fills suffix. */
int	suffix_currency(struct parser *parser, size_t index, struct suffix *suffix);

/* Reads a unit of measure or time at index (glued: right after digits); returns 1 and fills suffix. */
int	suffix_unit(struct parser *parser, size_t index, int glued, struct suffix *suffix);

/* Reads a percent sign or word at index; returns 1 and fills suffix. */
int	suffix_percent(struct parser *parser, size_t index, struct suffix *suffix);

/* Whether a unit, currency, percent or scale word is at index. */
int	suffix_measured(struct parser *parser, size_t index);

/*
 * Reads what follows number, which ends at index: a percent, a currency, a
 * unit, an age ("years old"); returns 1 and fills suffix.
 */
int suffix_read(
    struct parser *parser, size_t index, const struct number *number, struct suffix *suffix);

#endif
