/* render-html: reads annotated paragraph records and writes one self-contained HTML page. */
#include <getopt.h>

#include "buffer.h"
#include "cli.h"
#include "html.h"
#include "output.h"
#include "record.h"
#include "summary.h"

static const char synopsis[] = "usage: render-html [--max-record bytes] [--no-sandbox] [FILE ...]\n";

static const struct option long_options[] = {
	CLI_COMMON_OPTIONS,
	{ NULL, 0, NULL, 0 }
};

struct page {
	struct buffer	html;		/* what is still to be written */
	struct buffer	index;		/* the <li> of every document so far */
	size_t		documents;
};

/* Writes what html holds and empties it. */
static void
write_out(struct buffer *html)
{
	output_bytes(html->bytes, html->length);
	html->length = 0;
}

/* The record loop's step: writes the document's <article> and leaves no record. */
static void
render_document(struct document *document, void *state)
{
	struct page *page = state;
	json_t *summary = summary_build(document);

	page->documents++;
	html_document(&page->html, document, summary, page->documents);
	html_index_entry(&page->index, summary, page->documents);
	write_out(&page->html);
	json_decref(summary);
	document_clear(document);
}

int
main(int argc, char *argv[])
{
	struct loop_options options;
	struct page page = { 0 };
	struct filter filter = { .process = render_document, .state = &page };
	int option, status;

	cli_default_options(&options);
	while ((option = getopt_long(argc, argv, "h", long_options, NULL)) != -1)
		if (!cli_common_option(option, optarg, synopsis, &options))
			cli_usage(synopsis);
	argc -= optind;
	argv += optind;
	html_page_start(&page.html);
	status = record_loop(&filter, &options, argv, argc);
	html_page_end(&page.html, &page.index, page.documents);
	write_out(&page.html);
	buffer_free(&page.html);
	buffer_free(&page.index);
	return output_finish(status);
}
