/* hash.h: the 64-bit FNV-1a string hash tag-entities keys words and names by. */
#ifndef NEWSPIPE_HASH_H
#define NEWSPIPE_HASH_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a of s[0, length); NULs allowed.  Feature hashes build on it: changing it needs a new model. */
static inline uint64_t
hash_fnv1a(const char *s, size_t length)
{
	uint64_t hash = 0xCBF29CE484222325ULL;
	size_t i;

	for (i = 0; i < length; i++)
		hash = (hash ^ (unsigned char)s[i]) * 0x100000001B3ULL;
	return hash;
}

#endif
