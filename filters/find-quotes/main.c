/* find-quotes: reads paragraph records and writes them with "quotes", the quotations and their speakers. */
#include <getopt.h>

#include "cli.h"
#include "quotes.h"
#include "output.h"
#include "record.h"

static const char synopsis[] =
    "usage: find-quotes [--double-apostrophes] [--max-record bytes] [--no-sandbox] [FILE ...]\n";

enum { OPTION_DOUBLE_APOSTROPHES = CLI_FIRST_OWN };

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ "double-apostrophes", no_argument, NULL, OPTION_DOUBLE_APOSTROPHES },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct quotes_options quotes = { .double_apostrophes = 0, .finder = NULL };
	struct filter filter = { .process = quotes_process_document, .state = &quotes,
	    .finish = quotes_finish };
	int option;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (option == OPTION_DOUBLE_APOSTROPHES)
			quotes.double_apostrophes = 1;
		else if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	}
	argc -= optind;
	argv += optind;
	return output_finish(record_loop(&filter, &options, argv, argc));
}
