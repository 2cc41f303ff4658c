/* output.h: writes records to stdout as JSON Lines and closes stdout with its errors checked. */
#ifndef NEWSPIPE_OUTPUT_H
#define NEWSPIPE_OUTPUT_H

#include <stddef.h>

#include <jansson.h>

/*
 * Writes record as one compact JSON line on stdout, keys in their order.  A
 * write error is fatal: a closed pipe ends the program quietly by SIGPIPE,
 * anything else (a full disk) exits 1 with a message.  The caller keeps its
 * reference to record.
 */
void	output_record(const json_t *record);

/* Writes length bytes on stdout; a write error is fatal as in output_record. */
void	output_bytes(const char *bytes, size_t length);

/*
 * Flushes and closes stdout (sbase's fshut); returns status, or 1 if stdout
 * could not be written, after saying why.  Every main ends with it.
 */
int	output_finish(int status);

/* Dies quietly by SIGPIPE when errno is EPIPE (git's check_pipe); else returns. */
void	output_check_pipe(int error);

#endif
