/* dates.h: reads dates ("April 12", "12 April 2022", "2022-04-12") from tokens; no I/O. */
#ifndef NEWSPIPE_DATES_H
#define NEWSPIPE_DATES_H

#include "figures.h"
#include "numbers.h"

/* Whether t is four plain digits from 1000 to 2999 (no separator, no leading zero). */
int	date_plain_year(const struct token *t);

/* Makes figure the date year-month-day (0 where not written); 0 when no such day exists. */
int	date_set(struct figure *figure, int year, int month, int day);

/*
 * Reads a date at index: month and day with or without a year and a
 * weekday, day and month, digits ("2022-04-12", "5/17/2018", "01.12.2018"),
 * month and year; fills figure (first, next) and returns 1, or returns 0.
 */
int	date_read(struct parser *parser, size_t index, struct figure *figure);

#endif
