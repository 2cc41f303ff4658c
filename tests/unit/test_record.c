/* test_record.c: claims about the record loop of common/record.c, run on temporary files. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "lines.h"
#include "record.h"

/* What one run of the loop did. */
struct run {
	char	 input[64];	/* the input file's name */
	char	*out;		/* stdout, NUL-terminated */
	char	*err;		/* stderr, NUL-terminated */
	int	 status;
};

/* Writes text to a new temporary file and puts its name in name (64 bytes). */
static void
temporary_file(char *name, const char *text, size_t length)
{
	int descriptor;

	strcpy(name, "/tmp/test_record.XXXXXX");
	descriptor = mkstemp(name);
	cr_assert_neq(descriptor, -1);
	cr_assert_eq(write(descriptor, text, length), (ssize_t)length);
	close(descriptor);
}

static char *
slurp(const char *name)
{
	FILE *stream = fopen(name, "r");
	size_t length;
	char *text;

	cr_assert_not_null(stream);
	text = read_whole_stream(stream, 1 << 20, &length);
	fclose(stream);
	return text;
}

/*
 * Runs filter over input (maximum bytes a line, 0 for the default) with
 * stdout and stderr sent to files, then reads them back.  Criterion runs
 * each test in a process of its own, so the redirection ends with it.
 */
static void
run_loop(const struct filter *filter, const char *input, size_t maximum, struct run *run)
{
	struct loop_options options = { maximum != 0 ? maximum : RECORD_MAXIMUM_DEFAULT };
	char out[64], err[64];
	char *files[1];

	temporary_file(run->input, input, strlen(input));
	temporary_file(out, "", 0);
	temporary_file(err, "", 0);
	cr_assert_not_null(freopen(out, "w", stdout));
	cr_assert_not_null(freopen(err, "w", stderr));
	files[0] = run->input;
	run->status = record_loop(filter, &options, files, 1);
	fflush(stdout);
	fflush(stderr);
	run->out = slurp(out);
	run->err = slurp(err);
	unlink(out);
	unlink(err);
	unlink(run->input);
}

static void
free_run(struct run *run)
{
	free(run->out);
	free(run->err);
}

/* The message the loop gives for line of the run's input. */
static void
expect_message(const struct run *run, unsigned long line, const char *message)
{
	char want[512];

	snprintf(want, sizeof(want), "%s: %s:%lu: %s\n", getprogname(), run->input, line, message);
	cr_expect(strstr(run->err, want) != NULL, "stderr \"%s\" lacks \"%s\"", run->err, want);
}

static void
leave_alone(struct document *document, void *state)
{
	(void)document;
	(void)state;
}

/* Records the size of each document it is given, in a string like "2 1 1 ". */
static void
note_sizes(struct document *document, void *state)
{
	char *sizes = state;

	snprintf(sizes + strlen(sizes), 8, "%zu ", document->count);
}

/* Adds "length" (of the text in code points' stead: bytes will do here) to each record. */
static void
add_length(struct document *document, void *state)
{
	const char *text;
	size_t i, length;

	(void)state;
	for (i = 0; i < document->count; i++) {
		text = document_text(document, i, &length);
		if (text == NULL)
			continue;
		json_object_set_new(document->records[i], "length", json_integer((json_int_t)length));
	}
}

static void
count_finish(void *state)
{
	(*(int *)state)++;
}

Test(record, line_that_is_not_an_object_is_reported_and_skipped)
{
	struct filter filter = { .process = leave_alone };
	struct run run;

	run_loop(&filter, "[1, 2]\n{\"doc\": \"a\"}\n\"text\"\n{\"doc\": \"b\"}\n", 0, &run);
	cr_expect_str_eq(run.out, "{\"doc\":\"a\"}\n{\"doc\":\"b\"}\n");
	expect_message(&run, 1, "not a JSON object");
	expect_message(&run, 3, "not a JSON object");
	cr_expect_eq(run.status, 1);
	free_run(&run);
}

Test(record, line_that_is_not_json_is_reported_with_the_parsers_reason)
{
	struct filter filter = { .process = leave_alone };
	struct run run;

	run_loop(&filter, "{\"doc\": \"a\",}\n{\"doc\": 1} {\"doc\": 2}\n{\"doc\": \"c\"}\n", 0, &run);
	cr_expect_str_eq(run.out, "{\"doc\":\"c\"}\n");
	cr_expect(strstr(run.err, ":1: ") != NULL, "stderr: %s", run.err);
	expect_message(&run, 2, "more than one JSON value on the line");
	cr_expect_eq(run.status, 1);
	free_run(&run);
}

/* An input that is all good, and what the filter should make of it. */
struct clean_case {
	void		(*process)(struct document *, void *);
	const char	*input;
	const char	*output;
};

