/**
 * Reporting verbs: the verbs that introduce a statement, with their lemma, the speech act they
 * perform and the complement they take. Data only; `src/statements/cues.ts` compiles it.
 *
 * Provenance: written for newsfacts from the verbs of reported speech in English grammars
 * (Quirk et al. §16.33 "verbs of saying"), checked against the cues of attribution corpora.
 * Verbs of belief and intention (believe, want) report no speech, but attribution corpora list
 * them as sources' stances; they carry their own acts, `belief` and `intention`.
 *
 * @module
 */
import type { SpeechAct } from "../model.js";

/**
 * What follows a reporting verb:
 * - `clause`: a reported clause, with or without "that" ("said (that) …").
 * - `that`: a clause only with "that" or a subject pronoun; a bare noun phrase is an object, not speech ("announced a plan").
 * - `object-clause`: an addressee, then a clause ("told reporters (that) …").
 * - `object-to`: an addressee, then "to" and the wanted action ("urged Kyiv to …").
 * - `object-of`: an accused, then "of"/"for" and the charge ("accused Moscow of …").
 * - `for`: "for" and what is wanted ("called for a ceasefire").
 * - `quote`: an object and the speaker's own words for it, in quotation marks ("called the plan "vital"").
 * - `object`: what the speaker spoke of or took a stand on, a noun phrase or a clause ("cited rising costs").
 * - `raising`: a verb of seeming, whose subject belongs to what is reported ("the plan seems to work").
 * - `as`: an object, then "as" and what the speaker takes it for ("sees the plan as a threat"), or a "that" clause.
 */
export type ComplementKind = "clause" | "that" | "object-clause" | "object-to" | "object-of" | "for" | "quote" | "object" | "raising" | "as";

/** One reporting verb. */
export interface ReportingVerb {
  /** The dictionary form: `"say"`. */
  readonly lemma: string;
  /** What the speaker does with the words. */
  readonly act: SpeechAct;
  /** What the verb takes after it. */
  readonly complement: ComplementKind;
  /** Irregular forms, when the regular -s/-ed/-ing spelling rules get them wrong: `["said", "says", "saying"]`. */
  readonly forms?: readonly string[];
  /** A particle that must follow the verb: `"out"` for "point out", `"on"` for "call on". */
  readonly particle?: string;
  /**
   * True for a verb of complement `that` or `quote` whose noun-phrase object also stands for what
   * was said ("denied the allegations", "noted the decline", "described the meeting"); for the
   * others a bare noun phrase is an object, not speech ("announced a plan").
   */
  readonly objectReports?: boolean;
}

// Marked free of side effects so that bundlers drop the table from imports that never read it
// (importing only `resolveDate` must stay small).
/* @__NO_SIDE_EFFECTS__ */
function verb(lemma: string, act: SpeechAct, complement: ComplementKind, forms?: readonly string[], particle?: string): ReportingVerb {
  return { lemma, act, complement, ...(forms ? { forms } : {}), ...(particle ? { particle } : {}) };
}

/** The same entry, whose noun-phrase object also reports what was said. */
/* @__NO_SIDE_EFFECTS__ */
function alsoObject(entry: ReportingVerb): ReportingVerb {
  return { ...entry, objectReports: true };
}

