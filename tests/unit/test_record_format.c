/* test_record_format.c: claims about bad input in the record loop (record_format_problem, document_text, record_loop_stream). */
#include <stdio.h>
#include <string.h>

#include <unistd.h>

#include <criterion/criterion.h>

#include "record.h"

/* Sends descriptor (1 or 2) to a new temporary file, returned. */
static FILE *
capture(int descriptor)
{
	FILE *file = tmpfile();

	cr_assert_not_null(file);
	cr_assert_neq(dup2(fileno(file), descriptor), -1);
	return file;
}

/* What stream (stdout or stderr, sent to file) wrote so far, in a static buffer. */
static const char *
captured(FILE *stream, FILE *file)
{
	static char text[8192];
	size_t length;

	fflush(stream);
	rewind(file);
	length = fread(text, 1, sizeof(text) - 1, file);
	text[length] = '\0';
	return text;
}

struct format_case {
	const char	*record;
	const char	*problem;	/* NULL: a paragraph record */
};

Test(record_format, names_the_first_key_of_the_wrong_type)
{
	static const struct format_case cases[] = {
		{ "{\"text\": \"a\"}", NULL },
		{ "{\"doc\": 5, \"para\": 0, \"start\": 0, \"end\": 1, \"text\": \"a\", \"meta\": {}}", NULL },
		{ "{\"text\": \"a\", \"quotes\": [], \"entities\": [{}], \"figures\": []}", NULL },
		{ "{}", "record has no \"text\"" },
		{ "{\"text\": null}", "\"text\" is not a string" },
		{ "{\"text\": \"a\", \"para\": 1.5}", "\"para\" is not a non-negative integer" },
		{ "{\"text\": \"a\", \"start\": \"0\"}", "\"start\" is not a non-negative integer" },
		{ "{\"text\": \"a\", \"end\": -1}", "\"end\" is not a non-negative integer" },
		{ "{\"text\": \"a\", \"quotes\": {}}", "\"quotes\" is not an array of objects" },
		{ "{\"text\": \"a\", \"entities\": 5}", "\"entities\" is not an array of objects" },
		{ "{\"text\": \"a\", \"figures\": [{}, 1]}", "\"figures\" is not an array of objects" },
		{ "{\"text\": \"a\", \"meta\": []}", "\"meta\" is not an object" },
	};
	size_t i;
	json_t *record;
	const char *problem;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		record = json_loads(cases[i].record, 0, NULL);
		cr_assert_not_null(record, "case %zu does not parse", i);
		problem = record_format_problem(record);
		if (cases[i].problem == NULL)
			cr_expect_null(problem, "%s: %s", cases[i].record, problem);
		else
			cr_expect(problem != NULL && strcmp(problem, cases[i].problem) == 0,
			    "%s: got %s", cases[i].record, problem ? problem : "NULL");
		json_decref(record);
	}
}

/* Marks each record it may annotate with "seen"; counts calls. */
static void
mark_seen(struct document *document, void *state)
{
	size_t i, length;

	++*(int *)state;
	for (i = 0; i < document->count; i++)
		if (document_text(document, i, &length) != NULL)
			json_object_set_new(document->records[i], "seen", json_true());
}

static int
run_loop(const char *input, int *calls)
{
	struct loop_options options = { .maximum_record = 1024 };
	struct filter filter = { .process = mark_seen, .state = calls };
	FILE *stream = fmemopen((void *)input, strlen(input), "rb");
	int status;

	cr_assert_not_null(stream);
	status = record_loop_stream(&filter, &options, stream, "in");
	fclose(stream);
	return status;
}

Test(record_loop, skips_bad_lines_passes_malformed_records_through_and_says_where)
{
	FILE *output = capture(STDOUT_FILENO), *messages = capture(STDERR_FILENO);
	int calls = 0;
	int status = run_loop("{\"doc\":\"a\",\"text\":\"one\"}\n"
	    "not json\n"
	    "{\"doc\":\"a\",\"start\":\"x\",\"text\":\"two\"}\r\n"
	    "[1]\n"
	    "\n"
	    "{\"doc\":\"a\",\"text\":\"three\"}", &calls);

	cr_assert_eq(status, 1);
	cr_assert_eq(calls, 1, "one document, one call");
	cr_assert_str_eq(captured(stdout, output),
	    "{\"doc\":\"a\",\"text\":\"one\",\"seen\":true}\n"
	    "{\"doc\":\"a\",\"start\":\"x\",\"text\":\"two\"}\n"
	    "{\"doc\":\"a\",\"text\":\"three\",\"seen\":true}\n");
	cr_assert_not_null(strstr(captured(stderr, messages), ": in:2: invalid token near 'not'\n"));
	cr_assert_not_null(strstr(captured(stderr, messages),
	    ": in:3: \"start\" is not a non-negative integer; passed through\n"));
	cr_assert_not_null(strstr(captured(stderr, messages), ": in:4: not a JSON object\n"));
}

Test(record_loop, replaces_control_bytes_in_messages_so_each_stays_one_line)
{
	FILE *messages = capture(STDERR_FILENO);
	int calls = 0;
	const char *text;

	cr_assert_eq(run_loop("\x01\x1b[31m\r{\n", &calls), 1);
	text = captured(stderr, messages);
	cr_assert_eq(strchr(text, '\n')[1], '\0', "one line: %s", text);
	cr_assert_null(strchr(text, '\x1b'), "%s", text);
}

Test(record_loop, stops_reporting_after_the_per_file_limit_but_counts_lines_and_records)
{
	FILE *messages = capture(STDERR_FILENO);
	static char input[RECORD_MESSAGES_PER_FILE * 10 + 100];
	const char *text, *last;
	int calls = 0, i, lines = 0;

	for (i = 0; i < RECORD_MESSAGES_PER_FILE + 5; i++)
		strcat(input, "bad\n{}\n");	/* a line skipped, a record passed through */
	cr_assert_eq(run_loop(input, &calls), 1);
	text = captured(stderr, messages);
	for (last = text; strchr(last, '\n') != NULL && strchr(last, '\n')[1] != '\0'; lines++)
		last = strchr(last, '\n') + 1;
	cr_assert_eq(lines + 1, RECORD_MESSAGES_PER_FILE + 1);
	cr_assert_not_null(strstr(last, ": in: 30 more problems not reported\n"), "%s", last);
}
