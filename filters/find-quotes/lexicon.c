/* lexicon.c: the word lists of find-quotes and their lookup; no I/O. */
/*
 * To extend: add a line to the table that fits.  A speech verb goes into
 * cue_verbs with all its forms on one line; any other word goes into words
 * with its classes (see lexicon.h).  Order does not matter: the tables are
 * merged and hashed once, on first use, and a word listed twice gets the
 * classes of both lines.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "hash.h"
#include "lexicon.h"

#define CUE	(LEXICON_CUE)
#define SPEECH	(LEXICON_CUE | LEXICON_INDIRECT)

/* Speech verbs: every form, separated by spaces, and whether they report speech without marks. */
static const struct {
	const char	*forms;
	unsigned	 classes;
} cue_verbs[] = {
	{ "say says said saying", SPEECH },
	{ "tell tells told telling", SPEECH },
	{ "add adds added adding", SPEECH },
	{ "note notes noted noting", SPEECH },
	{ "stress stresses stressed stressing", SPEECH },
	{ "warn warns warned warning", SPEECH },
	{ "insist insists insisted insisting", SPEECH },
	{ "write writes wrote writing", SPEECH },
	{ "tweet tweets tweeted tweeting", SPEECH },
	{ "posted", CUE },
	{ "answer answers answered answering", CUE },
	{ "proclaim proclaims proclaimed proclaiming", SPEECH },
	{ "sing sings sang singing", CUE },
	{ "blog blogs blogged blogging", CUE },
	{ "ask asks asked asking", CUE },
	{ "reply replies replied replying", SPEECH },
	{ "respond responds responded responding", SPEECH },
	{ "explain explains explained explaining", SPEECH },
	{ "argue argues argued arguing", SPEECH },
	{ "claim claims claimed claiming", SPEECH },
	{ "declare declares declared declaring", SPEECH },
	{ "announce announces announced announcing", SPEECH },
	{ "continued", CUE },
	{ "recall recalls recalled recalling", SPEECH },
	{ "remarked remarking", SPEECH },
	{ "observe observes observed observing", SPEECH },
	{ "acknowledge acknowledges acknowledged acknowledging", SPEECH },
	{ "admit admits admitted admitting", SPEECH },
	{ "concede concedes conceded conceding", SPEECH },
	{ "suggest suggests suggested suggesting", SPEECH },
	{ "stated", SPEECH },
	{ "commented commenting", CUE },
	{ "joke jokes joked joking", SPEECH },
	{ "quip quips quipped quipping", CUE },
	{ "shout shouts shouted shouting", CUE },
	{ "yell yells yelled yelling", CUE },
	{ "scream screams screamed screaming", CUE },
	{ "exclaim exclaims exclaimed exclaiming", CUE },
	{ "conclude concludes concluded concluding", SPEECH },
	{ "predict predicts predicted predicting", SPEECH },
	{ "promise promises promised promising", SPEECH },
	{ "vow vows vowed vowing", SPEECH },
	{ "urge urges urged urging", CUE },
	{ "contend contends contended contending", SPEECH },
	{ "assert asserts asserted asserting", SPEECH },
	{ "maintain maintains maintained maintaining", SPEECH },
	{ "counter counters countered countering", SPEECH },
	{ "retort retorts retorted retorting", CUE },
	{ "agree agrees agreed agreeing", SPEECH },
	{ "opine opines opined opining", SPEECH },
	{ "exhort exhorts exhorted exhorting", CUE },
	{ "advise advises advised advising", SPEECH },
	{ "emphasize emphasizes emphasized emphasizing emphasise emphasised", SPEECH },
	{ "lament laments lamented lamenting", SPEECH },
	{ "complain complains complained complaining", SPEECH },
	{ "boast boasts boasted boasting", SPEECH },
	{ "brag brags bragged bragging", SPEECH },
	{ "muse muses mused musing", CUE },
	{ "recount recounts recounted recounting", CUE },
	{ "reported", SPEECH },
	{ "confirm confirms confirmed confirming", SPEECH },
	{ "deny denies denied denying", SPEECH },
	{ "testify testifies testified testifying", SPEECH },
	{ "whisper whispers whispered whispering", CUE },
	{ "interject interjects interjected interjecting", CUE },
	{ "chant chants chanted chanting", CUE },
	{ "plead pleads pleaded pleading", CUE },
	{ "demand demands demanded demanding", CUE },
	{ "estimate estimates estimated estimating", SPEECH },
	{ "caution cautions cautioned cautioning", SPEECH },
	{ "allege alleges alleged alleging", SPEECH },
	{ "charge charges charged", SPEECH },
	{ "reiterate reiterates reiterated reiterating", SPEECH },
	{ "reads", CUE },
	{ "wonder wonders wondered wondering", CUE },
};