/** The reporting verbs, by speech act. */
export const REPORTING_VERBS: readonly ReportingVerb[] = [
  // assertions
  verb("say", "assertion", "clause", ["say", "says", "said", "saying"]),
  verb("tell", "assertion", "object-clause", ["tell", "tells", "told", "telling"]),
  verb("add", "assertion", "clause"),
  verb("state", "assertion", "that"),
  verb("claim", "assertion", "clause"),
  verb("assert", "assertion", "clause"),
  verb("contend", "assertion", "clause"),
  verb("argue", "assertion", "clause"),
  verb("insist", "assertion", "clause"),
  verb("maintain", "assertion", "that"),
  alsoObject(verb("note", "assertion", "that")),
  verb("observe", "assertion", "that"),
  verb("remark", "assertion", "that"),
  verb("comment", "assertion", "that"),
  verb("explain", "assertion", "that"),
  verb("emphasize", "assertion", "that"),
  verb("emphasise", "assertion", "that"),
  alsoObject(verb("stress", "assertion", "that")),
  verb("underline", "assertion", "that"),
  alsoObject(verb("underscore", "assertion", "that")),
  alsoObject(verb("highlight", "assertion", "that")),
  alsoObject(verb("reiterate", "assertion", "that")),
  alsoObject(verb("repeat", "assertion", "that")),
  alsoObject(verb("acknowledge", "assertion", "that")),
  alsoObject(verb("admit", "assertion", "that", ["admit", "admits", "admitted", "admitting"])),
  alsoObject(verb("concede", "assertion", "that")),
  alsoObject(verb("confirm", "assertion", "that")),
  verb("announce", "assertion", "that"),
  verb("declare", "assertion", "that"),
  verb("proclaim", "assertion", "that"),
  verb("report", "assertion", "that"),
  verb("estimate", "assertion", "that"),
  verb("indicate", "assertion", "that"),
  verb("suggest", "assertion", "that"),
  verb("hint", "assertion", "that"),
  verb("signal", "assertion", "that", ["signal", "signals", "signaled", "signalled", "signaling", "signalling"]),
  verb("predict", "assertion", "clause"),
  verb("forecast", "assertion", "that"),
  verb("write", "assertion", "clause", ["write", "writes", "wrote", "writing", "written"]),
  verb("post", "assertion", "that"),
  verb("tweet", "assertion", "that"),
  verb("email", "assertion", "that", ["emailed"]),
  alsoObject(verb("recall", "assertion", "that")),
  verb("recount", "assertion", "that"),
  // "described the meeting": what was told of, a noun phrase; "described it as “…”" reports the quotation alone
  alsoObject(verb("describe", "assertion", "quote")),
  verb("reply", "assertion", "that"),
  verb("answer", "assertion", "that"),
  verb("respond", "assertion", "that"),
  verb("retort", "assertion", "that"),
  verb("mention", "assertion", "object"),
  alsoObject(verb("disclose", "assertion", "that")),
  verb("reveal", "assertion", "that"),
  verb("boast", "assertion", "that"),
  verb("brag", "assertion", "that", ["brag", "brags", "bragged", "bragging"]),
  verb("complain", "assertion", "clause"),
  verb("lament", "assertion", "that"),
  verb("concur", "assertion", "that", ["concur", "concurs", "concurred", "concurring"]),
  verb("agree", "assertion", "that"),
  verb("affirm", "assertion", "that"),
  verb("testify", "assertion", "that"),
  verb("conclude", "assertion", "that"),
  verb("find", "assertion", "that", ["find", "finds", "found", "finding"]),
  verb("show", "assertion", "that", ["show", "shows", "showed", "showing", "shown"]),
  verb("specify", "assertion", "that"),
  alsoObject(verb("clarify", "assertion", "that")),
  verb("point", "assertion", "that", undefined, "out"),
  // "pointed to the rising costs": what a speaker offers as evidence
  verb("point", "assertion", "object", undefined, "to"),
  verb("inform", "assertion", "object-clause"),
  verb("assure", "promise", "object-clause"),
  verb("reassure", "promise", "object-clause"),
  verb("remind", "assertion", "object-clause"),
  verb("advise", "demand", "object-to"),
  verb("brief", "assertion", "object-clause"),
  verb("allege", "accusation", "clause"),
  verb("charge", "accusation", "that"),
  verb("speculate", "assertion", "that"),
  verb("joke", "assertion", "that"),
  verb("quip", "assertion", "that", ["quip", "quips", "quipped", "quipping"]),
  verb("muse", "assertion", "that"),
  verb("exclaim", "assertion", "that"),
  verb("shout", "assertion", "that"),
  verb("whisper", "assertion", "that"),
  // the manner of saying, and what a text says: only with the speaker's own words in quotation marks
  verb("read", "assertion", "quote", ["read", "reads"]),
  verb("continue", "assertion", "quote", ["continue", "continues", "continued"]),
  verb("scoff", "assertion", "quote"),
  verb("sneer", "assertion", "quote"),
  verb("snap", "assertion", "quote", ["snap", "snaps", "snapped"]),
  verb("gush", "assertion", "quote"),
  verb("marvel", "assertion", "quote", ["marvel", "marvels", "marveled", "marvelled"]),
  verb("chant", "demand", "quote"),
  verb("sing", "assertion", "quote", ["sing", "sings", "sang", "sung", "singing"]),
  verb("yell", "assertion", "quote"),
  verb("scream", "assertion", "quote"),
  verb("cry", "assertion", "quote", ["cry", "cries", "cried"]),
  verb("mutter", "assertion", "quote"),
  verb("sigh", "assertion", "quote"),
  verb("laugh", "assertion", "quote"),
  verb("interject", "assertion", "quote"),
  verb("remember", "assertion", "quote"),
  verb("put", "assertion", "quote", ["put", "puts", "putting"], "it"),
  // a retort: "shot back, “…”" (gunfire that answers gunfire has no quotation to report)
  verb("shoot", "assertion", "quote", ["shoots", "shot"], "back"),
  verb("fire", "assertion", "quote", ["fires", "fired"], "back"),
  verb("submit", "assertion", "that", ["submit", "submits", "submitted", "submitting"]),
  verb("certify", "assertion", "that"),
  verb("imply", "assertion", "that"),
  verb("intimate", "assertion", "that"),
  verb("counter", "assertion", "that"),
  verb("rule", "assertion", "that"),
  // warnings and threats
  verb("warn", "warning", "clause"),
  verb("caution", "warning", "that"),
  verb("threaten", "warning", "object-to"),
  verb("alert", "warning", "object-clause"),
  // demands
  verb("urge", "demand", "object-to"),
  verb("ask", "question", "object-to"),
  verb("demand", "demand", "that"),
  verb("call", "demand", "object-to", undefined, "on"),
  verb("call", "demand", "for", undefined, "for"),
  verb("call", "assertion", "quote"),
  verb("dub", "assertion", "quote", ["dub", "dubs", "dubbed", "dubbing"]),
  verb("appeal", "demand", "object-to", undefined, "to"),
  verb("implore", "demand", "object-to"),
  verb("beg", "demand", "object-to", ["beg", "begs", "begged", "begging"]),
  verb("encourage", "demand", "object-to"),
  verb("instruct", "demand", "object-to"),
  verb("request", "demand", "object-to"),
  verb("require", "demand", "that"),
  verb("recommend", "demand", "that"),
  alsoObject(verb("propose", "demand", "that")),
  verb("challenge", "demand", "object-to"),
  verb("exhort", "demand", "object-to"),
  verb("plead", "demand", "that", ["plead", "pleads", "pleaded", "pled", "pleading"]),
  // questions
  verb("wonder", "question", "that"),
  verb("inquire", "question", "that"),
  // denials
  alsoObject(verb("deny", "denial", "that")),
  alsoObject(verb("dismiss", "denial", "that")),
  verb("reject", "denial", "that"),
  verb("refute", "denial", "that"),
  verb("dispute", "denial", "that"),
  verb("rebut", "denial", "that", ["rebut", "rebuts", "rebutted", "rebutting"]),
  verb("contradict", "denial", "that"),
  verb("disagree", "denial", "that"),
  // promises
  verb("promise", "promise", "clause"),
  verb("pledge", "promise", "clause"),
  verb("vow", "promise", "clause"),
  verb("swear", "promise", "clause", ["swear", "swears", "swore", "swearing", "sworn"]),
  verb("guarantee", "promise", "that"),
  verb("commit", "promise", "that", ["commit", "commits", "committed", "committing"]),
  verb("undertake", "promise", "that", ["undertake", "undertakes", "undertook", "undertaking", "undertaken"]),
  // accusations
  verb("accuse", "accusation", "object-of"),
  verb("blame", "accusation", "object-of"),
  verb("criticize", "accusation", "object-of"),
  verb("criticise", "accusation", "object-of"),
  verb("condemn", "accusation", "object-of"),
  verb("denounce", "accusation", "object-of"),
  verb("slam", "accusation", "object-of", ["slam", "slams", "slammed", "slamming"]),
  verb("fault", "accusation", "object-of"),
  verb("chide", "accusation", "object-of"),
  verb("rebuke", "accusation", "object-of"),
  verb("scold", "accusation", "object-of"),
  verb("castigate", "accusation", "object-of"),
  verb("lambaste", "accusation", "object-of"),
  verb("berate", "accusation", "object-of"),
  verb("blast", "accusation", "object-of"),
  verb("deride", "accusation", "object-of"),
  verb("mock", "accusation", "object-of"),
  verb("chastise", "accusation", "object-of"),
  // stances and topics: the object is what was said about
  verb("cite", "assertion", "object"),
  verb("discuss", "assertion", "object"),
  verb("question", "question", "object"),
  verb("endorse", "assertion", "object"),
  verb("defend", "assertion", "object"),
  verb("speak", "assertion", "object", ["speak", "speaks", "spoke", "speaking", "spoken"], "about"),
  verb("speak", "assertion", "object", ["speak", "speaks", "spoke", "speaking", "spoken"], "of"),
  verb("speak", "assertion", "object", ["speak", "speaks", "spoke", "speaking", "spoken"], "against"),
  // "made (it) clear that …", "made the case that …": a light verb and a noun that report a clause
  verb("make", "assertion", "clause", ["make", "makes", "made", "making"], "clear"),
  verb("make", "assertion", "that", ["make", "makes", "made", "making"], "case"),
  verb("talk", "assertion", "object", undefined, "about"),
  // "outlined a plan to …", "laid out her agenda": a program put forward in words
  verb("outline", "assertion", "object"),
  verb("lay", "assertion", "object", ["lay", "lays", "laid", "laying"], "out"),
  // "called out the Republicans": a public rebuke of whoever is named
  verb("call", "accusation", "object", undefined, "out"),
  // "agreed with the analysis": a stance shared with someone's view
  verb("agree", "belief", "object", undefined, "with"),
  // "would vote for Clinton", "voted against the bill": a choice declared or polled, attributed like a stance
  verb("vote", "belief", "object", undefined, "for"),
  verb("vote", "belief", "object", undefined, "against"),
  verb("reference", "assertion", "object", ["references", "referenced", "referencing"]),
  verb("echo", "assertion", "object"),
  verb("liken", "assertion", "object"),
  // "compared X to Y" is left out: ", compared with 31 percent" is a preposition
  verb("compare", "assertion", "object", ["compare", "compares", "comparing"]),
  verb("downplay", "assertion", "object"),
  verb("promote", "assertion", "object"),
  verb("decry", "assertion", "object"),
  verb("rail", "accusation", "object", undefined, "against"),
  verb("praise", "assertion", "object-of"),
  verb("thank", "assertion", "object-of"),
  verb("congratulate", "assertion", "object-of"),
  verb("commend", "assertion", "object-of"),
  // stances: what a source believes or means to do, attributed to it like its words
  verb("believe", "belief", "clause"),
  verb("think", "belief", "clause", ["think", "thinks", "thought"]),
  verb("expect", "belief", "clause"),
  verb("hope", "belief", "clause"),
  verb("fear", "belief", "that"),
  verb("worry", "belief", "that", ["worry", "worries", "worried"]),
  verb("doubt", "belief", "that"),
  verb("know", "belief", "that", ["know", "knows", "knew"]),
  verb("feel", "belief", "that", ["feel", "feels", "felt"]),
  verb("realize", "belief", "that"),
  verb("realise", "belief", "that"),
  verb("recognize", "belief", "that"),
  verb("recognise", "belief", "that"),
  // what a source assumes, learns or works out: reported when a "that" clause follows ("assuming that …"
  // opens a condition, "imagine if …" an invitation: those forms are left out)
  verb("assume", "belief", "that", ["assume", "assumes", "assumed"]),
  verb("presume", "belief", "that", ["presume", "presumes", "presumed"]),
  verb("suspect", "belief", "that"),
  verb("imagine", "belief", "that", ["imagines", "imagined"]),
  verb("understand", "belief", "that", ["understand", "understands", "understood"]),
  verb("learn", "belief", "that", ["learn", "learns", "learned", "learnt"]),
  verb("hear", "belief", "that", ["hear", "hears", "heard"]),
  verb("notice", "belief", "that"),
  verb("discover", "assertion", "that"),
  verb("calculate", "assertion", "that"),
  verb("reaffirm", "assertion", "that"),
  verb("reassert", "assertion", "that"),
  alsoObject(verb("want", "intention", "object-to")),
  verb("plan", "intention", "object-to", ["plans", "planned"]),
  verb("intend", "intention", "object-to"),
  verb("seek", "intention", "object-to", ["seek", "seeks", "sought"]),
  verb("decline", "intention", "object-to", ["declined", "declines"]),
  verb("refuse", "intention", "object-to", ["refused", "refuses"]),
  verb("support", "belief", "object"),
  verb("oppose", "belief", "object"),
  verb("favor", "belief", "object"),
  verb("favour", "belief", "object"),
  verb("prefer", "belief", "object", ["prefer", "prefers", "preferred"]),
  // how a source sees someone or something: only with "as" ("sees the plan as a threat") or "that"
  verb("see", "belief", "as", ["see", "sees", "saw", "seen", "seeing"]),
  verb("view", "belief", "as"),
  verb("regard", "belief", "as"),
  verb("portray", "assertion", "as"),
  verb("characterize", "assertion", "as"),
  verb("characterise", "assertion", "as"),
  verb("depict", "assertion", "as"),
  // how things look to the writer: no source
  verb("seem", "belief", "raising", ["seem", "seems", "seemed"]),
  verb("appear", "belief", "raising", ["appear", "appears", "appeared"]),
];

