/* cli.c: parses the options every newspipe program shares. */
#include <err.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void
cli_usage(const char *synopsis)
{
	fputs(synopsis, stderr);
	exit(2);
}

/* Parses a byte count from 1 KiB to 4 GiB; what names the source for messages. */
static size_t
parse_size(const char *argument, const char *what)
{
	const char *problem;
	long long value;

	value = strtonum(argument, 1024, 4LL << 30, &problem);
	if (problem != NULL) {
		warnx("%s: %s is %s (1024 to 4294967296 bytes)", what, argument, problem);
		exit(2);
	}
	return (size_t)value;
}

void
cli_default_options(struct loop_options *options)
{
	const char *environment = getenv("NEWSPIPE_MAX_RECORD");
	const char *no_sandbox = getenv("NEWSPIPE_NO_SANDBOX");

	options->maximum_record = RECORD_MAXIMUM_DEFAULT;
	if (environment != NULL && *environment != '\0')
		options->maximum_record = parse_size(environment, "NEWSPIPE_MAX_RECORD");
	options->sandbox = no_sandbox == NULL || *no_sandbox == '\0' ||
	    strcmp(no_sandbox, "0") == 0;
}

int
cli_common_option(int option, const char *argument, const char *synopsis,
    struct loop_options *options)
{
	switch (option) {
	case 'h':
		fputs(synopsis, stdout);
		exit(0);
	case CLI_VERSION:
		printf("%s (newspipe) %s\n", getprogname(), NEWSPIPE_VERSION);
		exit(0);
	case CLI_MAX_RECORD:
		options->maximum_record = parse_size(argument, "--max-record");
		return 1;
	case CLI_NO_SANDBOX:
		options->sandbox = 0;
		return 1;
	default:
		return 0;
	}
}