/* Every other word: its classes, and for titles and roles the role noun they stand for. */
static const struct lexicon_entry words[] = {
	/* speech cues of two words (looked up as "first second") */
	{ "according to", SPEECH, NULL },
	{ "pointed out", SPEECH, NULL },
	{ "went on", CUE, NULL },
	{ "chimed in", CUE, NULL },
	{ "shot back", CUE, NULL },
	{ "fired back", CUE, NULL },
	/* personal and other pronouns */
	{ "he", LEXICON_PERSONAL, NULL }, { "she", LEXICON_PERSONAL, NULL },
	{ "they", LEXICON_PRONOUN, NULL }, { "we", LEXICON_PRONOUN, NULL },
	{ "i", LEXICON_PRONOUN, NULL }, { "you", LEXICON_PRONOUN, NULL },
	{ "it", LEXICON_PRONOUN, NULL }, { "who", LEXICON_PRONOUN, NULL },
	{ "which", LEXICON_PRONOUN, NULL }, { "this", LEXICON_PRONOUN, NULL },
	/* titles before names (the role they stand for, for "the minister said") */
	{ "mr.", LEXICON_TITLE | LEXICON_ABBREVIATION, NULL },
	{ "mrs.", LEXICON_TITLE | LEXICON_ABBREVIATION, NULL },
	{ "ms.", LEXICON_TITLE | LEXICON_ABBREVIATION, NULL },
	{ "dr.", LEXICON_TITLE | LEXICON_ABBREVIATION, "doctor" },
	{ "prof.", LEXICON_TITLE | LEXICON_ABBREVIATION, "professor" },
	{ "sen.", LEXICON_TITLE | LEXICON_ABBREVIATION, "senator" },
	{ "rep.", LEXICON_TITLE | LEXICON_ABBREVIATION, "congressman" },
	{ "gov.", LEXICON_TITLE | LEXICON_ABBREVIATION, "governor" },
	{ "lt.", LEXICON_TITLE | LEXICON_ABBREVIATION, NULL },
	{ "gen.", LEXICON_TITLE | LEXICON_ABBREVIATION, "general" },
	{ "col.", LEXICON_TITLE | LEXICON_ABBREVIATION, "colonel" },
	{ "capt.", LEXICON_TITLE | LEXICON_ABBREVIATION, "captain" },
	{ "sgt.", LEXICON_TITLE | LEXICON_ABBREVIATION, "sergeant" },
	{ "adm.", LEXICON_TITLE | LEXICON_ABBREVIATION, "admiral" },
	{ "rev.", LEXICON_TITLE | LEXICON_ABBREVIATION, NULL },
	{ "del.", LEXICON_TITLE | LEXICON_ABBREVIATION, "delegate" },
	{ "atty.", LEXICON_TITLE | LEXICON_ABBREVIATION, "attorney" },
	{ "sir", LEXICON_TITLE, NULL }, { "dame", LEXICON_TITLE, NULL },
	{ "lord", LEXICON_TITLE, NULL }, { "lady", LEXICON_TITLE, NULL },
	{ "president", LEXICON_TITLE | LEXICON_ROLE, "president" },
	{ "president-elect", LEXICON_TITLE | LEXICON_ROLE, "president" },
	{ "vice", LEXICON_TITLE, NULL },
	{ "secretary", LEXICON_TITLE | LEXICON_ROLE, "secretary" },
	{ "minister", LEXICON_TITLE | LEXICON_ROLE, "minister" },
	{ "premier", LEXICON_TITLE | LEXICON_ROLE, "premier" },
	{ "chancellor", LEXICON_TITLE | LEXICON_ROLE, "chancellor" },
	{ "senator", LEXICON_TITLE | LEXICON_ROLE, "senator" },
	{ "governor", LEXICON_TITLE | LEXICON_ROLE, "governor" },
	{ "mayor", LEXICON_TITLE | LEXICON_ROLE, "mayor" },
	{ "congressman", LEXICON_TITLE | LEXICON_ROLE, "congressman" },
	{ "congresswoman", LEXICON_TITLE | LEXICON_ROLE, "congresswoman" },
	{ "representative", LEXICON_TITLE | LEXICON_ROLE, "congressman" },
	{ "ambassador", LEXICON_TITLE | LEXICON_ROLE, "ambassador" },
	{ "judge", LEXICON_TITLE | LEXICON_ROLE, "judge" },
	{ "justice", LEXICON_TITLE | LEXICON_ROLE, "justice" },
	{ "chairman", LEXICON_TITLE | LEXICON_ROLE, "chairman" },
	{ "chairwoman", LEXICON_TITLE | LEXICON_ROLE, "chairwoman" },
	{ "chair", LEXICON_TITLE, NULL },
	{ "ceo", LEXICON_TITLE | LEXICON_ROLE, "ceo" },
	{ "director", LEXICON_TITLE | LEXICON_ROLE, "director" },
	{ "professor", LEXICON_TITLE | LEXICON_ROLE, "professor" },
	{ "speaker", LEXICON_TITLE, NULL },
	{ "leader", LEXICON_TITLE | LEXICON_ROLE, "leader" },
	{ "commissioner", LEXICON_TITLE | LEXICON_ROLE, "commissioner" },
	{ "sheriff", LEXICON_TITLE | LEXICON_ROLE, "sheriff" },
	{ "chief", LEXICON_TITLE, NULL },
	{ "attorney", LEXICON_TITLE, NULL },
	{ "general", LEXICON_TITLE, NULL },
	{ "former", LEXICON_TITLE, NULL },
	{ "candidate", LEXICON_TITLE | LEXICON_ROLE, "candidate" },
	{ "nominee", LEXICON_TITLE | LEXICON_ROLE, "nominee" },
	{ "spokesman", LEXICON_TITLE | LEXICON_ROLE, "spokesman" },
	{ "spokeswoman", LEXICON_TITLE | LEXICON_ROLE, "spokeswoman" },
	{ "spokesperson", LEXICON_TITLE | LEXICON_ROLE, "spokesperson" },
	{ "deputy", LEXICON_TITLE, NULL }, { "acting", LEXICON_TITLE, NULL },
	{ "king", LEXICON_TITLE, NULL }, { "queen", LEXICON_TITLE, NULL },
	{ "prince", LEXICON_TITLE, NULL }, { "pope", LEXICON_TITLE, NULL },
	{ "rabbi", LEXICON_TITLE, NULL }, { "pastor", LEXICON_TITLE, NULL },
	{ "coach", LEXICON_TITLE | LEXICON_ROLE, "coach" },
	{ "anchor", LEXICON_TITLE | LEXICON_ROLE, "anchor" },
	{ "host", LEXICON_TITLE | LEXICON_ROLE, "host" },
	{ "moderator", LEXICON_TITLE | LEXICON_ROLE, "moderator" },
	{ "officer", LEXICON_TITLE | LEXICON_ROLE, "officer" },
	{ "detective", LEXICON_TITLE | LEXICON_ROLE, "detective" },
	{ "economist", LEXICON_TITLE | LEXICON_ROLE, "economist" },
	{ "analyst", LEXICON_TITLE | LEXICON_ROLE, "analyst" },
	{ "strategist", LEXICON_TITLE | LEXICON_ROLE, "strategist" },
	{ "pollster", LEXICON_TITLE | LEXICON_ROLE, "pollster" },
	{ "psychologist", LEXICON_TITLE | LEXICON_ROLE, "psychologist" },
	{ "adviser", LEXICON_TITLE | LEXICON_ROLE, "adviser" },
	{ "advisor", LEXICON_TITLE | LEXICON_ROLE, "adviser" },
	{ "aide", LEXICON_TITLE | LEXICON_ROLE, "aide" },
	{ "manager", LEXICON_TITLE | LEXICON_ROLE, "manager" },
	{ "lawyer", LEXICON_ROLE, "lawyer" },
	{ "official", LEXICON_ROLE, "official" },
	{ "businessman", LEXICON_ROLE, "businessman" },
	{ "billionaire", LEXICON_ROLE, "billionaire" },
	{ "actor", LEXICON_ROLE, "actor" }, { "actress", LEXICON_ROLE, "actress" },
	{ "singer", LEXICON_ROLE, "singer" }, { "author", LEXICON_ROLE, "author" },
	{ "writer", LEXICON_ROLE, "writer" }, { "reporter", LEXICON_ROLE, "reporter" },
	{ "columnist", LEXICON_ROLE, "columnist" },
	{ "lawmaker", LEXICON_ROLE, "lawmaker" },
	{ "politician", LEXICON_ROLE, "politician" },
	{ "republican", LEXICON_TITLE | LEXICON_ROLE, "republican" },
	{ "democrat", LEXICON_TITLE | LEXICON_ROLE, "democrat" },
	{ "democratic", LEXICON_TITLE, NULL }, { "gop", LEXICON_TITLE, NULL },
	{ "mogul", LEXICON_ROLE, "mogul" },
	{ "front-runner", LEXICON_TITLE | LEXICON_ROLE, "candidate" },
	{ "frontrunner", LEXICON_TITLE | LEXICON_ROLE, "candidate" },
	{ "hopeful", LEXICON_TITLE | LEXICON_ROLE, "candidate" },
	/* abbreviations that keep their period */
	{ "jr.", LEXICON_ABBREVIATION, NULL }, { "sr.", LEXICON_ABBREVIATION, NULL },
	{ "st.", LEXICON_ABBREVIATION | LEXICON_CONNECTOR, NULL },
	{ "mt.", LEXICON_ABBREVIATION, NULL }, { "ft.", LEXICON_ABBREVIATION, NULL },
	{ "vs.", LEXICON_ABBREVIATION, NULL }, { "etc.", LEXICON_ABBREVIATION, NULL },
	{ "no.", LEXICON_ABBREVIATION, NULL }, { "inc.", LEXICON_ABBREVIATION, NULL },
	{ "co.", LEXICON_ABBREVIATION, NULL }, { "corp.", LEXICON_ABBREVIATION, NULL },
	{ "jan.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "feb.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "aug.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "sept.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "oct.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "nov.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "dec.", LEXICON_ABBREVIATION | LEXICON_TIME, NULL },
	{ "ala.", LEXICON_ABBREVIATION, NULL }, { "ariz.", LEXICON_ABBREVIATION, NULL },
	{ "calif.", LEXICON_ABBREVIATION, NULL }, { "fla.", LEXICON_ABBREVIATION, NULL },
	{ "ga.", LEXICON_ABBREVIATION, NULL }, { "ill.", LEXICON_ABBREVIATION, NULL },
	{ "mass.", LEXICON_ABBREVIATION, NULL }, { "mich.", LEXICON_ABBREVIATION, NULL },
	{ "minn.", LEXICON_ABBREVIATION, NULL }, { "pa.", LEXICON_ABBREVIATION, NULL },
	{ "tenn.", LEXICON_ABBREVIATION, NULL }, { "va.", LEXICON_ABBREVIATION, NULL },
	{ "wis.", LEXICON_ABBREVIATION, NULL }, { "wash.", LEXICON_ABBREVIATION, NULL },
	{ "ky.", LEXICON_ABBREVIATION, NULL }, { "la.", LEXICON_ABBREVIATION, NULL },
	{ "mo.", LEXICON_ABBREVIATION, NULL }, { "ore.", LEXICON_ABBREVIATION, NULL },
	{ "conn.", LEXICON_ABBREVIATION, NULL }, { "colo.", LEXICON_ABBREVIATION, NULL },
	{ "ind.", LEXICON_ABBREVIATION, NULL }, { "okla.", LEXICON_ABBREVIATION, NULL },
	{ "n.c.", LEXICON_ABBREVIATION, NULL }, { "s.c.", LEXICON_ABBREVIATION, NULL },
	{ "r-texas", 0, NULL },
	/* elisions after an apostrophe: rock ’n’ roll, ’em, ’til */
	{ "n", LEXICON_ELISION, NULL }, { "em", LEXICON_ELISION, NULL },
	{ "til", LEXICON_ELISION, NULL }, { "tis", LEXICON_ELISION, NULL },
	{ "twas", LEXICON_ELISION, NULL }, { "cause", LEXICON_ELISION, NULL },
	{ "bout", LEXICON_ELISION, NULL }, { "round", LEXICON_ELISION, NULL },
	{ "nuff", LEXICON_ELISION, NULL }, { "cept", LEXICON_ELISION, NULL },
	/* connectors inside names */
	{ "de", LEXICON_CONNECTOR, NULL }, { "van", LEXICON_CONNECTOR, NULL },
	{ "von", LEXICON_CONNECTOR, NULL }, { "bin", LEXICON_CONNECTOR, NULL },
	{ "al", LEXICON_CONNECTOR, NULL }, { "del", LEXICON_CONNECTOR, NULL },
	{ "della", LEXICON_CONNECTOR, NULL }, { "der", LEXICON_CONNECTOR, NULL },
	{ "da", LEXICON_CONNECTOR, NULL }, { "dos", LEXICON_CONNECTOR, NULL },
	{ "le", LEXICON_CONNECTOR, NULL }, { "ter", LEXICON_CONNECTOR, NULL },
	/* days and months */
	{ "monday", LEXICON_TIME, NULL }, { "tuesday", LEXICON_TIME, NULL },
	{ "wednesday", LEXICON_TIME, NULL }, { "thursday", LEXICON_TIME, NULL },
	{ "friday", LEXICON_TIME, NULL }, { "saturday", LEXICON_TIME, NULL },
	{ "sunday", LEXICON_TIME, NULL }, { "january", LEXICON_TIME, NULL },
	{ "february", LEXICON_TIME, NULL }, { "march", LEXICON_TIME, NULL },
	{ "april", LEXICON_TIME, NULL }, { "may", LEXICON_TIME | LEXICON_FUNCTION, NULL },
	{ "june", LEXICON_TIME, NULL }, { "july", LEXICON_TIME, NULL },
	{ "august", LEXICON_TIME, NULL }, { "september", LEXICON_TIME, NULL },
	{ "october", LEXICON_TIME, NULL }, { "november", LEXICON_TIME, NULL },
	{ "december", LEXICON_TIME, NULL }, { "today", LEXICON_TIME, NULL },
	{ "yesterday", LEXICON_TIME, NULL }, { "tonight", LEXICON_TIME, NULL },
	/* determiners that open a description */
	{ "the", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "a", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "an", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "one", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "another", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "his", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "her", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "their", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "its", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "our", LEXICON_DETERMINER | LEXICON_FUNCTION, NULL },
	{ "some", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "many", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "several", LEXICON_DETERMINER | LEXICON_INDEFINITE | LEXICON_FUNCTION, NULL },
	{ "two", LEXICON_DETERMINER | LEXICON_INDEFINITE, NULL },
	/* between a subject and its cue: "Ruiz also said", "she has long argued" */
	{ "also", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "later", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "then", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "once", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "again", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "long", LEXICON_ADVERB, NULL }, { "often", LEXICON_ADVERB, NULL },
	{ "has", LEXICON_ADVERB, NULL }, { "have", LEXICON_ADVERB, NULL },
	{ "had", LEXICON_ADVERB, NULL }, { "would", LEXICON_ADVERB, NULL },
	{ "will", LEXICON_ADVERB, NULL }, { "could", LEXICON_ADVERB, NULL },
	{ "might", LEXICON_ADVERB, NULL }, { "just", LEXICON_ADVERB, NULL },
	{ "never", LEXICON_ADVERB, NULL }, { "even", LEXICON_ADVERB, NULL },
	{ "still", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "first", LEXICON_ADVERB, NULL }, { "now", LEXICON_ADVERB | LEXICON_FUNCTION, NULL },
	{ "has also", LEXICON_ADVERB, NULL },
	{ "may", LEXICON_ADVERB, NULL }, { "must", LEXICON_ADVERB, NULL },
	{ "should", LEXICON_ADVERB, NULL }, { "can", LEXICON_ADVERB, NULL },
	{ "did", LEXICON_ADVERB, NULL }, { "does", LEXICON_ADVERB, NULL },
	{ "not", LEXICON_ADVERB, NULL }, { "reportedly", LEXICON_ADVERB, NULL },
	/* capitalized at the start of a sentence but never a name */
	{ "and", LEXICON_FUNCTION, NULL }, { "but", LEXICON_FUNCTION, NULL },
	{ "or", LEXICON_FUNCTION, NULL }, { "so", LEXICON_FUNCTION, NULL },
	{ "yet", LEXICON_FUNCTION, NULL }, { "if", LEXICON_FUNCTION, NULL },
	{ "when", LEXICON_FUNCTION, NULL }, { "while", LEXICON_FUNCTION, NULL },
	{ "as", LEXICON_FUNCTION, NULL }, { "in", LEXICON_FUNCTION, NULL },
	{ "on", LEXICON_FUNCTION, NULL }, { "at", LEXICON_FUNCTION, NULL },
	{ "of", LEXICON_FUNCTION, NULL }, { "for", LEXICON_FUNCTION, NULL },
	{ "to", LEXICON_FUNCTION, NULL }, { "from", LEXICON_FUNCTION, NULL },
	{ "with", LEXICON_FUNCTION, NULL }, { "by", LEXICON_FUNCTION, NULL },
	{ "after", LEXICON_FUNCTION, NULL }, { "before", LEXICON_FUNCTION, NULL },
	{ "during", LEXICON_FUNCTION, NULL }, { "since", LEXICON_FUNCTION, NULL },
	{ "until", LEXICON_FUNCTION, NULL }, { "than", LEXICON_FUNCTION, NULL },
	{ "that", LEXICON_FUNCTION, NULL }, { "these", LEXICON_FUNCTION, NULL },
	{ "those", LEXICON_FUNCTION, NULL }, { "there", LEXICON_FUNCTION, NULL },
	{ "here", LEXICON_FUNCTION, NULL }, { "my", LEXICON_FUNCTION, NULL },
	{ "your", LEXICON_FUNCTION, NULL }, { "what", LEXICON_FUNCTION, NULL },
	{ "where", LEXICON_FUNCTION, NULL }, { "why", LEXICON_FUNCTION, NULL },
	{ "how", LEXICON_FUNCTION, NULL }, { "however", LEXICON_FUNCTION, NULL },
	{ "meanwhile", LEXICON_FUNCTION, NULL }, { "instead", LEXICON_FUNCTION, NULL },
	{ "although", LEXICON_FUNCTION, NULL }, { "though", LEXICON_FUNCTION, NULL },
	{ "because", LEXICON_FUNCTION, NULL }, { "despite", LEXICON_FUNCTION, NULL },
	{ "about", LEXICON_FUNCTION, NULL }, { "under", LEXICON_FUNCTION, NULL },
	{ "over", LEXICON_FUNCTION, NULL }, { "all", LEXICON_FUNCTION, NULL },
	{ "both", LEXICON_FUNCTION, NULL }, { "most", LEXICON_FUNCTION, NULL },
	{ "no", LEXICON_FUNCTION, NULL }, { "not", LEXICON_FUNCTION, NULL },
	{ "yes", LEXICON_FUNCTION, NULL }, { "well", LEXICON_FUNCTION, NULL },
	{ "like", LEXICON_FUNCTION, NULL }, { "only", LEXICON_FUNCTION, NULL },
	{ "last", LEXICON_FUNCTION, NULL }, { "next", LEXICON_FUNCTION, NULL },
	{ "every", LEXICON_FUNCTION, NULL }, { "each", LEXICON_FUNCTION, NULL },
	{ "do", LEXICON_FUNCTION, NULL }, { "does", LEXICON_FUNCTION, NULL },
	{ "did", LEXICON_FUNCTION, NULL }, { "is", LEXICON_FUNCTION, NULL },
	{ "are", LEXICON_FUNCTION, NULL }, { "was", LEXICON_FUNCTION, NULL },
	{ "were", LEXICON_FUNCTION, NULL }, { "asked", LEXICON_FUNCTION, NULL },
	{ "dear", LEXICON_FUNCTION, NULL }, { "oh", LEXICON_FUNCTION, NULL },
	{ "thank", LEXICON_FUNCTION, NULL }, { "please", LEXICON_FUNCTION, NULL },
	{ "speaking", LEXICON_FUNCTION, NULL }, { "asked", LEXICON_FUNCTION, NULL },
	{ "according", LEXICON_FUNCTION, NULL }, { "said", LEXICON_FUNCTION, NULL },
	{ "says", LEXICON_FUNCTION, NULL }, { "watch", LEXICON_FUNCTION, NULL },
	{ "read", LEXICON_FUNCTION, NULL }, { "see", LEXICON_FUNCTION, NULL },
	{ "update", LEXICON_FUNCTION, NULL }, { "photo", LEXICON_FUNCTION, NULL },
};

