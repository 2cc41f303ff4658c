/* names.c: a per-document table of people keyed by surname; no I/O. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "names.h"

#define NOT_FOUND ((size_t)-1)

static uint64_t
hash_folded(const char *word, size_t length)
{
	uint64_t hash = 1469598103934665603ULL;
	unsigned char c;
	size_t i;

	for (i = 0; i < length; i++) {
		c = word[i];
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		hash = (hash ^ c) * 1099511628211ULL;
	}
	return hash;
}

static int
equal_folded(const char *key, const char *word, size_t length)
{
	size_t i;
	unsigned char a, b;

	for (i = 0; i < length; i++) {
		a = key[i];
		b = word[i];
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (a != b || a == '\0')
			return 0;
	}
	return key[length] == '\0';
}

/* The slot holding word, or the empty slot where it would go. */
static struct name_slot *
find_slot(const struct name_registry *registry, const char *word, size_t length)
{
	size_t mask = registry->slot_count - 1;
	size_t i = hash_folded(word, length) & mask;

	while (registry->slots[i].key != NULL && !equal_folded(registry->slots[i].key, word, length))
		i = (i + 1) & mask;
	return &registry->slots[i];
}

static void
grow_slots(struct name_registry *registry)
{
	struct name_slot *old = registry->slots, *slot;
	size_t old_count = registry->slot_count, i;

	registry->slot_count = old_count == 0 ? 64 : old_count * 2;
	registry->slots = ecalloc(registry->slot_count, sizeof(*registry->slots));
	for (i = 0; i < old_count; i++) {
		if (old[i].key == NULL)
			continue;
		slot = find_slot(registry, old[i].key, strlen(old[i].key));
		*slot = old[i];
	}
	free(old);
}

static char *
join_words(const char *const *words, const size_t *lengths, size_t count)
{
	size_t i, total = 0;
	char *name, *out;

	for (i = 0; i < count; i++)
		total += lengths[i] + 1;
	out = name = emalloc(total + 1);
	for (i = 0; i < count; i++) {
		if (i > 0)
			*out++ = ' ';
		memcpy(out, words[i], lengths[i]);
		out += lengths[i];
	}
	*out = '\0';
	return name;
}

size_t
names_find(const struct name_registry *registry, const char *word, size_t length)
{
	const struct name_slot *slot;

	if (registry->slot_count == 0)
		return NOT_FOUND;
	slot = find_slot(registry, word, length);
	return slot->key == NULL ? NOT_FOUND : slot->person;
}

size_t
names_add(struct name_registry *registry, const char *const *words, const size_t *lengths,
    size_t count, const char *role)
{
	struct name_slot *slot;
	struct person *person;
	size_t i, index;
	char *key;

	if (count == 0)
		return NOT_FOUND;
	if ((registry->used + 1) * 2 > registry->slot_count)
		grow_slots(registry);
	slot = find_slot(registry, words[count - 1], lengths[count - 1]);
	if (slot->key != NULL) {
		person = &registry->people[slot->person];
		if (count > person->words) {
			free(person->name);
			person->name = join_words(words, lengths, count);
			person->words = count;
		}
		if (role != NULL)
			person->role = role;
		return slot->person;
	}
	egrow(&registry->people, &registry->capacity, registry->count + 1,
	    sizeof(*registry->people));
	index = registry->count++;
	person = &registry->people[index];
	person->name = join_words(words, lengths, count);
	person->words = count;
	person->role = role;
	person->last_spoke = 0;
	key = estrndup(words[count - 1], lengths[count - 1]);
	for (i = 0; key[i] != '\0'; i++)
		if (key[i] >= 'A' && key[i] <= 'Z')
			key[i] += 'a' - 'A';
	slot->key = key;
	slot->person = index;
	registry->used++;
	return index;
}

void
names_clear(struct name_registry *registry)
{
	size_t i;

	for (i = 0; i < registry->count; i++)
		free(registry->people[i].name);
	registry->count = 0;
	for (i = 0; i < registry->slot_count && registry->used > 0; i++) {
		if (registry->slots[i].key == NULL)
			continue;
		free(registry->slots[i].key);
		registry->slots[i].key = NULL;
		registry->used--;
	}
	if (registry->slot_count > 4096) {	/* a huge document: start small again */
		free(registry->slots);
		registry->slots = NULL;
		registry->slot_count = 0;
	}
}

void
names_free(struct name_registry *registry)
{
	names_clear(registry);
	free(registry->people);
	free(registry->slots);
	memset(registry, 0, sizeof(*registry));
}