/**
 * Verbs whose base form is also a common noun ("a claim", "the report", "a rare rebuke"): the
 * base form counts as a verb only after a plural subject, a pronoun or a modal.
 */
export const NOUN_TWINS: ReadonlySet<string> = new Set([
  "claim", "demand", "report", "call", "note", "promise", "pledge", "vow", "comment", "rebuke", "request", "reply",
  "estimate", "forecast", "signal", "post", "tweet", "appeal", "guarantee", "charge", "blame", "praise", "slam",
  "fault", "remark", "hint", "boast", "joke", "quip", "whisper", "shout", "highlight", "repeat", "alert", "caution",
  "muse", "lament", "thank", "find", "show", "state", "point", "mention", "recall", "recount", "brief", "urge",
  "wonder", "retort", "dispute", "stress", "plead", "answer", "offer", "respond", "counter", "release", "concern",
  "support", "favor", "favour", "question", "challenge", "rule", "view", "regard", "echo", "blast", "mock",
  "suspect", "notice", "vote",
]);

/**
 * Nouns that name one statement, with the lemma of the reporting verb they come from: "Trump's
 * claim that …", "her insistence that …" report what was claimed or insisted. Singular only: a
 * plural ("his past claims that …") sums up many statements rather than reporting one.
 */
export const REPORTING_NOUNS: ReadonlyMap<string, string> = new Map([
  ["claim", "claim"], ["assertion", "assert"], ["suggestion", "suggest"], ["contention", "contend"],
  ["insistence", "insist"], ["argument", "argue"], ["allegation", "allege"], ["accusation", "accuse"],
  ["statement", "state"], ["announcement", "announce"], ["admission", "admit"], ["warning", "warn"],
  ["promise", "promise"], ["pledge", "pledge"], ["vow", "vow"], ["prediction", "predict"], ["charge", "charge"],
  ["denial", "deny"], ["boast", "boast"], ["complaint", "complain"], ["threat", "threaten"], ["demand", "demand"],
  ["acknowledgment", "acknowledge"], ["acknowledgement", "acknowledge"], ["observation", "observe"],
  ["remark", "remark"], ["explanation", "explain"], ["assurance", "assure"], ["declaration", "declare"],
  ["recommendation", "recommend"], ["proposal", "propose"], ["reminder", "remind"], ["guarantee", "guarantee"],
  // views, mostly read before "is that" ("Rubio's response was that …", "The idea is that …")
  ["view", "believe"], ["idea", "believe"], ["bet", "believe"], ["belief", "believe"], ["theory", "believe"],
  ["position", "believe"], ["assumption", "assume"], ["expectation", "expect"], ["conclusion", "conclude"],
  ["response", "respond"], ["answer", "answer"], ["message", "say"],
]);

