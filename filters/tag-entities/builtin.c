/* builtin.c: the model image linked into tag-entities (model.bin through model-data.S). */
#include "model.h"

extern const char entities_model_data[];
extern const char entities_model_end[];

const char *
model_load_builtin(struct model *model)
{
	return model_open(model, entities_model_data,
	    (size_t)(entities_model_end - entities_model_data));
}
