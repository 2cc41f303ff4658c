/* fuzz.h: what the fuzz harnesses share: the libFuzzer entry point and the setup of stdout. */
#ifndef NEWSPIPE_FUZZ_H
#define NEWSPIPE_FUZZ_H

#include <stddef.h>
#include <stdint.h>

/* Runs one input through the harness; always returns 0 (libFuzzer's contract). */
int	LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Sends stdout to /dev/null: harnesses run the real output code, not to a terminal. */
int	LLVMFuzzerInitialize(int *argc, char ***argv);

#endif