/**
 * Nouns of speech and of view that report the clause after "is that" or "was that" with or without
 * a possessive ("Rubio's response was that …", "The idea is that …"): what a source holds, not a
 * "problem" or a "fact", which the writer states.
 */
export const COPULAR_NOUNS: ReadonlySet<string> = new Set([
  "view", "idea", "bet", "belief", "theory", "position", "assumption", "expectation", "conclusion", "response",
  "answer", "message", "claim", "argument", "contention", "suggestion", "promise", "pledge", "warning", "explanation",
]);

/** Adjectives that may stand between a possessive and its noun of speech ("the police's earlier claim"). */
export const STATEMENT_ADJECTIVES: ReadonlySet<string> = new Set([
  "earlier", "latest", "recent", "initial", "original", "previous", "first", "last", "new", "stern", "repeated", "public",
  "false", "baseless", "unfounded",
]);

/**
 * Adverbs that present what the clause says as reported by others, no one named ("He reportedly
 * met the envoy", "she allegedly hid the files"): the clause, subject and all, is a report with no source.
 */
export const HEARSAY_ADVERBS: ReadonlySet<string> = new Set(["reportedly", "allegedly", "purportedly", "supposedly"]);

/**
 * Nouns of a held view after "in" and a possessive ("In his view, …", "…, in Ruiz's opinion"): the
 * clause on the other side of the comma is the holder's.
 */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(["view", "opinion", "estimation", "judgment", "judgement", "assessment", "eyes", "mind", "words", "telling", "reckoning", "account"]);

