/**
 * Word lists the speaker finder reads: pronouns, generic sources, titles, the words that end a
 * speaker phrase, and the heads that mark an organization. Data only, lower case.
 *
 * @module
 */

/** Subject pronouns that can speak, with the kind of actor they point back to. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, "person" | "body"> = new Map([
  ["he", "person"],
  ["she", "person"],
  ["it", "body"],
  ["they", "body"],
]);

/** Sources that are not an actor: "officials said" names no one. Plural and singular heads. */
export const GENERIC_SOURCES: ReadonlySet<string> = new Set([
  "official", "officials", "authorities", "authority", "witness", "witnesses", "resident", "residents",
  "source", "sources", "expert", "experts", "analyst", "analysts", "observer", "observers", "critic", "critics",
  "people", "person", "man", "woman", "men", "women", "media", "reports", "report", "rescuers", "medics",
  "survivors", "locals", "someone", "others", "many", "some", "both", "neither", "either", "all",
  "diplomats", "diplomat", "insiders", "aides", "aide", "staff", "activists", "volunteers", "doctors", "nurses",
  "paramedics", "emergency", "services", "workers", "soldiers", "troops", "police", "investigators", "prosecutors",
  "commentators", "journalists", "reporters", "economists", "scientists", "researchers", "voters", "supporters",
  "opponents", "lawmakers", "legislators", "members", "leaders", "governments", "countries", "allies", "partners",
]);

/** Heads of a phrase that speaks for the body it names: "a Kremlin spokesperson", "Ukrainian officials". */
export const SPOKESPERSON_HEADS: ReadonlySet<string> = new Set([
  "spokesperson", "spokesman", "spokeswoman", "spokespeople", "spokesmen", "official", "officials", "representative",
  "representatives", "government", "authorities", "leadership", "administration", "diplomat", "diplomats",
  "envoy", "source", "sources", "statement", "side", "delegation", "negotiators", "embassy", "mediators",
  "envoys", "ministers", "aide", "aides", "adviser", "advisers", "advisor", "advisors",
]);

/** Words that stand before a name as a title or a role and are not part of it. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep", "representative",
  "congressman", "congresswoman", "gov", "governor", "mayor", "general", "gen", "lt", "col", "colonel", "major",
  "maj", "capt", "captain", "sgt", "sergeant", "admiral", "adm", "commander", "chief", "mr", "mrs", "ms", "miss",
  "dr", "doctor", "prof", "professor", "sir", "dame", "lord", "lady", "judge", "justice", "ambassador", "director",
  "speaker", "deputy", "former", "acting", "interim", "spokesman", "spokeswoman", "spokesperson", "adviser",
  "advisor", "head", "leader", "king", "queen", "prince", "princess", "pope", "sheikh", "emir", "patriarch",
  "rev", "reverend", "father", "bishop", "archbishop", "cardinal", "chairman", "chairwoman", "chair", "ceo",
  "founder", "candidate", "nominee", "presidential", "republican", "democrat", "democratic", "gop", "senior",
  "foreign", "defence", "defense", "interior", "health", "finance", "economy", "justice", "attorney", "press",
  "national", "security", "state", "regional", "military", "governor-general", "commissioner", "envoy", "special",
  "first", "lady", "sen.", "rep.", "gov.", "gen.", "mr.", "mrs.", "ms.", "dr.", "lt.", "col.", "brig",
]);

/** Words that end a speaker phrase going leftwards: clause openers and conjunctions. */
export const PHRASE_BOUNDARIES: ReadonlySet<string> = new Set([
  "that", "which", "whom", "when", "while", "as", "because", "but", "and", "or", "nor", "after", "before", "if",
  "since", "although", "though", "where", "so", "than", "what", "how", "why", "even", "once", "until", "unless",
  "despite", "like", "unlike", "whether", "then", "yet", "in", "on", "at", "with", "during", "by", "to", "into",
  "about", "over", "under", "against", "among", "amid", "via", "through", "from", "per", "upon", "is", "are",
  "was", "were", "be", "been", "being", "said", "says", "told", "also", "not",
]);

/** Words that may stand between a speaker and the reporting verb: auxiliaries and adverbs ("has also said"). */
export const VERB_PREFIXES: ReadonlySet<string> = new Set([
  "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "also",
  "later", "earlier", "previously", "repeatedly", "again", "recently", "then", "quickly", "publicly",
  "privately", "reportedly", "once", "often", "now", "just", "still", "further", "already", "even", "similarly",
  "separately", "subsequently", "initially", "first", "last", "frequently", "always", "long", "since", "openly",
  "explicitly", "flatly", "firmly", "only", "merely", "too", "yet", "ever", "strongly", "bluntly", "angrily", "simply", "clearly", "directly", "herself",
  "himself", "themselves", "itself", "is", "was", "were", "are", "been", "being", "be", "'s", "’s", "did", "does", "do",
  "almost", "nearly", "widely", "generally", "largely", "broadly",
]);

