/* names.h: the people a document names, so that "Ruiz" and "the minister" find "Ana Ruiz". */
#ifndef NEWSPIPE_NAMES_H
#define NEWSPIPE_NAMES_H

#include <stddef.h>

struct person {
	char		*name;		/* the fullest name seen, words joined by one space */
	size_t		 words;
	const char	*role;		/* a role noun from the lexicon ("minister"), or NULL */
	size_t		 last_spoke;	/* 1 + the order of its latest attributed quote; 0: never */
};

struct name_slot {
	char		*key;		/* the surname, folded to lower case */
	size_t		 person;	/* index into people */
};

/* The people of one document, found by surname. */
struct name_registry {
	struct person		*people;
	size_t			 count;
	size_t			 capacity;
	struct name_slot	*slots;		/* open addressing; a power of two */
	size_t			 slot_count;
	size_t			 used;
};

/*
 * Records a name of words (an array of count words of given lengths, not
 * NUL-terminated) and returns its person's index: the person sharing its
 * last word when there is one (who keeps the fuller of the two names),
 * else a new person.  role may be NULL.
 */
size_t	names_add(struct name_registry *registry, const char *const *words,
	    const size_t *lengths, size_t count, const char *role);

/* The person whose surname is word, or (size_t)-1. */
size_t	names_find(const struct name_registry *registry, const char *word, size_t length);

/* Forgets every person (between documents); keeps the memory. */
void	names_clear(struct name_registry *registry);

void	names_free(struct name_registry *registry);

#endif