/* The merged entries, found by a hash of their folded word (open addressing). */
struct index {
	struct lexicon_entry	*entries;
	size_t			 count;
	size_t			*lengths;	/* per entry: bytes of its word */
	uint32_t		*slots;		/* 1 + entry index; 0: empty */
	uint32_t		*slot_hashes;	/* the hash of the word in each slot */
	size_t			 mask;		/* slot count - 1 */
	size_t			 longest;	/* bytes of the longest word */
	unsigned char		 starts[256];	/* first bytes of the words */
	uint32_t		 word_lengths[27][27];	/* as cue_lengths, for every word */
	uint32_t		 cue_lengths[27][27];	/* bit n of [a][b]: a cue's first word starts
						   with letters a, b (letter_index) and has n
						   bytes (31: 31 or more); row and column 26: 0 */
};

/* Per byte: 0-25 for the ASCII letters of either case, 26 for any other byte. */
static unsigned char letter_index[256];

/* Per byte: ASCII upper case folded to lower case; any other byte unchanged. */
static unsigned char folded_byte[256];

static struct index lexicon;

static int
compare_entries(const void *a, const void *b)
{
	return strcmp(((const struct lexicon_entry *)a)->word,
	    ((const struct lexicon_entry *)b)->word);
}

static void
index_add(size_t *capacity, const char *word, size_t length, unsigned classes, const char *role)
{
	struct lexicon_entry *entry;

	egrow(&lexicon.entries, capacity, lexicon.count + 1, sizeof(*lexicon.entries));
	entry = &lexicon.entries[lexicon.count++];
	entry->word = estrndup(word, length);
	entry->classes = classes;
	entry->role = role;
}

