/* canonical.c: picks one canonical name per entity mention of a document; no I/O. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "canonical.h"
#include "hash.h"

/* Well-known aliases: the key is lower case, periods dropped, single spaces. */
static const struct alias {
	const char	*key;
	const char	*name;
} aliases[] = {
	{ "us", "United States" }, { "usa", "United States" },
	{ "united states", "United States" }, { "united states of america", "United States" },
	{ "america", "United States" },
	{ "uk", "United Kingdom" }, { "britain", "United Kingdom" },
	{ "great britain", "United Kingdom" }, { "united kingdom", "United Kingdom" },
	{ "eu", "European Union" }, { "european union", "European Union" },
	{ "un", "United Nations" }, { "united nations", "United Nations" },
	{ "ussr", "Soviet Union" }, { "soviet union", "Soviet Union" },
	{ "uae", "United Arab Emirates" }, { "united arab emirates", "United Arab Emirates" },
	{ "nato", "NATO" }, { "north atlantic treaty organization", "NATO" },
	{ "imf", "International Monetary Fund" },
	{ "international monetary fund", "International Monetary Fund" },
	{ "prc", "China" }, { "people's republic of china", "China" }, { "china", "China" },
	{ "drc", "Democratic Republic of the Congo" },
	{ "fifa", "FIFA" }, { "uefa", "UEFA" }, { "opec", "OPEC" },
	{ "who", "World Health Organization" },
	{ "world health organization", "World Health Organization" },
	{ "wto", "World Trade Organization" }, { "world trade organization", "World Trade Organization" },
	{ "fbi", "FBI" }, { "cia", "CIA" }, { "nasa", "NASA" },
	{ "fed", "Federal Reserve" }, { "federal reserve", "Federal Reserve" },
	{ "ny", "New York" }, { "nyc", "New York" }, { "new york city", "New York" },
	{ "la", "Los Angeles" }, { "holland", "Netherlands" }, { "the netherlands", "Netherlands" },
	{ "netherlands", "Netherlands" }, { "russian federation", "Russia" }, { "russia", "Russia" },
};

/* A table from string hashes to mention indexes (open addressing). */
struct index {
	uint64_t	*keys;
	size_t		*values;
	size_t		 capacity;
};

/* A key for the index: never 0, which marks an empty slot. */
static uint64_t
hash_string(const char *s, size_t length)
{
	return hash_fnv1a(s, length) | 1;
}

static void
index_init(struct index *index, size_t count)
{
	index->capacity = 16;
	while (index->capacity < 2 * count + 2)
		index->capacity *= 2;
	index->keys = ecalloc(index->capacity, sizeof(*index->keys));
	index->values = ecalloc(index->capacity, sizeof(*index->values));
}

static void
index_free(struct index *index)
{
	free(index->keys);
	free(index->values);
}

/* The slot of key: where it is, or the empty one where it would go. */
static size_t
index_slot(const struct index *index, uint64_t key)
{
	size_t mask = index->capacity - 1, slot;

	for (slot = key & mask; index->keys[slot] != 0 && index->keys[slot] != key;
	    slot = (slot + 1) & mask)
		;
	return slot;
}

static void
index_put(struct index *index, uint64_t key, size_t value, int replace)
{
	size_t slot = index_slot(index, key);

	if (index->keys[slot] != 0 && !replace)
		return;
	index->keys[slot] = key;
	index->values[slot] = value;
}

static int
index_get(const struct index *index, uint64_t key, size_t *value)
{
	size_t slot = index_slot(index, key);

	if (index->keys[slot] == 0)
		return 0;
	*value = index->values[slot];
	return 1;
}

static int
is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* The text with white space runs made one space, trimmed; a new string. */
static char *
squeeze(const char *text, size_t length)
{
	char *out = emalloc(length + 1);
	size_t i, n = 0;

	for (i = 0; i < length; i++) {
		if (is_space(text[i]) || text[i] == '\0') {
			if (n > 0 && out[n - 1] != ' ')
				out[n++] = ' ';
			continue;
		}
		out[n++] = text[i];
	}
	while (n > 0 && out[n - 1] == ' ')
		n--;
	out[n] = '\0';
	return out;
}

/* Writes the lower case of s (ASCII letters) into out, dropping periods if asked; returns its length. */
static size_t
fold(const char *s, char *out, int drop_periods)
{
	size_t n = 0;

	for (; *s != '\0'; s++) {
		if (drop_periods && *s == '.')
			continue;
		out[n++] = (*s >= 'A' && *s <= 'Z') ? (char)(*s | 0x20) : *s;
	}
	out[n] = '\0';
	return n;
}

