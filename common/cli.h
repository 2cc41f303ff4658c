/* cli.h: the options every program shares (--help, --version, --max-record, --no-sandbox). */
#ifndef NEWSPIPE_CLI_H
#define NEWSPIPE_CLI_H

#include <getopt.h>

#include "record.h"

#define NEWSPIPE_VERSION "0.1.0"

enum {
	CLI_VERSION = 256,
	CLI_MAX_RECORD,
	CLI_NO_SANDBOX,
	CLI_FIRST_OWN		/* a program's own long-only options start here */
};

#define CLI_COMMON_OPTIONS \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, CLI_VERSION }, \
	{ "max-record", required_argument, NULL, CLI_MAX_RECORD }, \
	{ "no-sandbox", no_argument, NULL, CLI_NO_SANDBOX }

/*
 * Handles option (from getopt_long, with argument) if it is a common one:
 * -h/--help prints synopsis on stdout and exits 0, --version exits 0,
 * --max-record sets options->maximum_record, --no-sandbox clears
 * options->sandbox.  Returns 0 for any other
 * option; a bad argument exits 2.
 */
int	cli_common_option(int option, const char *argument, const char *synopsis,
	    struct loop_options *options);

/* Prints synopsis on stderr and exits 2. */
void	cli_usage(const char *synopsis) __attribute__((noreturn));

/*
 * The defaults, with NEWSPIPE_MAX_RECORD from the environment when set, and
 * the sandbox off when NEWSPIPE_NO_SANDBOX is set to anything but "" or "0".
 */
void	cli_default_options(struct loop_options *options);

#endif
