/* test_inputs.c: claims about opening the input files up front. */
#include <stdio.h>
#include <stdlib.h>

#include <string.h>
#include <unistd.h>

#include <criterion/criterion.h>

#include "inputs.h"

Test(inputs, opens_all_up_front_and_reports_a_missing_one_once)
{
	FILE *messages = tmpfile();
	char text[256] = "";
	static char present[] = "/dev/null", missing[] = "/no/such/file", standard[] = "-";
	char *files[] = { present, missing, standard };
	struct inputs inputs;

	cr_assert_neq(dup2(fileno(messages), STDERR_FILENO), -1);
	inputs_open(&inputs, files, 3);
	cr_assert_eq(inputs.count, 3);
	cr_assert_not(inputs.deferred);
	cr_assert_not_null(inputs.items[0].stream);
	cr_assert_null(inputs.items[1].stream);
	cr_assert(inputs.items[1].failed);
	cr_assert_eq(inputs.items[2].stream, stdin);
	cr_assert_str_eq(inputs.items[2].name, "stdin");
	cr_assert_null(inputs_stream(&inputs, 1), "no second try");
	cr_assert_eq(inputs.status, 1);
	inputs_free(&inputs);
	fflush(stderr);
	rewind(messages);
	cr_assert_gt(fread(text, 1, sizeof(text) - 1, messages), 0);
	cr_assert_not_null(strstr(text, ": /no/such/file: No such file or directory\n"), "%s", text);
	cr_assert_eq(strchr(text, '\n')[1], '\0', "one message only: %s", text);
}

Test(inputs, reads_stdin_when_no_file_is_named)
{
	struct inputs inputs;

	inputs_open(&inputs, NULL, 0);
	cr_assert_eq(inputs.count, 1);
	cr_assert_eq(inputs_stream(&inputs, 0), stdin);
	inputs_free(&inputs);
}

Test(inputs, opens_files_one_at_a_time_past_the_maximum)
{
	static char null_device[] = "/dev/null";
	char *files[INPUTS_OPEN_MAXIMUM + 1];
	struct inputs inputs;
	size_t i;

	for (i = 0; i < INPUTS_OPEN_MAXIMUM + 1; i++)
		files[i] = null_device;
	inputs_open(&inputs, files, INPUTS_OPEN_MAXIMUM + 1);
	cr_assert(inputs.deferred);
	cr_assert_null(inputs.items[0].stream);
	for (i = 0; i < inputs.count; i++) {
		cr_assert_not_null(inputs_stream(&inputs, i));
		inputs_close(&inputs, i);
	}
	inputs_free(&inputs);
}