Test(record, good_records_pass_through_with_their_keys_in_order)
{
	static const struct clean_case cases[] = {
		/* blank lines, blank space around objects and CRs are ignored */
		{ leave_alone, "\n  {\"doc\": \"a\"}  \r\n\t\n{\"doc\": \"a\"}",
		  "{\"doc\":\"a\"}\n{\"doc\":\"a\"}\n" },
		/* other keys keep their order; the filter's key comes last */
		{ add_length,
		  "{\"zeta\": 1, \"doc\": \"a\", \"text\": \"caf\\u00e9\", \"alpha\": [1, {\"y\": 2, \"x\": null}], \"t\": 1.5}\n",
		  "{\"zeta\":1,\"doc\":\"a\",\"text\":\"café\",\"alpha\":[1,{\"y\":2,\"x\":null}],\"t\":1.5,\"length\":5}\n" },
		/* running a filter on its own output changes nothing: its key is replaced in place */
		{ add_length, "{\"doc\": \"a\", \"text\": \"x\", \"length\": 99, \"after\": 0}\n",
		  "{\"doc\":\"a\",\"text\":\"x\",\"length\":1,\"after\":0}\n" },
		/* a NUL inside text survives */
		{ add_length, "{\"doc\": \"a\", \"text\": \"a\\u0000b\"}\n",
		  "{\"doc\":\"a\",\"text\":\"a\\u0000b\",\"length\":3}\n" },
	};
	struct run run;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct filter filter = { .process = cases[i].process };

		run_loop(&filter, cases[i].input, 0, &run);
		cr_expect_str_eq(run.out, cases[i].output, "case %zu", i);
		cr_expect_str_eq(run.err, "", "case %zu", i);
		cr_expect_eq(run.status, 0, "case %zu", i);
		free_run(&run);
	}
}

Test(record, consecutive_records_of_one_doc_are_one_document)
{
	char sizes[64] = "";
	struct filter filter = { .process = note_sizes, .state = sizes };
	struct run run;

	run_loop(&filter,
	    "{\"doc\": \"a\", \"para\": 0}\n{\"doc\": \"a\", \"para\": 1}\n"
	    "{\"doc\": \"b\", \"para\": 0}\n"
	    "{\"doc\": \"a\", \"para\": 0}\n"
	    "{\"para\": 0}\n{\"para\": 1}\n"
	    "{\"doc\": 7}\n{\"doc\": 7}\n", 0, &run);
	/* a returning "a" is a new document; a record without "doc" is one of its own */
	cr_expect_str_eq(sizes, "2 1 1 1 1 2 ");
	cr_expect_eq(run.status, 0);
	free_run(&run);
}

Test(record, record_without_text_is_passed_through_unchanged_with_a_warning)
{
	struct filter filter = { .process = add_length };
	struct run run;

	run_loop(&filter, "{\"doc\": \"a\", \"para\": 0}\n{\"doc\": \"a\", \"text\": 3}\n"
	    "{\"doc\": \"a\", \"text\": \"ok\"}\n", 0, &run);
	cr_expect_str_eq(run.out, "{\"doc\":\"a\",\"para\":0}\n{\"doc\":\"a\",\"text\":3}\n"
	    "{\"doc\":\"a\",\"text\":\"ok\",\"length\":2}\n");
	expect_message(&run, 1, "record has no \"text\"; passed through");
	expect_message(&run, 2, "\"text\" is not a string; passed through");
	cr_expect_eq(run.status, 1);
	free_run(&run);
}

Test(record, line_longer_than_the_maximum_is_reported_and_skipped)
{
	struct filter filter = { .process = leave_alone };
	struct run run;
	char *input = malloc(3000);

	strcpy(input, "{\"doc\": \"a\"}\n{\"doc\": \"");
	memset(input + strlen(input), 'x', 2000);
	strcpy(input + 22 + 2000, "\"}\n{\"doc\": \"b\"}\n");
	run_loop(&filter, input, 1024, &run);
	cr_expect_str_eq(run.out, "{\"doc\":\"a\"}\n{\"doc\":\"b\"}\n");
	expect_message(&run, 2, "record longer than 1024 bytes skipped (see --max-record)");
	cr_expect_eq(run.status, 1);
	free_run(&run);
	free(input);
}

Test(record, finish_is_called_once_at_the_end)
{
	int calls = 0;
	struct filter filter = { .process = leave_alone, .finish = count_finish, .state = &calls };
	struct run run;

	run_loop(&filter, "{\"doc\": \"a\"}\n{\"doc\": \"b\"}\n", 0, &run);
	cr_expect_eq(calls, 1);
	free_run(&run);
}

Test(record, unreadable_file_is_reported_and_the_others_still_run)
{
	struct filter filter = { .process = leave_alone };
	struct loop_options options = { RECORD_MAXIMUM_DEFAULT };
	char good[64], out[64], missing[] = "/nonexistent/newspipe-input";
	char *files[2] = { missing, good };
	char *written;
	int status;

	temporary_file(good, "{\"doc\": \"a\"}\n", 13);
	temporary_file(out, "", 0);
	cr_assert_not_null(freopen(out, "w", stdout));
	cr_assert_not_null(freopen("/dev/null", "w", stderr));
	status = record_loop(&filter, &options, files, 2);
	fflush(stdout);
	written = slurp(out);
	cr_expect_str_eq(written, "{\"doc\":\"a\"}\n");
	cr_expect_eq(status, 1);
	free(written);
	unlink(good);
	unlink(out);
}
