/* canonical.h: one name per entity within a document ("Ruiz" -> "Ana Ruiz", "U.S." -> "United States"). */
#ifndef NEWSPIPE_CANONICAL_H
#define NEWSPIPE_CANONICAL_H

#include <stddef.h>

/* One entity mention of a document, in document order. */
struct mention {
	const char	*text;		/* its bytes, borrowed */
	size_t		 length;
	int		 type;		/* 0 PERSON, 1 ORG, 2 LOC, 3 MISC */
	char		*canonical;	/* set by canonical_resolve; NUL-terminated */
};

/*
 * Gives every mention its canonical name: a well-known alias's name ("US",
 * "U.S.", "United States" are "United States"); for a person named by part
 * of a longer name elsewhere in the document, that full name (the nearest
 * earlier one, else the first later one; case is ignored); for a name in
 * capitals, the same name as written in mixed case elsewhere; else the
 * mention with its white space runs made single spaces.  Linear in the
 * mentions (hash tables).  Free the names with canonical_free.
 */
void	canonical_resolve(struct mention *mentions, size_t count);

void	canonical_free(struct mention *mentions, size_t count);

#endif