/** Words that negate a report ("did not say"): a denied report is not a statement. */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "n't", "never", "no", "nor", "neither", "declined", "refused", "cannot"]);

/** Forms of "be": before a past participle they make a passive ("was told"). */
export const BE_FORMS: ReadonlySet<string> = new Set(["is", "was", "were", "are", "been", "being", "be", "'s", "’s"]);

/** Words that head an organization's name ("the Ministry", "New York Times"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "ministry", "department", "committee", "party", "campaign", "team", "agency", "council", "office", "service", "services",
  "forces", "force", "army", "navy", "police", "institute", "university", "commission", "foundation", "group",
  "association", "union", "bank", "fund", "court", "organization", "organisation", "corps", "journal", "times",
  "post", "news", "press", "network", "inc", "corp", "company", "house", "kremlin", "pentagon", "parliament",
  "congress", "senate", "government", "administration", "board", "bureau", "centre", "center", "command",
  "guard", "federation", "alliance", "coalition", "movement", "network", "tribune", "herald", "telegraph",
  "guardian", "reuters", "television", "tv", "radio", "agency", "cabinet", "staff", "hospital", "school",
  "programme", "program", "mission", "nations", "world", "watch", "initiative", "project", "society", "club",
  "authority", "authorities", "regime", "rights", "emergency", "health", "defense", "defence", "intelligence",
  "magazine", "newspaper",
]);

/** Object pronouns and collective addressees that can stand between "told" and the reported clause. */
export const ADDRESSEES: ReadonlySet<string> = new Set([
  "me", "him", "her", "us", "them", "you", "it", "reporters", "journalists", "lawmakers", "supporters",
  "voters", "listeners", "viewers", "readers", "audiences", "delegates", "members", "parliament", "congress",
  "everyone", "people", "students", "soldiers", "troops", "residents", "citizens",
]);

/** Subject pronouns: a clause starting with one is a reported clause even without "that" ("denied it was"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["i", "we", "you", "he", "she", "it", "they", "there", "this", "these", "those"]);

/** Words after which a quotation is a name or a term, not a statement ("so-called", "dubbed"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  "so-called", "dubbed", "called", "named", "titled", "entitled", "nicknamed", "labelled", "labeled", "branded",
  "termed", "known", "as", "word", "words", "term", "phrase", "slogan", "hashtag", "codenamed", "code-named",
  // A work named by its title: "the movie “…”", "her commentary, “…”".
  "movie", "film", "documentary", "song", "album", "book", "novel", "memoir", "poem", "play", "musical", "series",
  "sitcom", "column", "commentary", "op-ed", "essay", "podcast",
]);

/** Labels before a colon that mark a kind of story, not a source ("Breaking: …", "LIVE: …"). */
export const LABEL_KICKERS: ReadonlySet<string> = new Set([
  "breaking", "breaking news", "big news", "news", "latest", "the latest", "new", "update", "updated", "watch",
  "live", "live updates", "exclusive", "analysis", "opinion", "editorial", "comment", "video", "photos", "photo",
  "explainer", "factbox", "fact check", "read more", "related", "see also", "note", "editor's note", "correction",
  "advertisement", "in pictures", "q", "a", "question", "answer", "transcript", "source", "sources", "update 1",
  "update 2", "timeline", "profile", "review", "interview", "podcast", "listen", "warning", "alert",
  "revealed", "boom", "just in", "developing", "updates", "recap", "highlights", "clarification",
]);

/** Last words of a label that make it a kind of story however it starts ("Delegate Update: …", "Campaign Recap: …"). */
export const LABEL_TAILS: ReadonlySet<string> = new Set(["update", "updates", "recap", "roundup", "briefing", "latest"]);

/**
 * Function words that a title-cased headline capitalizes inside a phrase ("Stealth Over Health: …",
 * "Trouble In The Ranks: …"): a label with one after its first word is a phrase, not a source.
 * "via" is left out: "POLLSTER VIA EMAIL" names its source first.
 */
export const LABEL_PHRASE_WORDS: ReadonlySet<string> = new Set([
  "over", "of", "in", "on", "at", "for", "with", "from", "to", "into", "under", "after", "before", "against", "the",
  "a", "an", "and", "or", "but", "is", "are", "was", "vs", "vs.", "versus", "than", "as", "by", "about", "inside",
]);

/**
 * Heads of a phrase naming a document, a count or a publication ("a Gallup poll", "data from
 * the census bureau", "a Pew Research survey"): the body named in the phrase is the source.
 */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  "poll", "polls", "polling", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "analyses",
  "data", "records", "filing", "filings", "database", "lawsuit", "complaint", "documents", "document", "memo",
  "estimates", "figures", "statistics", "census", "tally", "audit", "research", "index", "average", "projections",
  "forecast", "count", "ratings", "website", "ad", "advertisement", "release", "transcript", "averages", "findings",
  "editorial", "letter", "email", "ruling", "article", "video", "clip", "slide", "book", "message", "indictment", "petition", "opinion",
  "cable", "cables", "results", "numbers",
]);

