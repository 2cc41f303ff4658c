/* summarize: reads paragraph records and writes one summary record (or TSV rows) per document. */
#include <getopt.h>

#include "buffer.h"
#include "cli.h"
#include "output.h"
#include "record.h"
#include "rows.h"
#include "summary.h"

static const char synopsis[] = "usage: summarize [--tsv] [--max-record bytes] [--no-sandbox] [FILE ...]\n";

enum { OPTION_TSV = CLI_FIRST_OWN };

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ "tsv", no_argument, NULL, OPTION_TSV },
	{ NULL, 0, NULL, 0 }
};

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct buffer rows = { 0 };
	struct filter filter = { .process = summary_process_document };
	int option, status;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (option == OPTION_TSV)
			filter = (struct filter){ .process = rows_write_document, .state = &rows };
		else if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	}
	argc -= optind;
	argv += optind;
	if (filter.state != NULL)
		rows_write_header();
	status = record_loop(&filter, &options, argv, argc);
	buffer_free(&rows);
	return output_finish(status);
}
