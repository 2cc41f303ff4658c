/* hash.h: the FNV-1a string hashes: 64-bit (tag-entities' features) and 32-bit (word tables). */
#ifndef NEWSPIPE_HASH_H
#define NEWSPIPE_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_FNV1A_OFFSET	0xCBF29CE484222325ULL

/* The FNV-1a hash of a string hash is the hash of, with byte appended. */
static inline uint64_t
hash_fnv1a_step(uint64_t hash, char byte)
{
	return (hash ^ (unsigned char)byte) * 0x100000001B3ULL;
}

/* FNV-1a of s[0, length); NULs allowed.  Feature hashes build on it: changing it needs a new model. */
static inline uint64_t
hash_fnv1a(const char *s, size_t length)
{
	uint64_t hash = HASH_FNV1A_OFFSET;
	size_t i;

	for (i = 0; i < length; i++)
		hash = hash_fnv1a_step(hash, s[i]);
	return hash;
}

/* The 32-bit FNV-1a hash of s[0, length), for the filters' word tables; NULs allowed. */
static inline uint32_t
hash_fnv1a_32(const char *s, size_t length)
{
	uint32_t hash = 2166136261u;
	size_t i;

	for (i = 0; i < length; i++)
		hash = (hash ^ (unsigned char)s[i]) * 16777619u;
	return hash;
}

#endif
