/* inputs.h: opens a program's input files all at once, before the sandbox closes the door. */
#ifndef NEWSPIPE_INPUTS_H
#define NEWSPIPE_INPUTS_H

#include <stdio.h>

/* More input files than this are opened one at a time, and the sandbox stays off. */
#define INPUTS_OPEN_MAXIMUM 512

struct input {
	const char	*path;		/* as given; "-" is stdin */
	const char	*name;		/* for messages: "stdin" or path */
	FILE		*stream;	/* NULL until opened, or when it could not be */
	int		 failed;	/* could not be opened, and was reported */
};

struct inputs {
	struct input	*items;
	size_t		 count;
	int		 deferred;	/* too many to hold open: each opens when reached */
	int		 status;	/* 1 once any file could not be opened */
};

/*
 * Takes the named files (stdin alone when count is 0) and opens each, in
 * binary mode, unless there are more than INPUTS_OPEN_MAXIMUM or the system
 * runs out of descriptors: then inputs->deferred is set and inputs_stream
 * opens them as they come.  A file that cannot be opened is reported
 * ("PROGRAM: FILE: reason") once and sets status.
 */
void	 inputs_open(struct inputs *inputs, char **files, int count);

/* The open stream of input index, opening it now if deferred; NULL when it cannot be read. */
FILE	*inputs_stream(struct inputs *inputs, size_t index);

/* Closes input index (stdin stays open). */
void	 inputs_close(struct inputs *inputs, size_t index);

/* Closes whatever is still open and frees inputs. */
void	 inputs_free(struct inputs *inputs);

#endif