/**
 * Heads of a definite description of a body ("the company", "the newspaper"): with no body named
 * by that word, they point back to the organization named last.
 */
export const BODY_DESCRIPTIONS: ReadonlySet<string> = new Set([
  "company", "firm", "newspaper", "paper", "magazine", "network", "union", "group", "bank", "campaign", "organization",
  "organisation", "outlet", "publication", "channel", "broadcaster", "station", "charity", "nonprofit", "lab",
  "corporation", "conglomerate", "automaker", "retailer", "manufacturer", "airline", "insurer", "agency", "office",
  "department", "committee", "commission", "board", "bureau", "institute", "center", "centre", "council", "ministry",
]);

/**
 * Heads of a definite description of a person by role ("the New York businessman", "the
 * Republican nominee"): they point back to the person named last, like a title does.
 */
export const PERSON_ROLES: ReadonlySet<string> = new Set([
  "businessman", "businesswoman", "billionaire", "millionaire", "developer", "mogul", "magnate", "tycoon",
  "nominee", "candidate", "contender", "hopeful", "frontrunner", "front-runner", "incumbent", "challenger",
  "politician", "lawmaker", "legislator", "congressman", "congresswoman", "senator", "governor", "mayor",
  "executive", "entrepreneur", "investor", "economist", "lawyer", "attorney", "activist", "author", "writer",
  "columnist", "host", "anchor", "pastor", "priest", "physician", "surgeon", "scientist", "researcher",
  "strategist", "pollster", "consultant", "analyst", "commentator", "veteran", "actress", "actor", "singer",
  "star", "coach", "officer", "diplomat", "negotiator", "envoy", "premier", "ruler", "monarch", "dictator",
  "autocrat", "strongman", "leader", "chief", "spokesman", "spokeswoman", "spokesperson",
  "socialist", "conservative", "liberal", "progressive", "populist", "libertarian", "centrist", "firebrand", "newcomer",
]);

/**
 * US states and their news abbreviations (AP style and postal), as written after a city:
 * "Aspen, Colo.,", "Dayton, Ohio,". The commas around them are no apposition's commas.
 */
export const US_STATES: ReadonlySet<string> = new Set([
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
  "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
  "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
  "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
  "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
  "West Virginia", "Wisconsin", "Wyoming", "D.C.",
  "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.", "Kan.", "Kans.", "Ky.",
  "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.", "Neb.", "Nebr.", "Nev.", "N.H.", "N.J.", "N.M.",
  "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Tex.", "Vt.", "Va.", "Wash.",
  "W.Va.", "W. Va.", "Wis.", "Wisc.", "Wyo.",
]);

/** Words that open a described group or person before a participle ("some voters saying", "a voice-over saying"). */
export const DESCRIBED_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "some", "many", "other", "others", "several", "few", "most", "these", "those"]);

/** Words of a participle's subject in lower case that are things, not people: the sender of a statement speaks, not the statement. */
export const MESSAGES: ReadonlySet<string> = new Set(["statement", "statements", "letter", "letters", "message", "messages", "tweet", "tweets", "email", "emails", "memo", "papers", "signs", "sign", "ad", "ads", "video", "release", "post", "posts", "note", "notice", "footage"]);

/** Prepositions that govern a noun phrase, besides those of {@link PREPOSITIONS}. */
export const GOVERNING: ReadonlySet<string> = new Set(["of", "by", "for", "about", "against", "without", "into", "than", "like", "among", "between", "under", "toward", "towards", "upon", "across", "behind", "beyond"]);

/** Words in lower case that are no part of a noun phrase before a participle ("perhaps recognizing"). */
export const NOT_NOUNS: ReadonlySet<string> = new Set(["most", "more", "much", "less", "least", "very", "so", "a", "an", "the", "perhaps", "also", "still", "just", "even", "only", "often", "never", "always", "already", "now", "then", "again", "too", "rather", "instead", "not", "and", "or", "but", "who", "which", "that", "there", "here"]);

/** Adverbs that open a sentence before a preposition ("Back in 1999, …", "Later that day, …"). */
export const ADVERB_OPENERS: ReadonlySet<string> = new Set(["back", "later", "earlier", "soon", "shortly", "long", "once", "just", "right", "even", "only", "well", "far", "way"]);

/** Determiners that open the noun phrase a relative pronoun stands for ("hurt [the former mayor], who"). */
export const ANTECEDENT_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its", "this", "that", "these", "those", "some", "many", "other"]);

/** Determiners that open a description after "is" ("is a nurse", "was the man"). */
export const PREDICATE_OPENERS: ReadonlySet<string> = new Set(["a", "an", "the", "one"]);

/** Prepositions before which an -ing form is a gerund ("faulted him for [saying] …"), not a participle set off from the clause. */
export const GERUND_OPENERS: ReadonlySet<string> = new Set(["by", "for", "of", "in", "without", "after", "before", "about", "from", "on"]);