/* Adds each form of a cue line. */
static void
index_cue_forms(size_t *capacity, const char *forms, unsigned classes)
{
	const char *space;
	size_t length;

	while (*forms != '\0') {
		space = strchr(forms, ' ');
		length = space == NULL ? strlen(forms) : (size_t)(space - forms);
		index_add(capacity, forms, length, classes, NULL);
		forms += length;
		while (*forms == ' ')
			forms++;
	}
}

/* Sorts the index and merges the lines of a word listed twice. */
static void
index_merge(void)
{
	size_t i, kept = 0;

	qsort(lexicon.entries, lexicon.count, sizeof(*lexicon.entries), compare_entries);
	for (i = 0; i < lexicon.count; i++) {
		if (kept > 0 && strcmp(lexicon.entries[kept - 1].word, lexicon.entries[i].word) == 0) {
			lexicon.entries[kept - 1].classes |= lexicon.entries[i].classes;
			if (lexicon.entries[kept - 1].role == NULL)
				lexicon.entries[kept - 1].role = lexicon.entries[i].role;
			free((char *)lexicon.entries[i].word);
			continue;
		}
		lexicon.entries[kept++] = lexicon.entries[i];
	}
	lexicon.count = kept;
}

/* The bit of cue_lengths for a first word of length bytes. */
static uint32_t
length_bit(size_t length)
{
	return (uint32_t)1 << (length < 31 ? length : 31);
}

