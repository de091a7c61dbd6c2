/**
 * The words that tell a described source ("military experts", "a campaign strategist") from an
 * anonymous one ("officials", "sources"), read by `statements/described.ts`.
 *
 * @module
 */

/** Words that end the head noun phrase of a description ("officials [in] Kyiv", "a source [close] to"). */
export const HEAD_ENDERS: ReadonlySet<string> = new Set([
  "of", "for", "from", "in", "at", "with", "on", "close", "familiar", "who", "which", "that", "whose", "including", "like",
  "such", "and", "or", ",", "(", "—", "–", "-",
]);

/** Determiners and quantifiers that may open a description; dropped from its name. */
export const OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "some", "many", "several", "other", "another", "one", "two", "three", "four", "few", "most", "all", "both", "these", "those", "top", "senior"]);

/**
 * Pronouns, wh-words and words that are no source: a phrase made of them alone stays unresolved
 * (a pronoun's antecedent is another stage's work).
 */
export const NOT_HEADS: ReadonlySet<string> = new Set([
  "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "who", "which", "that", "this", "these",
  "those", "what", "there", "here", "one", "ones", "someone", "anyone", "everyone", "nobody", "everybody", "somebody",
  "all", "both", "some", "many", "most", "others", "each", "either", "neither", "none", "time", "times",
  "day", "days", "year", "years", "week", "weeks", "month", "months", "developments", "images", "pictures", "photos",
]);

/**
 * The words of anonymous sourcing ("officials said", "sources say", "witnesses told", "people
 * familiar with the talks"), which name no one; a described group of a kind ("military experts",
 * "Republican lawmakers", "critics") is a source of its own.
 */
export const ANONYMOUS_SOURCES: ReadonlySet<string> = new Set([
  "official", "officials", "authority", "authorities", "source", "sources", "witness", "witnesses", "resident", "residents",
  "people", "person", "man", "woman", "men", "women", "someone", "others", "many", "some", "both", "neither", "either",
  "all", "media", "report", "reports", "diplomat", "diplomats", "insider", "insiders", "aide", "aides", "staff", "locals",
  // the people at the scene of a strike or a disaster, whom war and disaster reports quote unnamed
  "rescuers", "medics", "paramedics", "volunteers", "survivors", "workers", "doctors", "nurses", "soldiers", "troops",
  "emergency", "services",
]);

/** Kin and neighbours, anonymous like "witnesses": "relatives said" names no one. */
export const KIN: ReadonlySet<string> = new Set(["relatives", "relative", "family", "families", "neighbours", "neighbors", "neighbour", "neighbor", "friends", "friend", "colleagues"]);

/** First-person possessives: "our correspondent" is the article's own reporter, not a source. */
export const FIRST_PERSON: ReadonlySet<string> = new Set(["our", "my"]);

/** Singular heads that name one unnamed person ("a source", "the woman"): an actor of kind `person`. */
export const PERSON_HEADS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "lawyer", "attorney", "doctor", "voter", "supporter",
  "questioner", "reporter", "writer", "author", "activist", "organizer", "organiser", "executive", "employee", "member",
  "strategist", "operative", "insider", "narrator", "announcer", "candidate", "nominee", "chairman", "chairwoman",
]);

/**
 * Words that stand last in a phrase misread as a description but head no noun phrase: adverbs
 * and adjectives left by a clause cut short ("which left little", "which together", "the internal").
 */
export const NON_NOUN_HEADS: ReadonlySet<string> = new Set([
  "little", "together", "somehow", "more", "very", "any", "similar", "profound", "tremendous", "internal", "additional",
  "live", "else", "alike", "instead", "away", "again", "enough",
]);

/** Personal pronouns: a phrase with one inside is a clause ("it issued a paper", "experts I spoke"), not a description. */
export const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "it", "they"]);

/** Words that open no description: a preposition before it ("by the government"), or a verb in the imperative ("let …"). */
export const NOT_OPENERS: ReadonlySet<string> = new Set(["by", "to", "from", "into", "than", "about", "with", "without", "let", "make"]);