static const char *
find_alias(const char *key)
{
	size_t i;

	for (i = 0; i < sizeof(aliases) / sizeof(aliases[0]); i++)
		if (strcmp(aliases[i].key, key) == 0)
			return aliases[i].name;
	return NULL;
}

static int
has_lower(const char *s)
{
	for (; *s != '\0'; s++)
		if (*s >= 'a' && *s <= 'z')
			return 1;
	return 0;
}

/* The last word of s (after its last space). */
static const char *
last_word(const char *s)
{
	const char *space = strrchr(s, ' ');

	return space != NULL ? space + 1 : s;
}

/* Whether folded name ends with the words of folded part (a whole-word suffix, shorter). */
static int
ends_with_words(const char *name, size_t name_length, const char *part, size_t part_length)
{
	return part_length < name_length &&
	    memcmp(name + name_length - part_length, part, part_length) == 0 &&
	    name[name_length - part_length - 1] == ' ';
}

/* For each person mention, the full name it shortens, as a mention index; -1 when none. */
static void
link_people(struct mention *mentions, size_t count, char **folded, size_t *resolved)
{
	struct index earlier, first;
	size_t i, candidate, length;
	const char *word;

	index_init(&earlier, count);
	index_init(&first, count);
	for (i = 0; i < count; i++)
		if (mentions[i].type == 0 && strchr(folded[i], ' ') != NULL) {
			word = last_word(folded[i]);
			index_put(&first, hash_string(word, strlen(word)), i, 0);
		}
	for (i = 0; i < count; i++) {
		resolved[i] = SIZE_MAX;
		if (mentions[i].type != 0)
			continue;
		word = last_word(folded[i]);
		length = strlen(folded[i]);
		if ((index_get(&earlier, hash_string(word, strlen(word)), &candidate) ||
		    index_get(&first, hash_string(word, strlen(word)), &candidate)) &&
		    ends_with_words(folded[candidate], strlen(folded[candidate]), folded[i], length))
			resolved[i] = candidate;
		if (strchr(folded[i], ' ') != NULL)
			index_put(&earlier, hash_string(word, strlen(word)), i, 1);
	}
	index_free(&earlier);
	index_free(&first);
}

void
canonical_resolve(struct mention *mentions, size_t count)
{
	struct index mixed;
	char **folded = ecalloc(count + 1, sizeof(*folded)), *key;
	size_t *resolved = ecalloc(count + 1, sizeof(*resolved)), i, j, length;
	const char *alias;

	index_init(&mixed, count);
	for (i = 0; i < count; i++) {
		mentions[i].canonical = squeeze(mentions[i].text, mentions[i].length);
		length = strlen(mentions[i].canonical);
		folded[i] = emalloc(length + 1);
		fold(mentions[i].canonical, folded[i], 0);
		if (has_lower(mentions[i].canonical))
			index_put(&mixed, hash_string(folded[i], length) ^ (uint64_t)mentions[i].type << 1,
			    i, 0);
	}
	link_people(mentions, count, folded, resolved);
	for (i = 0; i < count; i++) {
		if ((j = resolved[i]) != SIZE_MAX) {
			free(mentions[i].canonical);
			mentions[i].canonical = squeeze(mentions[j].text, mentions[j].length);
		}
		key = emalloc(strlen(mentions[i].canonical) + 1);
		fold(mentions[i].canonical, key, 1);
		if (mentions[i].type != 0 && (alias = find_alias(key)) != NULL) {
			free(mentions[i].canonical);
			mentions[i].canonical = estrdup(alias);
		} else if (!has_lower(mentions[i].canonical) &&
		    index_get(&mixed, hash_string(folded[i], strlen(folded[i])) ^
		    (uint64_t)mentions[i].type << 1, &j)) {
			free(mentions[i].canonical);
			mentions[i].canonical = squeeze(mentions[j].text, mentions[j].length);
		}
		free(key);
	}
	for (i = 0; i < count; i++)
		free(folded[i]);
	free(folded);
	free(resolved);
	index_free(&mixed);
}

void
canonical_free(struct mention *mentions, size_t count)
{
	size_t i;

	for (i = 0; i < count; i++) {
		free(mentions[i].canonical);
		mentions[i].canonical = NULL;
	}
}
