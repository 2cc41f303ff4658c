/* count-figures: reads paragraph records and writes them with "figures", the numeric expressions. */
#include <getopt.h>

#include "cli.h"
#include "figures.h"
#include "output.h"
#include "record.h"

static const char synopsis[] = "usage: count-figures [--max-record bytes] [--no-sandbox] [FILE ...]\n";

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct filter filter = { .process = figures_process_document };
	int option;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1)
		if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	argc -= optind;
	argv += optind;
	return output_finish(record_loop(&filter, &options, argv, argc));
}
