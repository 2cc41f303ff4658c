/*
 * annotate: reads paragraph records and writes them with "quotes", "entities" and "figures"
 * (find-quotes, tag-entities and count-figures in one process), or with --summarize one
 * summary record (or, with --tsv, TSV rows) per document.
 */
#include <err.h>
#include <getopt.h>

#include "buffer.h"
#include "cli.h"
#include "entities.h"
#include "figures.h"
#include "model.h"
#include "output.h"
#include "quotes.h"
#include "record.h"
#include "rows.h"
#include "summary.h"

static const char synopsis[] =
    "usage: annotate [--double-apostrophes] [--model file] [--summarize [--tsv]]\n"
    "                [--max-record bytes] [--no-sandbox] [FILE ...]\n";

enum {
	OPTION_DOUBLE_APOSTROPHES = CLI_FIRST_OWN, OPTION_MODEL, OPTION_SUMMARIZE, OPTION_TSV
};

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ "double-apostrophes", no_argument, NULL, OPTION_DOUBLE_APOSTROPHES },
	{ "model", required_argument, NULL, OPTION_MODEL },
	{ "summarize", no_argument, NULL, OPTION_SUMMARIZE },
	{ "tsv", no_argument, NULL, OPTION_TSV },
	{ NULL, 0, NULL, 0 }
};

/* The state of every step, and the last one: summarize's, or none (fold is NULL). */
struct steps {
	struct quotes_options	 quotes;
	struct entities_state	 entities;
	void			(*fold)(struct document *document, void *state);
	void			*fold_state;
};

/*
 * The record loop's step: each filter's own step in pipeline order, on the
 * same records, so that the result is what the filters write through pipes.
 */
static void
annotate_document(struct document *document, void *state)
{
	struct steps *steps = state;

	quotes_process_document(document, &steps->quotes);
	entities_process_document(document, &steps->entities);
	figures_process_document(document, NULL);
	if (steps->fold != NULL)
		steps->fold(document, steps->fold_state);
}

static void
finish_steps(void *state)
{
	struct steps *steps = state;

	quotes_finish(&steps->quotes);
}

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct steps steps = { .quotes = { .double_apostrophes = 0, .finder = NULL } };
	struct filter filter = { .process = annotate_document, .state = &steps,
	    .finish = finish_steps };
	struct buffer rows = { 0 };
	struct model model;
	const char *model_path = NULL, *problem;
	int option, status, summarize = 0, tsv = 0;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1) {
		if (option == OPTION_DOUBLE_APOSTROPHES)
			steps.quotes.double_apostrophes = 1;
		else if (option == OPTION_MODEL)
			model_path = optarg;
		else if (option == OPTION_SUMMARIZE)
			summarize = 1;
		else if (option == OPTION_TSV)
			tsv = 1;
		else if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	}
	argc -= optind;
	argv += optind;
	if (tsv && !summarize)
		errx(2, "--tsv needs --summarize");
	if (tsv) {
		steps.fold = rows_write_document;
		steps.fold_state = &rows;
	} else if (summarize)
		steps.fold = summary_process_document;
	if ((problem = entities_load(&steps.entities, &model, model_path)) != NULL)
		errx(2, "%s", problem);
	if (tsv)
		rows_write_header();
	status = record_loop(&filter, &options, argv, argc);
	entities_free(&steps.entities);
	model_free(&model);
	buffer_free(&rows);
	return output_finish(status);
}
