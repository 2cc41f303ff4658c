/* inputs.c: opens input files by name up front; reports those that cannot be opened. */
#include <err.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "inputs.h"

/*
 * Opens one input.  NULL when it cannot be: reported and marked failed,
 * except when descriptors ran out while opening up front (to retry later).
 */
static FILE *
open_input(struct inputs *inputs, struct input *input)
{
	FILE *stream;

	if (strcmp(input->path, "-") == 0)
		return stdin;
	stream = fopen(input->path, "rb");
	if (stream != NULL || (!inputs->deferred && (errno == EMFILE || errno == ENFILE)))
		return stream;
	warn("%s", input->path);
	input->failed = 1;
	inputs->status = 1;
	return NULL;
}

void
inputs_open(struct inputs *inputs, char **files, int count)
{
	static char standard_input[] = "-";
	static char *only_stdin[] = { standard_input };
	size_t i;

	memset(inputs, 0, sizeof(*inputs));
	if (count == 0) {
		files = only_stdin;
		count = 1;
	}
	inputs->count = (size_t)count;
	inputs->items = ecalloc(inputs->count, sizeof(*inputs->items));
	inputs->deferred = inputs->count > INPUTS_OPEN_MAXIMUM;
	for (i = 0; i < inputs->count; i++) {
		inputs->items[i].path = files[i];
		inputs->items[i].name = strcmp(files[i], "-") == 0 ? "stdin" : files[i];
	}
	for (i = 0; i < inputs->count && !inputs->deferred; i++) {
		inputs->items[i].stream = open_input(inputs, &inputs->items[i]);
		if (inputs->items[i].stream == NULL && !inputs->items[i].failed)
			inputs->deferred = 1;	/* out of descriptors: the rest open when reached */
	}
}

FILE *
inputs_stream(struct inputs *inputs, size_t index)
{
	struct input *input = &inputs->items[index];

	if (input->stream == NULL && !input->failed && inputs->deferred)
		input->stream = open_input(inputs, input);
	return input->stream;
}

void
inputs_close(struct inputs *inputs, size_t index)
{
	struct input *input = &inputs->items[index];

	if (input->stream != NULL && input->stream != stdin)
		fclose(input->stream);
	input->stream = NULL;
}

void
inputs_free(struct inputs *inputs)
{
	size_t i;

	for (i = 0; i < inputs->count; i++)
		inputs_close(inputs, i);
	free(inputs->items);
	inputs->items = NULL;
	inputs->count = 0;
}
