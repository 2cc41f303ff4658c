/* fuzz_entities.c: tag-entities' state for its fuzz harness; reads the built-in model only. */
#include <err.h>

#include "entities.h"
#include "fuzz_steps.h"

void *
fuzz_entities_state(void)
{
	static struct entities_state state;
	static struct model model;
	static int loaded;
	const char *problem;

	if (!loaded && (problem = entities_load(&state, &model, NULL)) != NULL)
		errx(2, "%s", problem);
	loaded = 1;
	return &state;
}