/* The cell of word_lengths for word (length bytes, at least 1): its first two bytes. */
static uint32_t *
length_cell(const char *word, size_t length)
{
	unsigned b = length > 1 ? letter_index[(unsigned char)word[1]] : 26;

	return &lexicon.word_lengths[letter_index[(unsigned char)word[0]]][b];
}

/* Notes the first two letters and the length of the first word of cue. */
static void
add_cue_start(const char *cue)
{
	unsigned a = letter_index[(unsigned char)cue[0]], b = letter_index[(unsigned char)cue[1]];

	if (a < 26 && b < 26)
		lexicon.cue_lengths[a][b] |= length_bit(strcspn(cue, " "));
}

static void
index_hash(void)
{
	size_t i, slot, count = 64, length;
	uint32_t hash;

	while (count < lexicon.count * 4)
		count *= 2;
	for (i = 0; i < 256; i++) {
		letter_index[i] = (i | 0x20) >= 'a' && (i | 0x20) <= 'z' ? (i | 0x20) - 'a' : 26;
		folded_byte[i] = i >= 'A' && i <= 'Z' ? i + ('a' - 'A') : i;
	}
	lexicon.slots = ecalloc(count, sizeof(*lexicon.slots));
	lexicon.slot_hashes = ecalloc(count, sizeof(*lexicon.slot_hashes));
	lexicon.lengths = ereallocarray(NULL, lexicon.count, sizeof(*lexicon.lengths));
	lexicon.mask = count - 1;
	for (i = 0; i < lexicon.count; i++) {
		length = strlen(lexicon.entries[i].word);
		lexicon.lengths[i] = length;
		if (length > lexicon.longest)
			lexicon.longest = length;
		lexicon.starts[(unsigned char)lexicon.entries[i].word[0]] = 1;
		*length_cell(lexicon.entries[i].word, length) |= length_bit(length);
		if (lexicon.entries[i].classes & LEXICON_CUE)
			add_cue_start(lexicon.entries[i].word);
		hash = hash_fnv1a_32(lexicon.entries[i].word, length);
		slot = hash & lexicon.mask;
		while (lexicon.slots[slot] != 0)
			slot = (slot + 1) & lexicon.mask;
		lexicon.slots[slot] = i + 1;
		lexicon.slot_hashes[slot] = hash;
	}
}

