/* tag-entities: reads paragraph records and writes them with "entities", the named entities. */
#include <err.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "entities.h"
#include "model.h"
#include "output.h"
#include "record.h"

static const char synopsis[] =
    "usage: tag-entities [--model file] [--stats] [--max-record bytes] [--no-sandbox] [FILE ...]\n";

enum { OPTION_MODEL = CLI_FIRST_OWN, OPTION_STATS };

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ "model", required_argument, NULL, OPTION_MODEL },
	{ "stats", no_argument, NULL, OPTION_STATS },
	{ NULL, 0, NULL, 0 }
};

/* Reports what was tagged on stderr (--stats). */
static void
print_stats(void *opaque)
{
	const struct entities_state *state = opaque;

	fprintf(stderr, "tag-entities: %zu records, %zu tokens, %zu entities\n",
	    state->records, state->tokens, state->entities);
}

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct filter filter = { .process = entities_process_document };
	struct entities_state state;
	struct model model;
	const char *model_path = NULL, *problem;
	int option, status;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (option == OPTION_MODEL)
			model_path = optarg;
		else if (option == OPTION_STATS)
			filter.finish = print_stats;
		else if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	}
	argc -= optind;
	argv += optind;
	if ((problem = entities_load(&state, &model, model_path)) != NULL)
		errx(2, "%s", problem);
	filter.state = &state;
	status = record_loop(&filter, &options, argv, argc);
	entities_free(&state);
	model_free(&model);
	return output_finish(status);
}