/** Nouns for one poll, which cues read after "in" ("in a new Fox poll, …"); singular: "in the polls" is a standing, not a finding. */
export const POLL_NOUNS: ReadonlySet<string> = new Set(["poll", "survey"]);

/** What may follow a poll's noun for the poll to be the source of its sentence: a stop, or a participle that dates or describes it. */
export const POLL_FOLLOWERS: ReadonlySet<string> = new Set([",", ".", "released", "conducted"]);

/**
 * Adjectives of feeling or certainty that report a stance when a form of "be" comes before them
 * and a "that" clause after ("Aides were convinced that …", "she is afraid that …"): attribution
 * corpora list these as the subject's beliefs. Verbs' past participles ("determined") are left out:
 * "it was determined that" is a passive of finding.
 */
export const STANCE_ADJECTIVES: ReadonlySet<string> = new Set([
  "adamant", "afraid", "aghast", "alarmed", "angry", "anxious", "certain", "confident", "convinced", "delighted",
  "disappointed", "doubtful", "fearful", "frustrated", "furious", "glad", "grateful", "happy", "hopeful", "insistent",
  "nervous", "optimistic", "persuaded", "pleased", "positive", "proud", "reassured", "satisfied", "shocked", "skeptical",
  "sorry", "sure", "surprised", "thankful", "unconvinced", "unhappy", "upset", "worried",
]);

/**
 * Adjectives that present a clause as established or not, after an empty "it" and a form of "be"
 * ("it is clear that …", "it's obvious that …", "it is not clear that …"): like "it is estimated
 * that …", a report with no one named as its source. "Whether" after them asks, reports nothing.
 */
export const EVIDENT_ADJECTIVES: ReadonlySet<string> = new Set(["clear", "unclear", "obvious", "apparent", "evident", "certain", "uncertain", "plain", "undeniable"]);

/**
 * Verbs of speaking among those that take a "that" clause which also take the speaker's own words
 * in quotation marks right after them, with no comma ("shouted “Four more years!”", "tweeted “…”").
 * Verbs of finding and knowing are left out: in "the poll showed “…”" the words are no one's.
 */
export const QUOTING_VERBS: ReadonlySet<string> = new Set([
  "shout", "whisper", "exclaim", "quip", "joke", "muse", "tweet", "post", "email", "reply", "answer", "respond", "retort",
  "remark", "comment", "declare", "proclaim", "announce", "boast", "brag", "lament", "testify", "plead", "wonder", "inquire",
  "repeat", "reiterate", "state",
]);