static void
index_build(void)
{
	size_t i, capacity = 0;

	for (i = 0; i < sizeof(cue_verbs) / sizeof(cue_verbs[0]); i++)
		index_cue_forms(&capacity, cue_verbs[i].forms, cue_verbs[i].classes);
	for (i = 0; i < sizeof(words) / sizeof(words[0]); i++) {
		index_add(&capacity, words[i].word, strlen(words[i].word), words[i].classes,
		    words[i].role);
		if (strchr(words[i].word, ' ') != NULL)
			index_add(&capacity, words[i].word, strcspn(words[i].word, " "),
			    LEXICON_PHRASE_START, NULL);
	}
	index_merge();
	index_hash();
}

const struct lexicon_entry *
lexicon_find(const char *word, size_t length)
{
	char folded[40];
	size_t i, slot, entry;
	uint32_t hash;

	if (lexicon.entries == NULL)
		index_build();
	if (length == 0 || length > lexicon.longest || length >= sizeof(folded) ||
	    !lexicon.starts[folded_byte[(unsigned char)word[0]]])
		return NULL;
	if (!(*length_cell(word, length) & length_bit(length)))
		return NULL;	/* most misses: no entry starts as word does and is as long */
	hash = 2166136261u;
	for (i = 0; i < length; i++) {
		folded[i] = folded_byte[(unsigned char)word[i]];
		hash = (hash ^ (unsigned char)folded[i]) * 16777619u;	/* as hash_fnv1a_32 */
	}
	/* a NUL in word matches no entry: the words hold none */
	for (slot = hash & lexicon.mask; lexicon.slots[slot] != 0;
	    slot = (slot + 1) & lexicon.mask) {
		entry = lexicon.slots[slot] - 1;
		if (lexicon.slot_hashes[slot] == hash && lexicon.lengths[entry] == length &&
		    memcmp(lexicon.entries[entry].word, folded, length) == 0)
			return &lexicon.entries[entry];
	}
	return NULL;
}

int
lexicon_may_be_cue(const char *word, size_t length)
{
	if (lexicon.entries == NULL)
		index_build();
	if (length < 2)
		return 0;
	return (lexicon.cue_lengths[letter_index[(unsigned char)word[0]]]
	    [letter_index[(unsigned char)word[1]]] & length_bit(length)) != 0;
}

unsigned
lexicon_classes(const char *word, size_t length)
{
	const struct lexicon_entry *entry = lexicon_find(word, length);

	return entry == NULL ? 0 : entry->classes;
}
